package vn.chibo.domain.member.residence;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Objects;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.rule.Finding;

/**
 * The serving members' answers to the meetings the ward held with them in a year, period by period
 * (two periods of 6 months under QĐ 213 Điều 4), for the residential cells of an organisation's
 * subtree.
 *
 * @param organization the organisation whose subtree was reported
 * @param year the year
 * @param periods the periods of the year, in order
 * @param rows one row per serving member concerned, in the order first stored
 * @param findings a {@code RES-MEETINGS} finding per member and period that had ended with nothing
 *     recorded, or a {@code NO_POLICY} finding
 */
public record AttendanceReport(
        OrganizationId organization,
        Year year,
        ImmutableList<DateRange> periods,
        ImmutableList<Row> rows,
        ImmutableList<Finding> findings) {
    public AttendanceReport {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(findings, "findings");
    }

    /** How many members had {@code status} in the period of index {@code period}. */
    public long count(int period, AttendanceStatus status) {
        return rows.stream().filter(r -> r.statuses().get(period) == status).count();
    }

    /** The row of {@code member}, if concerned. */
    public java.util.Optional<Row> row(MemberId member) {
        return rows.stream().filter(r -> r.member().equals(member)).findFirst();
    }

    /**
     * One serving member's answers.
     *
     * @param member the member
     * @param fullName the member's name
     * @param statuses the status in each period, in the order of {@link #periods()}
     * @param meetings the answers recorded in the year, in date order
     */
    public record Row(
            MemberId member,
            String fullName,
            ImmutableList<AttendanceStatus> statuses,
            ImmutableList<ResidenceFact.MeetingRecorded> meetings) {
        public Row {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(statuses, "statuses");
            Objects.requireNonNull(meetings, "meetings");
        }
    }
}

package vn.chibo.domain.member.residence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.Severity;

/**
 * The questions a ward asks about the serving members residing in it, as pure functions of the
 * organisation tree, the residence histories and the policies: who is registered on a date, who
 * lacks the yearly comment after its deadline, who answered the 6-monthly meetings.
 *
 * <p>The policy of a question about a year is the one in force on 31/12 of that year for the
 * organisation asked about, so a province's overlay applies to its wards.
 */
public final class ResidenceQueries {
    /** The meeting interval used when no policy covers the year: QĐ 213's 6 months. */
    private static final int DEFAULT_INTERVAL_MONTHS = 6;

    private ResidenceQueries() {}

    /**
     * The serving members whose residential cell lies in the subtree of {@code organization} on
     * {@code date}, in the order given.
     */
    public static ImmutableList<ResidenceLiaisonHistory> registeredWith(
            OrganizationTree tree,
            Collection<ResidenceLiaisonHistory> liaisons,
            OrganizationId organization,
            LocalDate date) {
        OrganizationTree.Snapshot snap = tree.on(date);
        return liaisons.stream()
                .filter(h -> h.residentialCellOn(date)
                        .map(c -> snap.isUnder(c, organization))
                        .orElse(false))
                .collect(ImmutableList.toImmutableList());
    }

    /** How many serving members are registered in the subtree of {@code organization} on {@code date}. */
    public static ResidenceCensus census(
            OrganizationTree tree,
            Collection<ResidenceLiaisonHistory> liaisons,
            OrganizationId organization,
            LocalDate date) {
        ImmutableList<ResidenceLiaisonHistory> registered = registeredWith(tree, liaisons, organization, date);
        Map<OrganizationId, Integer> byCell = new LinkedHashMap<>();
        int exempt = 0;
        for (ResidenceLiaisonHistory h : registered) {
            byCell.merge(h.residentialCellOn(date).orElseThrow(), 1, Integer::sum);
            if (h.isExemptOn(date)) {
                exempt++;
            }
        }
        return new ResidenceCensus(organization, date, registered.size(), exempt, ImmutableMap.copyOf(byCell));
    }

    /**
     * A finding per serving member of the subtree of {@code organization} whose yearly comment on
     * {@code year} is due ({@link ResidenceLiaisonHistory#commentDue}) and had not been given by
     * {@code asOf}, once the year's comment deadline has passed; none on or before the deadline. A
     * year no policy covers gives one {@link Finding#NO_POLICY} finding.
     */
    public static ImmutableList<Finding> missingComments(
            OrganizationTree tree,
            Collection<ResidenceLiaisonHistory> liaisons,
            PolicyRegistry policies,
            OrganizationId organization,
            Year year,
            LocalDate asOf) {
        PolicyLookup<ResidencePolicy> lookup = policyFor(tree, policies, organization, year);
        if (lookup instanceof PolicyLookup.Missing<ResidencePolicy> missing) {
            return ImmutableList.of(missing.finding());
        }
        ResidencePolicy policy = lookup.policy().orElseThrow();
        LocalDate deadline = policy.commentDeadlineIn(year);
        if (!asOf.isAfter(deadline)) {
            return ImmutableList.of();
        }
        ImmutableList.Builder<Finding> out = ImmutableList.builder();
        for (ResidenceLiaisonHistory h : registeredWith(tree, liaisons, organization, deadline)) {
            if (h.commentDue(year, policy.commentDeadline())
                    && h.commentFor(year, asOf).isEmpty()) {
                out.add(Finding.of(
                        ResidencePolicy.JOINT_COMMENT,
                        Severity.WARNING,
                        h.fullName() + " [" + h.id() + "]",
                        Label.of(
                                "Chưa có nhận xét năm " + year
                                        + " của chi ủy nơi cư trú cùng Ban công tác Mặt trận (hạn " + deadline
                                        + ", tính đến " + asOf + ")",
                                "No joint comment of the residential cell committee and the Front work committee on "
                                        + year + " (deadline " + deadline + ", as of " + asOf + ")"),
                        policy.sourceOf(ResidencePolicy.JOINT_COMMENT),
                        policy));
            }
        }
        return out.build();
    }

    /**
     * The answers of the serving members of the subtree of {@code organization} to the meetings of
     * {@code year}, period by period, as recorded by {@code asOf}. A member is expected in a period
     * when, on some day of it up to {@code asOf}, they were registered with a cell of the subtree
     * and not exempt from residence activity.
     */
    public static AttendanceReport attendance(
            OrganizationTree tree,
            Collection<ResidenceLiaisonHistory> liaisons,
            PolicyRegistry policies,
            OrganizationId organization,
            Year year,
            LocalDate asOf) {
        PolicyLookup<ResidencePolicy> lookup = policyFor(tree, policies, organization, year);
        Optional<ResidencePolicy> policy = lookup.policy();
        int interval = policy.map(ResidencePolicy::meetingIntervalMonths).orElse(DEFAULT_INTERVAL_MONTHS);
        List<DateRange> periods = new ArrayList<>();
        for (LocalDate from = year.atDay(1); from.getYear() == year.getValue(); from = from.plusMonths(interval)) {
            periods.add(DateRange.of(from, from.plusMonths(interval)));
        }
        List<Finding> findings = new ArrayList<>();
        if (lookup instanceof PolicyLookup.Missing<ResidencePolicy> missing) {
            findings.add(missing.finding());
        }
        ImmutableList<LocalDate> changes = tree.changeDates();
        ImmutableList.Builder<AttendanceReport.Row> rows = ImmutableList.builder();
        for (ResidenceLiaisonHistory h : liaisons) {
            List<AttendanceStatus> statuses = new ArrayList<>();
            List<ResidenceFact.MeetingRecorded> answered = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                DateRange period = periods.get(i);
                List<ResidenceFact.MeetingRecorded> meetings = new ArrayList<>();
                for (ResidenceFact.MeetingRecorded m : h.meetingsDuring(period)) {
                    if (!m.effective().isAfter(asOf) && inSubtree(tree, h, m.effective(), organization)) {
                        meetings.add(m);
                    }
                }
                answered.addAll(meetings);
                AttendanceStatus status = status(meetings, expected(tree, changes, h, period, organization, asOf));
                statuses.add(status);
                LocalDate end = period.end().orElseThrow();
                if (status == AttendanceStatus.NO_RECORD && !asOf.isBefore(end) && policy.isPresent()) {
                    ResidencePolicy p = policy.get();
                    LocalDate last = end.minusDays(1);
                    findings.add(Finding.of(
                            ResidencePolicy.MEETINGS,
                            Severity.WARNING,
                            h.fullName() + " [" + h.id() + "]",
                            Label.of(
                                    "Không ghi nhận việc dự họp định kỳ với đảng viên đang công tác từ " + period.from()
                                            + " đến " + last,
                                    "Nothing recorded of the periodic meeting with serving members from "
                                            + period.from() + " to " + last),
                            p.sourceOf(ResidencePolicy.MEETINGS),
                            p));
                }
            }
            if (statuses.stream().anyMatch(s -> s != AttendanceStatus.NOT_EXPECTED)) {
                rows.add(new AttendanceReport.Row(
                        h.id(), h.fullName(), ImmutableList.copyOf(statuses), ImmutableList.copyOf(answered)));
            }
        }
        return new AttendanceReport(
                organization, year, ImmutableList.copyOf(periods), rows.build(), ImmutableList.copyOf(findings));
    }

    private static AttendanceStatus status(List<ResidenceFact.MeetingRecorded> meetings, boolean expected) {
        if (meetings.stream().anyMatch(m -> m.presence() == MeetingPresence.PRESENT)) {
            return AttendanceStatus.PRESENT;
        }
        if (meetings.stream().anyMatch(m -> m.presence() == MeetingPresence.EXCUSED)) {
            return AttendanceStatus.EXCUSED;
        }
        if (!meetings.isEmpty()) {
            return AttendanceStatus.ABSENT;
        }
        return expected ? AttendanceStatus.NO_RECORD : AttendanceStatus.NOT_EXPECTED;
    }

    /**
     * Whether, on some day of {@code period} up to {@code asOf}, the member was registered with a
     * cell of the subtree and not exempt. Such facts change only on the dates of the member's facts
     * and of the tree's changes, so those dates and the period's first day are the only ones to try.
     */
    private static boolean expected(
            OrganizationTree tree,
            List<LocalDate> changes,
            ResidenceLiaisonHistory h,
            DateRange period,
            OrganizationId organization,
            LocalDate asOf) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(period.from());
        h.facts().forEach(f -> days.add(f.effective()));
        days.addAll(changes);
        for (LocalDate d : days) {
            if (period.contains(d) && !d.isAfter(asOf) && !h.isExemptOn(d) && inSubtree(tree, h, d, organization)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSubtree(
            OrganizationTree tree, ResidenceLiaisonHistory h, LocalDate date, OrganizationId organization) {
        return h.residentialCellOn(date)
                .map(c -> tree.on(date).isUnder(c, organization))
                .orElse(false);
    }

    private static PolicyLookup<ResidencePolicy> policyFor(
            OrganizationTree tree, PolicyRegistry policies, OrganizationId organization, Year year) {
        LocalDate lastDay = year.atMonth(12).atEndOfMonth();
        return policies.find(
                ResidencePolicy.KIND,
                lastDay,
                tree.on(lastDay).pathFromRoot(organization),
                organization + " (" + year + ")");
    }
}

package vn.chibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.meeting.MeetingTestData.ADMIN;
import static vn.chibo.domain.meeting.MeetingTestData.GROUP_1;
import static vn.chibo.domain.meeting.MeetingTestData.GROUP_2;
import static vn.chibo.domain.meeting.MeetingTestData.KHU_PHO_3;
import static vn.chibo.domain.meeting.MeetingTestData.codes;
import static vn.chibo.domain.meeting.MeetingTestData.names;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.rule.Finding;

/**
 * The compliance of a cell over a period (rules.md §3.1–3.3, §3.8): a regular meeting every month,
 * a thematic one every quarter, the committee before the cell, the party-group pilot's limits; and
 * the distinct months a member was absent without reason.
 */
class MeetingComplianceTest {
    private final MeetingTestData data = new MeetingTestData();

    private ComplianceReport compliance(YearMonth from, YearMonth to) {
        return data.chibo.meetings().compliance(ADMIN, KHU_PHO_3, from, to);
    }

    private void regular(LocalDate day) {
        data.record(data.meeting(day).build());
    }

    private void combined(LocalDate day) {
        data.record(data.meeting(day).alsoThematic().build());
    }

    private void committee(LocalDate day) {
        data.record(
                data.meeting(KHU_PHO_3, MeetingKind.COMMITTEE, day).minutes(60).build());
    }

    private void partyGroup(LocalDate day, OrganizationId group) {
        data.record(data.meeting(group, MeetingKind.PARTY_GROUP, day).build());
    }

    private void withCommittee() {
        data.seat(KHU_PHO_3, "Đảng viên 01", CommitteeRole.SECRETARY)
                .seat(KHU_PHO_3, "Đảng viên 02", CommitteeRole.DEPUTY_SECRETARY)
                .seat(KHU_PHO_3, "Đảng viên 03", CommitteeRole.MEMBER);
    }

    // ---------------------------------------------------------------- monthly and quarterly

    @Test
    void aMonthWithoutARegularMeetingIsAFinding() {
        data.full(names("Đảng viên", 5));
        combined(LocalDate.of(2024, 1, 25));
        regular(LocalDate.of(2024, 3, 25));

        ComplianceReport report = compliance(YearMonth.of(2024, 1), YearMonth.of(2024, 3));

        assertThat(codes(report.findings())).containsExactly(MeetingPolicy.MONTHLY);
        Finding f = report.findings().get(0);
        assertThat(f.subject()).isEqualTo("Chi bộ Khu phố 3 2024-02");
        assertThat(f.message(Label.VIETNAMESE))
                .isEqualTo("Không có buổi sinh hoạt chi bộ thường kỳ trong tháng 2/2024.");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("No regular cell meeting in 2024-02.");
        assertThat(f.source().article()).isEqualTo("Điều 24 khoản 2");
        assertThat(report.meetings()).isEqualTo(2);
        assertThat(report.compliant()).isFalse();
    }

    @Test
    void anExtraordinaryMeetingDoesNotReplaceTheRegularOne() {
        data.full(names("Đảng viên", 5));
        combined(LocalDate.of(2024, 1, 25));
        data.record(data.meeting(KHU_PHO_3, MeetingKind.EXTRAORDINARY, LocalDate.of(2024, 2, 10))
                .build());
        regular(LocalDate.of(2024, 3, 25));

        assertThat(codes(
                        compliance(YearMonth.of(2024, 1), YearMonth.of(2024, 3)).findings()))
                .containsExactly(MeetingPolicy.MONTHLY);
    }

    @Test
    void aQuarterWithoutAThematicMeetingIsAFinding() {
        data.full(names("Đảng viên", 5));
        regular(LocalDate.of(2024, 1, 25));
        regular(LocalDate.of(2024, 2, 26));
        regular(LocalDate.of(2024, 3, 25));

        ComplianceReport report = compliance(YearMonth.of(2024, 1), YearMonth.of(2024, 3));

        assertThat(codes(report.findings())).containsExactly(MeetingPolicy.QUARTERLY_THEMATIC);
        Finding f = report.findings().get(0);
        assertThat(f.subject()).isEqualTo("Chi bộ Khu phố 3 Q1/2024");
        assertThat(f.message(Label.VIETNAMESE)).isEqualTo("Không có buổi sinh hoạt chuyên đề trong quý 1/2024.");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("No thematic meeting in Q1 2024.");
    }

    @Test
    void aRegularMeetingCombinedWithAThematicOneCountsForTheQuarter() {
        data.full(names("Đảng viên", 5));
        regular(LocalDate.of(2024, 1, 25));
        combined(LocalDate.of(2024, 2, 26));
        regular(LocalDate.of(2024, 3, 25));

        assertThat(compliance(YearMonth.of(2024, 1), YearMonth.of(2024, 3)).compliant())
                .isTrue();
    }

    @Test
    void aSeparateThematicMeetingCountsForTheQuarter() {
        data.full(names("Đảng viên", 5));
        regular(LocalDate.of(2024, 1, 25));
        regular(LocalDate.of(2024, 2, 26));
        regular(LocalDate.of(2024, 3, 25));
        data.record(data.meeting(KHU_PHO_3, MeetingKind.THEMATIC, LocalDate.of(2024, 3, 12))
                .build());

        assertThat(compliance(YearMonth.of(2024, 1), YearMonth.of(2024, 3)).compliant())
                .isTrue();
    }

    @Test
    void aQuarterOnlyPartlyInThePeriodIsNotJudged() {
        data.full(names("Đảng viên", 5));
        regular(LocalDate.of(2024, 2, 26));
        regular(LocalDate.of(2024, 3, 25));

        assertThat(compliance(YearMonth.of(2024, 2), YearMonth.of(2024, 3)).compliant())
                .isTrue();
    }

    // ---------------------------------------------------------------- the committee first

    @Test
    void theCommitteeMeetingBeforeTheCellIsInOrder() {
        data.full(names("Đảng viên", 5));
        withCommittee();
        committee(LocalDate.of(2024, 1, 19));
        combined(LocalDate.of(2024, 1, 25));

        assertThat(compliance(YearMonth.of(2024, 1), YearMonth.of(2024, 1)).compliant())
                .isTrue();
    }

    @Test
    void aCommitteeMeetingAfterTheCellIsAFinding() {
        data.full(names("Đảng viên", 5));
        withCommittee();
        committee(LocalDate.of(2024, 1, 19));
        combined(LocalDate.of(2024, 1, 25));
        regular(LocalDate.of(2024, 2, 26));
        committee(LocalDate.of(2024, 2, 27));

        ComplianceReport report = compliance(YearMonth.of(2024, 1), YearMonth.of(2024, 2));

        assertThat(codes(report.findings())).containsExactly(MeetingPolicy.COMMITTEE_FIRST);
        Finding f = report.findings().get(0);
        assertThat(f.subject()).isEqualTo("Chi bộ Khu phố 3 2024-02");
        assertThat(f.message(Label.VIETNAMESE))
                .isEqualTo("Chi ủy không họp trước buổi sinh hoạt chi bộ ngày 2024-02-26.");
        assertThat(f.message(Locale.ENGLISH))
                .isEqualTo("The cell committee did not meet before the cell meeting of 2024-02-26.");
    }

    @Test
    void aCellWithOnlyASecretaryAndADeputyNeedsNoCommitteeMeeting() {
        data.full(names("Đảng viên", 5));
        data.seat(KHU_PHO_3, "Đảng viên 01", CommitteeRole.SECRETARY)
                .seat(KHU_PHO_3, "Đảng viên 02", CommitteeRole.DEPUTY_SECRETARY);
        combined(LocalDate.of(2024, 1, 25));

        assertThat(compliance(YearMonth.of(2024, 1), YearMonth.of(2024, 1)).compliant())
                .isTrue();
    }

    @Test
    void aYearOnScheduleWithTheCommitteeFirstIsCompliant() {
        data.full(names("Đảng viên", 5));
        withCommittee();
        DateRange always = DateRange.startingOn(LocalDate.of(2010, 1, 1));
        MeetingSchedule committee =
                new MeetingSchedule(KHU_PHO_3, MeetingKind.COMMITTEE, 21, HolidayShift.EARLIER, always);
        MeetingSchedule cell = new MeetingSchedule(KHU_PHO_3, MeetingKind.REGULAR, 25, HolidayShift.LATER, always);
        YearMonth january = YearMonth.of(2024, 1);
        YearMonth december = YearMonth.of(2024, 12);
        committee.expected(january, december, data.chibo.calendar()).forEach(this::committee);
        cell.expected(january, december, data.chibo.calendar()).forEach(day -> {
            if (day.getMonthValue() % 3 == 1) {
                combined(day);
            } else {
                regular(day);
            }
        });

        ComplianceReport report = compliance(january, december);

        assertThat(report.findings()).isEmpty();
        assertThat(report.meetings()).isEqualTo(24);
        assertThat(report.organization()).isEqualTo(KHU_PHO_3);
    }

    // ---------------------------------------------------------------- the party-group pilot

    /** {@code n} full members, the first two in group 1 and the next two in group 2. */
    private void cellOf(int n) {
        List<String> members = names("Đảng viên", n);
        data.full(members);
        LocalDate from = LocalDate.of(2011, 6, 1);
        data.inGroup(members.get(0), GROUP_1, from)
                .inGroup(members.get(1), GROUP_1, from)
                .inGroup(members.get(2), GROUP_2, from)
                .inGroup(members.get(3), GROUP_2, from);
    }

    private List<Finding> pilot(ComplianceReport report) {
        return report.findings(MeetingPolicy.PARTY_GROUP_PILOT);
    }

    @Test
    void aPartyGroupMeetingIn2022PrecedesThePilot() {
        cellOf(50);
        partyGroup(LocalDate.of(2022, 6, 20), GROUP_1);
        partyGroup(LocalDate.of(2022, 6, 21), GROUP_2);

        ComplianceReport report = compliance(YearMonth.of(2022, 6), YearMonth.of(2022, 6));

        assertThat(pilot(report))
                .hasSize(2)
                .allSatisfy(f -> assertThat(f.message(Locale.ENGLISH))
                        .isEqualTo("The party-group meeting pilot does not apply on this date."));
        assertThat(report.findings(MeetingPolicy.MONTHLY)).hasSize(1);
    }

    @Test
    void in2024ACellOfFiftyMayMeetByPartyGroupInsteadOfTheCell() {
        cellOf(50);
        partyGroup(LocalDate.of(2024, 6, 20), GROUP_1);
        partyGroup(LocalDate.of(2024, 6, 21), GROUP_2);

        ComplianceReport report = compliance(YearMonth.of(2024, 6), YearMonth.of(2024, 6));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void in2024ACellOfFortyNineMayNotMeetByPartyGroup() {
        cellOf(49);
        partyGroup(LocalDate.of(2024, 6, 20), GROUP_1);

        ComplianceReport report = compliance(YearMonth.of(2024, 6), YearMonth.of(2024, 6));

        assertThat(pilot(report)).singleElement().satisfies(f -> {
            assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo("The cell has 49 members, under 50: it may not meet by party group.");
            assertThat(f.subject()).isEqualTo("Chi bộ Khu phố 3 2024-06-20");
        });
    }

    @Test
    void aFourthMonthOfPartyGroupMeetingsInAYearIsAFinding() {
        cellOf(50);
        partyGroup(LocalDate.of(2024, 3, 20), GROUP_1);
        partyGroup(LocalDate.of(2024, 3, 21), GROUP_2);
        partyGroup(LocalDate.of(2024, 6, 20), GROUP_1);
        partyGroup(LocalDate.of(2024, 9, 20), GROUP_1);
        ComplianceReport threeMonths = compliance(YearMonth.of(2024, 3), YearMonth.of(2024, 9));
        partyGroup(LocalDate.of(2024, 11, 20), GROUP_2);

        ComplianceReport fourMonths = compliance(YearMonth.of(2024, 3), YearMonth.of(2024, 11));

        assertThat(pilot(threeMonths)).isEmpty();
        assertThat(pilot(fourMonths)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("Chi bộ Khu phố 3 2024");
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("Party-group meetings more than 3 times in the year.");
            assertThat(f.message(Label.VIETNAMESE)).isEqualTo("Sinh hoạt theo tổ đảng quá 3 lần trong năm.");
        });
    }

    // ---------------------------------------------------------------- unexcused months

    @Test
    void unexcusedMonthsCountEachMonthOnce() {
        data.full(names("Đảng viên", 5));
        String absent = "Đảng viên 05";
        data.record(data.meeting(LocalDate.of(2023, 12, 25)).unexcused(absent).build());
        data.record(data.meeting(LocalDate.of(2024, 3, 5)).unexcused(absent).build());
        data.record(data.meeting(LocalDate.of(2024, 3, 25)).unexcused(absent).build());
        data.record(data.meeting(LocalDate.of(2024, 4, 25)).unexcused(absent).build());
        data.record(
                data.meeting(LocalDate.of(2024, 5, 25)).excused(absent, "ốm").build());
        data.record(data.meeting(KHU_PHO_3, MeetingKind.EXTRAORDINARY, LocalDate.of(2024, 6, 10))
                .unexcused(absent)
                .build());

        assertThat(data.chibo.meetings().unexcusedMonths(ADMIN, KHU_PHO_3, MeetingTestData.id(absent), Year.of(2024)))
                .containsExactly(YearMonth.of(2024, 3), YearMonth.of(2024, 4));
        assertThat(data.chibo
                        .meetings()
                        .unexcusedMonths(ADMIN, KHU_PHO_3, MeetingTestData.id("Đảng viên 01"), Year.of(2024)))
                .isEmpty();
    }
}

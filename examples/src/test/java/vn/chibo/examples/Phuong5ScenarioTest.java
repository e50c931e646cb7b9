package vn.chibo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.meeting.ComplianceReport;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.meeting.MeetingPolicy;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.meeting.ResolutionKind;
import vn.chibo.domain.meeting.VoteResult;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.member.Membership;
import vn.chibo.domain.member.MembershipPolicies;
import vn.chibo.domain.member.MembershipStatus;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.member.SponsorRelation;
import vn.chibo.domain.member.residence.ResidenceCensus;
import vn.chibo.domain.organization.RosterSnapshot;
import vn.chibo.domain.organization.StructurePolicy;
import vn.chibo.domain.organization.StructureReport;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.Severity;
import vn.chibo.domain.rule.WorkingCalendar;

/** The generated Phường 5 scenario: its numbers, its checks and its 2023 compliance, the same on every load. */
class Phuong5ScenarioTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneOffset.UTC);
    private static final Actor READER = Phuong5Scenario.PROVINCE_CLERK;
    private static final LocalDate END_2021 = LocalDate.of(2021, 12, 31);
    private static final LocalDate END_2022 = LocalDate.of(2022, 12, 31);
    private static final YearMonth JANUARY = YearMonth.of(2023, 1);
    private static final YearMonth DECEMBER = YearMonth.of(2023, 12);

    @SuppressWarnings("NullAway.Init") // set in @BeforeAll
    private static Chibo chibo;

    @SuppressWarnings("NullAway.Init") // set in @BeforeAll
    private static ImmutableList<Finding> recorded;

    @BeforeAll
    static void load() {
        long start = System.nanoTime();
        Phuong5Scenario.Loaded loaded = Phuong5Scenario.loadRecording(CLOCK);
        // Informational only (no timed assertion): the whole scenario, the ~2,700 reviews included.
        System.out.println("Phường 5 scenario loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        chibo = loaded.chibo();
        recorded = loaded.findings();
    }

    @Test
    void recordingFindsNothingButTheHistoryBeforeAnyPolicyAndTheThreeMeetingLapses() {
        assertThat(recorded.stream().filter(f -> f.code().equals(Finding.NO_POLICY)))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.source().document()).isEqualTo("chibo"));
        assertThat(recorded.stream().filter(f -> !f.code().equals(Finding.NO_POLICY)))
                .extracting(Finding::code)
                .containsExactly(MeetingPolicy.UNEXCUSED, MeetingPolicy.DURATION, MeetingPolicy.ATTENDANCE);
    }

    private static RosterSnapshot roster(OrganizationId org, LocalDate date) {
        return chibo.members().roster(READER, org, date);
    }

    private static MemberHistory history(MemberId id) {
        return chibo.members().find(READER, id).orElseThrow();
    }

    private static List<MemberHistory> wardMembers(LocalDate date) {
        List<MemberHistory> out = new ArrayList<>();
        for (MemberId id : chibo.members()
                .standingsOn(READER, Phuong5Scenario.PHUONG_5, date)
                .keySet()) {
            out.add(history(id));
        }
        return out;
    }

    @Test
    void theWardHasTheArticlesSizesOnThirtyFirstDecember2021() {
        RosterSnapshot ward = roster(Phuong5Scenario.PHUONG_5, END_2021);
        assertThat(ward.total()).isEqualTo(1_344);
        assertThat(ward.full()).isEqualTo(1_333);
        assertThat(ward.probationary()).isEqualTo(11);
        assertThat(ward.awaitingRecognition()).isZero();
        assertThat(roster(Phuong5Scenario.KHU_PHO_3, END_2021).total()).isEqualTo(229);
        assertThat(roster(Phuong5Scenario.KHU_PHO_7, END_2021).total()).isEqualTo(47);
        int sum = 0;
        for (String cell : Phuong5Scenario.CELLS_2021) {
            RosterSnapshot r = roster(Phuong5Scenario.id(cell), END_2021);
            assertThat(r.full()).as(cell).isGreaterThanOrEqualTo(3);
            sum += r.total();
        }
        assertThat(sum).isEqualTo(1_344);
    }

    @Test
    void exemptedAndNewlyAdmittedMembersLeaveTheArticlesOneThousandThreeHundredTwelveToBeRated() {
        Map<MemberId, MemberStanding> standings =
                chibo.members().standingsOn(READER, Phuong5Scenario.PHUONG_5, END_2021);
        long exempted = standings.values().stream()
                .filter(s -> s.has(ConditionKind.EXEMPTION))
                .count();
        long away = standings.values().stream()
                .filter(MemberStanding::isTemporarilyAway)
                .count();
        long late = standings.keySet().stream()
                .map(id -> history(id).membershipOn(END_2021).flatMap(Membership::ceremonyDate))
                .filter(c -> c.isPresent() && !c.get().isBefore(LocalDate.of(2021, 7, 1)))
                .count();
        assertThat(standings).hasSize(1_344);
        assertThat(exempted).isEqualTo(26);
        assertThat(late).isEqualTo(6);
        assertThat(away).isEqualTo(1);
        assertThat(1_344 - exempted - late).isEqualTo(1_312);
        long exemptedKhuPho3 =
                chibo.members().standingsOn(READER, Phuong5Scenario.KHU_PHO_3, END_2021).values().stream()
                        .filter(s -> s.has(ConditionKind.EXEMPTION))
                        .count();
        assertThat(exemptedKhuPho3).isEqualTo(9);
    }

    @Test
    void khuPho3And7KeepTheirSizesOnTheArticlesDate() {
        assertThat(roster(Phuong5Scenario.KHU_PHO_3, Phuong5Scenario.ARTICLE_DATE)
                        .total())
                .isEqualTo(229);
        assertThat(roster(Phuong5Scenario.KHU_PHO_7, Phuong5Scenario.ARTICLE_DATE)
                        .total())
                .isEqualTo(47);
        assertThat(roster(Phuong5Scenario.id(Phuong5Scenario.CELL_2022), END_2022)
                        .total())
                .isEqualTo(29);
    }

    @Test
    void twentyFourMembersAreAdmittedInTheFirstHalfOfTheTermThroughTheRealChecks() {
        WorkingCalendar calendar = chibo.calendar();
        List<Membership> term = new ArrayList<>();
        for (MemberHistory h : wardMembers(END_2022)) {
            Membership m = h.memberships().get(0);
            LocalDate ceremony = m.ceremonyDate().orElseThrow();
            if (m.admission().effective().isBefore(MembershipPolicies.QD29)) {
                assertThat(m.admission().sponsors()).isEmpty();
                assertThat(m.recognitionDecided()).isBefore(MembershipPolicies.QD29);
                continue;
            }
            assertThat(m.admission().sponsors()).hasSize(2);
            for (Sponsor s : m.admission().sponsors()) {
                Sponsor.ByMember by = (Sponsor.ByMember) s;
                MemberHistory sponsor = history(by.member());
                LocalDate considered = m.admission().considered();
                assertThat(sponsor.statusOn(considered)).contains(MembershipStatus.FULL);
                assertThat(sponsor.homeCellOn(considered))
                        .contains(m.admission().cell());
                assertThat(by.since()).isBeforeOrEqualTo(considered.minusMonths(12));
                assertThat(by.relation())
                        .isEqualTo(
                                considered.isBefore(MembershipPolicies.QD24)
                                                || !Phuong5Scenario.isResidential(
                                                        m.admission().cell())
                                        ? SponsorRelation.WORK
                                        : SponsorRelation.RESIDENCE);
            }
            assertThat(calendar.isWithinWorkingDays(m.admission().effective(), ceremony, 30))
                    .isTrue();
            LocalDate end = ceremony.plusMonths(12);
            if (!end.isAfter(END_2022)) {
                assertThat(m.recognizedFrom()).isEqualTo(end);
                assertThat(calendar.isWithinWorkingDays(end, Objects.requireNonNull(m.recognitionDecided()), 30))
                        .isTrue();
            }
            if (!ceremony.isBefore(Phuong5Scenario.TERM_START)) {
                term.add(m);
            }
        }
        assertThat(term).hasSize(24);
        assertThat(term.stream().map(m -> m.admission().cell()).distinct().count())
                .isGreaterThanOrEqualTo(18);
        assertThat(term.stream()
                        .filter(m -> m.ceremonyDate().orElseThrow().isAfter(END_2021))
                        .count())
                .isEqualTo(7);
    }

    @Test
    void namesLookVietnameseAndTheArticlesPeopleAreMembersOfTheirCells() {
        List<MemberHistory> all = wardMembers(END_2021);
        long withDiacritics = all.stream()
                .map(h -> h.profile().orElseThrow().fullName())
                .filter(n -> n.chars().anyMatch(c -> c > 127))
                .count();
        assertThat(withDiacritics).isGreaterThan(all.size() * 9L / 10);
        assertThat(all.stream().map(h -> h.profile().orElseThrow().fullName()))
                .allSatisfy(n -> assertThat(n.split(" ")).hasSizeGreaterThanOrEqualTo(3));
        assertThat(history(Phuong5Scenario.member("Phan Văn Thạnh")).homeCellOn(END_2021))
                .contains(Phuong5Scenario.KHU_PHO_3);
        assertThat(history(Phuong5Scenario.member("Mai Văn Châu")).homeCellOn(END_2021))
                .contains(Phuong5Scenario.KHU_PHO_7);
    }

    @Test
    void khuPho3sStructureIsAssessedFromItsRealRoster() {
        StructureReport article =
                chibo.members().assessStructure(READER, Phuong5Scenario.KHU_PHO_3, Phuong5Scenario.ARTICLE_DATE);
        assertThat(article.findings()).isEmpty();
        StructureReport after =
                chibo.members().assessStructure(READER, Phuong5Scenario.KHU_PHO_3, Phuong5Scenario.RESTRUCTURING);
        assertThat(after.findings()).extracting(Finding::code).containsExactly(StructurePolicy.GRASSROOTS_SIZE);
        assertThat(after.findings().get(0).message().vi())
                .isEqualTo("Chi bộ cơ sở có 230 đảng viên (từ 30 trở lên là đảng bộ cơ sở); cấp trên đã đồng ý"
                        + " bằng văn bản.");
    }

    @Test
    void nearlyTwoThousandFourHundredServingMembersResideInTheWardButAreNotItsMembers() {
        ResidenceCensus census =
                chibo.residences().census(READER, Phuong5Scenario.PHUONG_5, Phuong5Scenario.ARTICLE_DATE);
        assertThat(census.registered()).isEqualTo(2_386);
        assertThat(census.exemptFromActivity()).isBetween(50, 150);
        assertThat(census.inCell(Phuong5Scenario.KHU_PHO_3)).isGreaterThan(census.inCell(Phuong5Scenario.KHU_PHO_7));
        assertThat(census.inCell(Phuong5Scenario.id(Phuong5Scenario.CELL_2022))).isPositive();
        for (int i = 0; i < Phuong5Residences.REGISTERED; i++) {
            assertThat(chibo.members().find(READER, Phuong5Residences.id(i))).isEmpty();
        }
        assertThat(roster(Phuong5Scenario.PHUONG_5, Phuong5Scenario.ARTICLE_DATE)
                        .total())
                .isLessThan(1_400);
    }

    @Test
    void theSchedulesGiveTheMeetingDates() {
        Map<MeetingSchedule, ImmutableList<LocalDate>> kp3 =
                chibo.meetings().expected(READER, Phuong5Scenario.KHU_PHO_3, JANUARY, DECEMBER);
        assertThat(kp3).hasSize(2);
        kp3.forEach((s, dates) -> {
            assertThat(dates).hasSize(12);
            assertThat(dates).allSatisfy(d -> assertThat(d.getDayOfMonth()).isEqualTo(s.dayOfMonth()));
        });
        Map<MeetingSchedule, ImmutableList<LocalDate>> kp7 =
                chibo.meetings().expected(READER, Phuong5Scenario.KHU_PHO_7, JANUARY, DECEMBER);
        assertThat(kp7.values().iterator().next())
                .contains(LocalDate.of(2023, 1, 13), LocalDate.of(2023, 4, 14), LocalDate.of(2023, 10, 13))
                .contains(LocalDate.of(2023, 2, 15));
    }

    @Test
    void khuPho3s2023ComplianceShowsExactlyTheLapsesDesignedIn() {
        ComplianceReport report = chibo.meetings().compliance(READER, Phuong5Scenario.KHU_PHO_3, JANUARY, DECEMBER);
        assertThat(report.meetings()).isEqualTo(24);
        assertThat(report.findings())
                .extracting(Finding::code)
                .containsExactly(MeetingPolicy.UNEXCUSED, MeetingPolicy.DURATION, MeetingPolicy.ATTENDANCE);
        assertThat(report.findings())
                .extracting(Finding::subject)
                .containsExactly(
                        "Chi bộ Khu phố 3 (Sinh hoạt chi bộ thường kỳ) 2023-06-25",
                        "Chi bộ Khu phố 3 (Sinh hoạt chi bộ thường kỳ) 2023-08-25",
                        "Chi bộ Khu phố 3 (Sinh hoạt chi bộ thường kỳ) 2023-10-25");
        assertThat(report.findings())
                .extracting(f -> f.message().vi())
                .containsExactly(
                        "1 đảng viên vắng không lý do.",
                        "Họp 85 phút, tối thiểu 90 phút.",
                        "Có mặt 85,0 % (187/220), cần trên 85 %.");
        assertThat(report.findings().get(2).message().en())
                .isEqualTo("Attendance 85.0% (187/220); above 85% is required.");
        List<Meeting> meetings =
                chibo.meetings().meetings(READER, Phuong5Scenario.KHU_PHO_3, JANUARY.atDay(1), DECEMBER.atEndOfMonth());
        assertThat(meetings.stream().filter(m -> m.kind() == MeetingKind.COMMITTEE))
                .hasSize(12)
                .allSatisfy(m -> assertThat(m.guests()).hasSize(11));
        assertThat(meetings.stream().filter(m -> m.isRegular() && m.alsoThematic()))
                .hasSize(4);
        assertThat(chibo.meetings()
                        .unexcusedMonths(READER, Phuong5Scenario.KHU_PHO_3, unexcusedMember(meetings), Year.of(2023)))
                .containsExactly(YearMonth.of(2023, 6));
    }

    private static MemberId unexcusedMember(List<Meeting> meetings) {
        return meetings.stream()
                .filter(m -> m.date().equals(LocalDate.of(2023, 6, 25)) && m.isRegular())
                .flatMap(m -> m.attendance().stream())
                .filter(a -> a.status() == vn.chibo.domain.meeting.AttendanceStatus.UNEXCUSED)
                .findFirst()
                .orElseThrow()
                .member();
    }

    @Test
    void khuPho7s2023ComplianceShowsOneMemberExcusedFourTimesInARow() {
        ComplianceReport report = chibo.meetings().compliance(READER, Phuong5Scenario.KHU_PHO_7, JANUARY, DECEMBER);
        assertThat(report.meetings()).isEqualTo(13);
        assertThat(report.findings()).extracting(Finding::code).containsExactly(MeetingPolicy.CONSECUTIVE_EXCUSED);
        Finding f = report.findings().get(0);
        assertThat(f.message().vi()).isEqualTo("Đảng viên vắng có lý do 4 lần liên tiếp trong năm 2023.");
        assertThat(f.subject()).startsWith("Chi bộ Khu phố 7 2023-05-15 [");
        MemberId member = MemberId.parse(
                f.subject().substring(f.subject().indexOf('[') + 1, f.subject().length() - 1));
        assertThat(history(member).conditionsOn(LocalDate.of(2023, 5, 15))).doesNotContain(ConditionKind.EXEMPTION);
    }

    @Test
    void khuPho3VotesItsResolutionsOpenlyAndTheAdmissionBySecretBallot() {
        LocalDate march = LocalDate.of(2023, 3, 25);
        VoteResult open = chibo.meetings()
                .votes(READER, Phuong5Meetings.meetingId(Phuong5Scenario.KHU_PHO_3, MeetingKind.REGULAR, march))
                .get(0);
        assertThat(open.passed()).isTrue();
        assertThat(open.abstain()).isEqualTo(1);
        VoteResult committee = chibo.meetings()
                .votes(
                        READER,
                        Phuong5Meetings.meetingId(
                                Phuong5Scenario.KHU_PHO_3, MeetingKind.COMMITTEE, LocalDate.of(2023, 3, 21)))
                .get(0);
        assertThat(committee.yes()).isEqualTo(5);
        assertThat(committee.base()).isEqualTo(5);
        MeetingId september =
                Phuong5Meetings.meetingId(Phuong5Scenario.KHU_PHO_3, MeetingKind.REGULAR, LocalDate.of(2023, 9, 25));
        VoteResult admission = chibo.meetings().votes(READER, september).get(0);
        assertThat(admission.kind()).isEqualTo(ResolutionKind.ADMISSION);
        assertThat(admission.twoThirds()).isTrue();
        assertThat(admission.passed()).isTrue();
        assertThat(admission.no()).isEqualTo(1);
        assertThat(admission.invalid()).isEqualTo(1);
        MemberId candidate = chibo.meetings()
                .find(READER, september)
                .orElseThrow()
                .meeting()
                .resolutions()
                .get(0)
                .member()
                .orElseThrow();
        Membership m = history(candidate).memberships().get(0);
        assertThat(m.admission().considered()).isEqualTo(LocalDate.of(2023, 9, 25));
        assertThat(m.ceremony()).isEqualTo(LocalDate.of(2023, 12, 25));
        assertThat(history(candidate).statusOn(Phuong5Scenario.ARTICLE_DATE)).isEmpty();
        assertThat(history(candidate).statusOn(LocalDate.of(2023, 12, 25))).contains(MembershipStatus.PROBATIONARY);
    }

    @Test
    void twentyTwentyTwoLeavesTheArticlesOneThousandThreeHundredTwentySevenToBeRated() {
        Map<MemberId, MemberStanding> standings =
                chibo.members().standingsOn(READER, Phuong5Scenario.PHUONG_5, END_2022);
        long members =
                standings.values().stream().filter(MemberStanding::isMember).count();
        long exempted = standings.values().stream()
                .filter(s -> s.isMember() && s.has(ConditionKind.EXEMPTION))
                .count();
        long late = standings.values().stream()
                .filter(s -> s.isMember()
                        && !history(s.member())
                                .membershipOn(END_2022)
                                .flatMap(Membership::ceremonyDate)
                                .orElseThrow()
                                .isBefore(LocalDate.of(2022, 7, 1)))
                .count();
        // 1,344 + 7 admissions − 2 deaths; 26 − 8 recovered on 1/3/2022; 4 ceremonies from 1/7/2022
        assertThat(members).isEqualTo(1_349);
        assertThat(exempted).isEqualTo(18);
        assertThat(late).isEqualTo(4);
        assertThat(members - exempted - late).isEqualTo(Phuong5Members.RATED_2022);
        assertThat(chibo.organizations()
                        .tree(READER)
                        .history(Phuong5Scenario.id(Phuong5Scenario.CELL_2022))
                        .orElseThrow()
                        .founded())
                .contains(LocalDate.of(2022, 3, 1));
    }

    @Test
    void theStoredReviewsGiveTheArticlesCountsForTwentyTwentyOne() {
        EvaluationReport r = report(2021, QuotaBase.GOOD);
        assertThat(r.regime().id()).isEqualTo("evaluation/QĐ132-HD21");
        assertThat(r.membersRated()).isEqualTo(1_312);
        assertThat(r.members(Grade.EXCELLENT)).isEqualTo(236);
        assertThat(r.members(Grade.GOOD)).isEqualTo(1_040);
        assertThat(r.members(Grade.COMPLETED)).isEqualTo(30);
        assertThat(r.members(Grade.NOT_COMPLETED)).isEqualTo(6);
        assertThat(r.notRated()).isEmpty();
        assertThat(r.leftOut())
                .as("the roster of 31/12/2021 without decisions: 1.344 − 26 exempted − 6 admitted from 1/7 = 1.312")
                .containsExactly(
                        java.util.Map.entry(EvaluationRegime.EXEMPTED, Phuong5Members.EXEMPTED_2021),
                        java.util.Map.entry(EvaluationRegime.NEW_MEMBER, Phuong5Members.ADMITTED_LATE_2021));
        assertThat(Phuong5Members.EXEMPTED_2021).isEqualTo(26);
        assertThat(Phuong5Members.ADMITTED_LATE_2021).isEqualTo(6);
        assertThat(r.membersRated()
                        + r.exclusions().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum())
                .isEqualTo(Phuong5Members.WARD_MEMBERS_2021);
        assertThat(r.cellsRated()).isEqualTo(24);
        assertThat(r.cellsAtLeast(Grade.GOOD)).isEqualTo(22);
        assertThat(r.cellsByGrade().get(Grade.NOT_COMPLETED)).isNull();
        assertThat(r.sentence(vn.chibo.domain.common.Label.VIETNAMESE))
                .isEqualTo("Năm 2021 có 22/24 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, không có chi bộ"
                        + " không hoàn thành nhiệm vụ; trong 1.312 đảng viên được đánh giá có 1.040 đảng viên hoàn"
                        + " thành tốt nhiệm vụ, 236 đảng viên hoàn thành xuất sắc nhiệm vụ.");
    }

    @Test
    void theStoredReviewsGiveTheArticlesCountsForTwentyTwentyTwo() {
        EvaluationReport r = report(2022, QuotaBase.GOOD);
        assertThat(r.membersRated()).isEqualTo(1_327);
        assertThat(r.members(Grade.EXCELLENT)).isEqualTo(242);
        assertThat(r.members(Grade.GOOD)).isEqualTo(1_051);
        assertThat(r.members(Grade.COMPLETED)).isEqualTo(31);
        assertThat(r.members(Grade.NOT_COMPLETED)).isEqualTo(3);
        assertThat(r.cellsRated()).isEqualTo(25);
        assertThat(r.cellsAtLeast(Grade.GOOD)).isEqualTo(24);
        assertThat(r.cellsByGrade().get(Grade.NOT_COMPLETED)).isNull();
        assertThat(chibo.evaluations()
                        .find(READER, EvaluationKey.of(Phuong5Scenario.id(Phuong5Scenario.CELL_2022), Year.of(2022)))
                        .flatMap(e -> e.decided())
                        .map(d -> d.grade()))
                .isPresent();
    }

    @Test
    void khuPho3IsExcellentBothYearsAndEveryReviewIsPublished() {
        for (int y : List.of(2021, 2022)) {
            Year year = Year.of(y);
            assertThat(chibo.evaluations()
                            .find(READER, EvaluationKey.of(Phuong5Scenario.KHU_PHO_3, year))
                            .flatMap(e -> e.decided())
                            .map(d -> d.grade()))
                    .contains(Grade.EXCELLENT);
            assertThat(chibo.evaluations().ofOrganization(READER, Phuong5Scenario.PHUONG_5, year))
                    .allSatisfy(e -> assertThat(e.everPublished()).isTrue());
            assertThat(chibo.evaluations()
                            .find(READER, EvaluationKey.of(Phuong5Scenario.PHUONG_5, year))
                            .flatMap(e -> e.decided()))
                    .isPresent();
        }
    }

    @Test
    void theQuotaIsOverReadingHd21sOwnWordingAndWithinReadingGoodOrAbove() {
        Object[][] years = {
            {2021, "236/1.040 = 22,7 %", "236/1.276 = 18,5 %"}, {2022, "242/1.051 = 23,0 %", "242/1.293 = 18,7 %"}
        };
        for (Object[] y : years) {
            EvaluationReport own = report((Integer) y[0], QuotaBase.GOOD);
            EvaluationReport above = report((Integer) y[0], QuotaBase.GOOD_OR_ABOVE);
            assertThat(own.quota().over()).isTrue();
            assertThat(above.quota().over()).isFalse();
            assertThat(own.quota().overIfGoodOnly()).isTrue();
            assertThat(own.quota().overIfGoodOrAbove()).isFalse();
            assertThat(own.quota().findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(EvaluationRegime.QUOTA);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message().vi())
                        .contains((String) y[1], (String) y[2])
                        .contains("vượt tỷ lệ 20 % theo cách đọc số đảng viên xếp loại hoàn thành tốt nhiệm vụ (");
            });
            assertThat(above.quota().findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message().vi())
                        .contains((String) y[1], (String) y[2])
                        .contains(
                                "trong tỷ lệ 20 % theo cách đọc số đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên");
            });
        }
    }

    @Test
    void theReportsCountEachYearsAdmissionsOfTheTermAndTheServingMembersResidingOnTheLastDay() {
        EvaluationReport y2021 = report(2021, QuotaBase.GOOD);
        EvaluationReport y2022 = report(2022, QuotaBase.GOOD);
        long in2020 = Phuong5Members.TERM.stream()
                .filter(p -> p.ceremony().getYear() == 2020)
                .count();

        assertThat(y2021.admissions()).isEqualTo(11);
        assertThat(y2022.admissions()).isEqualTo(7);
        assertThat(in2020 + y2021.admissions() + y2022.admissions()).isEqualTo(24);
        assertThat(y2021.residing())
                .isEqualTo(chibo.residences()
                        .census(READER, Phuong5Scenario.PHUONG_5, END_2021)
                        .registered());
        assertThat(y2022.residing()).isPositive();
        assertThat(y2021.quotas().values()).containsExactly(y2021.quota());
    }

    @Test
    void theMemberTemporarilyInKhuPho9BringsThatCellsCommentToBothYearsReviews() {
        MemberHistory away = wardMembers(END_2021).stream()
                .filter(h -> !h.temporaryTransfersDuring(
                                vn.chibo.domain.common.DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1)))
                        .isEmpty())
                .findFirst()
                .orElseThrow();
        for (int y : List.of(2021, 2022)) {
            List<Finding> findings = chibo.evaluations()
                    .find(READER, EvaluationKey.of(away.id(), Year.of(y)))
                    .flatMap(e -> e.decided())
                    .orElseThrow()
                    .findings();
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(EvaluationRegime.HOST_COMMENT);
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message().vi()).contains("Nhận xét của Chi bộ Khu phố 9");
            });
        }
    }

    private static EvaluationReport report(int year, QuotaBase base) {
        return chibo.evaluations().report(READER, Phuong5Scenario.PHUONG_5, Year.of(year), base);
    }

    @Test
    void loadingTwiceGivesTheSameRostersPeopleAndReports() {
        Chibo again = Phuong5Scenario.load(Clock.fixed(Instant.parse("2030-06-01T00:00:00Z"), ZoneOffset.UTC));
        for (LocalDate date : List.of(END_2021, END_2022, Phuong5Scenario.ARTICLE_DATE)) {
            for (OrganizationId org :
                    List.of(Phuong5Scenario.PHUONG_5, Phuong5Scenario.KHU_PHO_3, Phuong5Scenario.KHU_PHO_7)) {
                assertThat(again.members().roster(READER, org, date)).isEqualTo(roster(org, date));
            }
        }
        assertThat(people(again)).isEqualTo(people(chibo));
        for (OrganizationId cell : List.of(Phuong5Scenario.KHU_PHO_3, Phuong5Scenario.KHU_PHO_7)) {
            assertThat(again.meetings().compliance(READER, cell, JANUARY, DECEMBER))
                    .isEqualTo(chibo.meetings().compliance(READER, cell, JANUARY, DECEMBER));
            assertThat(again.meetings().meetings(READER, cell, JANUARY.atDay(1), DECEMBER.atEndOfMonth()))
                    .isEqualTo(chibo.meetings().meetings(READER, cell, JANUARY.atDay(1), DECEMBER.atEndOfMonth()));
        }
        assertThat(again.residences().census(READER, Phuong5Scenario.PHUONG_5, Phuong5Scenario.ARTICLE_DATE))
                .isEqualTo(chibo.residences().census(READER, Phuong5Scenario.PHUONG_5, Phuong5Scenario.ARTICLE_DATE));
    }

    private static List<String> people(Chibo c) {
        List<String> out = new ArrayList<>();
        Set<MemberId> seen = new HashSet<>();
        for (LocalDate date : List.of(END_2021, Phuong5Scenario.ARTICLE_DATE)) {
            c.members().standingsOn(READER, Phuong5Scenario.PHUONG_5, date).forEach((id, s) -> {
                if (seen.add(id)) {
                    MemberHistory h = c.members().find(READER, id).orElseThrow();
                    StringBuilder line = new StringBuilder(id + " " + s);
                    h.profile()
                            .ifPresent(p -> line.append(' ')
                                    .append(p.fullName())
                                    .append(' ')
                                    .append(p.birthDate())
                                    .append(' ')
                                    .append(p.sex()));
                    for (Membership m : h.memberships()) {
                        line.append(" | ")
                                .append(m.admission().cell())
                                .append(' ')
                                .append(m.admission().considered())
                                .append(' ')
                                .append(m.admission().effective())
                                .append(' ')
                                .append(m.admission().sponsors())
                                .append(' ')
                                .append(m.ceremony())
                                .append(' ')
                                .append(m.recognizedFrom())
                                .append(' ')
                                .append(m.recognitionDecided())
                                .append(' ')
                                .append(m.ended());
                    }
                    out.add(line.toString());
                }
            });
        }
        return out;
    }
}

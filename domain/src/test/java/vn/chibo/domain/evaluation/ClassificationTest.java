package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.evaluation.EvaluationTestData.MEMBER;
import static vn.chibo.domain.evaluation.EvaluationTestData.Y2018;
import static vn.chibo.domain.evaluation.EvaluationTestData.Y2021;
import static vn.chibo.domain.evaluation.EvaluationTestData.Y2023;
import static vn.chibo.domain.evaluation.EvaluationTestData.admittedWithCeremony;
import static vn.chibo.domain.evaluation.EvaluationTestData.condition;
import static vn.chibo.domain.evaluation.EvaluationTestData.disciplined;
import static vn.chibo.domain.evaluation.EvaluationTestData.member;
import static vn.chibo.domain.evaluation.EvaluationTestData.proposed;
import static vn.chibo.domain.evaluation.EvaluationTestData.removed;
import static vn.chibo.domain.evaluation.EvaluationTestData.review;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;

class ClassificationTest {
    private static final EvaluationRegime HD16 = EvaluationRegimes.qd132hd16();
    private static final EvaluationRegime HD21 = EvaluationRegimes.qd132hd21();
    private static final EvaluationRegime QD124 = EvaluationRegimes.qd124hd25();

    private static MemberRating.Rated rated(MemberRating r) {
        assertThat(r).isInstanceOf(MemberRating.Rated.class);
        return (MemberRating.Rated) r;
    }

    private static MemberRating.NotRated notRated(MemberRating r) {
        assertThat(r).isInstanceOf(MemberRating.NotRated.class);
        return (MemberRating.NotRated) r;
    }

    /** A 2021 "good" proposal under HD 21 of a member on sick leave from {@code from} until {@code until} (exclusive). */
    private static MemberRating.Rated goodProposalWithSickLeave(LocalDate from, LocalDate until) {
        return rated(Classification.rate(
                member(condition(ConditionKind.SICK_LEAVE, from, until)), proposed(Y2021, Grade.GOOD), HD21));
    }

    // ------------------------------------------------------------ the proposal, untouched

    @Test
    void aMemberWithNothingAgainstThemKeepsTheProposalWithNoFinding() {
        MemberRating.Rated r = rated(Classification.rate(member(), proposed(Y2021, Grade.EXCELLENT), HD21));

        assertThat(r.member()).isEqualTo(MEMBER);
        assertThat(r.proposed()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.regime()).isEqualTo(PolicyRef.of(HD21));
        assertThat(r.findings()).isEmpty();
    }

    // ------------------------------------------------------------ who is rated

    @Test
    void underHd21AMemberWhoseCeremonyWas5MonthsBeforeTheEndIsReviewedButNotRated() {
        MemberRating.NotRated r = notRated(
                Classification.rate(admittedWithCeremony(LocalDate.of(2021, 7, 1)), proposed(Y2021, Grade.GOOD), HD21));

        assertThat(r.reason()).isEqualTo(EvaluationRegime.NEW_MEMBER);
        assertThat(r.reviewed()).isTrue();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.NEW_MEMBER);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.source()).isEqualTo(HD21.sourceOf(EvaluationRegime.NEW_MEMBER));
            assertThat(f.policy()).isEqualTo(PolicyRef.of(HD21));
        });
    }

    @Test
    void underHd21AMemberWhoseCeremonyWas6MonthsBeforeTheEndIsRated() {
        MemberRating.Rated r = rated(Classification.rate(
                admittedWithCeremony(LocalDate.of(2021, 6, 30)), proposed(Y2021, Grade.GOOD), HD21));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void underQd124AMemberWhoseCeremonyWas5MonthsBeforeTheEndIsLeftOutOfTheReviewItself() {
        MemberRating.NotRated r = notRated(Classification.rate(
                admittedWithCeremony(LocalDate.of(2023, 7, 1)), proposed(Y2023, Grade.GOOD), QD124));

        assertThat(r.reason()).isEqualTo(EvaluationRegime.NEW_MEMBER);
        assertThat(r.reviewed()).isFalse();
        assertThat(r.findings())
                .extracting(Finding::source)
                .containsExactly(QD124.sourceOf(EvaluationRegime.NEW_MEMBER));
    }

    @Test
    void underQd124AMemberWhoseCeremonyWas6MonthsBeforeTheEndIsRated() {
        MemberRating.Rated r = rated(Classification.rate(
                admittedWithCeremony(LocalDate.of(2023, 6, 30)), proposed(Y2023, Grade.GOOD), QD124));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void anExemptedMemberIsNotRatedAndNotReviewed() {
        MemberHistory h = member(condition(ConditionKind.EXEMPTION, LocalDate.of(2020, 5, 1), null));

        MemberRating.NotRated r = notRated(Classification.rate(h, proposed(Y2021, Grade.GOOD), HD21));

        assertThat(r.reason()).isEqualTo(EvaluationRegime.EXEMPTED);
        assertThat(r.reviewed()).isFalse();
        assertThat(r.gradeIfRated()).isEmpty();
    }

    @Test
    void aMemberRemovedDuringTheYearIsNotRated() {
        MemberRating.NotRated r = notRated(
                Classification.rate(member(removed(LocalDate.of(2021, 5, 1))), proposed(Y2021, Grade.GOOD), HD21));

        assertThat(r.reason()).isEqualTo(EvaluationRegime.NOT_MEMBER);
        assertThat(r.reviewed()).isFalse();
    }

    @Test
    void aSuspendedMemberIsRatedUnderHd16() {
        MemberHistory h =
                member(condition(ConditionKind.SUSPENSION, LocalDate.of(2018, 10, 1), LocalDate.of(2019, 4, 1)));

        MemberRating.Rated r = rated(Classification.rate(h, proposed(Y2018, Grade.COMPLETED), HD16));

        assertThat(r.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(r.regime().id()).isEqualTo("evaluation/QĐ132-HD16");
    }

    @Test
    void theSameSuspendedMemberIsNotRatedUnderHd21() {
        MemberHistory h =
                member(condition(ConditionKind.SUSPENSION, LocalDate.of(2021, 10, 1), LocalDate.of(2022, 4, 1)));

        MemberRating.NotRated r = notRated(Classification.rate(h, proposed(Y2021, Grade.COMPLETED), HD21));

        assertThat(r.reason()).isEqualTo(EvaluationRegime.SUSPENDED);
        assertThat(r.findings())
                .extracting(Finding::code, Finding::source)
                .containsExactly(tuple(EvaluationRegime.SUSPENDED, HD21.sourceOf(EvaluationRegime.SUSPENDED)));
    }

    // ------------------------------------------------------------ discipline, HD 21 against QĐ 124

    @Test
    void underHd21ASelfDetectedAndFixedDisciplineStillMakesTheMemberNotCompleted() {
        MemberHistory h = member(disciplined(LocalDate.of(2021, 4, 10), true));

        MemberRating.Rated r = rated(Classification.rate(h, proposed(Y2021, Grade.GOOD), HD21));

        assertThat(r.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.DISCIPLINE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.producedBy().map(PolicyRef::id)).contains("evaluation/QĐ132-HD21");
            assertThat(f.source()).isEqualTo(HD21.sourceOf(EvaluationRegime.DISCIPLINE));
        });
    }

    @Test
    void underQd124ASelfDetectedAndFixedDisciplineLeavesTheGradeWithAnInfoFinding() {
        MemberHistory h = member(disciplined(LocalDate.of(2023, 4, 10), true));

        MemberRating.Rated r = rated(Classification.rate(h, proposed(Y2023, Grade.GOOD), QD124));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.DISCIPLINE);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.producedBy().map(PolicyRef::id)).contains("evaluation/QĐ124-HD25");
            assertThat(f.source().document()).isEqualTo("QĐ 124-QĐ/TW");
        });
    }

    @Test
    void underQd124ADisciplineTheMemberDidNotFindThemselvesMakesThemNotCompleted() {
        MemberHistory h = member(disciplined(LocalDate.of(2023, 4, 10), false));

        MemberRating.Rated r = rated(Classification.rate(h, proposed(Y2023, Grade.GOOD), QD124));

        assertThat(r.grade()).isEqualTo(Grade.NOT_COMPLETED);
    }

    @Test
    void aDisciplineOfTheYearBeforeDoesNotLowerThisYearsGrade() {
        MemberHistory h = member(disciplined(LocalDate.of(2020, 12, 31), false));

        MemberRating.Rated r = rated(Classification.rate(h, proposed(Y2021, Grade.GOOD), HD21));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    // ------------------------------------------------------------ sick leave

    @Test
    void twoMonthsOfSickLeaveInTheYearLeaveAGoodProposalAlone() {
        // 1/3 to 30/4/2021 inclusive: 2 months (61 days)
        MemberRating.Rated r = goodProposalWithSickLeave(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 5, 1));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void threeMonthsOfSickLeaveInTheYearCapTheMemberAtCompleted() {
        // 1/3 to 31/5/2021 inclusive: 3 months by the month rule (92 days)
        MemberRating.Rated r = goodProposalWithSickLeave(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 6, 1));

        assertThat(r.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.SICK_LEAVE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.source()).isEqualTo(HD21.sourceOf(EvaluationRegime.SICK_LEAVE));
            assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo("Sick leave totalling 3 months (92 days) in the year (3 months or more): at most HTNV;"
                            + " lowered from HTTNV to HTNV.");
            assertThat(f.message(Locale.forLanguageTag("vi")))
                    .startsWith("Nghỉ ốm tổng cộng 3 tháng (92 ngày) trong năm (từ 3 tháng trở lên)");
        });
    }

    @Test
    void sickLeaveFromFebruaryToTheEndOfAprilIsThreeMonthsAlthoughOnly89DaysAndCaps() {
        // 1/2 to 30/4/2021 inclusive: 28 + 31 + 30 = 89 days, yet 1/2 plus 3 months is 1/5
        MemberRating.Rated r = goodProposalWithSickLeave(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 5, 1));

        assertThat(r.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.SICK_LEAVE);
            assertThat(f.message(Locale.ENGLISH)).startsWith("Sick leave totalling 3 months (89 days) in the year");
        });
    }

    @Test
    void sickLeaveFromFebruaryToTheEndOfMarchIsTwoMonthsAndLeavesTheProposal() {
        // 1/2 to 31/3/2021 inclusive: 2 months (59 days)
        MemberRating.Rated r = goodProposalWithSickLeave(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 4, 1));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void sickLeaveEndingTheDayBeforeTheThreeMonthMarkLeavesTheProposal() {
        // 1/2 to 29/4/2021 inclusive: the 3-month mark is 1/5, so one day short
        MemberRating.Rated r = goodProposalWithSickLeave(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 4, 30));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void ninetyDaysFromMarchAreStillShortOfThreeMonthsAndLeaveTheProposal() {
        // 1/3 to 29/5/2021 inclusive: 90 days, but 1/3 plus 3 months is 1/6 (the old 90-day reading capped)
        LocalDate from = LocalDate.of(2021, 3, 1);
        MemberHistory h = member(condition(ConditionKind.SICK_LEAVE, from, from.plusDays(90)));

        MemberRating.Rated r = rated(Classification.rate(h, proposed(Y2021, Grade.GOOD), HD21));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void twoSickLeavesLaidEndToEndFromTheFirstDayAddUpToThreeMonthsAndCap() {
        // 1/2 to 2/3 (30 days) and 1/9 to 29/10 (59 days): 89 days laid from 1/2 run to 30/4, exactly 3 months
        MemberHistory h = member(
                condition(ConditionKind.SICK_LEAVE, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 3)),
                condition(ConditionKind.SICK_LEAVE, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 30)));

        MemberRating.Rated r = rated(Classification.rate(h, proposed(Y2021, Grade.GOOD), HD21));

        assertThat(r.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(r.findings()).extracting(Finding::code).containsExactly(EvaluationRegime.SICK_LEAVE);
    }

    @Test
    void twoSickLeavesOneDayShortOfThreeMonthsLaidEndToEndLeaveTheProposal() {
        // 1/2 to 2/3 (30 days) and 1/9 to 28/10 (58 days): 88 days laid from 1/2 run to 29/4, a day short
        MemberHistory h = member(
                condition(ConditionKind.SICK_LEAVE, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 3)),
                condition(ConditionKind.SICK_LEAVE, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 29)));

        MemberRating.Rated r = rated(Classification.rate(h, proposed(Y2021, Grade.GOOD), HD21));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void sickLeaveAcrossTheFirstOfJanuaryCountsOnlyItsDaysInsideTheYear() {
        // 1/11/2020 to 28/2/2021: 4 months, of which 2 (1/1 to 28/2) in 2021
        MemberRating.Rated r = goodProposalWithSickLeave(LocalDate.of(2020, 11, 1), LocalDate.of(2021, 3, 1));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void sickLeaveAcrossTheEndOfTheYearCountsOnlyItsDaysInsideTheYear() {
        // 1/10/2021 to 31/1/2022: 1/10 to 31/12 (3 months, 92 days) in 2021, 4 months in all
        MemberRating.Rated r = goodProposalWithSickLeave(LocalDate.of(2021, 10, 1), LocalDate.of(2022, 2, 1));

        assertThat(r.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(r.findings().get(0).message(Locale.ENGLISH))
                .startsWith("Sick leave totalling 3 months (92 days) in the year");
    }

    @Test
    void sickLeaveAcrossTheEndOfTheYearOneDayShortInsideTheYearLeavesTheProposal() {
        // 2/10/2021 to 31/1/2022: 2/10 to 31/12 is 91 days but one day short of 3 months (2/1/2022)
        MemberRating.Rated r = goodProposalWithSickLeave(LocalDate.of(2021, 10, 2), LocalDate.of(2022, 2, 1));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aRegimeWithASickLeaveCapOfTwoMonthsCapsAtTwoMonths() {
        EvaluationRegime twoMonths = EvaluationRegime.builder()
                .from(HD21)
                .id("evaluation/test-two-months")
                .sickLeaveCapMonths(2)
                .build();
        MemberHistory h =
                member(condition(ConditionKind.SICK_LEAVE, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 4, 1)));

        assertThat(rated(Classification.rate(h, proposed(Y2021, Grade.GOOD), twoMonths))
                        .grade())
                .isEqualTo(Grade.COMPLETED);
        assertThat(twoMonths.parameters()).containsEntry("sickLeaveCapMonths", "2");
    }

    // ------------------------------------------------------------ targets, civil service, degradation, residence

    @Test
    void fortyNinePercentOfTargetsMakesTheMemberNotCompleted() {
        MemberRating.Rated r =
                rated(Classification.rate(member(), review(Y2021, Grade.GOOD, null, 49, false, false), HD21));

        assertThat(r.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(r.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(EvaluationRegime.TARGETS, Severity.WARNING));
    }

    @Test
    void fiftyPercentOfTargetsLeavesTheProposal() {
        MemberRating.Rated r =
                rated(Classification.rate(member(), review(Y2021, Grade.GOOD, null, 50, false, false), HD21));

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aCivilServantNotCompletingAsSuchDoesNotCompleteAsAMember() {
        MemberRating.Rated r = rated(Classification.rate(
                member(), review(Y2021, Grade.GOOD, Grade.NOT_COMPLETED, null, false, false), HD21));

        assertThat(r.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(r.findings()).extracting(Finding::code).containsExactly(EvaluationRegime.CIVIL_SERVANT);
    }

    @Test
    void aCivilServantRatedGoodAsSuchIsCappedAtGoodWhenProposedExcellent() {
        MemberRating.Rated r = rated(
                Classification.rate(member(), review(Y2021, Grade.EXCELLENT, Grade.GOOD, null, false, false), HD21));

        assertThat(r.proposed()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(EvaluationRegime.CIVIL_SERVANT, Severity.WARNING));
    }

    @Test
    void aCivilServantRatedExcellentAsSuchMayBeExcellentAsAMember() {
        MemberRating.Rated r = rated(Classification.rate(
                member(), review(Y2021, Grade.EXCELLENT, Grade.EXCELLENT, null, false, false), HD21));

        assertThat(r.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void concludedDegradationMakesTheMemberNotCompleted() {
        MemberRating.Rated r =
                rated(Classification.rate(member(), review(Y2021, Grade.EXCELLENT, null, null, true, false), HD21));

        assertThat(r.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(r.findings()).extracting(Finding::code).containsExactly(EvaluationRegime.DEGRADATION);
    }

    @Test
    void aNegativeResidenceCommentCapsTheMemberAtCompleted() {
        MemberRating.Rated r =
                rated(Classification.rate(member(), review(Y2021, Grade.GOOD, null, null, false, true), HD21));

        assertThat(r.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.RESIDENCE);
            assertThat(f.source()).isEqualTo(HD21.sourceOf(EvaluationRegime.RESIDENCE));
            assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo("A negative comment from the residence: at most HTNV; lowered from HTTNV to HTNV.");
        });
    }

    @Test
    void aCapThatDoesNotLowerTheProposalIsStillRecordedAsInfo() {
        MemberRating.Rated r =
                rated(Classification.rate(member(), review(Y2021, Grade.COMPLETED, null, null, false, true), HD21));

        assertThat(r.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(r.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(EvaluationRegime.RESIDENCE, Severity.INFO));
    }

    @Test
    void everyRuleAppliedGivesOneFindingWithItsSourceAndTheRegime() {
        LocalDate from = LocalDate.of(2021, 3, 1);
        MemberHistory h = member(
                disciplined(LocalDate.of(2021, 6, 1), false),
                condition(ConditionKind.SICK_LEAVE, from, from.plusDays(100)));

        MemberRating.Rated r = rated(
                Classification.rate(h, review(Y2021, Grade.EXCELLENT, Grade.NOT_COMPLETED, 40, true, true), HD21));

        assertThat(r.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(r.findings())
                .extracting(Finding::code, Finding::source, Finding::policy)
                .containsExactly(
                        tuple(
                                EvaluationRegime.DISCIPLINE,
                                HD21.sourceOf(EvaluationRegime.DISCIPLINE),
                                PolicyRef.of(HD21)),
                        tuple(
                                EvaluationRegime.SICK_LEAVE,
                                HD21.sourceOf(EvaluationRegime.SICK_LEAVE),
                                PolicyRef.of(HD21)),
                        tuple(EvaluationRegime.TARGETS, HD21.sourceOf(EvaluationRegime.TARGETS), PolicyRef.of(HD21)),
                        tuple(
                                EvaluationRegime.CIVIL_SERVANT,
                                HD21.sourceOf(EvaluationRegime.CIVIL_SERVANT),
                                PolicyRef.of(HD21)),
                        tuple(
                                EvaluationRegime.DEGRADATION,
                                HD21.sourceOf(EvaluationRegime.DEGRADATION),
                                PolicyRef.of(HD21)),
                        tuple(
                                EvaluationRegime.RESIDENCE,
                                HD21.sourceOf(EvaluationRegime.RESIDENCE),
                                PolicyRef.of(HD21)));
    }
}

package vn.chibo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.EvaluationTestData.ADMIN;
import static vn.chibo.domain.EvaluationTestData.KHU_PHO_3;
import static vn.chibo.domain.EvaluationTestData.PHUONG_5;
import static vn.chibo.domain.EvaluationTestData.Y2021;
import static vn.chibo.domain.EvaluationTestData.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.MemberRating;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationRating;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.PeriodGrade;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.evaluation.ReviewPeriod;
import vn.chibo.domain.evaluation.Scores;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Finding;

/** QĐ 366's quarterly and term reviews through the workflow, next to the yearly ones. */
class EvaluationPeriodsTest {
    private static final Year Y2025 = Year.of(2025);
    private static final Scores GOOD =
            new Scores(new BigDecimal("25"), new BigDecimal("55"), true, new BigDecimal("10"), BigDecimal.ZERO, true);
    private static final Scores FAILING =
            new Scores(new BigDecimal("10"), new BigDecimal("30"), false, BigDecimal.ZERO, new BigDecimal("40"), true);

    private final EvaluationTestData data = new EvaluationTestData();
    private final EvaluationService service = data.chibo.evaluations();

    private static MemberReview review(String name, Grade proposed, Scores scores) {
        return MemberReview.proposed(id(name), Y2025, proposed).withScores(scores);
    }

    private static Finding only(MemberRating r, String code) {
        return r.findings().stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void beforeQd366AQuarterlyProposalIsRefusedNamingThePeriodAndNothingIsRecorded() {
        data.fullIn(KHU_PHO_3, "An");

        InvalidInputException e = OrganizationTestData.invalid(() -> service.propose(
                ADMIN, ReviewPeriod.Q1, MemberReview.proposed(id("An"), Y2021, Grade.GOOD), "nghị quyết chi bộ"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("period", EvaluationService.PERIOD));
        assertThat(service.find(ADMIN, EvaluationKey.of(id("An"), Y2021, ReviewPeriod.Q1)))
                .isEmpty();
    }

    @Test
    void aSelfAssessmentForAQuarterIsRecordedUnderQd366AndRefusedUnderHd21() {
        data.fullIn(KHU_PHO_3, "An");
        EvaluationKey q1of2025 = EvaluationKey.of(id("An"), Y2025, ReviewPeriod.Q1);

        EvaluationRecord r = service.selfAssess(ADMIN, q1of2025, Grade.GOOD, "tự đánh giá quý I");
        InvalidInputException e = OrganizationTestData.invalid(() -> service.selfAssess(
                ADMIN, EvaluationKey.of(id("An"), Y2021, ReviewPeriod.Q1), Grade.GOOD, "tự đánh giá quý I"));

        assertThat(r.key()).isEqualTo(q1of2025);
        assertThat(r.selfAssessed().orElseThrow().grade()).isEqualTo(Grade.GOOD);
        assertThat(e.violations()).extracting(Violation::rule).containsExactly(EvaluationService.PERIOD);
        assertThat(service.ofMember(ADMIN, id("An")))
                .extracting(EvaluationRecord::key)
                .containsExactly(q1of2025);
    }

    @Test
    void underQd366TheFourthQuarterHasNoReviewOfItsOwnAndQuartersAreForIndividuals() {
        data.fullIn(KHU_PHO_3, "An");

        InvalidInputException q4 = OrganizationTestData.invalid(
                () -> service.propose(ADMIN, ReviewPeriod.Q4, review("An", Grade.GOOD, GOOD), "đề xuất"));
        InvalidInputException cell = OrganizationTestData.invalid(() -> service.propose(
                ADMIN, ReviewPeriod.Q1, OrganizationReview.proposed(KHU_PHO_3, Y2025, Grade.GOOD), "đề xuất"));

        assertThat(q4.violations()).extracting(Violation::rule).containsExactly(EvaluationService.PERIOD);
        assertThat(q4.violations().get(0).message()).contains("fourth quarter is folded into the year");
        assertThat(cell.violations().get(0).message()).contains("Quarterly reviews are of individuals");
    }

    @Test
    void aQuarterlyReviewIsKeptApartFromTheYearAndTheReportCountsTheYearOnly() {
        data.fullIn(KHU_PHO_3, "An");
        service.propose(ADMIN, ReviewPeriod.Q1, review("An", Grade.GOOD, GOOD), "đánh giá quý I");
        MemberRating q1 = service.decide(ADMIN, id("An"), Y2025, ReviewPeriod.Q1, "kết luận quý I");
        service.propose(ADMIN, review("An", Grade.GOOD, GOOD), "đánh giá năm");
        service.decide(ADMIN, id("An"), Y2025, "quyết định năm");

        assertThat(q1.gradeIfRated()).contains(Grade.GOOD);
        assertThat(service.find(ADMIN, EvaluationKey.of(id("An"), Y2025, ReviewPeriod.Q1))
                        .orElseThrow()
                        .version())
                .isEqualTo(2);
        assertThat(service.find(ADMIN, EvaluationKey.of(id("An"), Y2025))
                        .orElseThrow()
                        .version())
                .isEqualTo(2);
        assertThat(service.ofOrganization(ADMIN, PHUONG_5, Y2025))
                .extracting(r -> r.key().period())
                .containsExactly(ReviewPeriod.Q1, ReviewPeriod.YEAR);
        assertThat(service.ofMember(ADMIN, id("An")))
                .extracting(r -> r.key().period())
                .containsExactly(ReviewPeriod.YEAR, ReviewPeriod.Q1);
        assertThat(service.report(ADMIN, PHUONG_5, Y2025, QuotaBase.GOOD_OR_ABOVE)
                        .membersRated())
                .isEqualTo(1);
    }

    @Test
    void theYearsDecisionStatesItsQuartersAndTheYearStandsForTheFourthQuarter() {
        data.fullIn(KHU_PHO_3, "An");
        service.propose(ADMIN, ReviewPeriod.Q1, review("An", Grade.GOOD, GOOD), "quý I");
        service.decide(ADMIN, id("An"), Y2025, ReviewPeriod.Q1, "quý I");
        service.propose(ADMIN, ReviewPeriod.Q2, review("An", Grade.GOOD, FAILING), "quý II");
        service.decide(ADMIN, id("An"), Y2025, ReviewPeriod.Q2, "quý II");
        service.propose(ADMIN, review("An", Grade.GOOD, GOOD), "năm");

        MemberRating year = service.decide(ADMIN, id("An"), Y2025, "năm");

        assertThat(year.gradeIfRated()).contains(Grade.GOOD);
        assertThat(only(year, EvaluationRegime.PERIOD_RESULTS).message(Locale.ENGLISH))
                .contains("first quarter/2025: HTTNV; second quarter/2025: KHTNV");
        assertThat(service.quarterlyGrades(ADMIN, id("An"), Y2025))
                .extracting(PeriodGrade::period, PeriodGrade::grade)
                .containsExactly(
                        tuple(ReviewPeriod.Q1, Grade.GOOD),
                        tuple(ReviewPeriod.Q2, Grade.NOT_COMPLETED),
                        tuple(ReviewPeriod.Q3, null),
                        tuple(ReviewPeriod.Q4, Grade.GOOD));
    }

    @Test
    void aProvinceThatLetsAFailedQuarterCapTheYearGetsItInItsSubtree() {
        EvaluationRegime capping = EvaluationRegime.builder()
                .from(EvaluationRegimes.qd366hd43())
                .id("evaluation/QĐ366-HD43-quang-tri")
                .periodNotCompletedCap(Grade.COMPLETED)
                .build();
        EvaluationTestData province = new EvaluationTestData(ChiboPolicies.central().toBuilder()
                .overlay(
                        EvaluationRegime.KIND,
                        capping,
                        Applicability.reviewYearsFrom(2025),
                        OrganizationTestData.PROVINCE)
                .build());
        EvaluationService s = province.chibo.evaluations();
        province.fullIn(KHU_PHO_3, "An");
        s.propose(ADMIN, ReviewPeriod.Q2, review("An", Grade.GOOD, FAILING), "quý II");
        s.decide(ADMIN, id("An"), Y2025, ReviewPeriod.Q2, "quý II");
        s.propose(ADMIN, review("An", Grade.GOOD, GOOD), "năm");

        MemberRating year = s.decide(ADMIN, id("An"), Y2025, "năm");

        assertThat(year.gradeIfRated()).contains(Grade.COMPLETED);
        assertThat(year.regime().id()).isEqualTo("evaluation/QĐ366-HD43-quang-tri");
    }

    @Test
    void aTermReviewNeedsATermEndingInTheYear() {
        data.fullIn(KHU_PHO_3, "An");

        InvalidInputException e = OrganizationTestData.invalid(
                () -> service.propose(ADMIN, ReviewPeriod.TERM, review("An", Grade.GOOD, GOOD), "kiểm điểm nhiệm kỳ"));

        assertThat(e.violations()).extracting(Violation::rule).containsExactly(EvaluationService.PERIOD);
        assertThat(e.violations().get(0).message())
                .contains("No term of this organisation or one above it ends in 2025");
    }

    @Test
    void aTermReviewReadsTheWholeTermAndStatesEveryYearOfItAndTheCellsTermGradeRestsOnItsMembers() {
        data.fullIn(KHU_PHO_3, "An")
                .term(PHUONG_5, 13, LocalDate.of(2020, 8, 15), 2025)
                .disciplined("An", LocalDate.of(2022, 3, 1), MemberDiscipline.REPRIMAND, false);
        service.propose(ADMIN, review("An", Grade.GOOD, GOOD), "năm 2025");
        MemberRating year = service.decide(ADMIN, id("An"), Y2025, "năm 2025");
        service.propose(ADMIN, ReviewPeriod.TERM, review("An", Grade.GOOD, GOOD), "kiểm điểm nhiệm kỳ");

        MemberRating term = service.decide(ADMIN, id("An"), Y2025, ReviewPeriod.TERM, "kết luận nhiệm kỳ");
        service.propose(
                ADMIN, ReviewPeriod.TERM, OrganizationReview.proposed(KHU_PHO_3, Y2025, Grade.EXCELLENT), "nhiệm kỳ");
        OrganizationRating cell = service.decide(ADMIN, KHU_PHO_3, Y2025, ReviewPeriod.TERM, "nhiệm kỳ");

        assertThat(year.gradeIfRated()).contains(Grade.GOOD);
        assertThat(term.gradeIfRated()).contains(Grade.NOT_COMPLETED);
        assertThat(only(term, EvaluationRegime.PERIOD_RESULTS).message(Locale.ENGLISH))
                .contains(
                        "2020: not rated; 2021: not rated; 2022: not rated; 2023: not rated; 2024: not rated; 2025: HTTNV");
        assertThat(cell.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(cell.findings())
                .extracting(Finding::code)
                .contains(EvaluationRegime.ORGANIZATION_THRESHOLD, EvaluationRegime.PERIOD_RESULTS);
        EvaluationRecord stored = service.find(ADMIN, EvaluationKey.of(KHU_PHO_3, Y2025, ReviewPeriod.TERM))
                .orElseThrow();
        assertThat(stored.decided().orElseThrow().grade()).isEqualTo(Grade.COMPLETED);
    }
}

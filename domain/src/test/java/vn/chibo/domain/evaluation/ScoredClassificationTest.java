package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.evaluation.EvaluationTestData.Y2025;
import static vn.chibo.domain.evaluation.EvaluationTestData.member;
import static vn.chibo.domain.evaluation.EvaluationTestData.proposed;
import static vn.chibo.domain.evaluation.EvaluationTestData.scored;
import static vn.chibo.domain.evaluation.EvaluationTestData.scores;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;

/** QĐ 366 Điều 11: the grade the 100-point score and the task facts give, checked against the proposal. */
class ScoredClassificationTest {
    private static final EvaluationRegime QD366 = EvaluationRegimes.qd366hd43();

    private static Grade gradeFor(Scores s) {
        MemberRating r = Classification.rate(member(), scored(Grade.EXCELLENT, s), QD366);
        assertThat(r).isInstanceOf(MemberRating.Rated.class);
        return ((MemberRating.Rated) r).grade();
    }

    @ParameterizedTest(name = "{0} + {1} points, on time {2}, {3} % exceeded, {4} % late, fixed {5} → {6}")
    @CsvSource({
        // excellent: ≥ 90, all on time, ≥ 30 % exceeded, shortcomings fixed
        "30, 60,   true,  30,   0,    true,  EXCELLENT",
        "29.9, 60, true,  30,   0,    true,  GOOD",
        "30, 70,   true,  29.9, 0,    true,  GOOD",
        "30, 70,   true,  30,   0,    false, GOOD",
        "30, 70,   false, 30,   0,    true,  COMPLETED",
        // good: 70 to under 90, all on time
        "20, 50,   true,  0,    0,    true,  GOOD",
        "19.9, 50, true,  0,    0,    true,  COMPLETED",
        // completed: 50 to under 70, at most 20 % late
        "20, 30,   false, 0,    20,   true,  COMPLETED",
        "20, 30,   false, 0,    20.1, true,  NOT_COMPLETED",
        "19.9, 30, true,  0,    0,    true,  NOT_COMPLETED",
        "30, 70,   false, 30,   20.1, true,  NOT_COMPLETED"
    })
    void theScoreAndTheTaskFactsGiveTheGradeAtEachBoundary(
            String general,
            String results,
            boolean onTime,
            String exceeded,
            String late,
            boolean fixed,
            Grade expected) {
        assertThat(gradeFor(scores(general, results, onTime, exceeded, late, fixed)))
                .isEqualTo(expected);
    }

    @Test
    void aProposalAboveTheComputedGradeIsLoweredWithAWarning() {
        MemberRating.Rated r = (MemberRating.Rated) Classification.rate(
                member(), scored(Grade.EXCELLENT, scores("29.9", "60", true, "30", "0", true)), QD366);

        assertThat(r.proposed()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.SCORE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.source()).isEqualTo(QD366.sourceOf(EvaluationRegime.SCORE));
            assertThat(f.source().document()).isEqualTo("QĐ 366-QĐ/TW");
            assertThat(f.policy()).isEqualTo(PolicyRef.of(QD366));
            assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo("89.9 points, 30% exceeded, 0% late: HTTNV; proposed HTXSNV; rated HTTNV.");
        });
    }

    @Test
    void theVietnameseScoreMessageWritesDecimalsWithAComma() {
        MemberRating.Rated r = (MemberRating.Rated) Classification.rate(
                member(), scored(Grade.EXCELLENT, scores("29.9", "60", true, "29.90", "0.0", true)), QD366);

        assertThat(r.findings().get(0).message(vn.chibo.domain.common.Label.VIETNAMESE))
                .isEqualTo("89,9 điểm, 29,9 % vượt, 0 % chậm: HTTNV; đề xuất HTXSNV; xếp loại HTTNV.");
        assertThat(r.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("89.9 points, 29.9% exceeded, 0% late: HTTNV; proposed HTXSNV; rated HTTNV.");
    }

    @Test
    void aProposalBelowTheComputedGradeIsKeptWithAnInfoFinding() {
        MemberRating.Rated r = (MemberRating.Rated)
                Classification.rate(member(), scored(Grade.GOOD, scores("30", "65", true, "40", "0", true)), QD366);

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(EvaluationRegime.SCORE, Severity.INFO));
        assertThat(r.findings().get(0).message(Locale.ENGLISH))
                .isEqualTo("95 points, 40% exceeded, 0% late: HTXSNV; proposed HTTNV; rated HTTNV.");
    }

    @Test
    void aCapStillLowersTheScoredGrade() {
        MemberRating.Rated r = (MemberRating.Rated) Classification.rate(
                member(),
                new MemberReview(
                        EvaluationTestData.MEMBER,
                        Y2025,
                        Grade.EXCELLENT,
                        null,
                        null,
                        null,
                        false,
                        true,
                        scores("30", "65", true, "40", "0", true)),
                QD366);

        assertThat(r.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(r.findings())
                .extracting(Finding::code)
                .containsExactly(EvaluationRegime.SCORE, EvaluationRegime.RESIDENCE);
    }

    @Test
    void aScoredRegimeRefusesAReviewWithoutScores() {
        assertThatThrownBy(() -> Classification.rate(member(), proposed(Y2025, Grade.GOOD), QD366))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evaluation/QĐ366-HD43");
    }
}

package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRegistry;

class EvaluationRegimesTest {
    private static final PolicyRegistry CENTRAL =
            EvaluationRegimes.registerCentral(PolicyRegistry.builder()).build();

    @ParameterizedTest(name = "the review of {0} is judged under {1}")
    @CsvSource({
        "2018, evaluation/QĐ132-HD16",
        "2019, evaluation/QĐ132-HD21",
        "2021, evaluation/QĐ132-HD21",
        "2022, evaluation/QĐ132-HD21",
        "2023, evaluation/QĐ124-HD25",
        "2024, evaluation/QĐ124-HD25",
        "2025, evaluation/QĐ366-HD43",
        "2026, evaluation/QĐ366-HD43"
    })
    void theRegimeIsChosenByReviewYear(int year, String regimeId) {
        PolicyLookup<EvaluationRegime> lookup =
                CENTRAL.findForReviewYear(EvaluationRegime.KIND, Year.of(year), List.of(), "Đảng bộ Phường 5");

        assertThat(lookup.policy().map(EvaluationRegime::id)).contains(regimeId);
    }

    @Test
    void aReviewOf2017HasNoRegimeAndGivesANoPolicyFinding() {
        PolicyLookup<EvaluationRegime> lookup =
                CENTRAL.findForReviewYear(EvaluationRegime.KIND, Year.of(2017), List.of(), "Đảng bộ Phường 5");

        assertThat(lookup.policy()).isEmpty();
        assertThat(lookup).isInstanceOf(PolicyLookup.Missing.class);
        assertThat(((PolicyLookup.Missing<EvaluationRegime>) lookup).finding().code())
                .isEqualTo(Finding.NO_POLICY);
    }

    @Test
    void onlyQd366ScoresAndOnlyItCountsTheQuotaAgainstGoodOrAbove() {
        assertThat(EvaluationRegimes.qd132hd21().scoring()).isEqualTo(ScoringRule.PROPOSED_AND_CAPPED);
        assertThat(EvaluationRegimes.qd124hd25().scoring()).isEqualTo(ScoringRule.PROPOSED_AND_CAPPED);
        assertThat(EvaluationRegimes.qd366hd43().scoring()).isEqualTo(ScoringRule.SCORED);
        assertThat(EvaluationRegimes.qd132hd21().quotaBase()).isEqualTo(QuotaBase.GOOD);
        assertThat(EvaluationRegimes.qd124hd25().quotaBase()).isEqualTo(QuotaBase.GOOD);
        assertThat(EvaluationRegimes.qd366hd43().quotaBase()).isEqualTo(QuotaBase.GOOD_OR_ABOVE);
    }

    @Test
    void theParametersRecordTheRegimesDifferences() {
        assertThat(EvaluationRegimes.qd132hd16().parameters())
                .containsEntry("suspendedNotRated", "false")
                .containsEntry("selfFixedDisciplineExempt", "false")
                .containsEntry("collectiveDisciplinedSubordinatesPercent", "none");
        assertThat(EvaluationRegimes.qd132hd21().parameters())
                .containsEntry("suspendedNotRated", "true")
                .containsEntry("newMembersLeftOutOfReview", "false")
                .containsEntry("sickLeaveCapMonths", "3");
        assertThat(EvaluationRegimes.qd124hd25().parameters())
                .containsEntry("selfFixedDisciplineExempt", "true")
                .containsEntry("newMembersLeftOutOfReview", "true")
                .containsEntry("collectiveDisciplinedSubordinatesPercent", "20");
        assertThat(EvaluationRegimes.qd366hd43().parameters())
                .containsEntry("scores", "90/70/50")
                .containsEntry("excellentMinExceededPercent", "30")
                .containsEntry("completedMaxLatePercent", "20")
                .containsEntry("quotaBase", "GOOD_OR_ABOVE");
    }
}

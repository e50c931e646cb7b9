package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.domain.evaluation.EvaluationTestData.Y2021;
import static vn.chibo.domain.evaluation.EvaluationTestData.Y2025;
import static vn.chibo.domain.evaluation.EvaluationTestData.member;
import static vn.chibo.domain.evaluation.EvaluationTestData.scored;
import static vn.chibo.domain.evaluation.EvaluationTestData.scores;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;

/** QĐ 366 Annex 5: members outside the political system, scored on the criteria set of their province. */
class Annex5ClassificationTest {
    private static final EvaluationRegime QD366 = EvaluationRegimes.qd366hd43();
    private static final Scores EXCELLENT_SCORES = scores("28", "64", true, "35", "0", true);

    /** A province's set: three general items of 10 and two results items of 35. */
    static CriteriaSet province(String id, String general3) {
        RuleSource source =
                RuleSource.of("Hướng dẫn của Ban Tổ chức Tỉnh ủy (giả định)", "Phụ lục", Confidence.SOURCE_SEEN);
        return CriteriaSet.builder()
                .id(id)
                .title(Label.of("Bộ tiêu chí của tỉnh (giả định)", "The province's criteria (fictional)"))
                .source(source)
                .addCriteria(
                        new Criterion(
                                "C1",
                                CriterionGroup.GENERAL,
                                Label.of("Chính trị", "Politics"),
                                BigDecimal.TEN,
                                source),
                        new Criterion(
                                "C2", CriterionGroup.GENERAL, Label.of("Đạo đức", "Ethics"), BigDecimal.TEN, source),
                        new Criterion(
                                "C3",
                                CriterionGroup.GENERAL,
                                Label.of("Tự phê bình", "Self-criticism"),
                                new BigDecimal(general3),
                                source),
                        new Criterion(
                                "K1",
                                CriterionGroup.RESULTS,
                                Label.of("Nhiệm vụ chi bộ giao", "Cell tasks"),
                                new BigDecimal("35"),
                                source),
                        new Criterion(
                                "K2",
                                CriterionGroup.RESULTS,
                                Label.of("Nghĩa vụ đảng viên", "Member's duties"),
                                new BigDecimal("35"),
                                source))
                .build();
    }

    private static MemberReview outside(Grade proposed) {
        return scored(proposed, EXCELLENT_SCORES).withOutsidePoliticalSystem(true);
    }

    @Test
    void aMemberOutsideThePoliticalSystemIsScoredOnTheProvincesSetWhichTheFindingNames() {
        CriteriaSet quangTri = province("criteria/quang-tri-2025", "10");

        MemberRating.Rated r = (MemberRating.Rated) Classification.rate(
                member(),
                outside(Grade.EXCELLENT),
                QD366,
                RatingContext.yearly(Y2025).withCriteria(quangTri));

        assertThat(r.grade()).isEqualTo(Grade.EXCELLENT);
        Finding annex5 = r.findings().stream()
                .filter(f -> f.code().equals(EvaluationRegime.ANNEX_5))
                .findFirst()
                .orElseThrow();
        assertThat(annex5.policy()).isEqualTo(PolicyRef.of(quangTri));
        assertThat(annex5.source()).isEqualTo(quangTri.source());
        assertThat(annex5.severity()).isEqualTo(Severity.INFO);
        assertThat(annex5.message(Label.VIETNAMESE))
                .contains("criteria/quang-tri-2025", "tiêu chí chung 28/30", "kết quả thực hiện nhiệm vụ 64/70");
        assertThat(annex5.message(Locale.ENGLISH)).contains("general 28/30", "results 64/70");
    }

    @Test
    void withoutAProvincesSetChibosDefaultIsUsedAndSaysItIsAnOpenQuestion() {
        MemberRating.Rated r = (MemberRating.Rated) Classification.rate(member(), outside(Grade.GOOD), QD366);

        Finding annex5 = r.findings().stream()
                .filter(f -> f.code().equals(EvaluationRegime.ANNEX_5))
                .findFirst()
                .orElseThrow();
        assertThat(annex5.policy()).isEqualTo(PolicyRef.of(CriteriaSets.annex5Default()));
        assertThat(annex5.source().confidence()).isEqualTo(Confidence.OPEN_QUESTION);
        assertThat(annex5.source().note()).contains("rules-2.md §A3", "§A4");
    }

    @Test
    void aMemberInThePoliticalSystemTakesTheOtherPathWithNoAnnex5Finding() {
        MemberRating r = Classification.rate(member(), scored(Grade.EXCELLENT, EXCELLENT_SCORES), QD366);

        assertThat(r.findings()).extracting(Finding::code).containsExactly(EvaluationRegime.SCORE);
    }

    @Test
    void aCivilServiceRatingCapsAMemberInTheSystemButIsNotAppliedToOneOutsideIt() {
        MemberReview inSystem = new MemberReview(
                EvaluationTestData.MEMBER,
                Y2025,
                Grade.EXCELLENT,
                null,
                Grade.GOOD,
                null,
                false,
                false,
                EXCELLENT_SCORES);
        MemberReview outsideSystem = inSystem.withOutsidePoliticalSystem(true);

        MemberRating.Rated in = (MemberRating.Rated) Classification.rate(member(), inSystem, QD366);
        MemberRating.Rated out = (MemberRating.Rated) Classification.rate(member(), outsideSystem, QD366);

        assertThat(in.grade()).isEqualTo(Grade.GOOD);
        assertThat(out.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(out.findings())
                .filteredOn(f -> f.code().equals(EvaluationRegime.CIVIL_SERVANT))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message(Locale.ENGLISH)).contains("not applied");
                });
    }

    @Test
    void beforeQd366TheAnnex5PathDoesNotExist() {
        MemberReview review = MemberReview.proposed(EvaluationTestData.MEMBER, Y2021, Grade.GOOD)
                .withOutsidePoliticalSystem(true);

        MemberRating r = Classification.rate(member(), review, EvaluationRegimes.qd132hd21());

        assertThat(r.gradeIfRated()).contains(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aSetWhoseGeneralItemsAddUpToTwentyNineIsRefusedAndThirtyIsAccepted() {
        assertThatThrownBy(() -> province("criteria/bad", "9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GENERAL items of criteria/bad add up to 29");

        assertThat(province("criteria/good", "10").points(CriterionGroup.GENERAL))
                .isEqualByComparingTo("30");
    }

    @Test
    void theDefaultSetSplitsThirtyAndSeventyAndEachItemSaysItsPointsAreChibosChoice() {
        CriteriaSet set = CriteriaSets.annex5Default();

        assertThat(set.points(CriterionGroup.GENERAL)).isEqualByComparingTo("30");
        assertThat(set.points(CriterionGroup.RESULTS)).isEqualByComparingTo("70");
        assertThat(set.criteria()).allSatisfy(c -> {
            assertThat(c.source().confidence()).isEqualTo(Confidence.RECALLED);
            assertThat(c.source().note()).contains("chibo's choice");
        });
    }

    @Test
    void itemPointsAddUpToTheScoresAndAnItemOverItsMaximumIsRefusedByName() {
        CriteriaSet set = province("criteria/quang-tri-2025", "10");
        Map<String, BigDecimal> points = Map.of(
                "C1", new BigDecimal("9.5"),
                "C2", BigDecimal.TEN,
                "C3", new BigDecimal("8"),
                "K1", new BigDecimal("33"),
                "K2", new BigDecimal("30.25"));

        Scores s = set.scores(points, true, new BigDecimal("30"), BigDecimal.ZERO, true);

        assertThat(s.general()).isEqualByComparingTo("27.5");
        assertThat(s.results()).isEqualByComparingTo("63.25");
        Map<String, BigDecimal> over = new java.util.HashMap<>(points);
        over.put("K1", new BigDecimal("35.5"));
        over.put("X9", BigDecimal.ONE);
        assertThatThrownBy(() -> set.scores(over, true, BigDecimal.ZERO, BigDecimal.ZERO, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("K1 = 35.5 outside 0–35")
                .hasMessageContaining("X9 is not an item");
    }
}

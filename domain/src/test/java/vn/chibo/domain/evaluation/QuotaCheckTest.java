package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.evaluation.EvaluationTestData.rated;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;

/** The excellence quota (rules.md §4.5, §7) with the seed's figures. */
class QuotaCheckTest {
    private static final EvaluationRegime HD21 = EvaluationRegimes.qd132hd21();
    private static final String POOL = "Đảng bộ Phường 5";

    private static List<MemberRating> ratings(int excellent, int good, int completed, Year year) {
        List<MemberRating> all = new ArrayList<>();
        all.addAll(rated(excellent, Grade.EXCELLENT, HD21, year, 1));
        all.addAll(rated(good, Grade.GOOD, HD21, year, 10_000));
        all.addAll(rated(completed, Grade.COMPLETED, HD21, year, 20_000));
        return all;
    }

    private static final List<MemberRating> Y2021 = ratings(236, 1040, 36, Year.of(2021));

    @Test
    void in2021TheQuotaIsOverWhenTheBaseIsTheMembersRatedGood() {
        QuotaCheck q = QuotaCheck.of(POOL, Y2021, HD21, QuotaBase.GOOD, null);

        assertThat(q.excellent()).isEqualTo(236);
        assertThat(q.good()).isEqualTo(1040);
        assertThat(q.over()).isTrue();
        assertThat(q.overIfGoodOnly()).isTrue();
        assertThat(q.overIfGoodOrAbove()).isFalse();
        assertThat(q.regime()).isEqualTo(PolicyRef.of(HD21));
        assertThat(q.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.QUOTA);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo(POOL);
            assertThat(f.source()).isEqualTo(HD21.sourceOf(EvaluationRegime.QUOTA));
            assertThat(f.source().article()).isEqualTo("II.B.2.3 a");
            assertThat(f.message(Label.VIETNAMESE)).contains("236/1.040 = 22,7 %", "236/1.276 = 18,5 %");
            assertThat(f.message(Locale.ENGLISH)).contains("236/1,040 = 22.7%", "236/1,276 = 18.5%");
        });
    }

    @Test
    void in2021TheQuotaIsWithinWhenTheBaseIsTheMembersRatedGoodOrAboveAndBothReadingsAreStillShown() {
        QuotaCheck q = QuotaCheck.of(POOL, Y2021, HD21, QuotaBase.GOOD_OR_ABOVE, null);

        assertThat(q.over()).isFalse();
        assertThat(q.overIfGoodOnly()).isTrue();
        assertThat(q.overIfGoodOrAbove()).isFalse();
        assertThat(q.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message(Label.VIETNAMESE)).contains("236/1.040 = 22,7 %", "236/1.276 = 18,5 %");
            assertThat(f.message(Locale.ENGLISH)).contains("236/1,040 = 22.7%", "236/1,276 = 18.5%");
        });
    }

    @Test
    void in2022TheQuotaShowsBothReadingsOfTheSeedsFigures() {
        QuotaCheck q = QuotaCheck.of(POOL, ratings(242, 1051, 34, Year.of(2022)), HD21, QuotaBase.GOOD, null);

        assertThat(q.over()).isTrue();
        assertThat(q.overIfGoodOrAbove()).isFalse();
        assertThat(q.findings()).singleElement().satisfies(f -> {
            assertThat(f.message(Label.VIETNAMESE)).contains("242/1.051 = 23,0 %", "242/1.293 = 18,7 %");
            assertThat(f.message(Locale.ENGLISH)).contains("242/1,051 = 23.0%", "242/1,293 = 18.7%");
        });
    }

    @Test
    void exactly20PercentOfTheMembersRatedGoodIsWithinTheQuota() {
        QuotaCheck q = QuotaCheck.of(POOL, ratings(200, 1000, 0, Year.of(2021)), HD21, QuotaBase.GOOD, null);

        assertThat(q.over()).isFalse();
        assertThat(q.overIfGoodOnly()).isFalse();
        assertThat(q.overIfGoodOrAbove()).isFalse();
        assertThat(q.findings()).isEmpty();
    }

    @Test
    void oneMoreExcellentMemberThan20PercentIsOver() {
        QuotaCheck q = QuotaCheck.of(POOL, ratings(201, 1000, 0, Year.of(2021)), HD21, QuotaBase.GOOD, null);

        assertThat(q.over()).isTrue();
        assertThat(q.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void anExceptionRecordedByTheCompetentLevelClearsTheOverrunAsInfo() {
        String exception = "Công văn 15-CV/TU cho phép vượt tỷ lệ (giả định)";

        QuotaCheck q = QuotaCheck.of(POOL, Y2021, HD21, QuotaBase.GOOD, exception);

        assertThat(q.over()).isFalse();
        assertThat(q.overIfGoodOnly()).isTrue();
        assertThat(q.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message(Label.VIETNAMESE)).contains(exception, "236/1.040 = 22,7 %");
            assertThat(f.message(Locale.ENGLISH)).contains(exception);
        });
    }

    @Test
    void membersNotRatedAreNotCounted() {
        List<MemberRating> all = new ArrayList<>(ratings(200, 1000, 0, Year.of(2021)));
        all.add(new MemberRating.NotRated(
                vn.chibo.domain.member.MemberTestData.member(99_999),
                Year.of(2021),
                PolicyRef.of(HD21),
                EvaluationRegime.NEW_MEMBER,
                true,
                com.google.common.collect.ImmutableList.of()));

        QuotaCheck q = QuotaCheck.of(POOL, all, HD21, QuotaBase.GOOD, null);

        assertThat(q.excellent()).isEqualTo(200);
        assertThat(q.good()).isEqualTo(1000);
        assertThat(q.over()).isFalse();
    }

    @Test
    void theBaseCountsGoodOnlyOrGoodAndExcellent() {
        assertThat(QuotaBase.GOOD.of(236, 1040)).isEqualTo(1040);
        assertThat(QuotaBase.GOOD_OR_ABOVE.of(236, 1040)).isEqualTo(1276);
    }
}

package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.evaluation.EvaluationTestData.Y2021;
import static vn.chibo.domain.evaluation.EvaluationTestData.Y2023;
import static vn.chibo.domain.evaluation.EvaluationTestData.member;
import static vn.chibo.domain.evaluation.EvaluationTestData.proposed;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;

/** QĐ 124's condition for an excellent member: 100 % of targets on time, at least 50 % exceeded (rules.md §4.11). */
class Qd124ExcellenceTest {
    private static final EvaluationRegime HD21 = EvaluationRegimes.qd132hd21();
    private static final EvaluationRegime QD124 = EvaluationRegimes.qd124hd25();

    private static MemberRating.Rated rate(
            Year year, Grade proposed, @Nullable String onTime, @Nullable String exceeded, EvaluationRegime regime) {
        MemberReview review = proposed(year, proposed)
                .withTargetShares(
                        onTime == null ? null : new BigDecimal(onTime),
                        exceeded == null ? null : new BigDecimal(exceeded));
        MemberRating r = Classification.rate(member(), review, regime);
        assertThat(r).isInstanceOf(MemberRating.Rated.class);
        return (MemberRating.Rated) r;
    }

    @Test
    void anExcellentProposalWithEveryTargetOnTimeAndHalfExceededStaysExcellent() {
        MemberRating.Rated r = rate(Y2023, Grade.EXCELLENT, "100", "50", QD124);

        assertThat(r.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void anExcellentProposalWith49PercentExceededIsLoweredToGoodWithOneFindingAndItsSource() {
        MemberRating.Rated r = rate(Y2023, Grade.EXCELLENT, "100", "49", QD124);

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.EXCELLENT_TARGETS);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.policy()).isEqualTo(PolicyRef.of(QD124));
            assertThat(f.source()).isEqualTo(QD124.sourceOf(EvaluationRegime.EXCELLENT_TARGETS));
            assertThat(f.source().document()).isEqualTo("QĐ 124-QĐ/TW");
            assertThat(f.source().confidence()).isEqualTo(Confidence.SOURCE_SEEN);
            assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo("100% of targets on time, 49% exceeded: short of excellent (100% on time, at least 50%"
                            + " exceeded): at most HTTNV; lowered from HTXSNV to HTTNV.");
            assertThat(f.message(Locale.forLanguageTag("vi")))
                    .isEqualTo("100 % chỉ tiêu hoàn thành đúng tiến độ, 49 % vượt mức: chưa đạt điều kiện hoàn thành"
                            + " xuất sắc (100 % đúng tiến độ, trong đó từ 50 % vượt mức): tối đa HTTNV; hạ từ HTXSNV"
                            + " xuống HTTNV.");
        });
    }

    @Test
    void anExcellentProposalWith99PercentOnTimeIsLoweredToGood() {
        MemberRating.Rated r = rate(Y2023, Grade.EXCELLENT, "99", "80", QD124);

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.EXCELLENT_TARGETS);
            assertThat(f.message(Locale.ENGLISH))
                    .startsWith("99% of targets on time, 80% exceeded: short of excellent");
        });
    }

    @Test
    void sharesJustUnderTheThresholdsAreComparedExactly() {
        assertThat(rate(Y2023, Grade.EXCELLENT, "99.9", "50", QD124).grade()).isEqualTo(Grade.GOOD);
        assertThat(rate(Y2023, Grade.EXCELLENT, "100", "49.99", QD124).grade()).isEqualTo(Grade.GOOD);
        assertThat(rate(Y2023, Grade.EXCELLENT, "100.0", "50.00", QD124).grade())
                .isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void withNeitherShareRecordedTheExcellentProposalIsLeftAloneWithoutFinding() {
        MemberRating.Rated r = rate(Y2023, Grade.EXCELLENT, null, null, QD124);

        assertThat(r.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aShareNotRecordedIsNotPresumedButTheRecordedOneIsChecked() {
        assertThat(rate(Y2023, Grade.EXCELLENT, null, "50", QD124).findings()).isEmpty();
        assertThat(rate(Y2023, Grade.EXCELLENT, "100", null, QD124).findings()).isEmpty();

        MemberRating.Rated r = rate(Y2023, Grade.EXCELLENT, null, "49", QD124);
        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).startsWith("49% exceeded: short of excellent"));
    }

    @Test
    void aGoodProposalIsNotTouchedByTheExcellenceCondition() {
        MemberRating.Rated r = rate(Y2023, Grade.GOOD, "90", "10", QD124);

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void theSameFactsUnderHd21LeaveTheExcellentProposalAlone() {
        MemberRating.Rated r = rate(Y2021, Grade.EXCELLENT, "99", "49", HD21);

        assertThat(r.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.findings()).extracting(Finding::code).doesNotContain(EvaluationRegime.EXCELLENT_TARGETS);
    }

    @Test
    void onlyQd124CarriesTheConditionAsAParameter() {
        assertThat(QD124.parameters()).containsEntry("excellentMinTargetsExceededPercent", "50");
        assertThat(HD21.parameters()).doesNotContainKey("excellentMinTargetsExceededPercent");
        assertThat(EvaluationRegimes.qd366hd43().parameters()).doesNotContainKey("excellentMinTargetsExceededPercent");
    }
}

package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.domain.evaluation.EvaluationTestData.MEMBER;
import static vn.chibo.domain.evaluation.EvaluationTestData.Y2025;
import static vn.chibo.domain.evaluation.EvaluationTestData.disciplined;
import static vn.chibo.domain.evaluation.EvaluationTestData.member;
import static vn.chibo.domain.evaluation.EvaluationTestData.scored;
import static vn.chibo.domain.evaluation.EvaluationTestData.scores;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.Severity;

/** QĐ 366's review periods: the year, quarters 1 to 3 (the fourth folded into the year) and the term. */
class ReviewPeriodTest {
    private static final EvaluationRegime QD366 = EvaluationRegimes.qd366hd43();
    private static final Scores GOOD = scores("25", "55", true, "10", "0", true);

    @ParameterizedTest(name = "{0} survives its stored code")
    @EnumSource(ReviewPeriod.class)
    void everyPeriodSurvivesItsStoredCode(ReviewPeriod period) {
        assertThat(ReviewPeriod.ofCode(period.code())).isEqualTo(period);
        assertThat(ReviewPeriod.ofCode(" " + period.code().toLowerCase(Locale.ROOT)))
                .isEqualTo(period);
    }

    @Test
    void aYearlyKeyMadeTheOldWayEqualsOneNamingTheYearAndDiffersFromAQuarter() {
        EvaluationKey old = EvaluationKey.of(MEMBER, Y2025);

        assertThat(old).isEqualTo(EvaluationKey.of(MEMBER, Y2025, ReviewPeriod.YEAR));
        assertThat(old.period()).isEqualTo(ReviewPeriod.YEAR);
        assertThat(old).isNotEqualTo(EvaluationKey.of(MEMBER, Y2025, ReviewPeriod.Q1));
        assertThat(old.toString()).doesNotContain("YEAR");
        assertThat(EvaluationKey.of(MEMBER, Y2025, ReviewPeriod.Q1).toString()).endsWith("2025 Q1");
    }

    @Test
    void theQuartersRunFromTheFirstOfTheirFirstMonthToTheLastOfTheirLast() {
        assertThat(ReviewPeriod.Q1.start(Y2025)).contains(LocalDate.of(2025, 1, 1));
        assertThat(ReviewPeriod.Q1.end(Y2025)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(ReviewPeriod.Q3.start(Y2025)).contains(LocalDate.of(2025, 7, 1));
        assertThat(ReviewPeriod.Q3.end(Y2025)).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(ReviewPeriod.TERM.start(Y2025)).isEmpty();
        assertThat(ReviewPeriod.TERM.end(Y2025)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> RatingContext.of(Y2025, ReviewPeriod.TERM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyQd366HoldsQuarterlyAndTermReviewsAndItFoldsTheFourthQuarterIntoTheYear() {
        assertThat(EvaluationRegimes.qd132hd21().reviews(ReviewPeriod.Q1)).isFalse();
        assertThat(EvaluationRegimes.qd124hd25().reviews(ReviewPeriod.TERM)).isFalse();
        assertThat(EvaluationRegimes.qd124hd25().foldsFourthQuarterIntoYear()).isFalse();
        assertThat(QD366.reviews(ReviewPeriod.Q3)).isTrue();
        assertThat(QD366.reviews(ReviewPeriod.TERM)).isTrue();
        assertThat(QD366.reviews(ReviewPeriod.Q4)).isFalse();
        assertThat(QD366.foldsFourthQuarterIntoYear()).isTrue();
        assertThat(QD366.parameters()).containsEntry("periodicReviews", "[Q1, Q2, Q3, TERM]");
    }

    @Test
    void aDisciplineInTheSecondQuarterLowersTheSecondQuarterButNotTheFirst() {
        var h = member(disciplined(LocalDate.of(2025, 4, 1), false));

        MemberRating q1 =
                Classification.rate(h, scored(Grade.GOOD, GOOD), QD366, RatingContext.of(Y2025, ReviewPeriod.Q1));
        MemberRating q2 =
                Classification.rate(h, scored(Grade.GOOD, GOOD), QD366, RatingContext.of(Y2025, ReviewPeriod.Q2));

        assertThat(q1.gradeIfRated()).contains(Grade.GOOD);
        assertThat(q2.gradeIfRated()).contains(Grade.NOT_COMPLETED);
        assertThat(q2.findings()).extracting(Finding::subject).allMatch(s -> s.endsWith("2025 Q2"));
    }

    @Test
    void theQuartersFeedingTheYearAreStatedAndBindNothingByDefault() {
        RatingContext year = RatingContext.yearly(Y2025)
                .withEarlier(List.of(
                        new PeriodGrade(Y2025, ReviewPeriod.Q1, Grade.GOOD),
                        new PeriodGrade(Y2025, ReviewPeriod.Q2, Grade.NOT_COMPLETED),
                        new PeriodGrade(Y2025, ReviewPeriod.Q3, null)));

        MemberRating.Rated r =
                (MemberRating.Rated) Classification.rate(member(), scored(Grade.GOOD, GOOD), QD366, year);

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings())
                .filteredOn(f -> f.code().equals(EvaluationRegime.PERIOD_RESULTS))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message(Locale.ENGLISH))
                            .contains(
                                    "first quarter/2025: HTTNV; second quarter/2025: KHTNV; third quarter/2025: not rated");
                    assertThat(f.message(vn.chibo.domain.common.Label.VIETNAMESE))
                            .contains("quý II/2025: KHTNV");
                    assertThat(f.source()).isEqualTo(QD366.sourceOf(EvaluationRegime.PERIOD_RESULTS));
                });
    }

    @Test
    void aHostThatLetsANotCompletedQuarterCapTheYearGetsTheCapAndOnlyWhenAQuarterFailed() {
        EvaluationRegime host = EvaluationRegime.builder()
                .from(QD366)
                .periodNotCompletedCap(Grade.COMPLETED)
                .build();
        RatingContext failed = RatingContext.yearly(Y2025)
                .withEarlier(List.of(new PeriodGrade(Y2025, ReviewPeriod.Q2, Grade.NOT_COMPLETED)));
        RatingContext passed = RatingContext.yearly(Y2025)
                .withEarlier(List.of(new PeriodGrade(Y2025, ReviewPeriod.Q2, Grade.COMPLETED)));

        MemberRating capped = Classification.rate(member(), scored(Grade.GOOD, GOOD), host, failed);
        MemberRating kept = Classification.rate(member(), scored(Grade.GOOD, GOOD), host, passed);

        assertThat(capped.gradeIfRated()).contains(Grade.COMPLETED);
        assertThat(kept.gradeIfRated()).contains(Grade.GOOD);
        assertThat(host.fingerprint()).isNotEqualTo(QD366.fingerprint());
    }

    @Test
    void aMemberAdmittedFiveMonthsBeforeTheEndOfTheThirdQuarterIsNotRatedForItButSixMonthsBeforeIs() {
        var fiveMonths = EvaluationTestData.admittedWithCeremony(LocalDate.of(2025, 4, 1));
        var sixMonths = EvaluationTestData.admittedWithCeremony(LocalDate.of(2025, 3, 30));
        RatingContext q3 = RatingContext.of(Year.of(2025), ReviewPeriod.Q3);

        assertThat(Classification.rate(fiveMonths, scored(Grade.GOOD, GOOD), QD366, q3))
                .isInstanceOf(MemberRating.NotRated.class);
        assertThat(Classification.rate(sixMonths, scored(Grade.GOOD, GOOD), QD366, q3)
                        .gradeIfRated())
                .contains(Grade.GOOD);
    }
}

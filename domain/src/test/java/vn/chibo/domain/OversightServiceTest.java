package vn.chibo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.EvaluationTestData.ADMIN;
import static vn.chibo.domain.EvaluationTestData.KHU_PHO_3;
import static vn.chibo.domain.EvaluationTestData.PHUONG_5;
import static vn.chibo.domain.EvaluationTestData.Y2021;
import static vn.chibo.domain.EvaluationTestData.id;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.member.dues.UnpaidCounting;
import vn.chibo.domain.oversight.EducationStarted;
import vn.chibo.domain.oversight.OversightReport;
import vn.chibo.domain.oversight.OversightRules;
import vn.chibo.domain.oversight.RemovalConsideration;
import vn.chibo.domain.oversight.RemovalTrigger;
import vn.chibo.domain.rule.Confidence;

class OversightServiceTest {
    private static final LocalDate END_2021 = LocalDate.of(2021, 12, 31);

    private final EvaluationTestData data = new EvaluationTestData().fullIn(KHU_PHO_3, "An", "Bình");

    private OversightReport review(Year year, LocalDate asOf) {
        return data.chibo.oversight().review(ADMIN, PHUONG_5, year, asOf, List.of());
    }

    private void absentIn(int... months) {
        for (int m : months) {
            data.meeting(
                    KHU_PHO_3, YearMonth.of(2021, m), Attendance.unexcused(id("An")), Attendance.present(id("Bình")));
        }
    }

    @Test
    void twoMonthsWithAnUnexcusedAbsenceFlagNobody() {
        absentIn(2, 7);
        data.meeting(
                KHU_PHO_3, YearMonth.of(2021, 9), Attendance.excused(id("An"), "ốm"), Attendance.present(id("Bình")));

        assertThat(review(Y2021, END_2021).removals()).isEmpty();
    }

    @Test
    void threeMonthsWithAnUnexcusedAbsenceFlagTheMemberWithTheMonths() {
        absentIn(2, 7, 11);

        List<RemovalConsideration> removals = review(Y2021, END_2021).removals();

        assertThat(removals).hasSize(1);
        RemovalConsideration r = removals.get(0);
        assertThat(r.member()).isEqualTo(id("An"));
        assertThat(r.trigger()).isEqualTo(RemovalTrigger.MEETING_ABSENCE);
        assertThat(r.months()).containsExactly(YearMonth.of(2021, 2), YearMonth.of(2021, 7), YearMonth.of(2021, 11));
        assertThat(r.finding().code()).isEqualTo("OVERSIGHT-REMOVAL-MEETINGS");
        assertThat(r.finding().source().article()).isEqualTo("Điều 8 khoản 1; mục 8.1");
    }

    @Test
    void twoUnpaidMonthsFlagNobodyAndThreeFlagTheMember() {
        data.dues("An", YearMonth.of(2021, 3), false).dues("An", YearMonth.of(2021, 4), true);
        data.dues("An", YearMonth.of(2021, 8), false);
        assertThat(review(Y2021, END_2021).removals()).isEmpty();

        data.dues("An", YearMonth.of(2021, 10), false);
        List<RemovalConsideration> removals = review(Y2021, END_2021).removals();

        assertThat(removals).extracting(RemovalConsideration::trigger).containsExactly(RemovalTrigger.UNPAID_DUES);
        assertThat(removals.get(0).months())
                .containsExactly(YearMonth.of(2021, 3), YearMonth.of(2021, 8), YearMonth.of(2021, 10));
        assertThat(removals.get(0).finding().source().confidence()).isEqualTo(Confidence.OPEN_QUESTION);
    }

    @Test
    void twoMonthsOfAbsencesAndOneUnpaidMonthAreCountedSeparatelyAndFlagNobody() {
        absentIn(2, 7);
        data.dues("An", YearMonth.of(2021, 10), false);

        assertThat(review(Y2021, END_2021).removals()).isEmpty();
    }

    @Test
    void unpaidMonthsAcrossNewYearFlagOnlyWhenCountedOverTheRollingTwelveMonths() {
        data.dues("An", YearMonth.of(2021, 11), false)
                .dues("An", YearMonth.of(2021, 12), false)
                .dues("An", YearMonth.of(2022, 1), false);
        LocalDate asOf = LocalDate.of(2022, 1, 31);

        OversightReport calendar = review(Year.of(2022), asOf);
        OversightReport rolling = data.chibo
                .oversight()
                .review(
                        ADMIN,
                        PHUONG_5,
                        Year.of(2022),
                        asOf,
                        List.of(),
                        OversightRules.central().withDuesCounting(UnpaidCounting.ROLLING_TWELVE_MONTHS));

        assertThat(calendar.removals()).isEmpty();
        assertThat(rolling.removals())
                .extracting(RemovalConsideration::months)
                .containsExactly(com.google.common.collect.ImmutableList.of(
                        YearMonth.of(2021, 11), YearMonth.of(2021, 12), YearMonth.of(2022, 1)));
    }

    @Test
    void twoConsecutiveYearsNotCompletedFlagTheMemberWithTheYears() {
        data.decided("An", Year.of(2020), Grade.GOOD)
                .decided("An", Y2021, Grade.NOT_COMPLETED)
                .decided("An", Year.of(2022), Grade.NOT_COMPLETED);

        List<RemovalConsideration> removals =
                review(Year.of(2022), LocalDate.of(2022, 12, 31)).removals();

        assertThat(removals)
                .extracting(RemovalConsideration::trigger)
                .containsExactly(RemovalTrigger.NOT_COMPLETED_TWO_YEARS);
        assertThat(removals.get(0).years()).containsExactly(Y2021, Year.of(2022));
    }

    @Test
    void twoYearsNotCompletedWithACompletedYearBetweenFlagNobody() {
        data.decided("An", Year.of(2020), Grade.NOT_COMPLETED)
                .decided("An", Y2021, Grade.COMPLETED)
                .decided("An", Year.of(2022), Grade.NOT_COMPLETED);

        assertThat(review(Year.of(2022), LocalDate.of(2022, 12, 31)).removals()).isEmpty();
    }

    @Test
    void noProgressTwelveMonthsAfterEducationFlagsTheMemberFromThatDayOn() {
        EducationStarted education =
                new EducationStarted(id("An"), LocalDate.of(2021, 3, 1), null, "Nghị quyết chi bộ số 3");

        OversightReport dayBefore = data.chibo
                .oversight()
                .review(ADMIN, PHUONG_5, Year.of(2022), LocalDate.of(2022, 2, 28), List.of(education));
        OversightReport onTheDay = data.chibo
                .oversight()
                .review(ADMIN, PHUONG_5, Year.of(2022), LocalDate.of(2022, 3, 1), List.of(education));

        assertThat(dayBefore.removals()).isEmpty();
        assertThat(onTheDay.removals())
                .extracting(RemovalConsideration::trigger)
                .containsExactly(RemovalTrigger.NO_PROGRESS_AFTER_EDUCATION);
        assertThat(onTheDay.removals().get(0).educationStarted()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void fiveConsecutiveYearsExcellentMakeAMemberEligibleForTheCommendationAndFourDoNot() {
        for (int y = 2018; y <= 2022; y++) {
            data.decided("An", Year.of(y), Grade.EXCELLENT);
            data.decided("Bình", Year.of(y), y == 2018 ? Grade.GOOD : Grade.EXCELLENT);
        }

        OversightReport report = review(Year.of(2022), LocalDate.of(2022, 12, 31));

        assertThat(report.commendations()).hasSize(1);
        assertThat(report.commendations().get(0).member()).isEqualTo(id("An"));
        assertThat(report.commendations().get(0).years())
                .containsExactly(Year.of(2018), Year.of(2019), Year.of(2020), Year.of(2021), Year.of(2022));
        assertThat(report.removals()).isEmpty();
    }
}

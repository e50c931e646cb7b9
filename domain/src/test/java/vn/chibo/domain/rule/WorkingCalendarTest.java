package vn.chibo.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Violation;

class WorkingCalendarTest {
    private final WorkingCalendar vietnam = WorkingCalendar.vietnam();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    // ---------------------------------------------------------------- counting (conventions.md)

    @Test
    void dayOneIsTheFirstWorkingDayAfterTheEventAndTheEventItselfNeverCounts() {
        // Wednesday 4/3/2026, a working day: day 1 is Thursday 5/3, not the event day.
        assertThat(vietnam.isWorkingDay(date(2026, 3, 4))).isTrue();
        assertThat(vietnam.addWorkingDays(date(2026, 3, 4), 1)).isEqualTo(date(2026, 3, 5));
        assertThat(vietnam.workingDaysBetween(date(2026, 3, 4), date(2026, 3, 4)))
                .isZero();
        assertThat(vietnam.workingDaysBetween(date(2026, 3, 4), date(2026, 3, 5)))
                .isEqualTo(1);

        // An event on a Saturday: day 1 is the Monday.
        assertThat(vietnam.addWorkingDays(date(2026, 3, 7), 1)).isEqualTo(date(2026, 3, 9));

        // Friday 13/2/2026, the last working day before Tết Bính Ngọ: the weekend 14–15/2, Tết 16–20/2
        // and the weekend 21–22/2 pass before day 1, Monday 23/2/2026.
        assertThat(vietnam.addWorkingDays(date(2026, 2, 13), 1)).isEqualTo(date(2026, 2, 23));
        assertThat(vietnam.workingDaysBetween(date(2026, 2, 13), date(2026, 2, 22)))
                .isZero();

        // Zero working days: the event day itself.
        assertThat(vietnam.addWorkingDays(date(2026, 3, 4), 0)).isEqualTo(date(2026, 3, 4));
    }

    @Test
    void thirtyWorkingDaysAfterADecisionInEarlyFebruary2026EndOnMonday23MarchAcrossTet() {
        LocalDate decision = date(2026, 2, 2); // Monday 2/2/2026
        // Counted by hand (Tết 1/1 lunar = Tuesday 17/2/2026; days off Mon 16/2 to Fri 20/2):
        //   Tue 3/2 – Fri 6/2      days  1– 4
        //   Mon 9/2 – Fri 13/2     days  5– 9
        //   Mon 16/2 – Fri 20/2    Tết, not counted
        //   Mon 23/2 – Fri 27/2    days 10–14
        //   Mon 2/3 – Fri 6/3      days 15–19
        //   Mon 9/3 – Fri 13/3     days 20–24
        //   Mon 16/3 – Fri 20/3    days 25–29   (day 29 = Friday 20/3)
        //   Sat 21/3, Sun 22/3     weekend
        //   Mon 23/3               day 30
        //   Tue 24/3               day 31
        LocalDate day29 = date(2026, 3, 20);
        LocalDate day30 = date(2026, 3, 23);
        LocalDate day31 = date(2026, 3, 24);

        assertThat(vietnam.addWorkingDays(decision, 29)).isEqualTo(day29);
        assertThat(vietnam.addWorkingDays(decision, 30)).isEqualTo(day30);
        assertThat(vietnam.addWorkingDays(decision, 31)).isEqualTo(day31);
        assertThat(vietnam.workingDaysBetween(decision, day30)).isEqualTo(30);
        assertThat(vietnam.workingDaysBetween(decision, date(2026, 2, 20))).isEqualTo(9);

        assertThat(vietnam.isWithinWorkingDays(decision, day29, 30)).isTrue();
        assertThat(vietnam.isWithinWorkingDays(decision, date(2026, 3, 22), 30)).isTrue();
        assertThat(vietnam.isWithinWorkingDays(decision, day30, 30)).isTrue();
        assertThat(vietnam.isWithinWorkingDays(decision, day31, 30)).isFalse();
    }

    @Test
    void aDateBeforeTheEventIsNotWithinTheWindowAndTheEventDayIs() {
        LocalDate event = date(2026, 3, 4);

        assertThat(vietnam.isWithinWorkingDays(event, date(2026, 3, 3), 5)).isFalse();
        assertThat(vietnam.isWithinWorkingDays(event, event, 5)).isTrue();
        assertThat(vietnam.isWithinWorkingDays(event, event, 0)).isTrue();
        assertThat(vietnam.isWithinWorkingDays(event, date(2026, 3, 5), 0)).isFalse();
        assertThat(vietnam.workingDaysBetween(event, date(2026, 3, 1))).isZero();
    }

    @Test
    void aDayOffRightAfterTheLastWorkingDayOfTheWindowIsLate() {
        // Wednesday 15/4/2026 + 7 working days = Friday 24/4 (16, 17, 20, 21, 22, 23, 24/4); the weekend
        // and Monday 27/4 (compensatory day for Hùng Vương, Sunday 26/4) follow it and are all late.
        LocalDate event = date(2026, 4, 15);

        assertThat(vietnam.addWorkingDays(event, 7)).isEqualTo(date(2026, 4, 24));
        assertThat(vietnam.isWithinWorkingDays(event, date(2026, 4, 24), 7)).isTrue();
        assertThat(vietnam.isWithinWorkingDays(event, date(2026, 4, 25), 7)).isFalse();
        assertThat(vietnam.isWithinWorkingDays(event, date(2026, 4, 27), 7)).isFalse();
        assertThat(vietnam.addWorkingDays(event, 8)).isEqualTo(date(2026, 4, 28));
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsACallerBug() {
        assertThatThrownBy(() -> vietnam.addWorkingDays(date(2026, 3, 4), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> vietnam.isWithinWorkingDays(date(2026, 3, 4), date(2026, 3, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- default data

    @Test
    void theDefaultCalendarCovers2016To2027WithSaturdayAndSundayOff() {
        assertThat(vietnam.coveredYears())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(2016, 2027).boxed().toList());
        assertThat(vietnam.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(vietnam.id()).isEqualTo(WorkingCalendar.VIETNAM_ID);
        assertThat(vietnam.toString()).isEqualTo("working-calendar/vn-default (2016–2027)");
        assertThat(vietnam.makeUpWorkingDays(2026)).isEmpty();
    }

    @Test
    void tet2026IsTheLastDayOfTheLunarYearAndTheFirstFourDaysOfTheNewOneRecalledNotSeen() {
        assertThat(vietnam.holidays(2026))
                .containsExactly(
                        date(2026, 1, 1),
                        date(2026, 2, 16), // last day of Ất Tỵ
                        date(2026, 2, 17), // 1/1 Bính Ngọ
                        date(2026, 2, 18),
                        date(2026, 2, 19),
                        date(2026, 2, 20),
                        date(2026, 4, 26), // Hùng Vương, a Sunday
                        date(2026, 4, 27), // its compensatory day
                        date(2026, 4, 30),
                        date(2026, 5, 1),
                        date(2026, 9, 1), // the default adjacent day
                        date(2026, 9, 2));

        Holiday tet = vietnam.holiday(date(2026, 2, 17)).orElseThrow();
        assertThat(tet.source().confidence()).isEqualTo(Confidence.RECALLED);
        assertThat(tet.source().document()).isEqualTo("Bộ luật Lao động 2019");
        assertThat(tet.source().note()).contains("official announcement");
        assertThat(vietnam.holiday(date(2026, 2, 15))).isEmpty();
    }

    @Test
    void theStatutoryDaysCarryTheLabourCodeArticleTheyWereReadIn() {
        Holiday victory = vietnam.holiday(date(2026, 4, 30)).orElseThrow();
        assertThat(victory.source())
                .isEqualTo(RuleSource.of("Bộ luật Lao động 2019", "Điều 112 khoản 1 điểm c", Confidence.SOURCE_SEEN));
        assertThat(victory.name()).isEqualTo(Label.of("Ngày Chiến thắng", "Victory Day"));

        Holiday nationalDay2019 = vietnam.holiday(date(2019, 9, 2)).orElseThrow();
        assertThat(nationalDay2019.source().document()).isEqualTo("Bộ luật Lao động 2012");
        assertThat(nationalDay2019.source().article()).isEqualTo("Điều 115 khoản 1 điểm đ");

        assertThat(vietnam.holiday(date(2026, 9, 1)).orElseThrow().source().confidence())
                .isEqualTo(Confidence.RECALLED);
        assertThat(vietnam.source().confidence()).isEqualTo(Confidence.SOURCE_SEEN);
    }

    @Test
    void nationalDayIsOneDayUntil2020AndTwoFrom2021() {
        // 2/9/2020 was a Wednesday: only that day off.
        assertThat(vietnam.holidays(2020))
                .contains(date(2020, 9, 2))
                .doesNotContain(date(2020, 9, 1), date(2020, 9, 3));
        assertThat(vietnam.isWorkingDay(date(2020, 9, 1))).isTrue();
        // 2/9/2021 was a Thursday: the default adjacent day 1/9 is off too.
        assertThat(vietnam.holidays(2021)).contains(date(2021, 9, 1), date(2021, 9, 2));
        assertThat(vietnam.isWorkingDay(date(2021, 9, 3))).isTrue();
    }

    // ---------------------------------------------------------------- compensatory days

    @Test
    void victoryDayAndLabourDayOnAWeekendGiveTheNextTwoWorkingDaysOff() {
        // 30/4/2022 was a Saturday and 1/5/2022 a Sunday: Monday 2/5 and Tuesday 3/5 are off.
        assertThat(date(2022, 4, 30).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(vietnam.holidays(2022)).contains(date(2022, 5, 2), date(2022, 5, 3));
        assertThat(vietnam.isWorkingDay(date(2022, 5, 2))).isFalse();
        assertThat(vietnam.isWorkingDay(date(2022, 5, 3))).isFalse();
        assertThat(vietnam.isWorkingDay(date(2022, 5, 4))).isTrue();
        assertThat(vietnam.addWorkingDays(date(2022, 4, 29), 1)).isEqualTo(date(2022, 5, 4));

        Holiday compensatory = vietnam.holiday(date(2022, 5, 2)).orElseThrow();
        assertThat(compensatory.source().article()).isEqualTo("Điều 111 khoản 3");
        assertThat(compensatory.name().en()).isEqualTo("Compensatory day off for Victory Day");
    }

    @Test
    void nationalDayOnASaturdayIn2023GivesMonday4SeptemberOff() {
        // 1/9/2023 (Friday, the adjacent day) and 2/9/2023 (Saturday) are off; 2/9 gives Monday 4/9.
        assertThat(vietnam.holidays(2023)).contains(date(2023, 9, 1), date(2023, 9, 2), date(2023, 9, 4));
        assertThat(vietnam.isWorkingDay(date(2023, 9, 4))).isFalse();
        assertThat(vietnam.isWorkingDay(date(2023, 9, 5))).isTrue();
        assertThat(vietnam.addWorkingDays(date(2023, 8, 31), 1)).isEqualTo(date(2023, 9, 5));
    }

    @Test
    void underThe2012CodeAWeekendHolidayAlsoGivesTheNextWorkingDayOff() {
        // Hùng Vương 16/4/2016 was a Saturday: Monday 18/4 off. 2/9/2018 a Sunday: Monday 3/9 off.
        assertThat(vietnam.isWorkingDay(date(2016, 4, 18))).isFalse();
        assertThat(vietnam.holiday(date(2016, 4, 18)).orElseThrow().source().article())
                .isEqualTo("Điều 115 khoản 3");
        assertThat(vietnam.isWorkingDay(date(2018, 9, 3))).isFalse();
        assertThat(vietnam.isWorkingDay(date(2018, 9, 4))).isTrue();
    }

    // ---------------------------------------------------------------- host data

    @Test
    void aMakeUpWorkingSaturdayCountsAsAWorkingDay() {
        LocalDate saturday = date(2026, 3, 7);
        WorkingCalendar withMakeUp =
                vietnam.toBuilder().addMakeUpWorkingDay(saturday).build();

        assertThat(vietnam.isWorkingDay(saturday)).isFalse();
        assertThat(withMakeUp.isWorkingDay(saturday)).isTrue();
        assertThat(withMakeUp.makeUpWorkingDays(2026)).containsExactly(saturday);
        assertThat(vietnam.addWorkingDays(date(2026, 3, 6), 1)).isEqualTo(date(2026, 3, 9));
        assertThat(withMakeUp.addWorkingDays(date(2026, 3, 6), 1)).isEqualTo(saturday);
        assertThat(withMakeUp.workingDaysBetween(date(2026, 3, 6), date(2026, 3, 9)))
                .isEqualTo(2);
    }

    @Test
    void aHostOverrideReplacesTheDaysOffOfOneYearOnly() {
        // A host whose 2026 announcement chose 3/9 rather than 1/9 as the day next to National Day.
        List<Holiday> announced = new ArrayList<>(vietnam.holidayEntries(2026));
        announced.removeIf(h -> h.date().equals(date(2026, 9, 1)));
        announced.add(Holiday.of(
                date(2026, 9, 3),
                Label.of("Quốc khánh (ngày liền kề)", "National Day (adjacent day)"),
                RuleSource.of("Thông báo của Bộ Nội vụ", "", Confidence.SOURCE_SEEN, "the host's announcement")));

        WorkingCalendar host = vietnam.toBuilder().holidays(2026, announced).build();

        assertThat(host.isWorkingDay(date(2026, 9, 1))).isTrue();
        assertThat(host.isWorkingDay(date(2026, 9, 3))).isFalse();
        assertThat(host.holidays(2026)).contains(date(2026, 9, 3)).doesNotContain(date(2026, 9, 1));
        assertThat(host.holidays(2025)).isEqualTo(vietnam.holidays(2025));
        assertThat(host.id()).isEqualTo(vietnam.id());
        assertThat(host.fingerprint()).isNotEqualTo(vietnam.fingerprint());
        assertThat(host.parameters())
                .containsEntry(
                        "holidays.2026",
                        String.join(
                                ",",
                                host.holidays(2026).stream()
                                        .map(LocalDate::toString)
                                        .toList()));
    }

    @Test
    void aYearReplacedWithNoDayOffIsCoveredAndHasOnlyWeekends() {
        WorkingCalendar host = vietnam.toBuilder().holidays(2026, List.of()).build();

        assertThat(host.holidays(2026)).isEmpty();
        assertThat(host.isWorkingDay(date(2026, 2, 17))).isTrue();
        assertThat(host.isWorkingDay(date(2026, 2, 21))).isFalse();
    }

    @Test
    void aHostCanExtendTheCalendarWithANewYearAndAnExtraDayOff() {
        List<Holiday> statutory2028 = List.of(Holiday.of(
                date(2028, 1, 1),
                Label.of("Tết Dương lịch", "New Year's Day"),
                RuleSource.of("Bộ luật Lao động 2019", "Điều 112 khoản 1 điểm a", Confidence.SOURCE_SEEN)));
        WorkingCalendar host = vietnam.toBuilder()
                .holidays(
                        2028,
                        VietnamHolidays.withCompensatoryDays(
                                statutory2028, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)))
                .addHoliday(Holiday.of(
                        date(2028, 1, 4),
                        Label.of("Ngày nghỉ thêm", "Extra day off"),
                        RuleSource.of("host", "", Confidence.SOURCE_SEEN)))
                .build();

        // 1/1/2028 is a Saturday: Monday 3/1 compensatory, Tuesday 4/1 the extra day.
        assertThat(host.holidays(2028)).containsExactly(date(2028, 1, 1), date(2028, 1, 3), date(2028, 1, 4));
        assertThat(host.addWorkingDays(date(2027, 12, 31), 1)).isEqualTo(date(2028, 1, 5));
        assertThat(host.coveredYears()).contains(2016, 2027, 2028);
    }

    @Test
    void aCalendarRebuiltFromItsBuilderEqualsTheOriginal() {
        WorkingCalendar rebuilt = vietnam.toBuilder().build();

        assertThat(rebuilt).isEqualTo(vietnam).hasSameHashCodeAs(vietnam);
        assertThat(rebuilt.fingerprint()).isEqualTo(vietnam.fingerprint());
    }

    @Test
    void addingAHolidayToAYearWithoutDataIsACallerBug() {
        Holiday day = Holiday.of(
                date(2030, 1, 1), Label.of("Tết Dương lịch", "New Year's Day"), VietnamHolidays.CALENDAR_SOURCE);

        assertThatThrownBy(() -> vietnam.toBuilder().addHoliday(day))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2030");
    }

    @Test
    void theBuilderRejectsEveryInconsistentDayAtOnce() {
        Holiday wrongYear =
                Holiday.of(date(2025, 12, 31), Label.of("Sai năm", "Wrong year"), VietnamHolidays.CALENDAR_SOURCE);
        Holiday twice = vietnam.holidayEntries(2026).get(0);
        List<Holiday> days2026 = new ArrayList<>(vietnam.holidayEntries(2026));
        days2026.add(wrongYear);
        days2026.add(twice);

        assertThatThrownBy(() -> vietnam.toBuilder()
                        .holidays(2026, days2026)
                        .addMakeUpWorkingDay(date(2026, 3, 4)) // a Wednesday
                        .addMakeUpWorkingDay(date(2026, 4, 26)) // a Sunday that is Hùng Vương
                        .addMakeUpWorkingDay(date(2030, 1, 5)) // a Saturday in a year without data
                        .build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::rule)
                                .containsExactly(
                                        "CALENDAR-HOLIDAY-YEAR",
                                        "CALENDAR-HOLIDAY-DUPLICATE",
                                        "CALENDAR-MAKEUP-NOT-WEEKEND",
                                        "CALENDAR-MAKEUP-HOLIDAY",
                                        "CALENDAR-MAKEUP-UNCOVERED"));
    }

    @Test
    void aWeekendOfEveryDayIsRejected() {
        assertThatThrownBy(() -> WorkingCalendar.builder()
                        .weekend(EnumSet.allOf(DayOfWeek.class))
                        .build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::rule)
                                .containsExactly("CALENDAR-WEEKEND-ALL-DAYS"));
    }

    // ---------------------------------------------------------------- years without data

    @Test
    void aYearWithoutDataThrowsNamingTheYearAndTheYearsCovered() {
        assertThatThrownBy(() -> vietnam.isWorkingDay(date(2028, 3, 1)))
                .isInstanceOfSatisfying(CalendarNotCoveredException.class, e -> {
                    assertThat(e.year()).isEqualTo(2028);
                    assertThat(e.coveredYears()).first().isEqualTo(2016);
                })
                .hasMessageContaining("no holiday data for 2028")
                .hasMessageContaining("2016–2027");
        assertThatThrownBy(() -> vietnam.holidays(2015))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("2015");
        assertThatThrownBy(() -> vietnam.addWorkingDays(date(2027, 12, 24), 10))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("2028");
        assertThatThrownBy(() -> VietnamHolidays.lunarNewYear(2028))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("2028");
    }

    @Test
    void aDateWellBeforeADeadlineInAYearWithoutDataIsStillJudged() {
        // The 60th working day after 1/12/2027 lies in 2028, but 2/12/2027 is inside the window anyway.
        assertThat(vietnam.isWithinWorkingDays(date(2027, 12, 1), date(2027, 12, 2), 60))
                .isTrue();
        assertThat(vietnam.covers(2028)).isFalse();
    }

    @Test
    void anEmptyCalendarCoversNoYearAndSaysSo() {
        WorkingCalendar empty = WorkingCalendar.builder().build();

        assertThat(empty.coveredYears()).isEmpty();
        assertThatThrownBy(() -> empty.isWorkingDay(date(2026, 3, 4)))
                .isInstanceOf(CalendarNotCoveredException.class)
                .hasMessageContaining("it covers no year");
    }

    @Test
    void coveredYearsAreDescribedAsRuns() {
        WorkingCalendar gaps = WorkingCalendar.builder()
                .holidays(2016, List.of())
                .holidays(2017, List.of())
                .holidays(2020, List.of())
                .build();

        assertThatThrownBy(() -> gaps.isWorkingDay(date(2018, 1, 2)))
                .hasMessageContaining("(it covers 2016–2017, 2020)");
    }
}

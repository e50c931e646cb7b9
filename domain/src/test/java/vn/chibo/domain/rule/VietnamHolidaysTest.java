package vn.chibo.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class VietnamHolidaysTest {
    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void takesTetAndHungKingsDayFromTheTableOfConventions() {
        assertThat(VietnamHolidays.lunarNewYear(2026)).isEqualTo(date(2026, 2, 17));
        assertThat(VietnamHolidays.hungKingsDay(2026)).isEqualTo(date(2026, 4, 26));
        assertThat(VietnamHolidays.lunarNewYear(2016)).isEqualTo(date(2016, 2, 8));
        assertThat(VietnamHolidays.hungKingsDay(2023)).isEqualTo(date(2023, 4, 29));
        assertThat(VietnamHolidays.years()).first().isEqualTo(VietnamHolidays.FIRST_YEAR);
        assertThat(VietnamHolidays.years()).last().isEqualTo(VietnamHolidays.LAST_YEAR);
    }

    @Test
    void listsTenStatutoryDaysUntil2020AndElevenFrom2021WithoutCompensatoryDays() {
        // 2016: 1/1, five days of Tết, Hùng Vương, 30/4, 1/5, 2/9. 30/4 and 1/5/2016 fell on the weekend,
        // but statutory days carry no compensatory day.
        assertThat(VietnamHolidays.statutoryDays(2016))
                .extracting(Holiday::date)
                .containsExactly(
                        date(2016, 1, 1),
                        date(2016, 2, 7),
                        date(2016, 2, 8),
                        date(2016, 2, 9),
                        date(2016, 2, 10),
                        date(2016, 2, 11),
                        date(2016, 4, 16),
                        date(2016, 4, 30),
                        date(2016, 5, 1),
                        date(2016, 9, 2));
        assertThat(VietnamHolidays.statutoryDays(2022)).hasSize(11);
    }

    @Test
    void compensationSkipsDaysAlreadyOffAndFollowsDateOrder() {
        // 2023: Hùng Vương Saturday 29/4, Victory Day Sunday 30/4, Labour Day Monday 1/5. Saturday's
        // compensatory day is Tuesday 2/5 (1/5 is already off), Sunday's is Wednesday 3/5.
        var days = VietnamHolidays.daysOff(2023);

        assertThat(days)
                .filteredOn(h -> h.date().getMonthValue() == 5)
                .extracting(h -> h.date() + " " + h.name().en())
                .containsExactly(
                        "2023-05-01 International Labour Day",
                        "2023-05-02 Compensatory day off for Hùng Kings' Commemoration Day (10/3 lunar)",
                        "2023-05-03 Compensatory day off for Victory Day");
    }

    @Test
    void compensationFollowsTheWeekendItIsGiven() {
        // With only Sunday off, Labour Day on Sunday 1/5/2022 gives Monday 2/5; Saturday 30/4 gives nothing.
        var days =
                VietnamHolidays.withCompensatoryDays(VietnamHolidays.statutoryDays(2022), EnumSet.of(DayOfWeek.SUNDAY));

        assertThat(days).extracting(Holiday::date).contains(date(2022, 5, 2)).doesNotContain(date(2022, 5, 3));
        assertThatThrownBy(() -> VietnamHolidays.withCompensatoryDays(
                        VietnamHolidays.statutoryDays(2022), EnumSet.allOf(DayOfWeek.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultCalendarHoldsExactlyTheDaysOffOfTheDefaultRule() {
        for (int year = VietnamHolidays.FIRST_YEAR; year <= VietnamHolidays.LAST_YEAR; year++) {
            assertThat(WorkingCalendar.vietnam().holidayEntries(year)).isEqualTo(VietnamHolidays.daysOff(year));
        }
    }
}

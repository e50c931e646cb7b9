package vn.chibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.domain.meeting.MeetingTestData.ADMIN;
import static vn.chibo.domain.meeting.MeetingTestData.KHU_PHO_3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.rule.WorkingCalendar;

/**
 * Recurring schedules ("the cell committee meets monthly on the 21st, the cell on the 25th"): a day
 * past the month's end is its last day; a weekend or public holiday is kept, or moved to the
 * working day before or after (default calendar: Tết Canh Tý off from 24 to 30/1/2020).
 */
class MeetingScheduleTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();
    private static final DateRange ALWAYS = DateRange.startingOn(LocalDate.of(2010, 1, 1));

    private static MeetingSchedule monthly(int day, HolidayShift shift) {
        return new MeetingSchedule(KHU_PHO_3, MeetingKind.REGULAR, day, shift, ALWAYS);
    }

    private static LocalDate dateIn(int day, HolidayShift shift, YearMonth month) {
        return monthly(day, shift).dateIn(month, CALENDAR);
    }

    @Test
    void aSaturdayIsKeptOrMovedToFridayOrMonday() {
        YearMonth may2024 = YearMonth.of(2024, 5); // 25/5/2024 is a Saturday

        assertThat(dateIn(25, HolidayShift.KEEP, may2024)).isEqualTo(LocalDate.of(2024, 5, 25));
        assertThat(dateIn(25, HolidayShift.EARLIER, may2024)).isEqualTo(LocalDate.of(2024, 5, 24));
        assertThat(dateIn(25, HolidayShift.LATER, may2024)).isEqualTo(LocalDate.of(2024, 5, 27));
    }

    @Test
    void aSundayIsMovedToFridayOrMonday() {
        YearMonth august2024 = YearMonth.of(2024, 8); // 25/8/2024 is a Sunday

        assertThat(dateIn(25, HolidayShift.EARLIER, august2024)).isEqualTo(LocalDate.of(2024, 8, 23));
        assertThat(dateIn(25, HolidayShift.LATER, august2024)).isEqualTo(LocalDate.of(2024, 8, 26));
    }

    @Test
    void aWorkingDayIsNeverMoved() {
        YearMonth march2024 = YearMonth.of(2024, 3); // 25/3/2024 is a Monday

        for (HolidayShift shift : HolidayShift.values()) {
            assertThat(dateIn(25, shift, march2024)).isEqualTo(LocalDate.of(2024, 3, 25));
        }
    }

    @Test
    void theFirstDayOfTetIsKeptOrMovedPastTheWholeHoliday() {
        YearMonth january2020 = YearMonth.of(2020, 1); // 25/1/2020 was mùng 1 Tết

        assertThat(dateIn(25, HolidayShift.KEEP, january2020)).isEqualTo(LocalDate.of(2020, 1, 25));
        assertThat(dateIn(25, HolidayShift.EARLIER, january2020)).isEqualTo(LocalDate.of(2020, 1, 23));
        assertThat(dateIn(25, HolidayShift.LATER, january2020)).isEqualTo(LocalDate.of(2020, 1, 31));
    }

    @Test
    void theThirtyFirstIsTheLastDayOfFebruary() {
        assertThat(dateIn(31, HolidayShift.KEEP, YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(dateIn(31, HolidayShift.KEEP, YearMonth.of(2025, 2))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(dateIn(31, HolidayShift.LATER, YearMonth.of(2025, 2))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(dateIn(30, HolidayShift.KEEP, YearMonth.of(2023, 2))).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void theThirtyFirstOfFebruaryOnASaturdayMovesToTheFridayBefore() {
        // 28/2/2026 is a Saturday.
        assertThat(dateIn(31, HolidayShift.EARLIER, YearMonth.of(2026, 2))).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void aLaterShiftNeverLeavesTheMonth() {
        // 28/2/2026 is a Saturday: the Monday after is in March, so the Friday before is taken.
        assertThat(dateIn(31, HolidayShift.LATER, YearMonth.of(2026, 2))).isEqualTo(LocalDate.of(2026, 2, 27));
        // 31/5/2025 is a Saturday.
        assertThat(dateIn(31, HolidayShift.LATER, YearMonth.of(2025, 5))).isEqualTo(LocalDate.of(2025, 5, 30));
    }

    @Test
    void anEarlierShiftNeverLeavesTheMonth() {
        // 1/1/2022 is a Saturday and a holiday, Monday 3/1 the day off in its place: the working day
        // before is in December, so Tuesday 4/1 is taken.
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2022, 1, 3))).isFalse();
        assertThat(dateIn(1, HolidayShift.EARLIER, YearMonth.of(2022, 1))).isEqualTo(LocalDate.of(2022, 1, 4));
    }

    @Test
    void aScheduleExpectsOneMeetingInEachMonthOfThePeriod() {
        assertThat(monthly(25, HolidayShift.LATER).expected(YearMonth.of(2024, 1), YearMonth.of(2024, 12), CALENDAR))
                .containsExactly(
                        LocalDate.of(2024, 1, 25),
                        LocalDate.of(2024, 2, 26),
                        LocalDate.of(2024, 3, 25),
                        LocalDate.of(2024, 4, 25),
                        LocalDate.of(2024, 5, 27),
                        LocalDate.of(2024, 6, 25),
                        LocalDate.of(2024, 7, 25),
                        LocalDate.of(2024, 8, 26),
                        LocalDate.of(2024, 9, 25),
                        LocalDate.of(2024, 10, 25),
                        LocalDate.of(2024, 11, 25),
                        LocalDate.of(2024, 12, 25));
    }

    @Test
    void aScheduleExpectsMeetingsOnlyWhileItHolds() {
        MeetingSchedule s = new MeetingSchedule(
                KHU_PHO_3,
                MeetingKind.REGULAR,
                25,
                HolidayShift.KEEP,
                DateRange.of(LocalDate.of(2024, 2, 26), LocalDate.of(2024, 5, 25)));

        assertThat(s.expected(YearMonth.of(2024, 1), YearMonth.of(2024, 6), CALENDAR))
                .containsExactly(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 4, 25));
    }

    @Test
    void aDayOutsideOneToThirtyOneIsRefused() {
        assertThatThrownBy(() -> monthly(0, HolidayShift.KEEP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> monthly(32, HolidayShift.KEEP)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommitteeOnTheTwentyFirstMeetsBeforeTheCellOnTheTwentyFifth() {
        MeetingTestData data = new MeetingTestData();
        MeetingSchedule committee =
                new MeetingSchedule(KHU_PHO_3, MeetingKind.COMMITTEE, 21, HolidayShift.EARLIER, ALWAYS);
        MeetingSchedule cell = monthly(25, HolidayShift.LATER);
        data.chibo.meetings().addSchedule(ADMIN, committee, "nghị quyết chi bộ về lịch sinh hoạt");
        data.chibo.meetings().addSchedule(ADMIN, cell, "nghị quyết chi bộ về lịch sinh hoạt");

        ImmutableMap<MeetingSchedule, ImmutableList<LocalDate>> expected =
                data.chibo.meetings().expected(ADMIN, KHU_PHO_3, YearMonth.of(2024, 1), YearMonth.of(2024, 12));

        assertThat(expected.keySet()).containsExactly(committee, cell);
        List<LocalDate> committeeDays = java.util.Objects.requireNonNull(expected.get(committee));
        List<LocalDate> cellDays = java.util.Objects.requireNonNull(expected.get(cell));
        assertThat(committeeDays)
                .containsExactly(
                        LocalDate.of(2024, 1, 19),
                        LocalDate.of(2024, 2, 21),
                        LocalDate.of(2024, 3, 21),
                        LocalDate.of(2024, 4, 19),
                        LocalDate.of(2024, 5, 21),
                        LocalDate.of(2024, 6, 21),
                        LocalDate.of(2024, 7, 19),
                        LocalDate.of(2024, 8, 21),
                        LocalDate.of(2024, 9, 20),
                        LocalDate.of(2024, 10, 21),
                        LocalDate.of(2024, 11, 21),
                        LocalDate.of(2024, 12, 20));
        assertThat(cellDays).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(committeeDays.get(i)).isBefore(cellDays.get(i));
            assertThat(YearMonth.from(committeeDays.get(i))).isEqualTo(YearMonth.from(cellDays.get(i)));
        }
    }

    @Test
    void aWardKeepsSchedulesForItsOwnCellsOnly() {
        MeetingTestData data = new MeetingTestData();
        vn.chibo.domain.common.Actor ward1 =
                vn.chibo.domain.common.Actor.forSubtree("van-phong-dang-uy-phuong-1", MeetingTestData.PHUONG_1);

        assertThatThrownBy(() -> data.chibo.meetings().addSchedule(ward1, monthly(25, HolidayShift.KEEP), "lịch"))
                .isInstanceOf(vn.chibo.domain.common.OutOfScopeException.class);
        assertThat(data.chibo.meetings().expected(ADMIN, KHU_PHO_3, YearMonth.of(2024, 1), YearMonth.of(2024, 1)))
                .isEmpty();
    }
}

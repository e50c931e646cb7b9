package vn.chibo.domain.meeting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.rule.WorkingCalendar;

/**
 * A recurring rule such as "the cell committee meets monthly on the 21st" or "the cell meets
 * monthly on the 25th" (the seed's Chi bộ Khu phố 3). A day past the month's end means its last
 * day; a weekend or public holiday is kept or moved by {@link HolidayShift}, within the month.
 *
 * @param organization who meets
 * @param kind {@link MeetingKind#REGULAR} or {@link MeetingKind#COMMITTEE}
 * @param dayOfMonth the day, 1 to 31
 * @param shift what to do on a day off
 * @param valid the days the schedule holds
 */
public record MeetingSchedule(
        @NotNull OrganizationId organization,
        @NotNull MeetingKind kind,
        @Min(1) @Max(31) int dayOfMonth,
        @NotNull HolidayShift shift,
        @NotNull DateRange valid) {
    public MeetingSchedule {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(shift, "shift");
        Objects.requireNonNull(valid, "valid");
        checkArgument(dayOfMonth >= 1 && dayOfMonth <= 31, "dayOfMonth %s is not 1 to 31", dayOfMonth);
    }

    /**
     * The meeting date of {@code month}, shifted off days off per {@link #shift()}. A shift never
     * leaves the month, so that every month keeps its meeting: when there is no working day on the
     * shift's side within the month, the nearest one on the other side is taken (Saturday
     * 28/2/2026 shifted later gives Friday 27/2, not Monday 2/3).
     */
    public LocalDate dateIn(YearMonth month, WorkingCalendar calendar) {
        LocalDate day = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        if (shift == HolidayShift.KEEP) {
            return day;
        }
        int step = shift == HolidayShift.EARLIER ? -1 : 1;
        for (int direction : new int[] {step, -step}) {
            for (LocalDate d = day; YearMonth.from(d).equals(month); d = d.plusDays(direction)) {
                if (calendar.isWorkingDay(d)) {
                    return d;
                }
            }
        }
        return day; // a month without a single working day: keep the day
    }

    /** The expected meeting dates from {@code from} to {@code to} (months inclusive) within the schedule's validity. */
    public ImmutableList<LocalDate> expected(YearMonth from, YearMonth to, WorkingCalendar calendar) {
        ImmutableList.Builder<LocalDate> out = ImmutableList.builder();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate d = dateIn(m, calendar);
            if (valid.contains(d)) {
                out.add(d);
            }
        }
        return out.build();
    }
}

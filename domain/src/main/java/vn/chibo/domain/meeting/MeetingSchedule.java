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
 * day; a weekend or public holiday is kept or moved by {@link HolidayShift}.
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

    /** The meeting date of {@code month}, shifted off days off per {@link #shift()}. */
    public LocalDate dateIn(YearMonth month, WorkingCalendar calendar) {
        LocalDate day = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        if (shift == HolidayShift.KEEP) {
            return day;
        }
        while (!calendar.isWorkingDay(day)) {
            day = shift == HolidayShift.EARLIER ? day.minusDays(1) : day.plusDays(1);
        }
        return day;
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

package vn.chibo.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingCalendarPropertyTest {
    private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();

    /** Events early enough that 80 working days and 150 calendar days after them stay in 2027. */
    private static final LocalDate FIRST_EVENT = LocalDate.of(2016, 1, 1);

    private static final LocalDate LAST_EVENT = LocalDate.of(2027, 6, 30);

    @Provide
    Arbitrary<LocalDate> events() {
        return Arbitraries.integers()
                .between(0, (int) ChronoUnit.DAYS.between(FIRST_EVENT, LAST_EVENT))
                .map(FIRST_EVENT::plusDays);
    }

    @Property(tries = 200)
    void theNthWorkingDayIsAWorkingDayWithExactlyNWorkingDaysUpToIt(
            @ForAll("events") LocalDate event, @ForAll @IntRange(min = 1, max = 80) int n) {
        LocalDate last = VIETNAM.addWorkingDays(event, n);

        assertThat(VIETNAM.isWorkingDay(last)).isTrue();
        assertThat(VIETNAM.workingDaysBetween(event, last)).isEqualTo(n);
        assertThat(VIETNAM.workingDaysBetween(event, last.minusDays(1))).isEqualTo(n - 1);
        assertThat(VIETNAM.isWithinWorkingDays(event, last, n)).isTrue();
        assertThat(VIETNAM.isWithinWorkingDays(event, last.plusDays(1), n)).isFalse();
        assertThat(VIETNAM.isWithinWorkingDays(event, last, n - 1)).isFalse();
    }

    @Property(tries = 200)
    void aDateIsWithinTheWindowExactlyWhenItIsNotBeforeTheEventNorAfterItsLastDay(
            @ForAll("events") LocalDate event,
            @ForAll @IntRange(min = -10, max = 150) int offset,
            @ForAll @IntRange(min = 1, max = 80) int n) {
        LocalDate date = event.plusDays(offset);
        boolean expected = !date.isBefore(event) && !date.isAfter(VIETNAM.addWorkingDays(event, n));

        assertThat(VIETNAM.isWithinWorkingDays(event, date, n)).isEqualTo(expected);
    }
}

package vn.chibo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.rule.WorkingCalendar;

class ChiboTest {
    @Test
    void usesTheWorkingCalendarTheHostGives() {
        // A host whose weekend is Friday and Saturday, with 2026 and no holiday.
        WorkingCalendar host = WorkingCalendar.builder()
                .id("working-calendar/host")
                .weekend(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))
                .holidays(2026, List.of())
                .build();

        Chibo chibo = Chibo.builder().calendar(host).build();

        assertThat(chibo.calendar()).isSameAs(host);
        // Thursday 12/2/2026 + 1 working day: Sunday 15/2 for the host (Friday and Saturday off, no Tết).
        assertThat(chibo.calendar().addWorkingDays(LocalDate.of(2026, 2, 12), 1))
                .isEqualTo(LocalDate.of(2026, 2, 15));
    }

    @Test
    void usesChibosVietnamCalendarByDefault() {
        Chibo chibo = Chibo.builder().build();

        assertThat(chibo.calendar()).isSameAs(WorkingCalendar.vietnam());
        assertThat(chibo.calendar().addWorkingDays(LocalDate.of(2026, 2, 12), 1))
                .isEqualTo(LocalDate.of(2026, 2, 13));
    }
}

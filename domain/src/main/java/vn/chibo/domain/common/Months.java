package vn.chibo.domain.common;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * Months as chibo counts them (conventions.md): "N months from D" is {@code D.plusMonths(N)}, with
 * end-of-month clamping, so the whole months from {@code start} to {@code end} are the largest
 * {@code m} with {@code start.plusMonths(m)} not after {@code end}. Ages, party ages, probation and
 * sponsor periods all count this way, so that a milestone date and the age on that date agree
 * (a start on 29/2 reaches 30 years on 28/2).
 */
public final class Months {
    private Months() {}

    /** The whole months from {@code start} to {@code end}; 0 when {@code end} is not after {@code start}. */
    public static long between(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            return 0;
        }
        long m = ChronoUnit.MONTHS.between(start, end);
        while (!start.plusMonths(m + 1).isAfter(end)) {
            m++;
        }
        while (m > 0 && start.plusMonths(m).isAfter(end)) {
            m--;
        }
        return m;
    }

    /** Whole years and months by {@link #between}, then the days left over. */
    public static Period period(LocalDate start, LocalDate end) {
        long m = between(start, end);
        long days = ChronoUnit.DAYS.between(start.plusMonths(m), end);
        return Period.of(Math.toIntExact(m / 12), Math.toIntExact(m % 12), Math.toIntExact(Math.max(days, 0)));
    }
}

package vn.chibo.domain.rule;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;

/** When a registered policy applies: a range of dates, or a range of review years. */
public sealed interface Applicability {
    /** Whether the two applicabilities share a date or a year. */
    boolean overlaps(Applicability other);

    /**
     * Facts dated inside {@code range}.
     *
     * @param range the dates, from inclusive until exclusive
     */
    record Dates(DateRange range) implements Applicability {
        public Dates {
            Objects.requireNonNull(range, "range");
        }

        @Override
        public boolean overlaps(Applicability other) {
            return other instanceof Dates d && d.range.overlaps(range);
        }

        @Override
        public String toString() {
            return "dates " + range;
        }
    }

    /**
     * Reviews of the years {@code first} to {@code last}, both inclusive.
     *
     * @param first the first review year
     * @param last the last review year, or {@code null} while open-ended
     */
    record ReviewYears(Year first, @Nullable Year last) implements Applicability {
        public ReviewYears {
            Objects.requireNonNull(first, "first");
            checkArgument(last == null || !last.isBefore(first), "last year %s before first %s", last, first);
        }

        /** Whether {@code year} is inside. */
        public boolean contains(Year year) {
            return !year.isBefore(first) && (last == null || !year.isAfter(last));
        }

        @Override
        public boolean overlaps(Applicability other) {
            return other instanceof ReviewYears y
                    && (last == null || !y.first.isAfter(last))
                    && (y.last == null || !first.isAfter(y.last));
        }

        @Override
        public String toString() {
            return "review years " + first + "–" + (last == null ? "…" : last);
        }
    }

    /** Dates from {@code from} on. */
    static Applicability from(LocalDate from) {
        return new Dates(DateRange.startingOn(from));
    }

    /** Dates from {@code from} until {@code until}, exclusive. */
    static Applicability between(LocalDate from, LocalDate until) {
        return new Dates(DateRange.of(from, until));
    }

    /** Review years {@code first} to {@code last}, inclusive. */
    static Applicability reviewYears(int first, int last) {
        return new ReviewYears(Year.of(first), Year.of(last));
    }

    /** Review years from {@code first} on. */
    static Applicability reviewYearsFrom(int first) {
        return new ReviewYears(Year.of(first), null);
    }
}

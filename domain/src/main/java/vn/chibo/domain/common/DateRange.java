package vn.chibo.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a fact is valid: from a date (inclusive) until an optional date (exclusive). An organisation
 * dissolved on 1/7/2025 is valid {@code until} 2025-07-01, that is to 30/6/2025 inclusive.
 *
 * @param from the first day the fact holds
 * @param until the first day it no longer holds, or {@code null} while it is open-ended
 */
public record DateRange(LocalDate from, @Nullable LocalDate until) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        checkArgument(until == null || until.isAfter(from), "until (%s) must be after from (%s)", until, from);
    }

    /** Open-ended from {@code from}. */
    public static DateRange startingOn(LocalDate from) {
        return new DateRange(from, null);
    }

    /** From {@code from} until {@code until}, exclusive. */
    public static DateRange of(LocalDate from, LocalDate until) {
        return new DateRange(from, until);
    }

    /** The end, if there is one. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(until);
    }

    /** Whether the fact holds on {@code date}. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    /** Whether the two ranges share at least one day. */
    public boolean overlaps(DateRange other) {
        return (until == null || other.from.isBefore(until)) && (other.until == null || from.isBefore(other.until));
    }

    /** Whether every day of {@code other} is inside this range. */
    public boolean encloses(DateRange other) {
        if (other.from.isBefore(from)) {
            return false;
        }
        if (until == null) {
            return true;
        }
        return other.until != null && !other.until.isAfter(until);
    }

    /** This range cut at {@code end} (exclusive); {@code end} must be after {@code from}. */
    public DateRange endingOn(LocalDate end) {
        return new DateRange(from, end);
    }

    @Override
    public String toString() {
        return "[" + from + ", " + (until == null ? "…" : until) + ")";
    }
}

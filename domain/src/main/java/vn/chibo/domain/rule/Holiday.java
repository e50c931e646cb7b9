package vn.chibo.domain.rule;

import java.time.LocalDate;
import java.util.Objects;
import vn.chibo.domain.common.Label;

/**
 * One day off in a {@link WorkingCalendar}: a public holiday, a compensatory day off for a holiday
 * that fell on a weekend, or any other day an announcement declares off.
 *
 * @param date the day off
 * @param name what the day is, for people (e.g. "Quốc khánh" / "National Day")
 * @param source why the day is off: the article of the Labour Code, or the announcement
 */
public record Holiday(LocalDate date, Label name, RuleSource source) {
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /** A day off. */
    public static Holiday of(LocalDate date, Label name, RuleSource source) {
        return new Holiday(date, name, source);
    }

    /** {@code 2026-09-02 Quốc khánh (Bộ luật Lao động 2019, Điều 112 [SOURCE_SEEN])}. */
    @Override
    public String toString() {
        return date + " " + name.vi() + " (" + source + ")";
    }
}

package vn.chibo.domain.evaluation;

import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Label;

/**
 * The decided grade of an earlier, shorter period that feeds a review: a quarter feeding its year,
 * a year feeding its term.
 *
 * @param year the year
 * @param period the period within it
 * @param grade the grade decided, or {@code null} when none was decided (not reviewed, or not rated)
 */
public record PeriodGrade(
        Year year, ReviewPeriod period, @Nullable Grade grade) {
    public PeriodGrade {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(period, "period");
    }

    /** {@code quý I/2025: HTTNV}, {@code năm 2024: chưa xếp loại} and their English counterparts. */
    public String describe(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String when = period == ReviewPeriod.YEAR
                ? (en ? "" + year : "năm " + year)
                : period.label().in(locale) + "/" + year;
        String what = grade == null ? (en ? "not rated" : "chưa xếp loại") : grade.abbreviation();
        return when + ": " + what;
    }

    /** {@link #describe(Locale)} in both languages. */
    Label label() {
        return Label.of(describe(Label.VIETNAMESE), describe(Locale.ENGLISH));
    }
}

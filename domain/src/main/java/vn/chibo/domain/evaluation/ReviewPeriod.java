package vn.chibo.domain.evaluation;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import vn.chibo.domain.common.Label;

/**
 * How often a review is held (QĐ 366-QĐ/TW: "theo nhiệm kỳ, hằng năm, hằng quý hoặc khi cần
 * thiết"; rules.md §4.14): the year (the only period before QĐ 366, and the default everywhere), a
 * quarter, or a term. Quarterly reviews in quarters 1 to 3 concern leaders and managers; quarter 4
 * is folded into the year's review. A term review is keyed by the year its term ends.
 *
 * <p>For storage: {@link #code()} is a stable text ({@code YEAR}, {@code Q1} … {@code Q4}, {@code
 * TERM}) and {@link #ofCode(String)} reads it back.
 */
public enum ReviewPeriod {
    /** Hằng năm: the yearly review. */
    YEAR(Label.of("năm", "year"), 0),
    /** Quý I. */
    Q1(Label.of("quý I", "first quarter"), 1),
    /** Quý II. */
    Q2(Label.of("quý II", "second quarter"), 2),
    /** Quý III. */
    Q3(Label.of("quý III", "third quarter"), 3),
    /** Quý IV: under QĐ 366 folded into the yearly review. */
    Q4(Label.of("quý IV", "fourth quarter"), 4),
    /** Nhiệm kỳ: the review of a whole term, keyed by the year the term ends. */
    TERM(Label.of("nhiệm kỳ", "term"), 0);

    private final Label label;
    private final int quarter;

    ReviewPeriod(Label label, int quarter) {
        this.label = label;
        this.quarter = quarter;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }

    /** The stable code adapters store: the constant's name. */
    public String code() {
        return name();
    }

    /**
     * The period of a stored {@link #code()}.
     *
     * @throws IllegalArgumentException for a code that names no period
     */
    public static ReviewPeriod ofCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether this is one of the four quarters. */
    public boolean isQuarter() {
        return quarter > 0;
    }

    /** The quarter, 1 to 4, of a quarterly period; empty for the year and the term. */
    public Optional<Integer> quarter() {
        return quarter > 0 ? Optional.of(quarter) : Optional.empty();
    }

    /** The quarterly period of quarter {@code n}, 1 to 4. */
    public static ReviewPeriod quarter(int n) {
        return switch (n) {
            case 1 -> Q1;
            case 2 -> Q2;
            case 3 -> Q3;
            case 4 -> Q4;
            default -> throw new IllegalArgumentException("no quarter " + n);
        };
    }

    /** The first day of this period in {@code year}; empty for a term, whose first day the term gives. */
    public Optional<LocalDate> start(Year year) {
        if (this == TERM) {
            return Optional.empty();
        }
        return Optional.of(isQuarter() ? year.atMonth(3 * quarter - 2).atDay(1) : year.atDay(1));
    }

    /**
     * The last day of this period in {@code year}: 31/12 for the year and a term (keyed by the year
     * it ends), the quarter's last day for a quarter.
     */
    public LocalDate end(Year year) {
        return isQuarter()
                ? year.atMonth(3 * quarter).atEndOfMonth()
                : year.atMonth(12).atEndOfMonth();
    }
}

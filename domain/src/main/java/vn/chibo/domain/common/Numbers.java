package vn.chibo.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as people read them (conventions.md): Vietnamese writes 1.312 and 22,7 %, English 1,312
 * and 22.7%; fractions are 22/24 in both. Percentages round half-up to one decimal, computed
 * exactly.
 */
public final class Numbers {
    private Numbers() {}

    /** A count with thousands separators: {@code 1.312} in Vietnamese, {@code 1,312} in English. */
    public static String count(long n, Locale locale) {
        DecimalFormat f = new DecimalFormat("#,##0", symbols(locale));
        return f.format(n);
    }

    /** {@code part/whole}, the same in every language: {@code 22/24}. */
    public static String fraction(long part, long whole) {
        return part + "/" + whole;
    }

    /**
     * {@code part / whole} as a percentage rounded half-up to one decimal: {@code 85,1 %} in
     * Vietnamese, {@code 85.1%} in English.
     */
    public static String percent(long part, long whole, Locale locale) {
        checkArgument(whole > 0, "a percentage needs a positive whole");
        BigDecimal p = BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        DecimalFormat f = new DecimalFormat("#,##0.0", symbols(locale));
        return "en".equals(locale.getLanguage()) ? f.format(p) + "%" : f.format(p) + " %";
    }

    private static DecimalFormatSymbols symbols(Locale locale) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean english = "en".equals(locale.getLanguage());
        s.setGroupingSeparator(english ? ',' : '.');
        s.setDecimalSeparator(english ? '.' : ',');
        return s;
    }
}

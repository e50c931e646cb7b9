package vn.chibo.export.json;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The texts the format reads most, checked and parsed by hand: a lower-case UUID, an ISO-8601 date
 * and an instant in UTC. Each check accepts exactly what the regular expression of its codec
 * accepts ({@code Codecs}), and each parse gives exactly what {@link LocalDate#parse} and {@link
 * Instant#parse} give, or leaves the text to them when it is not the plain case; only faster, as
 * these are read several times per record.
 */
final class Texts {
    private Texts() {}

    /** Whether {@code s} matches {@code [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. */
    static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} matches {@code \d{4}-\d{2}-\d{2}}. */
    static boolean isDate(String s) {
        return s.length() == 10 && isDateAt(s, 0);
    }

    /** Whether {@code s} has {@code \d{4}-\d{2}-\d{2}} from {@code at} on. */
    private static boolean isDateAt(String s, int at) {
        return digits(s, at, 4)
                && s.charAt(at + 4) == '-'
                && digits(s, at + 5, 2)
                && s.charAt(at + 7) == '-'
                && digits(s, at + 8, 2);
    }

    /**
     * The date of a text {@link #isDate} accepts: {@link LocalDate#of} of its numbers, which gives
     * what {@link LocalDate#parse} gives, and throws a {@link java.time.DateTimeException} where it
     * throws one.
     */
    static LocalDate parseDate(String s) {
        return LocalDate.of(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2));
    }

    /** Whether {@code s} matches {@code -?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z}. */
    static boolean isInstant(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int year = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i - year < 4) {
            return false;
        }
        // the rest after the year: -MM-ddTHH:mm:ss, then (.f{1,9})?Z
        if (n - i < 16
                || s.charAt(i) != '-'
                || !digits(s, i + 1, 2)
                || s.charAt(i + 3) != '-'
                || !digits(s, i + 4, 2)
                || s.charAt(i + 6) != 'T'
                || !digits(s, i + 7, 2)
                || s.charAt(i + 9) != ':'
                || !digits(s, i + 10, 2)
                || s.charAt(i + 12) != ':'
                || !digits(s, i + 13, 2)) {
            return false;
        }
        i += 15;
        if (s.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i - fraction < 1 || i - fraction > 9) {
                return false;
            }
        }
        return i == n - 1 && s.charAt(i) == 'Z';
    }

    /**
     * The instant of a text {@link #isInstant} accepts, as {@link Instant#parse} gives it: worked
     * out here for a four-digit year, an hour up to 23, minutes and seconds up to 59 and a valid
     * date; any other text (a leap second, 24:00, a long or negative year, a date that does not
     * exist) goes to {@link Instant#parse} itself.
     */
    static Instant parseInstant(String s) {
        if (s.length() >= 20 && isDigit(s.charAt(0)) && s.charAt(4) == '-') {
            int hour = number(s, 11, 2);
            int minute = number(s, 14, 2);
            int second = number(s, 17, 2);
            int year = number(s, 0, 4);
            int month = number(s, 5, 2);
            int day = number(s, 8, 2);
            if (hour <= 23
                    && minute <= 59
                    && second <= 59
                    && month >= 1
                    && month <= 12
                    && day >= 1
                    && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
                long epochDay = LocalDate.of(year, month, day).toEpochDay();
                int nanos = 0;
                if (s.charAt(19) == '.') {
                    int digits = s.length() - 21;
                    nanos = number(s, 20, digits);
                    for (int k = digits; k < 9; k++) {
                        nanos *= 10;
                    }
                }
                return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
            }
        }
        return Instant.parse(s);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String s, int at, int count) {
        for (int i = at; i < at + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int at, int count) {
        int v = 0;
        for (int i = at; i < at + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}

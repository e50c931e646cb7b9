package vn.chibo.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.chibo.domain.common.Label;

/** The languages of the commands: Vietnamese (the default) and English. */
final class Texts {
    private Texts() {}

    /**
     * The locale of {@code --lang}.
     *
     * @throws IllegalArgumentException when it is neither {@code vi} nor {@code en}
     */
    static Locale locale(String lang) {
        return switch (lang) {
            case "vi" -> Label.VIETNAMESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("--lang must be vi or en, not '" + lang + "'");
        };
    }

    /** The text in {@code locale}. */
    static String t(Locale locale, String vi, String en) {
        return Label.of(vi, en).in(locale);
    }

    /** A date as people write it: {@code 31/12/2024}, {@code 31 December 2024}. */
    static String date(LocalDate date, Locale locale) {
        return "en".equals(locale.getLanguage())
                ? date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}

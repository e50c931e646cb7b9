package vn.chibo.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Numbers;
import vn.chibo.export.json.ExportSummary;

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

    /** {@link #records(long, long, long, long, long, long, Locale)} of what an export wrote. */
    static String records(ExportSummary summary, Locale locale) {
        return records(
                summary.records(),
                summary.organizations(),
                summary.members(),
                summary.meetings(),
                summary.evaluations(),
                summary.facts(),
                locale);
    }

    /**
     * What a snapshot holds or a load stored, for people: {@code 2.608 bản ghi (25 tổ chức, 458 đảng
     * viên, 12 cuộc họp, 2.112 kết quả đánh giá), 8.490 sự kiện}.
     */
    static String records(
            long records,
            long organizations,
            long members,
            long meetings,
            long evaluations,
            long facts,
            Locale locale) {
        return Numbers.count(records, locale)
                + t(locale, " bản ghi (", " records (")
                + Numbers.count(organizations, locale)
                + t(locale, " tổ chức, ", " organisations, ")
                + Numbers.count(members, locale)
                + t(locale, " đảng viên, ", " members, ")
                + Numbers.count(meetings, locale)
                + t(locale, " cuộc họp, ", " meetings, ")
                + Numbers.count(evaluations, locale)
                + t(locale, " kết quả đánh giá), ", " reviews), ")
                + Numbers.count(facts, locale)
                + t(locale, " sự kiện", " facts");
    }

    /** A date as people write it: {@code 31/12/2024}, {@code 31 December 2024}. */
    static String date(LocalDate date, Locale locale) {
        return "en".equals(locale.getLanguage())
                ? date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}

package vn.chibo.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;

/**
 * A text shown to people, in Vietnamese (the default, with diacritics) and English.
 *
 * @param vi the Vietnamese text
 * @param en the English text
 */
public record Label(String vi, String en) {
    /** The Vietnamese locale, chibo's default. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    public Label {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
        checkArgument(!vi.isBlank() && !en.isBlank(), "a label needs both texts");
    }

    /** A label from its Vietnamese and English texts. */
    public static Label of(String vi, String en) {
        return new Label(vi, en);
    }

    /** English for an English locale, Vietnamese for every other. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }

    @Override
    public String toString() {
        return vi;
    }
}

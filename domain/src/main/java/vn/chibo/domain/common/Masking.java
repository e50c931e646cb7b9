package vn.chibo.domain.common;

import org.jspecify.annotations.Nullable;

/** How sensitive values are shown: never in full. */
public final class Masking {
    /** What a masked value looks like when nothing of it may be shown. */
    public static final String MASK = "***";

    private Masking() {}

    /** Fully masked: {@code ***}, or {@code null} for a missing value. */
    public static String mask(@Nullable Object value) {
        return value == null ? "null" : MASK;
    }

    /**
     * Masked but for the last {@code visible} characters ({@code ***6789}), for identifiers a
     * person must be able to tell apart; values of at most twice {@code visible} characters are
     * masked fully.
     */
    public static String maskKeepingLast(@Nullable String value, int visible) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= 2 * visible) {
            return MASK;
        }
        return MASK + value.substring(value.length() - visible);
    }
}

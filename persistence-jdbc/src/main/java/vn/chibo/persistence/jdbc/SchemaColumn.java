package vn.chibo.persistence.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A column of chibo's schema as the row mapping that writes it declares it: its table, its name
 * and, for text, how many characters it holds. The declarations are the one place in Java where
 * the sizes of the migrations' {@code VARCHAR} columns are written down; {@link InputChecks}
 * refuses longer text before anything is written, and a test compares every declaration with the
 * database's {@code INFORMATION_SCHEMA.COLUMNS}. The column enums of the row mappings implement
 * it.
 */
interface SchemaColumn {
    /** The enum constant's name: the column's name in upper case. */
    String name();

    /** The table the column belongs to. */
    String table();

    /** How much text the column holds; {@link TextLimit#NONE} for a column of another type. */
    TextLimit limit();

    /** The column's name in SQL. */
    default String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field of the record the column holds, as a violation's path names it. */
    default String field() {
        String field = limit().field();
        return field == null ? camelCase(label()) : field;
    }

    /** {@code recorded_by} as {@code recordedBy}. */
    static String camelCase(String label) {
        StringBuilder out = new StringBuilder(label.length());
        boolean upper = false;
        for (char c : label.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /**
     * The size of a text column.
     *
     * @param maxLength the most characters (UTF-16 code units, as {@link String#length()} counts
     *     them: never more than the code points the databases count) the column holds; 0 for a
     *     column that holds no text
     * @param field the field of the record it holds, for a violation's path: {@code null} for the
     *     column's name in camel case, empty for the record itself (an item of a list of text)
     * @param sensitive whether its values are sensitive, so that a violation masks them
     */
    record TextLimit(int maxLength, @Nullable String field, boolean sensitive) {
        /** Not a text column. */
        static final TextLimit NONE = new TextLimit(0, null, false);

        /** {@code recorded_by}: the id of the actor who recorded a row. */
        static final TextLimit RECORDED_BY = new TextLimit(200, "recorded.actor", false);

        /** {@code recorded_reason}: why it was recorded ({@link vn.chibo.domain.common.Recorded#MAX_REASON_LENGTH}). */
        static final TextLimit RECORDED_REASON = new TextLimit(1000, "recorded.reason", false);

        /** A column holding the name of an enum constant or of a row type. */
        static final TextLimit CODE = new TextLimit(40, null, false);

        public TextLimit {
            checkArgument(maxLength >= 0, "a length is not negative");
        }

        /** A text column of {@code maxLength} characters holding the field its name says. */
        static TextLimit of(int maxLength) {
            return new TextLimit(maxLength, null, false);
        }

        /** A text column of {@code maxLength} characters holding {@code field}. */
        static TextLimit of(int maxLength, String field) {
            return new TextLimit(maxLength, field, false);
        }

        /** A text column of {@code maxLength} characters holding sensitive values of {@code field}. */
        static TextLimit sensitive(int maxLength, String field) {
            return new TextLimit(maxLength, field, true);
        }

        /** Whether the column holds text. */
        boolean isText() {
            return maxLength > 0;
        }
    }
}

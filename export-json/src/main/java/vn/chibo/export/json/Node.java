package vn.chibo.export.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value of one record, read whole with where each part stood in the document: its JSON
 * Pointer and its line and column. A record is small (a member with its facts), so holding it as a
 * tree costs little, and a tree lets every problem of the record be reported with its place.
 */
sealed interface Node {
    /** The JSON Pointer of the value in the document ({@code /members/12/facts/0}). */
    String pointer();

    /** The line of its first character, from 1. */
    int line();

    /** The column of its first character, from 1 (bytes for a byte stream, as Jackson counts). */
    int column();

    /** What kind of JSON value it is, as a message says it ({@code "an object"}). */
    String kind();

    /** Where it is: {@code /members/12/facts/0 (line 340, column 9)}. */
    default String where() {
        return where(pointer());
    }

    /** {@code pointer} at this node's line and column. */
    default String where(String pointer) {
        return (pointer.isEmpty() ? "/" : pointer) + " (line " + line() + ", column " + column() + ")";
    }

    /**
     * A JSON Pointer made only when asked: the parent's and the last part, joined and escaped the
     * first time {@link #text()} is called. Most values of a valid record never need theirs, so
     * reading does not build a string per value.
     */
    final class Pointer {
        private final @Nullable Pointer parent;
        private final @Nullable String name;
        private final int index;
        private @Nullable String text;

        private Pointer(@Nullable Pointer parent, @Nullable String name, int index, @Nullable String text) {
            this.parent = parent;
            this.name = name;
            this.index = index;
            this.text = text;
        }

        /** The pointer {@code text}, already made. */
        static Pointer of(String text) {
            return new Pointer(null, null, -1, text);
        }

        /** The field {@code name} under this pointer. */
        Pointer field(String name) {
            return new Pointer(this, name, -1, null);
        }

        /** The item {@code index} under this pointer. */
        Pointer item(int index) {
            return new Pointer(this, null, index, null);
        }

        /** The pointer's text, as {@link Node#child} makes it. */
        String text() {
            String t = text;
            if (t == null) {
                String up = java.util.Objects.requireNonNull(parent).text();
                t = name == null ? child(up, index) : child(up, name);
                text = t;
            }
            return t;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * An object.
     *
     * @param at its pointer
     * @param line its line
     * @param column its column
     * @param fields its fields in document order (the first of duplicated names); not to be changed
     * @param duplicates the fields whose name appeared before in the same object; not to be changed
     */
    record ObjectNode(Pointer at, int line, int column, Map<String, Node> fields, List<Node> duplicates)
            implements Node {
        @Override
        public String pointer() {
            return at.text();
        }

        /** The field, if present. */
        Optional<Node> field(String name) {
            return Optional.ofNullable(fields.get(name));
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /**
     * An array.
     *
     * @param at its pointer
     * @param line its line
     * @param column its column
     * @param items its items; not to be changed
     */
    record ArrayNode(Pointer at, int line, int column, List<Node> items) implements Node {
        @Override
        public String pointer() {
            return at.text();
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    /** The kinds of scalar. */
    enum ScalarKind {
        /** A string. */
        STRING("a string"),
        /** An integer number. */
        INTEGER("an integer"),
        /** A number with a fraction or an exponent. */
        DECIMAL("a decimal number"),
        /** {@code true} or {@code false}. */
        BOOLEAN("a boolean"),
        /** {@code null}. */
        NULL("null");

        private final String description;

        ScalarKind(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /**
     * A string, number, boolean or null.
     *
     * @param at its pointer
     * @param line its line
     * @param column its column
     * @param scalar which kind
     * @param text the string's value, or the number's or boolean's text; {@code null} for null
     */
    record Scalar(
            Pointer at,
            int line,
            int column,
            ScalarKind scalar,
            @Nullable String text) implements Node {
        @Override
        public String pointer() {
            return at.text();
        }

        @Override
        public String kind() {
            return scalar.description();
        }

        /** Whether it is JSON {@code null}. */
        boolean isNull() {
            return scalar == ScalarKind.NULL;
        }

        /** The text; never call on null. */
        String value() {
            return text == null ? "null" : text;
        }
    }

    /** The pointer of {@code child} under {@code parent} (RFC 6901: {@code ~} and {@code /} escaped). */
    static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer of item {@code index} under {@code parent}. */
    static String child(String parent, int index) {
        return parent + "/" + index;
    }
}

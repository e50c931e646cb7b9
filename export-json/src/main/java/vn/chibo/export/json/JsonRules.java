package vn.chibo.export.json;

/**
 * The rule codes of the violations a JSON import reports, besides the loader's own ({@code
 * BULK-DUPLICATE}, {@code BULK-EXISTS}, {@code BULK-REFERENCE}, {@code BULK-RECORD}) and the
 * validator's ({@code validation:NotBlank}, …). Every violation's path is the JSON Pointer of the
 * value concerned with its line and column: {@code /members/3/facts/0/profile/birthDate (line 88,
 * column 24)}.
 */
public final class JsonRules {
    /** The input is not well-formed JSON (or not UTF-8) from this place on: reading stopped there. */
    public static final String SYNTAX = "JSON-SYNTAX";
    /** The input could not be read (an I/O failure): reading stopped there. */
    public static final String UNREADABLE = "JSON-UNREADABLE";
    /** A limit was passed (nesting depth, number or string length, values in one record). */
    public static final String LIMIT = "JSON-LIMIT";
    /** The document is not of the format read ({@code format} is not {@code chibo-snapshot}). */
    public static final String FORMAT = "JSON-FORMAT";
    /** The format version is not one this reader knows. */
    public static final String VERSION = "JSON-VERSION";
    /** The document is masked ({@code STATISTICS} profile): it cannot be imported. */
    public static final String MASKED = "JSON-MASKED";
    /** A value of the wrong JSON type (a number where a string is expected, …). */
    public static final String TYPE = "JSON-TYPE";
    /** A field the format does not have. */
    public static final String UNKNOWN_FIELD = "JSON-UNKNOWN-FIELD";
    /** A field the format requires is missing. */
    public static final String MISSING_FIELD = "JSON-MISSING-FIELD";
    /** A field appears twice in one object. */
    public static final String DUPLICATE_FIELD = "JSON-DUPLICATE-FIELD";
    /** The sections are not in the documented order, or the envelope comes after them. */
    public static final String ORDER = "JSON-ORDER";
    /**
     * A value of the right type that is not allowed: not a UUID, not a date, an unknown code, a
     * number out of range.
     */
    public static final String VALUE = "JSON-VALUE";
    /** A label beside a code ({@code gradeLabel}) is not the code's label. */
    public static final String LABEL = "JSON-LABEL";
    /** The values break an invariant of the domain object they make (an end before its start, …). */
    public static final String INVARIANT = "JSON-INVARIANT";
    /** A defect of the reader itself met this input: please report it. */
    public static final String INTERNAL = "JSON-INTERNAL";

    private JsonRules() {}
}

package vn.chibo.export.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The one configuration of Jackson's streaming layer for every document: the limits a reader keeps
 * (nesting depth, number, string and name lengths) and the one layout a writer produces (two spaces,
 * {@code "\n"}, {@code "name": value}), so that the same data always gives the same bytes. Neither
 * closes the caller's stream.
 */
final class JsonSupport {
    /** The deepest nesting read; the format itself nests about ten deep. */
    static final int MAX_DEPTH = 64;
    /** The longest number read, in characters. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** The longest string read, in characters. */
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest field name read, in characters. */
    static final int MAX_NAME_LENGTH = 1_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    private static final DefaultPrettyPrinter LAYOUT;

    static {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indent)
                .withArrayIndenter(indent);
    }

    private JsonSupport() {}

    /** The factory, with the reader's limits. */
    static JsonFactory factory() {
        return FACTORY;
    }

    /** A generator writing UTF-8 in the format's layout. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(LAYOUT.createInstance());
        return g;
    }

    /** A parser with the reader's limits. */
    static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }
}

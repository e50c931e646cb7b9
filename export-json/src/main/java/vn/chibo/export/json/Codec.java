package vn.chibo.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * How one Java type is written to and read from the format, and how the JSON Schema describes it.
 * The same codec serves the streamed snapshot, the report document and the Jackson module.
 *
 * @param <T> the type
 */
interface Codec<T> {
    /** Writes {@code value} as one JSON value. */
    void write(JsonGenerator g, T value, Writing w) throws IOException;

    /**
     * Reads the value of {@code node}, reporting every problem to {@code r}.
     *
     * @return the value, or {@code null} when it could not be made (the problems were reported)
     */
    @Nullable
    T read(Node node, Reading r);

    /** The JSON Schema of the value (a {@code $ref} for named types). */
    JsonNode schema(Schemas s);
}

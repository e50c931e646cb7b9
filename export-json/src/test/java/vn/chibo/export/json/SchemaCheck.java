package vn.chibo.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates documents against the schema shipped in the jar, with an independent validator. */
final class SchemaCheck {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private SchemaCheck() {}

    private static Schema load() {
        try (InputStream in = ChiboJson.schema().openStream()) {
            JsonNode schema = MAPPER.readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about {@code document}. */
    static List<Error> errors(byte[] document) {
        try {
            return SCHEMA.validate(MAPPER.readTree(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code document} is valid against the schema. */
    static void assertValid(byte[] document) {
        assertThat(errors(document)).as("schema errors").isEmpty();
    }
}

package vn.chibo.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaTest {
    private static final Path SHIPPED = Path.of("src/main/resources" + ChiboJson.SCHEMA_RESOURCE);

    static String generated() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                                .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")))
                        .writeValueAsString(SchemaDocument.build())
                + "\n";
    }

    @Test
    void theShippedSchemaIsTheOneTheCodecsDescribe() throws IOException {
        String expected = generated();
        if (Boolean.getBoolean("chibo.schema.write")) {
            Files.createDirectories(SHIPPED.getParent());
            Files.writeString(SHIPPED, expected, StandardCharsets.UTF_8);
        }
        String shipped;
        try (InputStream in = ChiboJson.schema().openStream()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(shipped)
                .as("the schema in the jar; regenerate with -Dchibo.schema.write=true and review the diff")
                .isEqualTo(expected);
    }

    @Test
    void theSchemaIsADraft2020SchemaNamingEveryDocument() throws IOException {
        String shipped = generated();

        assertThat(shipped)
                .contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
                .contains(
                        "\"const\" : \"chibo-snapshot\"",
                        "\"const\" : \"chibo-report\"",
                        "\"const\" : \"chibo-import-receipt\"")
                .contains(
                        "\"PROFILE_RECORDED\"", "\"DUES_RECORDED\"", "\"SEAT_TAKEN\"", "\"QUOTA_EXCEPTION_RECORDED\"");
    }
}

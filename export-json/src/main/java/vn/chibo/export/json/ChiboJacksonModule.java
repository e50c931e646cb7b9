package vn.chibo.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.UUID;
import java.util.function.Function;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * chibo's Jackson module: identities as their raw UUID strings ({@code
 * "3f2a…"}), labels as {@code {"vi": "…", "en": "…"}}. Registration is idempotent: Jackson
 * registers a module once per type id.
 */
public final class ChiboJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module, with every serializer and deserializer chibo defines. */
    public ChiboJacksonModule() {
        super("chibo", new Version(0, 1, 0, "SNAPSHOT", "vn.chibo", "chibo-export-json"));
        identity(OrganizationId.class, OrganizationId::value, OrganizationId::of);
        identity(MemberId.class, MemberId::value, MemberId::of);
        addSerializer(Label.class, new LabelSerializer());
        addDeserializer(Label.class, new LabelDeserializer());
    }

    @Override
    public Object getTypeId() {
        return ChiboJacksonModule.class.getName();
    }

    private <T> void identity(Class<T> type, Function<T, UUID> value, Function<UUID, T> of) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T id, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.apply(id).toString());
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                String text = p.getText();
                try {
                    return of.apply(UUID.fromString(text));
                } catch (IllegalArgumentException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, text, "not a UUID"));
                }
            }
        });
    }

    private static final class LabelSerializer extends JsonSerializer<Label> {
        @Override
        public void serialize(Label label, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("vi", label.vi());
            gen.writeStringField("en", label.en());
            gen.writeEndObject();
        }
    }

    private static final class LabelDeserializer extends JsonDeserializer<Label> {
        @Override
        public Label deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Label) ctxt.handleUnexpectedToken(Label.class, p);
            }
            String vi = null;
            String en = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value != JsonToken.VALUE_STRING) {
                    return (Label) ctxt.handleUnexpectedToken(String.class, p);
                }
                if ("vi".equals(field)) {
                    vi = p.getText();
                } else if ("en".equals(field)) {
                    en = p.getText();
                } else {
                    ctxt.handleUnknownProperty(p, this, Label.class, field);
                }
            }
            if (vi == null || en == null || vi.isBlank() || en.isBlank()) {
                return (Label) ctxt.handleWeirdStringValue(
                        Label.class, String.valueOf(vi) + "/" + en, "a label needs both \"vi\" and \"en\"");
            }
            return Label.of(vi, en);
        }
    }
}

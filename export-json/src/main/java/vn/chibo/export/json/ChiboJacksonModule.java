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
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chibo.domain.EvaluationService;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.MemberRating;
import vn.chibo.domain.evaluation.OrganizationRating;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.organization.Role;

/**
 * chibo's Jackson module: identities as their raw UUID strings ({@code
 * "3f2a…"}), labels as {@code {"vi": "…", "en": "…"}}, and every other value the snapshot and
 * report formats hold (facts, records, reviews, reports, findings) written and read as those
 * formats write and read them ({@link ChiboJson}): a host's {@code ObjectMapper} gives the same
 * JSON for one value as a document does. Reading through the module checks the format and the
 * domain objects' own invariants, but not the Jakarta constraints (an import does). Registration is
 * idempotent: Jackson registers a module once per type id. Found by {@code
 * ObjectMapper.findAndRegisterModules()} too.
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
        identity(MeetingId.class, MeetingId::value, MeetingId::of);
        for (Map.Entry<Class<?>, Codec<?>> e : reachable().entrySet()) {
            codec(e.getKey(), e.getValue());
        }
    }

    /** Every record and sealed interface the formats hold, with the codec that writes it. */
    private static Map<Class<?>, Codec<?>> reachable() {
        Map<Class<?>, Codec<?>> out = new LinkedHashMap<>();
        Deque<Type> todo = new ArrayDeque<>();
        todo.addAll(SnapshotWriter.RECORDS);
        todo.addAll(List.of(
                EvaluationReport.class,
                EvaluationRecord.class,
                MemberRating.class,
                OrganizationRating.class,
                EvaluationService.Rejudgement.class,
                ImportReceipt.class,
                PolicyInForce.class,
                ReportDocument.class));
        Set<Type> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof ParameterizedType p) {
                todo.addAll(Arrays.asList(p.getActualTypeArguments()));
                continue;
            }
            Class<?> c = (Class<?>) t;
            if (c == Label.class) {
                continue;
            }
            if (Codecs.recordLike(c)) {
                out.putIfAbsent(c, Codecs.of(c));
                todo.addAll(Codecs.componentTypes(c));
            } else if (c.isInterface() && c.isSealed() && c != Role.class) {
                out.put(c, Codecs.of(c));
                for (Class<?> sub : Objects.requireNonNull(c.getPermittedSubclasses())) {
                    if (sub.isRecord()) {
                        out.put(sub, Codecs.tagged(sub));
                        for (RecordComponent rc : sub.getRecordComponents()) {
                            todo.add(rc.getGenericType());
                        }
                    } else {
                        todo.add(sub);
                    }
                }
            }
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void codec(Class type, Codec codec) {
        addSerializer(type, new JsonSerializer<Object>() {
            @Override
            public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                codec.write(gen, value, Writing.FULL);
            }
        });
        addDeserializer(type, new JsonDeserializer<Object>() {
            @Override
            public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                Node node;
                try {
                    node = new NodeReader(p, ReportJson.MAX_NODES).read("");
                } catch (NodeReader.TooLargeException e) {
                    return ctxt.reportInputMismatch(type, "more than %s values", ReportJson.MAX_NODES);
                }
                ViolationCollector problems = ViolationCollector.create();
                Object value = codec.read(node, new Reading(problems, null));
                if (value == null || !problems.isEmpty()) {
                    return ctxt.reportInputMismatch(
                            type,
                            "not a valid %s: %s",
                            type.getSimpleName(),
                            problems.kept().stream().map(Violation::toString).collect(Collectors.joining("; ")));
                }
                return value;
            }
        });
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

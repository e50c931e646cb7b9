package vn.chibo.export.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import com.google.common.hash.HashingInputStream;
import com.google.common.reflect.TypeToken;
import jakarta.validation.Validator;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;

/**
 * A snapshot document read one record at a time, for a {@link vn.chibo.domain.port.BulkLoader}:
 * the parser stands in the document and holds one record (as a small tree) at a time, whatever
 * the document's size. Each record's {@link BulkRecord#origin() origin} is its JSON Pointer with
 * its line and column ({@code /members/12 (line 340, column 5)}).
 *
 * <p>Strict: the envelope must name the format {@code chibo-snapshot}, a known version and the
 * {@code FULL} profile, before the sections; every record must have exactly the fields of the
 * format, of the right types and values, and make a valid domain object (its constructor's
 * checks, then the validator's constraints). Each problem is reported to the loader's collector
 * with its JSON Pointer, line and column ({@link JsonRules}); a record with a problem is skipped
 * and reading goes on with the next one, so that one load reports every problem at once. Input
 * that is not well-formed JSON, passes a limit or cannot be read is reported where it stands and
 * ends the reading. Not thread-safe; read it once.
 */
public final class SnapshotSource implements BulkSource {
    @SuppressWarnings("serial")
    private static final java.lang.reflect.Type POLICIES = new TypeToken<ImmutableList<PolicyInForce>>() {}.getType();

    /** The pointer of each section. */
    private static final ImmutableList<String> SECTION_POINTERS =
            SnapshotWriter.SECTIONS.stream().map(s -> Node.child("", s)).collect(ImmutableList.toImmutableList());

    /** The codec of each section's records. */
    private static final ImmutableList<Codec<?>> RECORD_CODECS =
            SnapshotWriter.RECORDS.stream().<Codec<?>>map(Codecs::of).collect(ImmutableList.toImmutableList());

    private enum State {
        START,
        ROOT,
        SECTION,
        END
    }

    private final HashingInputStream bytes;
    private final @Nullable Validator validator;
    private @Nullable JsonParser parser;
    private @Nullable NodeReader nodes;
    private State state = State.START;
    private final boolean[] seen = new boolean[SnapshotWriter.SECTIONS.size()];
    private int last = -1;
    private int current;
    private int index;
    private boolean format;
    private @Nullable Integer version;
    private @Nullable String profile;
    private @Nullable BulkSelection scope;
    private @Nullable Instant generatedAt;
    private boolean generatedAtBad;
    private @Nullable ImmutableList<PolicyInForce> policies;
    private boolean scopePresent;
    private boolean policiesPresent;
    private boolean generatedAtPresent;

    private SnapshotSource(InputStream in, @Nullable Validator validator) {
        this.bytes = new HashingInputStream(Hashing.sha256(), Objects.requireNonNull(in, "in"));
        this.validator = validator;
    }

    /**
     * A source over {@code in}, checking each record's constraints with {@code validator} (the
     * {@code Chibo}'s). The caller closes {@code in}.
     */
    public static SnapshotSource of(InputStream in, Validator validator) {
        return new SnapshotSource(in, Objects.requireNonNull(validator, "validator"));
    }

    /** The envelope, once it was read whole and valid. */
    public Optional<SnapshotHeader> header() {
        if (!format
                || version == null
                || profile == null
                || scope == null
                || policies == null
                || !generatedAtPresent
                || generatedAtBad) {
            return Optional.empty();
        }
        return Optional.of(new SnapshotHeader(version, profile, scope, generatedAt, policies));
    }

    /** The SHA-256 of the bytes read so far, in hex: of the whole document once it was read. */
    public String sha256() {
        return bytes.hash().toString();
    }

    /** Whether the document was read to its end. */
    public boolean exhausted() {
        return state == State.END;
    }

    @Override
    public Optional<BulkRecord> next(ViolationCollector problems) {
        Reading r = new Reading(problems, validator);
        JsonParser p = parser;
        try {
            if (p == null) {
                p = JsonSupport.parser(bytes);
                parser = p;
                nodes = new NodeReader(p, NodeReader.DEFAULT_MAX_NODES);
            }
            while (state != State.END) {
                if (state == State.START) {
                    start(p, r);
                } else if (state == State.ROOT) {
                    root(p, r);
                } else {
                    Optional<BulkRecord> record = item(p, r);
                    if (record.isPresent()) {
                        return record;
                    }
                }
            }
        } catch (StreamConstraintsException e) {
            stop(problems, p, e, JsonRules.LIMIT, "vượt giới hạn", "a limit was passed");
        } catch (JsonProcessingException | CharConversionException e) {
            stop(problems, p, e, JsonRules.SYNTAX, "không phải JSON hợp lệ (UTF-8)", "not well-formed JSON (UTF-8)");
        } catch (IOException e) {
            stop(problems, p, e, JsonRules.UNREADABLE, "không đọc được dữ liệu", "the input could not be read");
        } catch (RuntimeException e) {
            stop(problems, p, e, JsonRules.INTERNAL, "lỗi của bộ đọc", "a defect of the reader");
        }
        return Optional.empty();
    }

    private void stop(
            ViolationCollector problems, @Nullable JsonParser p, Exception e, String rule, String vi, String en) {
        state = State.END;
        String pointer = "/";
        JsonLocation at = null;
        if (e instanceof JsonProcessingException j) {
            at = j.getLocation();
        }
        if (p != null) {
            String path = p.getParsingContext().pathAsPointer().toString();
            pointer = path.isEmpty() ? "/" : path;
            if (at == null) {
                at = p.currentLocation();
            }
        }
        String where =
                at == null ? pointer : pointer + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String detail = describe(e);
        problems.add(Violation.of(
                where,
                rule,
                "",
                Label.of(vi + "; đọc dừng tại đây: " + detail, en + "; reading stopped here: " + detail)));
    }

    /** The exception's message without the input's text, which may be sensitive. */
    private static String describe(Exception e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        message = message.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return message.length() > 200 ? message.substring(0, 199) + "…" : message;
    }

    private void start(JsonParser p, Reading r) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            r.problems()
                    .add(Violation.of(
                            "/ (line 1, column 1)",
                            JsonRules.SYNTAX,
                            "",
                            Label.of("tài liệu rỗng", "the document is empty")));
            state = State.END;
            return;
        }
        if (t != JsonToken.START_OBJECT) {
            r.wrongType(node(p, ""), "an object");
            state = State.END;
            return;
        }
        state = State.ROOT;
    }

    private Node node(JsonParser p, String pointer) throws IOException {
        try {
            return Objects.requireNonNull(nodes).read(pointer);
        } catch (NodeReader.TooLargeException e) {
            throw new StreamConstraintsException("more than " + NodeReader.DEFAULT_MAX_NODES + " values in one part");
        }
    }

    private void root(JsonParser p, Reading r) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            end(p, r);
            return;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw new JsonParseException(p, "expected a field name");
        }
        String name = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        p.nextToken();
        int s = SnapshotWriter.SECTIONS.indexOf(name);
        if (s >= 0) {
            section(p, r, s, at);
            return;
        }
        String pointer = Node.child("", name);
        Node value = node(p, pointer);
        switch (name) {
            case "format" -> envelope(r, value, () -> formatField(r, value));
            case "version" -> envelope(r, value, () -> versionField(r, value));
            case "profile" -> envelope(r, value, () -> profileField(r, value));
            case "scope" ->
                envelope(r, value, () -> {
                    scopePresent = true;
                    scope = Codecs.of(BulkSelection.class).read(value, r);
                });
            case "generatedAt" ->
                envelope(r, value, () -> {
                    generatedAtPresent = true;
                    if (!(value instanceof Node.Scalar v && v.isNull())) {
                        generatedAt = Codecs.of(Instant.class).read(value, r);
                        generatedAtBad = generatedAt == null;
                    }
                });
            case "policies" ->
                envelope(r, value, () -> {
                    policiesPresent = true;
                    policies = policies(value, r);
                });
            default ->
                r.report(
                        value,
                        JsonRules.UNKNOWN_FIELD,
                        name,
                        Label.of("định dạng không có trường này", "the format has no such field"));
        }
    }

    @SuppressWarnings("unchecked")
    private static @Nullable ImmutableList<PolicyInForce> policies(Node value, Reading r) {
        return (ImmutableList<PolicyInForce>) Codecs.of(POLICIES).read(value, r);
    }

    private void envelope(Reading r, Node value, Runnable read) {
        if (last >= 0) {
            r.report(
                    value,
                    JsonRules.ORDER,
                    value.kind(),
                    Label.of("phần mở đầu phải đứng trước các phần dữ liệu", "the envelope comes before the sections"));
        }
        read.run();
    }

    private void formatField(Reading r, Node value) {
        if (value instanceof Node.Scalar s
                && s.scalar() == Node.ScalarKind.STRING
                && ChiboJson.SNAPSHOT_FORMAT.equals(s.text())) {
            format = true;
            return;
        }
        r.report(
                value,
                JsonRules.FORMAT,
                r.shown(value),
                Label.of(
                        "không phải tài liệu \"" + ChiboJson.SNAPSHOT_FORMAT + "\"",
                        "not a \"" + ChiboJson.SNAPSHOT_FORMAT + "\" document"));
        state = State.END;
    }

    private void versionField(Reading r, Node value) {
        if (value instanceof Node.Scalar s
                && s.scalar() == Node.ScalarKind.INTEGER
                && String.valueOf(ChiboJson.SNAPSHOT_VERSION).equals(s.text())) {
            version = ChiboJson.SNAPSHOT_VERSION;
            return;
        }
        r.report(
                value,
                JsonRules.VERSION,
                r.shown(value),
                Label.of(
                        "phiên bản định dạng không được hỗ trợ; bộ đọc này đọc phiên bản " + ChiboJson.SNAPSHOT_VERSION,
                        "an unknown format version; this reader reads version " + ChiboJson.SNAPSHOT_VERSION));
        state = State.END;
    }

    private void profileField(Reading r, Node value) {
        String text = value instanceof Node.Scalar s && s.scalar() == Node.ScalarKind.STRING ? s.text() : null;
        if (text != null && text.equals("FULL")) {
            profile = text;
            return;
        }
        if ("STATISTICS".equals(text)) {
            r.report(
                    value,
                    JsonRules.MASKED,
                    "STATISTICS",
                    Label.of(
                            "tài liệu thống kê đã che dữ liệu cá nhân và mã hóa định danh: không thể nhập",
                            "a statistics document is masked and pseudonymised: it cannot be imported"));
        } else {
            r.report(
                    value,
                    JsonRules.VALUE,
                    r.shown(value),
                    Label.of("phải là \"FULL\" hoặc \"STATISTICS\"", "must be \"FULL\" or \"STATISTICS\""));
        }
        state = State.END;
    }

    private boolean envelopeComplete(Reading r, JsonLocation at) {
        boolean ok = true;
        String[] names = {"format", "version", "profile"};
        boolean[] present = {format, version != null, profile != null};
        for (int i = 0; i < names.length; i++) {
            if (!present[i]) {
                r.problems()
                        .add(Violation.of(
                                "/" + names[i] + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")",
                                JsonRules.MISSING_FIELD,
                                "",
                                Label.of(
                                        "thiếu trường bắt buộc của phần mở đầu (trước các phần dữ liệu)",
                                        "a required envelope field is missing (before the sections)")));
                ok = false;
            }
        }
        return ok;
    }

    private void section(JsonParser p, Reading r, int s, JsonLocation at) throws IOException {
        String pointer = "/" + SnapshotWriter.SECTIONS.get(s);
        if (last < 0) {
            if (!envelopeComplete(r, at)) {
                state = State.END;
                return;
            }
            if (scope == null) {
                missingEnvelope(r, "scope", at);
            }
            missingEnvelope(r, "generatedAt", at);
            if (policies == null) {
                missingEnvelope(r, "policies", at);
            }
        }
        if (seen[s]) {
            r.problems()
                    .add(Violation.of(
                            where(pointer, at),
                            JsonRules.DUPLICATE_FIELD,
                            SnapshotWriter.SECTIONS.get(s),
                            Label.of("phần dữ liệu xuất hiện hai lần", "the section appears twice")));
        } else if (s < last) {
            r.problems()
                    .add(Violation.of(
                            where(pointer, at),
                            JsonRules.ORDER,
                            SnapshotWriter.SECTIONS.get(s),
                            Label.of(
                                    "các phần dữ liệu phải theo thứ tự " + SnapshotWriter.SECTIONS,
                                    "the sections come in the order " + SnapshotWriter.SECTIONS)));
        }
        seen[s] = true;
        last = Math.max(last, s);
        if (p.currentToken() != JsonToken.START_ARRAY) {
            r.wrongType(node(p, pointer), "an array");
            return;
        }
        current = s;
        index = 0;
        state = State.SECTION;
    }

    private void missingEnvelope(Reading r, String name, JsonLocation at) {
        boolean present =
                name.equals("scope") ? scopePresent : name.equals("policies") ? policiesPresent : generatedAtPresent;
        if (!present) {
            r.problems()
                    .add(Violation.of(
                            where("/" + name, at),
                            JsonRules.MISSING_FIELD,
                            "",
                            Label.of(
                                    "thiếu trường bắt buộc của phần mở đầu (trước các phần dữ liệu)",
                                    "a required envelope field is missing (before the sections)")));
        }
    }

    private static String where(String pointer, JsonLocation at) {
        return pointer + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private Optional<BulkRecord> item(JsonParser p, Reading r) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            state = State.ROOT;
            return Optional.empty();
        }
        if (t == null) {
            throw new JsonParseException(p, "unexpected end of input");
        }
        String pointer = Node.child(SECTION_POINTERS.get(current), index++);
        Node value;
        try {
            value = Objects.requireNonNull(nodes).read(pointer);
        } catch (NodeReader.TooLargeException e) {
            JsonLocation at = p.currentTokenLocation();
            r.problems()
                    .add(Violation.of(
                            where(pointer, at),
                            JsonRules.LIMIT,
                            "",
                            Label.of(
                                    "bản ghi có hơn " + NodeReader.DEFAULT_MAX_NODES + " giá trị: bỏ qua",
                                    "the record has more than " + NodeReader.DEFAULT_MAX_NODES + " values: skipped")));
            return Optional.empty();
        }
        Object record = RECORD_CODECS.get(current).read(value, r);
        return Optional.ofNullable((BulkRecord) record);
    }

    private void end(JsonParser p, Reading r) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (last < 0 && envelopeComplete(r, at)) {
            if (scope == null) {
                missingEnvelope(r, "scope", at);
            }
            missingEnvelope(r, "generatedAt", at);
            if (policies == null) {
                missingEnvelope(r, "policies", at);
            }
        }
        for (int s = 0; s < seen.length; s++) {
            if (!seen[s]) {
                r.problems()
                        .add(Violation.of(
                                where("/" + SnapshotWriter.SECTIONS.get(s), at),
                                JsonRules.MISSING_FIELD,
                                "",
                                Label.of(
                                        "thiếu phần dữ liệu (một mảng, có thể rỗng)",
                                        "a section is missing (an array, possibly empty)")));
            }
        }
        state = State.END;
        if (p.nextToken() != null) {
            throw new JsonParseException(p, "content after the end of the document");
        }
    }
}

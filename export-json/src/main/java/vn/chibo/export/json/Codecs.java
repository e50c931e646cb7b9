package vn.chibo.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.CaseFormat;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import jakarta.validation.Valid;
import java.io.IOException;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Sensitive;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.QuotaCheck;
import vn.chibo.domain.evaluation.QuotaPoolKey;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.meeting.Guest;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.Resolution;
import vn.chibo.domain.meeting.VoteChoice;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.member.dues.DuesEntry;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.PartyGroupRole;
import vn.chibo.domain.organization.Role;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.rule.Finding;

/**
 * The codecs of every type the format holds, found by Java type: scalars (identities as raw UUID
 * text, dates ISO-8601, instants to the nanosecond, enums by their constant's name), lists, the few
 * maps, and every record by reflection over its components, in declaration order, each written
 * under its component's name. A sealed interface's records carry a {@code "type"} code (the record's
 * name in upper snake case, {@code PROFILE_RECORDED}). A {@link Grade} is followed by its Vietnamese
 * label ({@code "grade": "GOOD", "gradeLabel": "hoàn thành tốt nhiệm vụ"}). Thread-safe.
 */
final class Codecs {
    /** The field naming the record of a sealed interface. */
    static final String TYPE = "type";

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_DECIMAL_PRECISION = 30;
    private static final int MAX_DECIMAL_SCALE = 20;

    /** Components a masked (statistics) document leaves out: free text written about people. */
    private static final ImmutableMap<Class<?>, ImmutableSet<String>> MASKED_OUT =
            ImmutableMap.<Class<?>, ImmutableSet<String>>builder()
                    .put(Recorded.class, ImmutableSet.of("reason"))
                    .put(MemberFact.ConditionBegan.class, ImmutableSet.of("note"))
                    .put(MemberFact.Disciplined.class, ImmutableSet.of("violation"))
                    .put(ResidenceFact.Registered.class, ImmutableSet.of("fullName"))
                    .put(ResidenceFact.MeetingRecorded.class, ImmutableSet.of("excuse"))
                    .put(ResidenceFact.CommentGiven.class, ImmutableSet.of("text"))
                    .put(ResidenceFact.Ended.class, ImmutableSet.of("note"))
                    .put(Attendance.class, ImmutableSet.of("reason"))
                    .put(Guest.class, ImmutableSet.of("name"))
                    .put(Meeting.class, ImmutableSet.of("agenda"))
                    .put(Resolution.class, ImmutableSet.of("title"))
                    .put(Finding.class, ImmutableSet.of("subject", "message"))
                    .put(DuesEntry.class, ImmutableSet.of("note"))
                    .build();

    private static final Map<Object, Codec<?>> CACHE = new HashMap<>();

    private Codecs() {}

    /** The codec of {@code type}. */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> of(Class<T> type) {
        return (Codec<T>) of((Type) type);
    }

    /** The codec of a (possibly parameterised) type. */
    static Codec<?> of(Type type) {
        synchronized (CACHE) {
            Codec<?> known = CACHE.get(type);
            if (known != null) {
                return known;
            }
        }
        Codec<?> made = make(type);
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(type, t -> made);
        }
    }

    /** The codec of a record as the member of a sealed interface: with its {@code "type"} code. */
    static Codec<?> tagged(Class<?> record) {
        List<Object> key = List.of("tagged", record);
        synchronized (CACHE) {
            Codec<?> known = CACHE.get(key);
            if (known != null) {
                return known;
            }
        }
        Codec<?> made = new RecordCodec<>(record, tag(record));
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(key, t -> made);
        }
    }

    /** {@code PROFILE_RECORDED} for {@code ProfileRecorded}. */
    static String tag(Class<?> record) {
        return CaseFormat.UPPER_CAMEL.to(CaseFormat.UPPER_UNDERSCORE, record.getSimpleName());
    }

    /** A name for the schema's {@code $defs}: {@code MemberFact.ProfileRecorded}. */
    static String defName(Class<?> type) {
        String name = type.getSimpleName();
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name = outer.getSimpleName() + "." + name;
        }
        return name;
    }

    /** Whether a masked document leaves the component out. */
    static boolean maskedOut(Class<?> record, String component) {
        ImmutableSet<String> out = MASKED_OUT.get(record);
        return out != null && out.contains(component);
    }

    private static Codec<?> make(Type type) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class || raw == ImmutableList.class) {
                return new ListCodec<>(args[0]);
            }
            if (raw == ImmutableMap.class && args[0] == MemberId.class && args[1] == VoteChoice.class) {
                return new VotesCodec();
            }
            if (raw == ImmutableMap.class && args[0] == QuotaPoolKey.class && args[1] == QuotaCheck.class) {
                return new QuotaPoolsCodec();
            }
            if (raw == ImmutableSortedMap.class && args[0] == Grade.class && args[1] == Integer.class) {
                return new GradeCountsCodec();
            }
            if (raw == ImmutableSortedMap.class && args[0] == String.class && args[1] == Integer.class) {
                return new ReasonCountsCodec();
            }
            if (raw == ImmutableSortedMap.class && args[0] == String.class && args[1] == String.class) {
                return new TextMapCodec();
            }
            throw new IllegalArgumentException("no codec for " + type);
        }
        Class<?> c = (Class<?>) type;
        Codec<?> scalar = scalar(c);
        if (scalar != null) {
            return scalar;
        }
        if (c == Role.class) {
            return new RoleCodec();
        }
        if (c == MemberProfile.class) {
            return new ProfileCodec();
        }
        if (c.isEnum()) {
            return enumCodec(c);
        }
        if (recordLike(c)) {
            return new RecordCodec<>(c, null);
        }
        if (c.isInterface() && c.isSealed()) {
            return new SealedCodec<>(c);
        }
        throw new IllegalArgumentException("no codec for " + type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Codec<?> enumCodec(Class<?> c) {
        return new EnumCodec(c);
    }

    private static @Nullable Codec<?> scalar(Class<?> c) {
        if (c == String.class) {
            return new StringCodec();
        }
        if (c == boolean.class || c == Boolean.class) {
            return new BooleanCodec();
        }
        if (c == int.class || c == Integer.class) {
            return new IntegerCodec();
        }
        if (c == long.class || c == Long.class) {
            return new LongCodec();
        }
        if (c == BigDecimal.class) {
            return new DecimalCodec();
        }
        if (c == UUID.class) {
            return new UuidCodec<>(UUID.class, Function.identity(), Function.identity());
        }
        if (c == OrganizationId.class) {
            return new UuidCodec<>(OrganizationId.class, OrganizationId::value, OrganizationId::of);
        }
        if (c == MemberId.class) {
            return new UuidCodec<>(MemberId.class, MemberId::value, MemberId::of);
        }
        if (c == MeetingId.class) {
            return new UuidCodec<>(MeetingId.class, MeetingId::value, MeetingId::of);
        }
        if (c == LocalDate.class) {
            return new TextCodec<>(
                    "date",
                    "\\d{4}-\\d{2}-\\d{2}",
                    "an ISO-8601 date (2022-12-31)",
                    "một ngày theo ISO-8601 (2022-12-31)",
                    Texts::isDate,
                    Texts::parseDate,
                    LocalDate::toString);
        }
        if (c == LocalTime.class) {
            return new TextCodec<>(
                    "time",
                    "\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?",
                    "an ISO-8601 time of day (19:30)",
                    "một giờ theo ISO-8601 (19:30)",
                    null,
                    LocalTime::parse,
                    LocalTime::toString);
        }
        if (c == Instant.class) {
            return new TextCodec<>(
                    "instant",
                    "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z",
                    "an ISO-8601 instant in UTC, to the nanosecond (2022-12-31T03:04:05.123456789Z)",
                    "một thời điểm theo ISO-8601, giờ UTC (2022-12-31T03:04:05.123456789Z)",
                    Texts::isInstant,
                    Texts::parseInstant,
                    Instant::toString);
        }
        if (c == YearMonth.class) {
            return new TextCodec<>(
                    "yearMonth",
                    "\\d{4}-\\d{2}",
                    "an ISO-8601 month (2022-03)",
                    "một tháng theo ISO-8601 (2022-03)",
                    null,
                    YearMonth::parse,
                    YearMonth::toString);
        }
        if (c == Year.class) {
            return new YearCodec();
        }
        return null;
    }

    // ------------------------------------------------------------------------------------- scalars

    /** Reads a string node, reporting any other. */
    static @Nullable String text(Node node, Reading r) {
        if (node instanceof Node.Scalar s && s.scalar() == Node.ScalarKind.STRING) {
            return s.value();
        }
        r.wrongType(node, "a string");
        return null;
    }

    private static final class StringCodec implements Codec<String> {
        @Override
        public void write(JsonGenerator g, String value, Writing w) throws IOException {
            g.writeString(value);
        }

        @Override
        public @Nullable String read(Node node, Reading r) {
            return text(node, r);
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.object().put("type", "string");
        }
    }

    private static final class BooleanCodec implements Codec<Boolean> {
        @Override
        public void write(JsonGenerator g, Boolean value, Writing w) throws IOException {
            g.writeBoolean(value);
        }

        @Override
        public @Nullable Boolean read(Node node, Reading r) {
            if (node instanceof Node.Scalar s && s.scalar() == Node.ScalarKind.BOOLEAN) {
                return Boolean.parseBoolean(s.value());
            }
            r.wrongType(node, "a boolean");
            return null;
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.object().put("type", "boolean");
        }
    }

    /** The integer of {@code node} if it is one within [min, max]. */
    static @Nullable Long integer(Node node, Reading r, long min, long max) {
        if (!(node instanceof Node.Scalar s) || s.scalar() != Node.ScalarKind.INTEGER) {
            r.wrongType(node, "an integer");
            return null;
        }
        try {
            long v = Long.parseLong(s.value());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // out of range: reported below
        }
        r.badValue(node, "một số nguyên từ " + min + " đến " + max, "an integer from " + min + " to " + max);
        return null;
    }

    private static final class IntegerCodec implements Codec<Integer> {
        @Override
        public void write(JsonGenerator g, Integer value, Writing w) throws IOException {
            g.writeNumber(value);
        }

        @Override
        public @Nullable Integer read(Node node, Reading r) {
            Long v = integer(node, r, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return v == null ? null : v.intValue();
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.object()
                    .put("type", "integer")
                    .put("minimum", Integer.MIN_VALUE)
                    .put("maximum", Integer.MAX_VALUE);
        }
    }

    private static final class LongCodec implements Codec<Long> {
        @Override
        public void write(JsonGenerator g, Long value, Writing w) throws IOException {
            g.writeNumber(value);
        }

        @Override
        public @Nullable Long read(Node node, Reading r) {
            return integer(node, r, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.object().put("type", "integer");
        }
    }

    private static final class YearCodec implements Codec<Year> {
        @Override
        public void write(JsonGenerator g, Year value, Writing w) throws IOException {
            g.writeNumber(value.getValue());
        }

        @Override
        public @Nullable Year read(Node node, Reading r) {
            Long v = integer(node, r, 1, 9999);
            return v == null ? null : Year.of(v.intValue());
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.object()
                    .put("type", "integer")
                    .put("minimum", 1)
                    .put("maximum", 9999)
                    .put("description", "a year");
        }
    }

    private static final class DecimalCodec implements Codec<BigDecimal> {
        @Override
        public void write(JsonGenerator g, BigDecimal value, Writing w) throws IOException {
            g.writeNumber(value.toPlainString());
        }

        @Override
        public @Nullable BigDecimal read(Node node, Reading r) {
            if (!(node instanceof Node.Scalar s)
                    || (s.scalar() != Node.ScalarKind.INTEGER && s.scalar() != Node.ScalarKind.DECIMAL)) {
                r.wrongType(node, "a number");
                return null;
            }
            try {
                BigDecimal v = new BigDecimal(s.value());
                if (v.scale() >= 0
                        && v.scale() <= MAX_DECIMAL_SCALE
                        && v.precision() <= MAX_DECIMAL_PRECISION
                        && !s.value().contains("e")
                        && !s.value().contains("E")) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            r.badValue(
                    node,
                    "một số thập phân viết đầy đủ, tối đa " + MAX_DECIMAL_PRECISION + " chữ số",
                    "a plain decimal of at most " + MAX_DECIMAL_PRECISION + " digits");
            return null;
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.object().put("type", "number");
        }
    }

    /** A value written as text in a fixed ISO-8601 form. */
    private static final class TextCodec<T> implements Codec<T> {
        private final String name;
        private final Predicate<String> form;
        private final String regex;
        private final String en;
        private final String vi;
        private final Function<String, T> parse;
        private final Function<T, String> format;

        TextCodec(
                String name,
                String regex,
                String en,
                String vi,
                @Nullable Predicate<String> form,
                Function<String, T> parse,
                Function<T, String> format) {
            this.name = name;
            this.regex = regex;
            this.form = form == null ? Pattern.compile(regex).asMatchPredicate() : form;
            this.en = en;
            this.vi = vi;
            this.parse = parse;
            this.format = format;
        }

        @Override
        public void write(JsonGenerator g, T value, Writing w) throws IOException {
            g.writeString(format.apply(value));
        }

        @Override
        public @Nullable T read(Node node, Reading r) {
            String text = text(node, r);
            if (text == null) {
                return null;
            }
            if (form.test(text)) {
                try {
                    return parse.apply(text);
                } catch (DateTimeException e) {
                    // reported below
                }
            }
            r.badValue(node, vi, en);
            return null;
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.ref(name, () -> s.pattern("^" + regex + "$", en));
        }
    }

    /** An identity: its raw UUID, lower case; pseudonymised in a masked document. */
    private static final class UuidCodec<T> implements Codec<T> {
        private final Class<T> type;
        private final Function<T, UUID> value;
        private final Function<UUID, T> of;

        UuidCodec(Class<T> type, Function<T, UUID> value, Function<UUID, T> of) {
            this.type = type;
            this.value = value;
            this.of = of;
        }

        @Override
        public void write(JsonGenerator g, T id, Writing w) throws IOException {
            g.writeString(w.privacy().identity(value.apply(id)).toString());
        }

        @Override
        public @Nullable T read(Node node, Reading r) {
            String text = text(node, r);
            if (text == null) {
                return null;
            }
            if (Texts.isUuid(text)) {
                return of.apply(UUID.fromString(text));
            }
            r.badValue(
                    node,
                    "một UUID viết thường (3f2a6c1e-…)",
                    "a lower-case UUID (3f2a6c1e-…): " + type.getSimpleName() + " text is not a UUID");
            return null;
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.ref(
                    "uuid",
                    () -> s.pattern(
                            "^" + UUID_TEXT.pattern() + "$",
                            "an identity: a UUID in lower case; a pseudonym (version 8) in a STATISTICS document"));
        }
    }

    /** An enum by its constant's name. */
    private static final class EnumCodec<E extends Enum<E>> implements Codec<E> {
        private final Class<E> type;
        private final ImmutableMap<String, E> byName;

        EnumCodec(Class<E> type) {
            this.type = type;
            ImmutableMap.Builder<String, E> b = ImmutableMap.builder();
            for (E e : type.getEnumConstants()) {
                b.put(e.name(), e);
            }
            this.byName = b.build();
        }

        @Override
        public void write(JsonGenerator g, E value, Writing w) throws IOException {
            g.writeString(value.name());
        }

        @Override
        public @Nullable E read(Node node, Reading r) {
            String text = text(node, r);
            if (text == null) {
                return null;
            }
            E e = byName.get(text);
            if (e == null) {
                r.badValue(node, "một trong " + byName.keySet(), "one of " + byName.keySet());
            }
            return e;
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.ref(defName(type), () -> {
                ObjectNode o = s.object().put("type", "string");
                ArrayNode values = o.putArray("enum");
                byName.keySet().forEach(values::add);
                return o;
            });
        }
    }

    /** A committee role or a party-group role, by its code (the codes of both are distinct). */
    private static final class RoleCodec implements Codec<Role> {
        private final ImmutableMap<String, Role> byName;

        RoleCodec() {
            ImmutableMap.Builder<String, Role> b = ImmutableMap.builder();
            for (Role role : CommitteeRole.values()) {
                b.put(role.name(), role);
            }
            for (Role role : PartyGroupRole.values()) {
                b.put(role.name(), role);
            }
            this.byName = b.buildOrThrow();
        }

        @Override
        public void write(JsonGenerator g, Role value, Writing w) throws IOException {
            g.writeString(value.name());
        }

        @Override
        public @Nullable Role read(Node node, Reading r) {
            String text = text(node, r);
            if (text == null) {
                return null;
            }
            Role role = byName.get(text);
            if (role == null) {
                r.badValue(node, "một trong " + byName.keySet(), "one of " + byName.keySet());
            }
            return role;
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.ref("Role", () -> {
                ObjectNode o = s.object().put("type", "string");
                ArrayNode values = o.putArray("enum");
                byName.keySet().forEach(values::add);
                return o;
            });
        }
    }

    // ----------------------------------------------------------------------------- collections

    /** A list as an array; never with null items. */
    private static final class ListCodec<T> implements Codec<List<T>> {
        private final Supplier<Codec<T>> items;

        @SuppressWarnings("unchecked")
        ListCodec(Type item) {
            this.items = Suppliers.memoize(() -> (Codec<T>) of(item));
        }

        @Override
        public void write(JsonGenerator g, List<T> value, Writing w) throws IOException {
            g.writeStartArray();
            for (T item : value) {
                items.get().write(g, item, w);
            }
            g.writeEndArray();
        }

        @Override
        public @Nullable List<T> read(Node node, Reading r) {
            if (!(node instanceof Node.ArrayNode a)) {
                r.wrongType(node, "an array");
                return null;
            }
            List<T> out = new ArrayList<>(a.items().size());
            boolean ok = true;
            for (Node item : a.items()) {
                T v = item instanceof Node.Scalar s && s.isNull()
                        ? null
                        : items.get().read(item, r);
                if (v == null) {
                    if (item instanceof Node.Scalar s && s.isNull()) {
                        r.wrongType(item, "a value");
                    }
                    ok = false;
                } else {
                    out.add(v);
                }
            }
            return ok ? ImmutableList.copyOf(out) : null;
        }

        @Override
        public JsonNode schema(Schemas s) {
            ObjectNode o = s.object().put("type", "array");
            o.set("items", items.get().schema(s));
            return o;
        }
    }

    /** The votes of an open ballot: {@code [{"member": …, "choice": "YES"}]}, by member. */
    private static final class VotesCodec implements Codec<ImmutableMap<MemberId, VoteChoice>> {
        private final Codec<MemberId> member = of(MemberId.class);
        private final Codec<VoteChoice> choice = of(VoteChoice.class);

        @Override
        public void write(JsonGenerator g, ImmutableMap<MemberId, VoteChoice> value, Writing w) throws IOException {
            TreeMap<String, VoteChoice> sorted = new TreeMap<>();
            value.forEach((m, c) -> sorted.put(w.privacy().identity(m.value()).toString(), c));
            g.writeStartArray();
            for (Map.Entry<String, VoteChoice> e : sorted.entrySet()) {
                g.writeStartObject();
                g.writeStringField("member", e.getKey());
                g.writeStringField("choice", e.getValue().name());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        @Override
        public @Nullable ImmutableMap<MemberId, VoteChoice> read(Node node, Reading r) {
            if (!(node instanceof Node.ArrayNode a)) {
                r.wrongType(node, "an array");
                return null;
            }
            Map<MemberId, VoteChoice> out = new LinkedHashMap<>();
            boolean ok = true;
            for (Node item : a.items()) {
                Map<String, @Nullable Object> fields =
                        Fields.read(item, r, List.of("member", "choice"), Map.of("member", member, "choice", choice));
                if (fields == null) {
                    ok = false;
                    continue;
                }
                MemberId m = (MemberId) Objects.requireNonNull(fields.get("member"));
                if (out.put(m, (VoteChoice) Objects.requireNonNull(fields.get("choice"))) != null) {
                    r.report(
                            item,
                            JsonRules.INVARIANT,
                            m.toString(),
                            Label.of("đảng viên biểu quyết hai lần", "the member votes twice"));
                    ok = false;
                }
            }
            return ok ? ImmutableMap.copyOf(out) : null;
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.ref("Ballot.Votes", () -> {
                ObjectNode item =
                        Fields.schema(s, List.of("member", "choice"), Map.of("member", member, "choice", choice));
                ObjectNode o = s.object().put("type", "array");
                o.set("items", item);
                return o;
            });
        }
    }

    /** The quota checks of a report's pools: {@code [{"pool": …, "check": …}]}, by pool id. */
    private static final class QuotaPoolsCodec implements Codec<ImmutableMap<QuotaPoolKey, QuotaCheck>> {
        private final Codec<QuotaPoolKey> pool = of(QuotaPoolKey.class);
        private final Codec<QuotaCheck> check = of(QuotaCheck.class);

        @Override
        public void write(JsonGenerator g, ImmutableMap<QuotaPoolKey, QuotaCheck> value, Writing w) throws IOException {
            List<Map.Entry<QuotaPoolKey, QuotaCheck>> sorted = new java.util.ArrayList<>(value.entrySet());
            sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(QuotaPoolKey::id)));
            g.writeStartArray();
            for (Map.Entry<QuotaPoolKey, QuotaCheck> e : sorted) {
                g.writeStartObject();
                g.writeFieldName("pool");
                pool.write(g, e.getKey(), w);
                g.writeFieldName("check");
                check.write(g, e.getValue(), w);
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        @Override
        public @Nullable ImmutableMap<QuotaPoolKey, QuotaCheck> read(Node node, Reading r) {
            if (!(node instanceof Node.ArrayNode a)) {
                r.wrongType(node, "an array");
                return null;
            }
            Map<QuotaPoolKey, QuotaCheck> out = new LinkedHashMap<>();
            boolean ok = true;
            for (Node item : a.items()) {
                Map<String, @Nullable Object> fields =
                        Fields.read(item, r, List.of("pool", "check"), Map.of("pool", pool, "check", check));
                if (fields == null) {
                    ok = false;
                    continue;
                }
                QuotaPoolKey k = (QuotaPoolKey) Objects.requireNonNull(fields.get("pool"));
                if (out.put(k, (QuotaCheck) Objects.requireNonNull(fields.get("check"))) != null) {
                    r.report(
                            item,
                            JsonRules.INVARIANT,
                            k.id(),
                            Label.of("nhóm tính tỷ lệ xuất hiện hai lần", "the pool appears twice"));
                    ok = false;
                }
            }
            return ok ? ImmutableMap.copyOf(out) : null;
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.ref("EvaluationReport.Quotas", () -> {
                ObjectNode item = Fields.schema(s, List.of("pool", "check"), Map.of("pool", pool, "check", check));
                ObjectNode o = s.object().put("type", "array");
                o.set("items", item);
                return o;
            });
        }
    }

    /** Counts by grade: {@code [{"grade": "GOOD", "gradeLabel": "…", "count": 1051}]}, best first. */
    private static final class GradeCountsCodec implements Codec<ImmutableSortedMap<Grade, Integer>> {
        private final Codec<Grade> grade = of(Grade.class);
        private final Codec<Integer> count = of(Integer.class);

        @Override
        public void write(JsonGenerator g, ImmutableSortedMap<Grade, Integer> value, Writing w) throws IOException {
            g.writeStartArray();
            for (Map.Entry<Grade, Integer> e : value.entrySet()) {
                g.writeStartObject();
                g.writeStringField("grade", e.getKey().name());
                g.writeStringField("gradeLabel", e.getKey().label().vi());
                g.writeNumberField("count", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        @Override
        public @Nullable ImmutableSortedMap<Grade, Integer> read(Node node, Reading r) {
            if (!(node instanceof Node.ArrayNode a)) {
                r.wrongType(node, "an array");
                return null;
            }
            Map<Grade, Integer> out = new TreeMap<>();
            boolean ok = true;
            for (Node item : a.items()) {
                Map<String, @Nullable Object> fields = Fields.read(
                        item, r, List.of("grade", "gradeLabel", "count"), Map.of("grade", grade, "count", count));
                if (fields == null) {
                    ok = false;
                    continue;
                }
                Grade gr = (Grade) Objects.requireNonNull(fields.get("grade"));
                if (out.put(gr, (Integer) Objects.requireNonNull(fields.get("count"))) != null) {
                    r.report(item, JsonRules.INVARIANT, gr.name(), Label.of("hạng lặp lại", "the grade repeats"));
                    ok = false;
                }
            }
            return ok ? ImmutableSortedMap.copyOf(out) : null;
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.ref("GradeCounts", () -> {
                ObjectNode item = Fields.schema(
                        s, List.of("grade", "gradeLabel", "count"), Map.of("grade", grade, "count", count));
                ObjectNode o = s.object().put("type", "array");
                o.set("items", item);
                return o;
            });
        }
    }

    /** Counts by rule code: {@code [{"reason": "EVAL-EXEMPTED", "count": 26}]}, by code. */
    private static final class ReasonCountsCodec implements Codec<ImmutableSortedMap<String, Integer>> {
        private final Codec<String> reason = of(String.class);
        private final Codec<Integer> count = of(Integer.class);

        @Override
        public void write(JsonGenerator g, ImmutableSortedMap<String, Integer> value, Writing w) throws IOException {
            g.writeStartArray();
            for (Map.Entry<String, Integer> e : value.entrySet()) {
                g.writeStartObject();
                g.writeStringField("reason", e.getKey());
                g.writeNumberField("count", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        @Override
        public @Nullable ImmutableSortedMap<String, Integer> read(Node node, Reading r) {
            if (!(node instanceof Node.ArrayNode a)) {
                r.wrongType(node, "an array");
                return null;
            }
            Map<String, Integer> out = new TreeMap<>();
            boolean ok = true;
            for (Node item : a.items()) {
                Map<String, @Nullable Object> fields =
                        Fields.read(item, r, List.of("reason", "count"), Map.of("reason", reason, "count", count));
                if (fields == null) {
                    ok = false;
                    continue;
                }
                String code = (String) Objects.requireNonNull(fields.get("reason"));
                if (out.put(code, (Integer) Objects.requireNonNull(fields.get("count"))) != null) {
                    r.report(item, JsonRules.INVARIANT, code, Label.of("lý do lặp lại", "the reason repeats"));
                    ok = false;
                }
            }
            return ok ? ImmutableSortedMap.copyOf(out) : null;
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.ref("ReasonCounts", () -> {
                ObjectNode item =
                        Fields.schema(s, List.of("reason", "count"), Map.of("reason", reason, "count", count));
                ObjectNode o = s.object().put("type", "array");
                o.set("items", item);
                return o;
            });
        }
    }

    /** Texts by name, as a JSON object with its names in order. */
    private static final class TextMapCodec implements Codec<ImmutableSortedMap<String, String>> {
        @Override
        public void write(JsonGenerator g, ImmutableSortedMap<String, String> value, Writing w) throws IOException {
            g.writeStartObject();
            for (Map.Entry<String, String> e : value.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }

        @Override
        public @Nullable ImmutableSortedMap<String, String> read(Node node, Reading r) {
            if (!(node instanceof Node.ObjectNode o)) {
                r.wrongType(node, "an object");
                return null;
            }
            Fields.duplicates(o, r);
            boolean ok = o.duplicates().isEmpty();
            ImmutableSortedMap.Builder<String, String> out = ImmutableSortedMap.naturalOrder();
            for (Map.Entry<String, Node> e : o.fields().entrySet()) {
                String v = text(e.getValue(), r);
                if (v == null) {
                    ok = false;
                } else {
                    out.put(e.getKey(), v);
                }
            }
            return ok ? out.build() : null;
        }

        @Override
        public JsonNode schema(Schemas s) {
            ObjectNode o = s.object().put("type", "object");
            o.set("additionalProperties", s.object().put("type", "string"));
            return o;
        }
    }

    // --------------------------------------------------------------------------------- records

    /** Small objects of known fields, for the codecs above. */
    static final class Fields {
        private Fields() {}

        static void duplicates(Node.ObjectNode o, Reading r) {
            if (o.duplicates().isEmpty()) {
                return;
            }
            for (Node d : o.duplicates()) {
                r.report(
                        d,
                        JsonRules.DUPLICATE_FIELD,
                        d.kind(),
                        Label.of("trường xuất hiện hai lần trong cùng đối tượng", "the field appears twice"));
            }
        }

        static void unknown(Node.ObjectNode o, Reading r, java.util.Collection<String> known) {
            if (o.fields() instanceof FieldMap m) {
                for (int i = 0; i < m.size(); i++) {
                    if (!known.contains(m.name(i))) {
                        unknownField(m.name(i), m.value(i), r);
                    }
                }
                return;
            }
            for (Map.Entry<String, Node> e : o.fields().entrySet()) {
                if (!known.contains(e.getKey())) {
                    unknownField(e.getKey(), e.getValue(), r);
                }
            }
        }

        private static void unknownField(String name, Node value, Reading r) {
            r.report(
                    value,
                    JsonRules.UNKNOWN_FIELD,
                    name,
                    Label.of("định dạng không có trường này", "the format has no such field"));
        }

        static void missing(Node.ObjectNode o, String name, Reading r) {
            r.report(
                    o,
                    Node.child(o.pointer(), name),
                    JsonRules.MISSING_FIELD,
                    "",
                    Label.of("thiếu trường bắt buộc", "a required field is missing"));
        }

        /**
         * Reads an object of exactly {@code names}, each through its codec ({@code *Label} fields:
         * the label of the grade read just before), all required and not null.
         */
        static @Nullable Map<String, @Nullable Object> read(
                Node node, Reading r, List<String> names, Map<String, Codec<?>> codecs) {
            if (!(node instanceof Node.ObjectNode o)) {
                r.wrongType(node, "an object");
                return null;
            }
            duplicates(o, r);
            unknown(o, r, names);
            Map<String, @Nullable Object> out = new HashMap<>();
            boolean ok = o.duplicates().isEmpty();
            Grade lastGrade = null;
            for (String name : names) {
                Node f = o.fields().get(name);
                if (f == null) {
                    missing(o, name, r);
                    ok = false;
                    continue;
                }
                if (name.endsWith("Label")) {
                    ok &= checkLabel(f, lastGrade, r);
                    continue;
                }
                if (f instanceof Node.Scalar s && s.isNull()) {
                    r.wrongType(f, "a value");
                    ok = false;
                    continue;
                }
                Object v = Objects.requireNonNull(codecs.get(name)).read(f, r);
                if (v == null) {
                    ok = false;
                }
                if (v instanceof Grade gr) {
                    lastGrade = gr;
                }
                out.put(name, v);
            }
            return ok ? out : null;
        }

        static ObjectNode schema(Schemas s, List<String> names, Map<String, Codec<?>> codecs) {
            ObjectNode o = s.object().put("type", "object");
            ObjectNode props = o.putObject("properties");
            for (String name : names) {
                props.set(
                        name,
                        name.endsWith("Label")
                                ? gradeLabelSchema(s)
                                : Objects.requireNonNull(codecs.get(name)).schema(s));
            }
            ArrayNode required = o.putArray("required");
            names.forEach(required::add);
            o.put("additionalProperties", false);
            return o;
        }
    }

    /** Checks a grade's label field: the Vietnamese label of {@code grade}, or null with none. */
    static boolean checkLabel(Node label, @Nullable Grade grade, Reading r) {
        if (label instanceof Node.Scalar s && s.isNull() && grade == null) {
            return true;
        }
        String text = label instanceof Node.Scalar s && s.scalar() == Node.ScalarKind.STRING ? s.value() : null;
        if (grade != null && grade.label().vi().equals(text)) {
            return true;
        }
        if (text == null && !(label instanceof Node.Scalar s && s.isNull())) {
            r.wrongType(label, "a string");
            return false;
        }
        String expected = grade == null ? "null" : "\"" + grade.label().vi() + "\"";
        r.report(
                label,
                JsonRules.LABEL,
                r.shown(label),
                Label.of("phải là nhãn của hạng: " + expected, "must be the grade's label: " + expected));
        return false;
    }

    static JsonNode gradeLabelSchema(Schemas s) {
        return s.ref("GradeLabel", () -> {
            ObjectNode o = s.object().put("description", "the Vietnamese label of the grade beside it; null with it");
            ArrayNode values = o.putArray("enum");
            for (Grade g : Grade.values()) {
                values.add(g.label().vi());
            }
            values.addNull();
            return o;
        });
    }

    /**
     * Value classes written as records though they are not one, with their components in order:
     * each a public accessor of that name, and a public constructor taking them all in that order.
     * {@link Finding} builds its texts on first use, which a record cannot.
     */
    private static final ImmutableMap<Class<?>, ImmutableList<String>> RECORD_LIKE = ImmutableMap.of(
            Finding.class, ImmutableList.of("code", "severity", "subject", "message", "source", "policy"));

    /** Whether {@code c} is written as a record: a record or one of {@link #RECORD_LIKE}. */
    static boolean recordLike(Class<?> c) {
        return c.isRecord() || RECORD_LIKE.containsKey(c);
    }

    /** The generic types of the components of {@code c}, a {@link #recordLike} class, in order. */
    static List<Type> componentTypes(Class<?> c) {
        return parts(c).stream().map(Part::genericType).toList();
    }

    /** The components of {@code c}, a {@link #recordLike} class, in order. */
    private static List<Part> parts(Class<?> c) {
        if (c.isRecord()) {
            return Arrays.stream(c.getRecordComponents())
                    .map(rc -> new Part(
                            rc.getName(),
                            rc.getType(),
                            rc.getGenericType(),
                            rc.getAccessor(),
                            rc.getAnnotatedType().isAnnotationPresent(Nullable.class),
                            rc.isAnnotationPresent(Sensitive.class),
                            RecordCodec.cascaded(rc)))
                    .toList();
        }
        List<Part> parts = new ArrayList<>();
        for (String name : Objects.requireNonNull(RECORD_LIKE.get(c), c::getName)) {
            Method m;
            try {
                m = c.getMethod(name);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(c.getName() + " has no accessor " + name, e);
            }
            parts.add(new Part(
                    name,
                    m.getReturnType(),
                    m.getGenericReturnType(),
                    m,
                    m.getAnnotatedReturnType().isAnnotationPresent(Nullable.class),
                    m.isAnnotationPresent(Sensitive.class),
                    false));
        }
        return parts;
    }

    /** A component as reflection gives it: of a record, or an accessor of a {@link #RECORD_LIKE} class. */
    private record Part(
            String name,
            Class<?> type,
            Type genericType,
            Method accessor,
            boolean nullable,
            boolean sensitive,
            boolean cascaded) {}

    /**
     * The accessor as a function, made once by {@link LambdaMetafactory} so that writing a
     * component is a plain call rather than a reflective one; reflection when that cannot be made.
     */
    @SuppressWarnings("unchecked")
    static Function<Object, @Nullable Object> getter(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle target = lookup.unreflect(accessor);
            Class<?> returned =
                    MethodType.methodType(accessor.getReturnType()).wrap().returnType();
            CallSite site = LambdaMetafactory.metafactory(
                    lookup,
                    "apply",
                    MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class),
                    target,
                    MethodType.methodType(returned, accessor.getDeclaringClass()));
            return (Function<Object, @Nullable Object>) site.getTarget().invoke();
        } catch (Throwable e) {
            return value -> {
                try {
                    return accessor.invoke(value);
                } catch (IllegalAccessException | InvocationTargetException x) {
                    throw new IllegalStateException("cannot read " + accessor, x);
                }
            };
        }
    }

    /** One component of a record. */
    private record Component(
            String name,
            Type type,
            Function<Object, @Nullable Object> accessor,
            boolean nullable,
            boolean sensitive,
            boolean cascaded,
            boolean origin,
            boolean grade) {}

    /**
     * A record by reflection: every component under its name, in declaration order; null written
     * as null; on reading, every component required (null only where the record allows it), no
     * other field, the canonical constructor's checks and the validator's constraints reported with
     * their pointers. A {@link BulkRecord}'s {@code origin} is not written: reading makes it the
     * record's pointer with its line and column.
     */
    static final class RecordCodec<T> implements Codec<T> {
        private final Class<T> type;
        private final @Nullable String tag;
        private final ImmutableList<Component> components;
        private final Constructor<T> constructor;
        private final Supplier<ImmutableList<Codec<?>>> codecs;
        private final ImmutableSet<String> known;

        RecordCodec(Class<T> type, @Nullable String tag) {
            this.type = type;
            this.tag = tag;
            List<Part> rcs = parts(type);
            ImmutableList.Builder<Component> cs = ImmutableList.builder();
            ImmutableSet.Builder<String> names = ImmutableSet.builder();
            if (tag != null) {
                names.add(TYPE);
            }
            for (Part rc : rcs) {
                boolean origin = rc.name().equals("origin") && type.getEnclosingClass() == BulkRecord.class;
                boolean grade = rc.type() == Grade.class;
                cs.add(new Component(
                        rc.name(),
                        rc.genericType(),
                        getter(rc.accessor()),
                        rc.nullable(),
                        rc.sensitive(),
                        rc.cascaded(),
                        origin,
                        grade));
                if (!origin) {
                    names.add(rc.name());
                    if (grade) {
                        names.add(rc.name() + "Label");
                    }
                }
            }
            this.components = cs.build();
            this.known = names.build();
            try {
                this.constructor =
                        type.getDeclaredConstructor(rcs.stream().map(Part::type).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
            ImmutableList<Component> list = components;
            this.codecs = Suppliers.memoize(() -> list.stream()
                    .<Codec<?>>map(c -> c.origin() ? of(String.class) : of(c.type()))
                    .collect(ImmutableList.toImmutableList()));
        }

        static boolean cascaded(RecordComponent rc) {
            if (rc.isAnnotationPresent(Valid.class) || rc.getAnnotatedType().isAnnotationPresent(Valid.class)) {
                return true;
            }
            AnnotatedType t = rc.getAnnotatedType();
            if (t instanceof AnnotatedParameterizedType p) {
                for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
                    if (arg.isAnnotationPresent(Valid.class)) {
                        return true;
                    }
                }
            }
            return false;
        }

        Class<T> type() {
            return type;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void write(JsonGenerator g, T value, Writing w) throws IOException {
            g.writeStartObject();
            if (tag != null) {
                g.writeStringField(TYPE, tag);
            }
            ImmutableList<Codec<?>> cs = codecs.get();
            for (int i = 0; i < components.size(); i++) {
                Component c = components.get(i);
                if (c.origin() || (w.masked() && maskedOut(type, c.name()))) {
                    continue;
                }
                Object v = get(c, value);
                g.writeFieldName(c.name());
                if (v == null) {
                    g.writeNull();
                } else if (w.masked() && type == Recorded.class && c.name().equals("actor")) {
                    g.writeString(w.privacy().actor((String) v));
                } else {
                    ((Codec) cs.get(i)).write(g, v, w);
                }
                if (c.grade()) {
                    g.writeFieldName(c.name() + "Label");
                    if (v == null) {
                        g.writeNull();
                    } else {
                        g.writeString(((Grade) v).label().vi());
                    }
                }
            }
            g.writeEndObject();
        }

        private @Nullable Object get(Component c, T value) {
            return c.accessor().apply(value);
        }

        @Override
        public @Nullable T read(Node node, Reading r) {
            if (!(node instanceof Node.ObjectNode o)) {
                r.wrongType(node, "an object");
                return null;
            }
            Fields.duplicates(o, r);
            Fields.unknown(o, r, known);
            boolean ok = o.duplicates().isEmpty();
            ImmutableList<Codec<?>> cs = codecs.get();
            @Nullable Object[] args = new Object[components.size()];
            for (int i = 0; i < components.size(); i++) {
                Component c = components.get(i);
                if (c.origin()) {
                    args[i] = node.where();
                    continue;
                }
                Node f = o.fields().get(c.name());
                if (f == null) {
                    Fields.missing(o, c.name(), r);
                    ok = false;
                    if (c.grade() && !o.fields().containsKey(c.name() + "Label")) {
                        Fields.missing(o, c.name() + "Label", r);
                    }
                    continue;
                }
                Object v;
                if (f instanceof Node.Scalar s && s.isNull()) {
                    if (!c.nullable()) {
                        r.wrongType(f, expected(c));
                        ok = false;
                    }
                    v = null;
                } else {
                    Codec<?> codec = cs.get(i);
                    if (c.sensitive() || c.cascaded()) {
                        Supplier<@Nullable Object> read = () -> codec.read(f, r);
                        Supplier<@Nullable Object> masked = c.sensitive() ? () -> r.sensitively(read) : read;
                        v = c.cascaded() ? r.cascading(masked) : masked.get();
                    } else {
                        v = codec.read(f, r);
                    }
                    if (v == null) {
                        ok = false;
                    }
                }
                args[i] = v;
                if (c.grade()) {
                    Node label = o.fields().get(c.name() + "Label");
                    if (label == null) {
                        Fields.missing(o, c.name() + "Label", r);
                        ok = false;
                    } else if (v != null || f instanceof Node.Scalar s && s.isNull()) {
                        ok &= checkLabel(label, (Grade) v, r);
                    }
                }
            }
            if (tag != null) {
                Node t = o.fields().get(TYPE);
                if (t == null) {
                    Fields.missing(o, TYPE, r);
                    ok = false;
                } else if (!tag.equals(t instanceof Node.Scalar s ? s.text() : null)) {
                    r.badValue(t, "\"" + tag + "\"", "\"" + tag + "\"");
                    ok = false;
                }
            }
            if (!ok) {
                return null;
            }
            T value;
            try {
                value = constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                r.report(
                        node,
                        JsonRules.INVARIANT,
                        node.kind(),
                        Label.of(
                                "giá trị vi phạm ràng buộc của " + type.getSimpleName() + ": " + message(cause),
                                "the values break an invariant of " + type.getSimpleName() + ": " + message(cause)));
                return null;
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException("cannot make " + type.getName(), e);
            }
            r.validate(value, node);
            return value;
        }

        private static String message(@Nullable Throwable cause) {
            if (cause == null || cause.getMessage() == null) {
                return cause == null ? "?" : cause.getClass().getSimpleName();
            }
            return cause.getMessage();
        }

        private String expected(Component c) {
            Type t = c.type();
            if (t == String.class || t == UUID.class || t instanceof Class<?> k && k.isEnum()) {
                return "a string";
            }
            if (t == int.class || t == long.class || t == Integer.class || t == Long.class || t == Year.class) {
                return "an integer";
            }
            if (t == boolean.class || t == Boolean.class) {
                return "a boolean";
            }
            if (t instanceof ParameterizedType) {
                return "an array";
            }
            return "a value";
        }

        @Override
        public JsonNode schema(Schemas s) {
            String name = defName(type);
            return s.ref(name, () -> {
                ObjectNode o = s.object().put("type", "object");
                ObjectNode props = o.putObject("properties");
                ArrayNode required = o.putArray("required");
                if (tag != null) {
                    props.set(TYPE, s.object().put("const", tag));
                    required.add(TYPE);
                }
                ImmutableList<Codec<?>> cs = codecs.get();
                for (int i = 0; i < components.size(); i++) {
                    Component c = components.get(i);
                    if (c.origin()) {
                        continue;
                    }
                    JsonNode schema = cs.get(i).schema(s);
                    props.set(c.name(), c.nullable() ? s.nullable(schema) : schema);
                    boolean optional = maskedOut(type, c.name());
                    if (!optional) {
                        required.add(c.name());
                    }
                    if (c.grade()) {
                        props.set(c.name() + "Label", gradeLabelSchema(s));
                        required.add(c.name() + "Label");
                    }
                }
                o.put("additionalProperties", false);
                return o;
            });
        }
    }

    /** A sealed interface: one of its records, named by {@code "type"}. */
    private static final class SealedCodec<T> implements Codec<T> {
        private final Class<T> type;
        private final Supplier<ImmutableMap<String, Codec<?>>> byTag;
        private final Supplier<ImmutableMap<Class<?>, Codec<?>>> byClass;

        SealedCodec(Class<T> type) {
            this.type = type;
            List<Class<?>> records = new ArrayList<>();
            collect(type, records);
            this.byClass = Suppliers.memoize(() -> {
                ImmutableMap.Builder<Class<?>, Codec<?>> b = ImmutableMap.builder();
                records.forEach(c -> b.put(c, tagged(c)));
                return b.buildOrThrow();
            });
            this.byTag = Suppliers.memoize(() -> {
                ImmutableMap.Builder<String, Codec<?>> b = ImmutableMap.builder();
                records.forEach(c -> b.put(tag(c), tagged(c)));
                return b.buildOrThrow();
            });
        }

        private static void collect(Class<?> sealed, List<Class<?>> out) {
            for (Class<?> sub : Objects.requireNonNull(sealed.getPermittedSubclasses())) {
                if (sub.isRecord()) {
                    out.add(sub);
                } else if (sub.isInterface() && sub.isSealed()) {
                    collect(sub, out);
                } else {
                    throw new IllegalArgumentException("no codec for " + sub + " in " + sealed);
                }
            }
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void write(JsonGenerator g, T value, Writing w) throws IOException {
            Codec codec = byClass.get().get(value.getClass());
            if (codec == null) {
                throw new IllegalArgumentException("no codec for " + value.getClass());
            }
            codec.write(g, value, w);
        }

        @Override
        public @Nullable T read(Node node, Reading r) {
            if (!(node instanceof Node.ObjectNode o)) {
                r.wrongType(node, "an object");
                return null;
            }
            Node t = o.fields().get(TYPE);
            if (t == null) {
                Fields.missing(o, TYPE, r);
                return null;
            }
            String text = text(t, r);
            if (text == null) {
                return null;
            }
            Codec<?> codec = byTag.get().get(text);
            if (codec == null) {
                r.badValue(
                        t,
                        "một trong " + byTag.get().keySet(),
                        "one of " + byTag.get().keySet() + " (" + type.getSimpleName() + ")");
                return null;
            }
            return type.cast(codec.read(node, r));
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.ref(defName(type), () -> {
                ObjectNode o = s.object();
                ArrayNode one = o.putArray("oneOf");
                for (Codec<?> c : byTag.get().values()) {
                    one.add(c.schema(s));
                }
                return o;
            });
        }
    }

    /**
     * A member's profile: whole in a full document; in a masked one, only the birth year and the
     * sex ({@code {"birthYear": 1968, "sex": "MALE"}}).
     */
    private static final class ProfileCodec implements Codec<MemberProfile> {
        private final RecordCodec<MemberProfile> full = new RecordCodec<>(MemberProfile.class, null);

        @Override
        public void write(JsonGenerator g, MemberProfile value, Writing w) throws IOException {
            if (!w.masked()) {
                full.write(g, value, w);
                return;
            }
            g.writeStartObject();
            g.writeNumberField("birthYear", value.birthDate().getYear());
            g.writeStringField("sex", value.sex().name());
            g.writeEndObject();
        }

        @Override
        public @Nullable MemberProfile read(Node node, Reading r) {
            return full.read(node, r);
        }

        @Override
        public JsonNode schema(Schemas s) {
            return s.ref("MemberProfileOrMasked", () -> {
                ObjectNode masked = Fields.schema(
                        s, List.of("birthYear", "sex"), Map.of("birthYear", of(Year.class), "sex", of(Sex.class)));
                masked.put("description", "a STATISTICS document's profile: the birth year and the sex only");
                ObjectNode o = s.object();
                o.putArray("oneOf").add(full.schema(s)).add(masked);
                return o;
            });
        }
    }
}

package vn.chibo.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.hash.Hashing;
import com.google.common.hash.HashingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.member.SponsorRelation;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.PolicyRegistration;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.export.json.PolicyInForce;

/**
 * The baselines of {@link JsonBenchmark}: a snapshot written with a hand-written Jackson {@link
 * JsonGenerator} and read with a hand-written {@link JsonParser}, for the fields of the records
 * the generated party holds (organisations founded; members with a profile, an admission with its
 * sponsors, a ceremony, a recognition). The writer gives the bytes {@code ChiboJson.exporter}
 * gives (same envelope, same layout); the parser gives the records {@code ChiboJson.importer}
 * hands its loader, and reads the envelope into the same values. No checks beyond what the
 * domain's constructors make: no unknown or missing fields reported, no bean validation; the
 * document is digested (SHA-256), as the importer's receipt needs.
 */
final class HandJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final DefaultPrettyPrinter LAYOUT;
    private static final List<String> EMPTY_SECTIONS = List.of("residences", "meetings", "schedules", "evaluations");

    static {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indent)
                .withArrayIndenter(indent);
    }

    private HandJson() {}

    // ------------------------------------------------------------------ writing

    /** Writes the snapshot of what {@code reader} reads to {@code out}; the records written. */
    static long write(
            BulkReader reader, Actor actor, BulkSelection selection, PolicyRegistry policies, OutputStream out)
            throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(LAYOUT.createInstance());
        g.writeStartObject();
        g.writeStringField("format", "chibo-snapshot");
        g.writeNumberField("version", 1);
        g.writeStringField("profile", "FULL");
        g.writeObjectFieldStart("scope");
        uuidField(g, "root", selection.root() == null ? null : selection.root().value());
        g.writeStringField("asOf", selection.asOf().toString());
        g.writeEndObject();
        g.writeNullField("generatedAt");
        g.writeArrayFieldStart("policies");
        for (PolicyRegistration<?> p : policies.registrations()) {
            policy(g, p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("organizations");
        long[] written = {0};
        boolean[] inMembers = {false};
        reader.read(actor, selection, r -> {
            try {
                if (r instanceof BulkRecord.Member m) {
                    if (!inMembers[0]) {
                        g.writeEndArray();
                        g.writeArrayFieldStart("members");
                        inMembers[0] = true;
                    }
                    member(g, m);
                } else if (r instanceof BulkRecord.Organization o && !inMembers[0]) {
                    organization(g, o);
                } else {
                    throw new IllegalArgumentException("not written by hand: " + r.getClass());
                }
                written[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!inMembers[0]) {
            g.writeEndArray();
            g.writeArrayFieldStart("members");
        }
        g.writeEndArray();
        for (String s : EMPTY_SECTIONS) {
            g.writeArrayFieldStart(s);
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
        return written[0];
    }

    private static void policy(JsonGenerator g, PolicyRegistration<?> p) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", p.kind().name());
        g.writeStringField("id", p.policy().id());
        g.writeStringField("fingerprint", p.policy().fingerprint());
        g.writeObjectFieldStart("title");
        g.writeStringField("vi", p.policy().title().vi());
        g.writeStringField("en", p.policy().title().en());
        g.writeEndObject();
        g.writeObjectFieldStart("applicability");
        if (p.applicability() instanceof Applicability.Dates d) {
            g.writeStringField("type", "DATES");
            g.writeObjectFieldStart("range");
            g.writeStringField("from", d.range().from().toString());
            dateField(g, "until", d.range().until());
            g.writeEndObject();
        } else {
            Applicability.ReviewYears y = (Applicability.ReviewYears) p.applicability();
            g.writeStringField("type", "REVIEW_YEARS");
            g.writeNumberField("first", y.first().getValue());
            g.writeFieldName("last");
            if (y.last() == null) {
                g.writeNull();
            } else {
                g.writeNumber(y.last().getValue());
            }
        }
        g.writeEndObject();
        uuidField(g, "scope", p.scope() == null ? null : p.scope().value());
        g.writeObjectFieldStart("parameters");
        for (var e : p.policy().parameters().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void organization(JsonGenerator g, BulkRecord.Organization o) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", o.id().value().toString());
        g.writeArrayFieldStart("facts");
        for (OrganizationFact f : o.facts()) {
            if (!(f instanceof OrganizationFact.Founded x) || x.cause() != null) {
                throw new IllegalArgumentException("not written by hand: " + f.getClass());
            }
            g.writeStartObject();
            g.writeStringField("type", "FOUNDED");
            g.writeStringField("organization", x.organization().value().toString());
            g.writeStringField("effective", x.effective().toString());
            g.writeStringField("kind", x.kind().name());
            g.writeStringField("name", x.name());
            uuidField(g, "parent", x.parent() == null ? null : x.parent().value());
            g.writeNullField("cause");
            recorded(g, x.recorded());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void member(JsonGenerator g, BulkRecord.Member m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id().value().toString());
        g.writeArrayFieldStart("facts");
        for (MemberFact f : m.facts()) {
            g.writeStartObject();
            if (f instanceof MemberFact.ProfileRecorded x) {
                head(g, "PROFILE_RECORDED", f);
                MemberProfile p = x.profile();
                g.writeObjectFieldStart("profile");
                g.writeStringField("fullName", p.fullName());
                g.writeStringField("birthDate", p.birthDate().toString());
                g.writeStringField("sex", p.sex().name());
                g.writeStringField("citizenId", p.citizenId());
                g.writeStringField("partyCardNumber", p.partyCardNumber());
                g.writeEndObject();
            } else if (f instanceof MemberFact.AdmissionDecided x) {
                head(g, "ADMISSION_DECIDED", f);
                g.writeStringField("cell", x.cell().value().toString());
                g.writeStringField("considered", x.considered().toString());
                g.writeStringField("decidedBy", x.decidedBy());
                g.writeArrayFieldStart("sponsors");
                for (Sponsor s : x.sponsors()) {
                    sponsor(g, s);
                }
                g.writeEndArray();
                g.writeBooleanField("readmission", x.readmission());
            } else if (f instanceof MemberFact.CeremonyHeld x) {
                head(g, "CEREMONY_HELD", f);
                g.writeStringField("cell", x.cell().value().toString());
            } else if (f instanceof MemberFact.Recognized x) {
                head(g, "RECOGNIZED", f);
                g.writeStringField("decided", x.decided().toString());
            } else {
                throw new IllegalArgumentException("not written by hand: " + f.getClass());
            }
            recorded(g, f.recorded());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void head(JsonGenerator g, String type, MemberFact f) throws IOException {
        g.writeStringField("type", type);
        g.writeStringField("member", f.member().value().toString());
        g.writeStringField("effective", f.effective().toString());
    }

    private static void sponsor(JsonGenerator g, Sponsor s) throws IOException {
        g.writeStartObject();
        if (s instanceof Sponsor.ByMember m) {
            g.writeStringField("type", "BY_MEMBER");
            g.writeStringField("member", m.member().value().toString());
            g.writeStringField("relation", m.relation().name());
            g.writeStringField("since", m.since().toString());
            g.writeBooleanField("replacement", m.replacement());
        } else {
            Sponsor.ByUnion u = (Sponsor.ByUnion) s;
            g.writeStringField("type", "BY_UNION");
            g.writeStringField("body", u.body().name());
            g.writeStringField("resolution", u.resolution());
        }
        g.writeEndObject();
    }

    private static void recorded(JsonGenerator g, Recorded r) throws IOException {
        g.writeObjectFieldStart("recorded");
        g.writeStringField("at", r.at().toString());
        g.writeStringField("actor", r.actor());
        g.writeStringField("reason", r.reason());
        g.writeEndObject();
    }

    private static void uuidField(JsonGenerator g, String name, @Nullable UUID value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }

    private static void dateField(JsonGenerator g, String name, @Nullable LocalDate value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * What the hand-written parser read.
     *
     * @param policies the envelope's policies
     * @param asOf the envelope's scope date
     * @param summary the records handed on, counted as a loader counts them
     * @param sha256 the SHA-256 of the document, in hex, as the importer's receipt records it
     */
    record Read(List<PolicyInForce> policies, LocalDate asOf, BulkLoadSummary summary, String sha256) {}

    /**
     * Reads a snapshot from {@code in} to its end, handing each record to {@code sink}, and digests
     * the document as the importer does for its receipt (the receipt is part of what an import
     * gives, so a hand-written import giving the same must digest the bytes too).
     */
    static Read read(InputStream in, Consumer<? super BulkRecord> sink) throws IOException {
        HashingInputStream bytes = new HashingInputStream(Hashing.sha256(), in);
        try (JsonParser p = FACTORY.createParser(bytes)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            List<PolicyInForce> policies = new ArrayList<>();
            LocalDate asOf = LocalDate.MIN;
            long organizations = 0;
            long members = 0;
            long facts = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> check("chibo-snapshot".equals(p.getText()), "format");
                    case "version" -> check(p.getIntValue() == 1, "version");
                    case "profile" -> check("FULL".equals(p.getText()), "profile");
                    case "scope" -> asOf = scope(p);
                    case "generatedAt" -> check(p.currentToken() == JsonToken.VALUE_NULL, "generatedAt");
                    case "policies" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            policies.add(policy(p));
                        }
                    }
                    case "organizations" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            BulkRecord.Organization o = organization(p, where(p, "/organizations/" + organizations));
                            organizations++;
                            facts += o.size();
                            sink.accept(o);
                        }
                    }
                    case "members" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            BulkRecord.Member m = member(p, where(p, "/members/" + members));
                            members++;
                            facts += m.size();
                            sink.accept(m);
                        }
                    }
                    default -> {
                        check(p.currentToken() == JsonToken.START_ARRAY, field);
                        check(p.nextToken() == JsonToken.END_ARRAY, field + " is not empty");
                    }
                }
            }
            check(p.nextToken() == null, "content after the end of the document");
            return new Read(
                    policies,
                    asOf,
                    new BulkLoadSummary(organizations, members, 0, 0, 0, 0, facts),
                    bytes.hash().toString());
        }
    }

    /** Where a record starts, as the importer names it: its path, line and column. */
    private static String where(JsonParser p, String path) {
        JsonLocation at = p.currentTokenLocation();
        return path + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static LocalDate scope(JsonParser p) throws IOException {
        LocalDate asOf = LocalDate.MIN;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("asOf")) {
                asOf = LocalDate.parse(p.getText());
            } else {
                check(field.equals("root") && p.currentToken() == JsonToken.VALUE_NULL, "scope");
            }
        }
        return asOf;
    }

    private static PolicyInForce policy(JsonParser p) throws IOException {
        String kind = "";
        String id = "";
        String fingerprint = "";
        Label title = null;
        Applicability applicability = null;
        OrganizationId scope = null;
        ImmutableSortedMap.Builder<String, String> parameters = ImmutableSortedMap.naturalOrder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "kind" -> kind = p.getText();
                case "id" -> id = p.getText();
                case "fingerprint" -> fingerprint = p.getText();
                case "title" -> {
                    String vi = "";
                    String en = "";
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String lang = p.currentName();
                        p.nextToken();
                        if (lang.equals("vi")) {
                            vi = p.getText();
                        } else {
                            en = p.getText();
                        }
                    }
                    title = Label.of(vi, en);
                }
                case "applicability" -> applicability = applicability(p);
                case "scope" -> scope = p.currentToken() == JsonToken.VALUE_NULL ? null : organization(p.getText());
                case "parameters" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        parameters.put(name, p.getText());
                    }
                }
                default -> throw new IOException("unknown policy field " + field);
            }
        }
        return new PolicyInForce(
                kind, id, fingerprint, required(title), required(applicability), scope, parameters.buildOrThrow());
    }

    private static Applicability applicability(JsonParser p) throws IOException {
        String type = "";
        LocalDate from = LocalDate.MIN;
        LocalDate until = null;
        int first = 0;
        Integer last = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "type" -> type = p.getText();
                case "range" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String end = p.currentName();
                        p.nextToken();
                        if (end.equals("from")) {
                            from = LocalDate.parse(p.getText());
                        } else {
                            until = p.currentToken() == JsonToken.VALUE_NULL ? null : LocalDate.parse(p.getText());
                        }
                    }
                }
                case "first" -> first = p.getIntValue();
                case "last" -> last = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getIntValue();
                default -> throw new IOException("unknown applicability field " + field);
            }
        }
        return type.equals("DATES")
                ? new Applicability.Dates(new DateRange(from, until))
                : new Applicability.ReviewYears(Year.of(first), last == null ? null : Year.of(last));
    }

    private static BulkRecord.Organization organization(JsonParser p, String origin) throws IOException {
        OrganizationId id = null;
        List<OrganizationFact> facts = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("id")) {
                id = organization(p.getText());
            } else if (field.equals("facts")) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    facts.add(founded(p));
                }
            } else {
                throw new IOException("unknown organisation field " + field);
            }
        }
        if (id == null) {
            throw new IOException("an organisation without an id");
        }
        return BulkRecord.Organization.of(id, facts, origin);
    }

    private static OrganizationFact.Founded founded(JsonParser p) throws IOException {
        OrganizationId organization = null;
        LocalDate effective = null;
        OrganizationKind kind = null;
        String name = null;
        OrganizationId parent = null;
        Recorded recorded = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "type" -> check("FOUNDED".equals(p.getText()), "only FOUNDED is read by hand");
                case "organization" -> organization = organization(p.getText());
                case "effective" -> effective = LocalDate.parse(p.getText());
                case "kind" -> kind = OrganizationKind.valueOf(p.getText());
                case "name" -> name = p.getText();
                case "parent" -> parent = p.currentToken() == JsonToken.VALUE_NULL ? null : organization(p.getText());
                case "cause" -> check(p.currentToken() == JsonToken.VALUE_NULL, "cause");
                case "recorded" -> recorded = recorded(p);
                default -> throw new IOException("unknown fact field " + field);
            }
        }
        return new OrganizationFact.Founded(
                required(organization),
                required(effective),
                required(kind),
                required(name),
                parent,
                null,
                required(recorded));
    }

    private static BulkRecord.Member member(JsonParser p, String origin) throws IOException {
        MemberId id = null;
        List<MemberFact> facts = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("id")) {
                id = MemberId.of(UUID.fromString(p.getText()));
            } else if (field.equals("facts")) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    facts.add(memberFact(p));
                }
            } else {
                throw new IOException("unknown member field " + field);
            }
        }
        if (id == null) {
            throw new IOException("a member without an id");
        }
        return BulkRecord.Member.of(id, facts, origin);
    }

    /** A member fact; its {@code type} comes first, as the format writes it. */
    private static MemberFact memberFact(JsonParser p) throws IOException {
        check(p.nextToken() == JsonToken.FIELD_NAME && p.currentName().equals("type"), "type first");
        p.nextToken();
        String type = p.getText();
        MemberId member = null;
        LocalDate effective = null;
        Recorded recorded = null;
        MemberProfile profile = null;
        OrganizationId cell = null;
        LocalDate considered = null;
        String decidedBy = null;
        List<Sponsor> sponsors = new ArrayList<>();
        boolean readmission = false;
        LocalDate decided = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "member" -> member = MemberId.of(UUID.fromString(p.getText()));
                case "effective" -> effective = LocalDate.parse(p.getText());
                case "recorded" -> recorded = recorded(p);
                case "profile" -> profile = profile(p);
                case "cell" -> cell = organization(p.getText());
                case "considered" -> considered = LocalDate.parse(p.getText());
                case "decidedBy" -> decidedBy = p.getText();
                case "sponsors" -> {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        sponsors.add(sponsor(p));
                    }
                }
                case "readmission" -> readmission = p.getBooleanValue();
                case "decided" -> decided = LocalDate.parse(p.getText());
                default -> throw new IOException("unknown fact field " + field);
            }
        }
        MemberId m = required(member);
        LocalDate e = required(effective);
        Recorded r = required(recorded);
        return switch (type) {
            case "PROFILE_RECORDED" -> new MemberFact.ProfileRecorded(m, e, required(profile), r);
            case "ADMISSION_DECIDED" ->
                new MemberFact.AdmissionDecided(
                        m, e, required(cell), required(considered), required(decidedBy), sponsors, readmission, r);
            case "CEREMONY_HELD" -> new MemberFact.CeremonyHeld(m, e, required(cell), r);
            case "RECOGNIZED" -> new MemberFact.Recognized(m, e, required(decided), r);
            default -> throw new IOException("not read by hand: " + type);
        };
    }

    private static MemberProfile profile(JsonParser p) throws IOException {
        String fullName = null;
        LocalDate birthDate = null;
        Sex sex = null;
        String citizenId = null;
        String partyCardNumber = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            boolean none = p.currentToken() == JsonToken.VALUE_NULL;
            switch (field) {
                case "fullName" -> fullName = p.getText();
                case "birthDate" -> birthDate = LocalDate.parse(p.getText());
                case "sex" -> sex = Sex.valueOf(p.getText());
                case "citizenId" -> citizenId = none ? null : p.getText();
                case "partyCardNumber" -> partyCardNumber = none ? null : p.getText();
                default -> throw new IOException("unknown profile field " + field);
            }
        }
        return new MemberProfile(required(fullName), required(birthDate), required(sex), citizenId, partyCardNumber);
    }

    private static Sponsor sponsor(JsonParser p) throws IOException {
        check(p.nextToken() == JsonToken.FIELD_NAME && p.currentName().equals("type"), "type first");
        p.nextToken();
        String type = p.getText();
        MemberId member = null;
        SponsorRelation relation = null;
        LocalDate since = null;
        boolean replacement = false;
        Sponsor.UnionBody body = null;
        String resolution = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "member" -> member = MemberId.of(UUID.fromString(p.getText()));
                case "relation" -> relation = SponsorRelation.valueOf(p.getText());
                case "since" -> since = LocalDate.parse(p.getText());
                case "replacement" -> replacement = p.getBooleanValue();
                case "body" -> body = Sponsor.UnionBody.valueOf(p.getText());
                case "resolution" -> resolution = p.getText();
                default -> throw new IOException("unknown sponsor field " + field);
            }
        }
        return type.equals("BY_MEMBER")
                ? new Sponsor.ByMember(required(member), required(relation), required(since), replacement)
                : new Sponsor.ByUnion(required(body), required(resolution));
    }

    private static Recorded recorded(JsonParser p) throws IOException {
        Instant at = null;
        String actor = null;
        String reason = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "at" -> at = Instant.parse(p.getText());
                case "actor" -> actor = p.getText();
                case "reason" -> reason = p.getText();
                default -> throw new IOException("unknown recorded field " + field);
            }
        }
        return new Recorded(required(at), required(actor), required(reason));
    }

    private static OrganizationId organization(String text) {
        return OrganizationId.of(UUID.fromString(text));
    }

    private static <T> T required(@Nullable T value) throws IOException {
        if (value == null) {
            throw new IOException("a required field is missing");
        }
        return value;
    }

    private static void expect(@Nullable JsonToken token, JsonToken expected) throws IOException {
        check(token == expected, "expected " + expected + ", found " + token);
    }

    private static void check(boolean ok, String what) throws IOException {
        if (!ok) {
            throw new IOException("unexpected document: " + what);
        }
    }
}

package vn.chibo.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;

/**
 * Writes a snapshot as the records arrive: the envelope first, then each section as an array,
 * each record written and forgotten. Holds one record at a time.
 */
final class SnapshotWriter implements Consumer<BulkRecord> {
    /** The sections, in their order. */
    static final ImmutableList<String> SECTIONS =
            ImmutableList.of("organizations", "members", "residences", "meetings", "schedules", "evaluations");

    /** The record type of each section. */
    static final ImmutableList<Class<? extends BulkRecord>> RECORDS = ImmutableList.of(
            BulkRecord.Organization.class,
            BulkRecord.Member.class,
            BulkRecord.Residence.class,
            BulkRecord.Meeting.class,
            BulkRecord.Schedule.class,
            BulkRecord.Evaluation.class);

    /** The codec of each section's records. */
    private static final ImmutableList<Codec<?>> CODECS =
            RECORDS.stream().<Codec<?>>map(Codecs::of).collect(ImmutableList.toImmutableList());

    private final JsonGenerator g;
    private final Writing w;
    private final long[] counts = new long[SECTIONS.size()];
    private long facts;
    private long left;
    private int section = -1;

    private SnapshotWriter(JsonGenerator g, Writing w) {
        this.g = g;
        this.w = w;
    }

    /** Starts the document: its envelope. */
    static SnapshotWriter start(
            OutputStream out,
            PrivacyProfile privacy,
            BulkSelection scope,
            @Nullable Instant generatedAt,
            List<PolicyInForce> policies)
            throws IOException {
        Writing w = new Writing(privacy);
        JsonGenerator g = JsonSupport.generator(out);
        g.writeStartObject();
        g.writeStringField("format", ChiboJson.SNAPSHOT_FORMAT);
        g.writeNumberField("version", ChiboJson.SNAPSHOT_VERSION);
        g.writeStringField("profile", privacy.code());
        g.writeFieldName("scope");
        Codecs.of(BulkSelection.class).write(g, scope, w);
        g.writeFieldName("generatedAt");
        if (generatedAt == null) {
            g.writeNull();
        } else {
            Codecs.of(Instant.class).write(g, generatedAt, w);
        }
        g.writeArrayFieldStart("policies");
        Codec<PolicyInForce> policy = Codecs.of(PolicyInForce.class);
        for (PolicyInForce p : policies) {
            policy.write(g, p, w);
        }
        g.writeEndArray();
        return new SnapshotWriter(g, w);
    }

    @Override
    public void accept(BulkRecord r) {
        int s = RECORDS.indexOf(r.getClass());
        if (s < section) {
            throw new ExportException("the records came out of storage out of order: a "
                    + r.getClass().getSimpleName() + " after the " + SECTIONS.get(section)
                    + "; the BulkReader breaks its documented order");
        }
        try {
            open(s);
            BulkRecord kept = w.masked() ? mask(r) : r;
            if (kept == null) {
                left++;
                return;
            }
            left += r.size() - kept.size();
            write(s, kept);
            counts[s]++;
            facts += kept.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends BulkRecord> void write(int s, T r) throws IOException {
        Codec<T> codec = (Codec<T>) (s >= 0 ? CODECS.get(s) : Codecs.of(r.getClass()));
        codec.write(g, r, w);
    }

    private void open(int s) throws IOException {
        while (section < s) {
            if (section >= 0) {
                g.writeEndArray();
            }
            section++;
            g.writeArrayFieldStart(SECTIONS.get(section));
        }
    }

    /** Ends the document; every record was written. */
    ExportSummary finish() throws IOException {
        open(SECTIONS.size() - 1);
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
        return new ExportSummary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], facts, left);
    }

    /**
     * The record as a masked document keeps it: a member without dues and health facts, or
     * {@code null} when nothing is left.
     */
    private static @Nullable BulkRecord mask(BulkRecord r) {
        if (!(r instanceof BulkRecord.Member m)) {
            return r;
        }
        Set<UUID> health = new HashSet<>();
        List<MemberFact> kept = new ArrayList<>();
        for (MemberFact f : m.facts()) {
            if (f instanceof MemberFact.ConditionBegan c && c.kind().isHealthFact()) {
                health.add(c.condition());
            }
        }
        for (MemberFact f : m.facts()) {
            boolean healthFact = f instanceof MemberFact.ConditionBegan c && health.contains(c.condition())
                    || f instanceof MemberFact.ConditionEnded e && health.contains(e.condition());
            if (!(f instanceof MemberFact.DuesRecorded) && !healthFact) {
                kept.add(f);
            }
        }
        return kept.isEmpty() ? null : BulkRecord.Member.of(m.id(), kept, m.origin());
    }
}

package vn.chibo.export.json;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.rule.PolicyRegistry;

/**
 * Writes a snapshot ({@code chibo-snapshot}, version 1) of what a {@link BulkReader} reads:
 * streamed, each record written as it comes out of storage and forgotten, so memory stays flat
 * whatever the size. The same data gives the same bytes: records in the reader's documented
 * order, fields in a fixed order, one layout, no time unless asked ({@link #withGenerationTime()}).
 * Immutable and thread-safe: each {@code with…} returns a new exporter.
 */
public final class SnapshotExporter {
    private final BulkReader reader;
    private final PolicyRegistry policies;
    private final Clock clock;
    private final PrivacyProfile privacy;
    private final boolean stamped;

    SnapshotExporter(BulkReader reader, PolicyRegistry policies, Clock clock, PrivacyProfile privacy, boolean stamped) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.privacy = Objects.requireNonNull(privacy, "privacy");
        this.stamped = stamped;
    }

    /**
     * An exporter over any reader, listing {@code policies} in its envelope; {@code clock} stamps
     * the document only when asked.
     */
    public static SnapshotExporter over(BulkReader reader, PolicyRegistry policies, Clock clock) {
        return new SnapshotExporter(reader, policies, clock, PrivacyProfile.full(), false);
    }

    /** This exporter writing with {@code privacy} ({@link PrivacyProfile#full()} by default). */
    public SnapshotExporter privacy(PrivacyProfile privacy) {
        return new SnapshotExporter(reader, policies, clock, privacy, stamped);
    }

    /**
     * This exporter writing the time of export (from the clock) into the envelope: then two
     * exports of the same data differ in that field.
     */
    public SnapshotExporter withGenerationTime() {
        return new SnapshotExporter(reader, policies, clock, privacy, true);
    }

    /**
     * Writes the snapshot of {@code selection} to {@code out} (flushed, not closed).
     *
     * @return what was written
     * @throws OutOfScopeException when the selection reaches outside the actor's subtree
     * @throws ExportException when {@code out} fails or the reader breaks its order; what was
     *     written is incomplete
     */
    public ExportSummary export(Actor actor, BulkSelection selection, OutputStream out) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(out, "out");
        @Nullable Instant at = stamped ? clock.instant() : null;
        ImmutableList<PolicyInForce> listed =
                policies.registrations().stream().map(PolicyInForce::of).collect(ImmutableList.toImmutableList());
        try {
            SnapshotWriter writer = SnapshotWriter.start(out, privacy, selection, at, listed);
            reader.read(actor, selection, writer);
            return writer.finish();
        } catch (IOException e) {
            throw new ExportException("the snapshot could not be written", e);
        } catch (UncheckedIOException e) {
            throw new ExportException("the snapshot could not be written", e);
        }
    }
}

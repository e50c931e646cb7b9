package vn.chibo.export.json;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkLoader;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.rule.PolicyRegistry;

/**
 * Imports a snapshot into storage through a {@link BulkLoader}: streamed (a {@link SnapshotSource}
 * hands the loader one record at a time), strict, all or nothing. Every problem of the document
 * and of the load comes in one {@link BulkLoadRejectedException}: unknown, missing, duplicated
 * fields, wrong types and values, an unknown version, a masked document, broken domain rules,
 * duplicates and references to nothing (the first 1,000 in full, and the total); then nothing was
 * stored. Imported facts keep their recorded instants, actors and reasons; the import's own record
 * is the returned {@link ImportReceipt}. Immutable and thread-safe.
 */
public final class SnapshotImporter {
    private final BulkLoader loader;
    private final Validator validator;
    private final PolicyRegistry policies;
    private final Clock clock;
    private final BulkProgress progress;

    SnapshotImporter(
            BulkLoader loader, Validator validator, PolicyRegistry policies, Clock clock, BulkProgress progress) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * An importer into any loader, checking constraints with {@code validator}, comparing the
     * document's policies with {@code policies}, stamping the receipt with {@code clock}.
     */
    public static SnapshotImporter into(BulkLoader loader, Validator validator, PolicyRegistry policies, Clock clock) {
        return new SnapshotImporter(loader, validator, policies, clock, BulkProgress.none());
    }

    /** This importer telling {@code progress} how far the load has come. */
    public SnapshotImporter progress(BulkProgress progress) {
        return new SnapshotImporter(loader, validator, policies, clock, progress);
    }

    /**
     * Reads the snapshot from {@code in} (not closed) and stores it all, or nothing.
     *
     * @return the import's audit record
     * @throws BulkLoadRejectedException with every problem; nothing was stored
     * @throws OutOfScopeException when the actor is confined to a subtree (an import is a
     *     whole-party operation)
     */
    public ImportReceipt importFrom(Actor actor, InputStream in) {
        Objects.requireNonNull(actor, "actor");
        SnapshotSource source = SnapshotSource.of(in, validator);
        BulkLoadSummary stored = loader.load(actor, source, progress);
        SnapshotHeader header = source.header()
                .orElseThrow(() -> new IllegalStateException("the loader accepted a document without an envelope"));
        return new ImportReceipt(actor.id(), clock.instant(), source.sha256(), header, stored, differing(header));
    }

    private ImmutableList<String> differing(SnapshotHeader header) {
        Set<String> here = new HashSet<>();
        policies.registrations()
                .forEach(r -> here.add(r.policy().id() + "@" + r.policy().fingerprint()));
        return header.policies().stream()
                .map(p -> p.id() + "@" + p.fingerprint())
                .filter(p -> !here.contains(p))
                .distinct()
                .collect(ImmutableList.toImmutableList());
    }
}

package vn.chibo.export.json;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.port.BulkSelection;

/**
 * The envelope of a snapshot: what it is and where it came from.
 *
 * @param version the format version
 * @param profile the privacy profile it was written with ({@code FULL})
 * @param scope the selection exported: the whole party or a subtree as of a date
 * @param generatedAt when it was written, if the exporter was asked to say
 * @param policies the policy registrations in force where it was written
 */
public record SnapshotHeader(
        int version,
        String profile,
        BulkSelection scope,
        @Nullable Instant generatedAt,
        com.google.common.collect.ImmutableList<PolicyInForce> policies) {
    public SnapshotHeader {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(policies, "policies");
    }

    /** When it was written, if it says. */
    public Optional<Instant> generated() {
        return Optional.ofNullable(generatedAt);
    }
}

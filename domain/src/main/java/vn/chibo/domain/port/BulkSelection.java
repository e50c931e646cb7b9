package vn.chibo.domain.port;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.OrganizationId;

/**
 * What a {@link BulkReader} reads: the whole party, or the subtree of one organisation as it stood
 * on a date.
 *
 * <p>For a subtree: every organisation that was ever under the root, and the root's ancestors on
 * {@code asOf} (so that the records refer to nothing missing); the members, residence histories,
 * meetings, schedules and reviews the port of each reaches for an actor confined to that subtree.
 * Records are whole: facts dated after {@code asOf} are included.
 *
 * @param root the subtree's root, or {@code null} for the whole party
 * @param asOf the date the subtree is taken on
 */
public record BulkSelection(@Nullable OrganizationId root, LocalDate asOf) {
    public BulkSelection {
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The whole party. */
    public static BulkSelection wholeParty(LocalDate asOf) {
        return new BulkSelection(null, asOf);
    }

    /** The subtree of {@code root} as it stood on {@code asOf}. */
    public static BulkSelection subtree(OrganizationId root, LocalDate asOf) {
        return new BulkSelection(Objects.requireNonNull(root, "root"), asOf);
    }

    /** The root, or empty for the whole party. */
    public Optional<OrganizationId> rootIfAny() {
        return Optional.ofNullable(root);
    }
}

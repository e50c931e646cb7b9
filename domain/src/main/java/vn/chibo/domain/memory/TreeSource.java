package vn.chibo.domain.memory;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.Organizations;

/**
 * The organisation tree the in-memory stores confine actors by. It is rebuilt only when the
 * organisation store answers with a different list, so its memoised snapshots survive between
 * calls ({@link InMemoryOrganizations} returns the same list until its next append). Thread-safe.
 */
final class TreeSource {
    private final Organizations organizations;
    private final Actor self;

    @GuardedBy("this")
    private @Nullable ImmutableList<OrganizationHistory> seen;

    @GuardedBy("this")
    private @Nullable OrganizationTree tree;

    TreeSource(Organizations organizations, String reader) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.self = Actor.wholeParty(reader);
    }

    synchronized OrganizationTree current() {
        ImmutableList<OrganizationHistory> all = organizations.all(self);
        OrganizationTree known = tree;
        if (known != null && all == seen) {
            return known;
        }
        OrganizationTree fresh = OrganizationTree.of(all);
        seen = all;
        tree = fresh;
        return fresh;
    }
}

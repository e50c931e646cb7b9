package vn.chibo.domain.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.organization.OrganizationFact;

/**
 * Facts to append together, all or nothing, with the version each touched organisation must still
 * have (0 for one not yet stored).
 *
 * @param expectedVersions the version of every organisation the facts are about
 * @param facts the facts, in order
 */
public record OrganizationAppend(
        ImmutableMap<OrganizationId, Long> expectedVersions, ImmutableList<OrganizationFact> facts) {
    public OrganizationAppend {
        checkArgument(!facts.isEmpty(), "an append has at least one fact");
        for (OrganizationFact f : facts) {
            checkArgument(
                    expectedVersions.containsKey(f.organization()), "no expected version for %s", f.organization());
        }
    }

    /** Copies the arguments. */
    public static OrganizationAppend of(Map<OrganizationId, Long> expectedVersions, List<OrganizationFact> facts) {
        return new OrganizationAppend(ImmutableMap.copyOf(expectedVersions), ImmutableList.copyOf(facts));
    }
}

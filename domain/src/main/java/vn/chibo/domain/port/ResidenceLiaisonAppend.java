package vn.chibo.domain.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.member.residence.ResidenceFact;

/**
 * Residence facts to append together, all or nothing, with the version each touched history must
 * still have (0 for one not yet stored).
 *
 * @param expectedVersions the version of every history the facts are about
 * @param facts the facts, in order
 */
public record ResidenceLiaisonAppend(
        ImmutableMap<MemberId, Long> expectedVersions, ImmutableList<ResidenceFact> facts) {
    public ResidenceLiaisonAppend {
        checkArgument(!facts.isEmpty(), "an append has at least one fact");
        for (ResidenceFact f : facts) {
            checkArgument(expectedVersions.containsKey(f.member()), "no expected version for %s", f.member());
        }
    }

    /** Copies the arguments. */
    public static ResidenceLiaisonAppend of(Map<MemberId, Long> expectedVersions, List<ResidenceFact> facts) {
        return new ResidenceLiaisonAppend(ImmutableMap.copyOf(expectedVersions), ImmutableList.copyOf(facts));
    }
}

package vn.chibo.domain.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.member.MemberFact;

/**
 * Member facts to append together, all or nothing, with the version each touched member must
 * still have (0 for one not yet stored).
 *
 * @param expectedVersions the version of every member the facts are about
 * @param facts the facts, in order
 */
public record MemberAppend(ImmutableMap<MemberId, Long> expectedVersions, ImmutableList<MemberFact> facts) {
    public MemberAppend {
        checkArgument(!facts.isEmpty(), "an append has at least one fact");
        for (MemberFact f : facts) {
            checkArgument(expectedVersions.containsKey(f.member()), "no expected version for %s", f.member());
        }
    }

    /** Copies the arguments. */
    public static MemberAppend of(Map<MemberId, Long> expectedVersions, List<MemberFact> facts) {
        return new MemberAppend(ImmutableMap.copyOf(expectedVersions), ImmutableList.copyOf(facts));
    }
}

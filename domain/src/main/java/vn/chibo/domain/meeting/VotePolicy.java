package vn.chibo.domain.meeting;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Policy;
import vn.chibo.domain.rule.PolicyKind;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.RuleSourced;

/**
 * When a resolution of a cell is valid (Charter Art. 10.5; QĐ 24 item 9.3 = QĐ 294 item 9.3.2):
 * who is in the base and which threshold applies. Central versions come from {@link
 * VotePolicies}.
 */
@Value.Immutable
public abstract class VotePolicy implements Policy, RuleSourced {
    /** The kind under which vote policies are registered, chosen by date. */
    public static final PolicyKind<VotePolicy> KIND = PolicyKind.byDate("meeting.vote", VotePolicy.class);

    /** Rule code: the base of a vote. */
    public static final String BASE = "MTG-VOTE-BASE";
    /** Rule code: more than half of the base. */
    public static final String MAJORITY = "MTG-VOTE-MAJORITY";
    /** Rule code: at least two thirds of the base. */
    public static final String TWO_THIRDS = "MTG-VOTE-TWO-THIRDS";
    /** Rule code: only full members vote. */
    public static final String VOTERS = "MTG-VOTE-VOTERS";

    VotePolicy() {}

    /** A builder; {@code from(policy)} copies an existing one. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VotePolicy}. */
    public static final class Builder extends ImmutableVotePolicy.Builder {
        Builder() {}
    }

    @Override
    public abstract String id();

    @Override
    public abstract Label title();

    @Override
    public abstract RuleSource source();

    /**
     * Whether full members absent for the whole session with a reason the convener accepted leave
     * the base. QĐ 24 item 9.3.2 as quoted says they do; the worked example of rules.md §3.5 counts
     * them: an open question, so both readings are available.
     */
    public abstract boolean acceptedAbsenceLeavesBase();

    /** The source of each rule, by rule code. */
    public abstract ImmutableMap<String, RuleSource> ruleSources();

    @Override
    public ImmutableSortedMap<String, String> parameters() {
        Map<String, String> p = new TreeMap<>();
        p.put("acceptedAbsenceLeavesBase", Boolean.toString(acceptedAbsenceLeavesBase()));
        return ImmutableSortedMap.copyOf(p);
    }
}

package vn.chibo.domain.member.residence;

import com.google.common.collect.ImmutableList;
import java.util.List;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.rule.Finding;

/** What checking a residence command gave: the facts to record with the findings made, or every reason to refuse. */
public sealed interface ResidenceOutcome {
    /**
     * The command holds.
     *
     * @param facts the facts to record, together
     * @param findings what the rules found that does not invalidate the act (a late registration)
     */
    record Accepted(ImmutableList<ResidenceFact> facts, ImmutableList<Finding> findings) implements ResidenceOutcome {
        public Accepted(List<ResidenceFact> facts, List<Finding> findings) {
            this(ImmutableList.copyOf(facts), ImmutableList.copyOf(findings));
        }
    }

    /**
     * The command breaks the rules; nothing may change.
     *
     * @param violations every violation found
     */
    record Rejected(ImmutableList<Violation> violations) implements ResidenceOutcome {
        public Rejected(List<Violation> violations) {
            this(ImmutableList.copyOf(violations));
        }
    }
}

package vn.chibo.domain.member;

import com.google.common.collect.ImmutableList;
import java.util.List;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.rule.Finding;

/** What checking a member command gave: the facts to record with the findings made, or every reason to refuse. */
public sealed interface MemberOutcome {
    /**
     * The command holds.
     *
     * @param facts the facts to record, together
     * @param findings what the rules found that does not invalidate the act (a late ceremony)
     */
    record Accepted(ImmutableList<MemberFact> facts, ImmutableList<Finding> findings) implements MemberOutcome {
        public Accepted(List<MemberFact> facts, List<Finding> findings) {
            this(ImmutableList.copyOf(facts), ImmutableList.copyOf(findings));
        }
    }

    /**
     * The command breaks the rules; nothing may change.
     *
     * @param violations every violation found
     */
    record Rejected(ImmutableList<Violation> violations) implements MemberOutcome {
        public Rejected(List<Violation> violations) {
            this(ImmutableList.copyOf(violations));
        }
    }
}

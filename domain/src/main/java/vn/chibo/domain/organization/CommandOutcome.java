package vn.chibo.domain.organization;

import com.google.common.collect.ImmutableList;
import java.util.List;
import vn.chibo.domain.common.Violation;

/** What checking a command gave: the facts to record, or every reason to refuse it. */
public sealed interface CommandOutcome {
    /**
     * The command holds: record these facts, together.
     *
     * @param facts the facts, in order
     */
    record Accepted(ImmutableList<OrganizationFact> facts) implements CommandOutcome {
        public Accepted(List<OrganizationFact> facts) {
            this(ImmutableList.copyOf(facts));
        }
    }

    /**
     * The command breaks the rules; nothing may change.
     *
     * @param violations every violation found
     */
    record Rejected(ImmutableList<Violation> violations) implements CommandOutcome {
        public Rejected(List<Violation> violations) {
            this(ImmutableList.copyOf(violations));
        }
    }
}

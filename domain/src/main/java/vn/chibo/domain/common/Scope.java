package vn.chibo.domain.common;

import java.util.Objects;

/** What an {@link Actor} acts for: the whole party, or one organisation and everything under it. */
public sealed interface Scope {
    /** The whole party: central bodies, and processes such as migrations and imports. */
    record WholeParty() implements Scope {
        @Override
        public String toString() {
            return "the whole party";
        }
    }

    /**
     * One organisation and its subtree, as the tree stands on the date a question concerns.
     *
     * @param root the organisation the actor acts for
     */
    record Subtree(OrganizationId root) implements Scope {
        public Subtree {
            Objects.requireNonNull(root, "root");
        }

        @Override
        public String toString() {
            return "the subtree of " + root;
        }
    }
}

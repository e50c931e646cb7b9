package vn.chibo.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Who makes a call: every port call carries one. The actor's {@link Scope} confines what it may
 * read and change.
 *
 * @param id a stable identifier of the person or process, as the host knows it
 * @param scope what the actor acts for
 */
public record Actor(String id, Scope scope) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        checkArgument(!id.isBlank(), "an actor needs an id");
    }

    /** An actor for the whole party. */
    public static Actor wholeParty(String id) {
        return new Actor(id, new Scope.WholeParty());
    }

    /** An actor for one organisation's subtree. */
    public static Actor forSubtree(String id, OrganizationId root) {
        return new Actor(id, new Scope.Subtree(root));
    }
}

package vn.chibo.domain.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.organization.OrganizationHistory;

/**
 * Where organisation histories are kept. Facts are only ever appended.
 *
 * <p>What an actor reaches: with {@link vn.chibo.domain.common.Scope.WholeParty} everything; with
 * {@link vn.chibo.domain.common.Scope.Subtree} every organisation that was, on some date, its root
 * or below it, and for reading only the root's ancestors. A fact may be appended when the
 * organisation it is about lies in the actor's subtree on the fact's date or the day before (a new
 * organisation: its parent; a move or a merge: the new parent or the merge target too).
 */
public interface Organizations {
    /**
     * One organisation's history.
     *
     * @return empty when there is no such organisation
     * @throws OutOfScopeException when it exists outside the actor's reach
     */
    Optional<OrganizationHistory> find(Actor actor, OrganizationId id);

    /** Every organisation the actor reaches, in the order first stored. */
    ImmutableList<OrganizationHistory> all(Actor actor);

    /**
     * Appends the facts, all or nothing.
     *
     * @throws ConcurrentUpdateException when an organisation's version is not the one expected;
     *     nothing is appended
     * @throws OutOfScopeException when a fact lies outside the actor's subtree; nothing is appended
     */
    void append(Actor actor, OrganizationAppend append);
}

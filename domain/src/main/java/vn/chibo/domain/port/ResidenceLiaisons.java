package vn.chibo.domain.port;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;

/**
 * Where the residence histories of serving members are kept, one per member. Facts are only ever
 * appended.
 *
 * <p>The residential ward manages them, so reach follows the <em>residential</em> cell, never the
 * workplace: with {@link vn.chibo.domain.common.Scope.WholeParty} an actor reaches every history;
 * with {@link vn.chibo.domain.common.Scope.Subtree} every history with a registration at a cell
 * that was, on some date, in the subtree. A fact may be appended when the residential cell it
 * concerns lies in the actor's subtree on the fact's date or the day before (a registration: its
 * cell; a comment: the cell that commented; any other fact: the cell the member is registered with
 * then, or last was).
 */
public interface ResidenceLiaisons {
    /**
     * One member's residence history.
     *
     * @return empty when the member was never registered with a residence
     * @throws OutOfScopeException when the history exists outside the actor's reach
     */
    Optional<ResidenceLiaisonHistory> find(Actor actor, MemberId member);

    /** Every history the actor reaches, in the order first stored. */
    ImmutableList<ResidenceLiaisonHistory> all(Actor actor);

    /**
     * The serving members whose residential cell lies in the subtree of {@code organization} on
     * {@code date}, in the order first stored.
     *
     * @throws OutOfScopeException when {@code organization} lies outside the actor's reach
     */
    ImmutableList<ResidenceLiaisonHistory> ofOrganization(Actor actor, OrganizationId organization, LocalDate date);

    /**
     * Appends the facts, all or nothing.
     *
     * @throws ConcurrentUpdateException when a member's version is not the one expected; nothing
     *     is appended
     * @throws OutOfScopeException when a fact lies outside the actor's subtree; nothing is appended
     */
    void append(Actor actor, ResidenceLiaisonAppend append);
}

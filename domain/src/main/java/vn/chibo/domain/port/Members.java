package vn.chibo.domain.port;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.member.MemberHistory;

/**
 * Where member histories are kept. Facts are only ever appended.
 *
 * <p>What an actor reaches: with {@link vn.chibo.domain.common.Scope.WholeParty} every member; with
 * {@link vn.chibo.domain.common.Scope.Subtree} every member who belonged, on some date, to a cell
 * that was then in the subtree. A fact may be appended when the member's home cell lies in the
 * actor's subtree on the fact's date or the day before (an admission: its cell; a transfer: the
 * cell left or the cell joined).
 */
public interface Members {
    /**
     * One member's history.
     *
     * @return empty when there is no such member
     * @throws OutOfScopeException when the member exists outside the actor's reach
     */
    Optional<MemberHistory> find(Actor actor, MemberId id);

    /** Every member the actor reaches, in the order first stored. */
    ImmutableList<MemberHistory> all(Actor actor);

    /**
     * The members whose home or activity cell lies in the subtree of {@code organization} on
     * {@code date}, in the order first stored.
     *
     * @throws OutOfScopeException when {@code organization} lies outside the actor's reach
     */
    ImmutableList<MemberHistory> ofOrganization(Actor actor, OrganizationId organization, LocalDate date);

    /**
     * Appends the facts, all or nothing.
     *
     * @throws ConcurrentUpdateException when a member's version is not the one expected
     * @throws OutOfScopeException when a fact lies outside the actor's subtree
     */
    void append(Actor actor, MemberAppend append);
}

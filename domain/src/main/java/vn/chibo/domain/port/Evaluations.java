package vn.chibo.domain.port;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;

/**
 * Where the reviews are kept: one {@link EvaluationRecord} per member or organisation, review year
 * and review period ({@link EvaluationKey#period()}: the year unless a quarterly or term review of
 * QĐ 366 is meant; two keys differing only in the period are two reviews). Entries are only ever
 * appended.
 *
 * <p>Where a review belongs: an organisation's, to that organisation; a member's, to the member's
 * home cell on 31/12 of the review year (or, for one no longer a member then, the cell of their
 * last membership). What an actor reaches: with {@link vn.chibo.domain.common.Scope.WholeParty}
 * every review; with {@link vn.chibo.domain.common.Scope.Subtree} a review whose organisation was,
 * on some date, in the subtree. It may append to a review whose organisation lies in its subtree on
 * 31/12 of the review year.
 */
public interface Evaluations {
    /**
     * One review.
     *
     * @return empty when nothing was recorded about it
     * @throws OutOfScopeException when it exists outside the actor's reach
     */
    Optional<EvaluationRecord> find(Actor actor, EvaluationKey key);

    /**
     * The reviews of {@code year}, of every period, that belong to {@code organization} or an
     * organisation under it as the tree stood on 31/12 of {@code year} (members by their home cell),
     * in the order first stored.
     *
     * @throws OutOfScopeException when {@code organization} lies outside the actor's reach
     */
    ImmutableList<EvaluationRecord> ofOrganization(Actor actor, OrganizationId organization, Year year);

    /**
     * The reviews of {@code year} of each of {@code organizations}' subtrees, as {@link
     * #ofOrganization} gives them for each (a review placed under several of them is in each list):
     * one entry per distinct organisation, in the order given. An implementation may place every
     * review once for all of them; this default asks {@link #ofOrganization} once per organisation.
     *
     * @throws OutOfScopeException when one of {@code organizations} lies outside the actor's reach
     */
    default ImmutableMap<OrganizationId, ImmutableList<EvaluationRecord>> ofOrganizations(
            Actor actor, Collection<OrganizationId> organizations, Year year) {
        Map<OrganizationId, ImmutableList<EvaluationRecord>> out = new LinkedHashMap<>();
        for (OrganizationId o : organizations) {
            if (!out.containsKey(o)) {
                out.put(o, ofOrganization(actor, o, year));
            }
        }
        return ImmutableMap.copyOf(out);
    }

    /** Every review of a member, of every year the actor reaches, by year and then by period. */
    ImmutableList<EvaluationRecord> ofMember(Actor actor, vn.chibo.domain.common.MemberId member);

    /**
     * Appends the entries, all or nothing.
     *
     * @throws ConcurrentUpdateException when a review's version is not the one expected
     * @throws OutOfScopeException when a review lies outside the actor's subtree
     */
    void append(Actor actor, EvaluationAppend append);
}

package vn.chibo.domain.port;

import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.OutOfScopeException;

/**
 * Stores many whole aggregates at once, all or nothing: a migration from another system, a JSON
 * import, generated national data. Records keep their original recorded instants, actors and
 * reasons; nothing is re-judged.
 *
 * <p>What a load checks, reporting every violation at once (the first {@link
 * vn.chibo.domain.common.ViolationCollector#DEFAULT_LIMIT} in full, and the total), each with the
 * record's {@link BulkRecord#origin() origin} at the start of its path:
 *
 * <ul>
 *   <li>{@code BULK-SOURCE}: whatever the source itself reported (input that never became a record);
 *   <li>{@code BULK-DUPLICATE}: an identity (organisation, member, residence history, meeting,
 *       review) twice in the load;
 *   <li>{@code BULK-EXISTS}: an identity already stored (a load adds; it never merges);
 *   <li>{@code BULK-REFERENCE}: a reference to an organisation or member neither stored nor in the
 *       load (a cell, a parent, a review's subject, a meeting's organisation);
 *   <li>{@code BULK-RECORD}: a record that breaks an invariant of its aggregate (a fact about
 *       another identity, an organisation whose first fact does not found it, meeting versions not
 *       numbered 1, 2, …).
 * </ul>
 *
 * <p>A load is a whole-party operation: an actor confined to a subtree is refused before anything
 * is read. Loads must not run concurrently with other writes to the same identities; a store may
 * refuse a second load while one runs.
 */
public interface BulkLoader {
    /**
     * Reads every record of {@code source}, checks the whole load and stores it in one unit of
     * work.
     *
     * @return what was stored
     * @throws BulkLoadRejectedException when anything was wrong; nothing was stored
     * @throws OutOfScopeException when the actor is confined to a subtree
     */
    BulkLoadSummary load(Actor actor, BulkSource source, BulkProgress progress);
}

package vn.chibo.domain.port;

import java.util.function.Consumer;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OutOfScopeException;

/**
 * Reads whole records out of storage one at a time, without holding them all: the other half of
 * {@link BulkLoader}, for exports, backups and transfers between systems.
 *
 * <p>Order, the same in every store so that two exports of the same data are the same bytes:
 * organisations, members, residence histories, meetings, schedules, reviews; within each kind by
 * identity in the order of the identity's text form (lower-case UUID text, which is the unsigned
 * byte order databases use), schedules by organisation then the order kept, reviews by subject
 * (organisations before members), identity and year. A record's facts are in the order recorded.
 */
public interface BulkReader {
    /**
     * Hands every selected record to {@code sink}, in the order above, from the calling thread.
     *
     * @throws OutOfScopeException when the selection reaches outside the actor's subtree
     */
    void read(Actor actor, BulkSelection selection, Consumer<? super BulkRecord> sink);
}

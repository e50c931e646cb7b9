package vn.chibo.domain.port;

import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Violation;

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
 *       numbered 1, 2, …);
 *   <li>{@code BULK-UNSUPPORTED}: a kind of record the store cannot keep (yet).
 * </ul>
 *
 * <p>The static methods below make these violations, so that every loader words them alike.
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

    /**
     * {@code BULK-DUPLICATE}: the record at {@code origin} has an identity that came earlier in the
     * same load.
     */
    static Violation duplicate(String origin, String identity) {
        return Violation.of(
                origin,
                "BULK-DUPLICATE",
                identity,
                Label.of(
                        "định danh xuất hiện hai lần trong cùng một lần nạp",
                        "the identity appears twice in the load"));
    }

    /** {@code BULK-EXISTS}: the record at {@code origin} has an identity already stored. */
    static Violation alreadyStored(String origin, String identity) {
        return Violation.of(
                origin,
                "BULK-EXISTS",
                identity,
                Label.of("đã có trong kho; nạp hàng loạt chỉ thêm mới", "already stored; a bulk load only adds"));
    }

    /**
     * {@code BULK-REFERENCE}: the record at {@code origin} refers to {@code organization}, which is
     * neither stored nor in the load.
     */
    static Violation missingOrganization(String origin, String organization) {
        return Violation.of(
                origin,
                "BULK-REFERENCE",
                organization,
                Label.of(
                        "tham chiếu một tổ chức không có trong kho và không có trong lần nạp",
                        "refers to an organisation neither stored nor in the load"));
    }

    /**
     * {@code BULK-REFERENCE}: the record at {@code origin} refers to {@code member}, who is neither
     * stored nor in the load.
     */
    static Violation missingMember(String origin, String member) {
        return Violation.of(
                origin,
                "BULK-REFERENCE",
                member,
                Label.of(
                        "tham chiếu một đảng viên không có trong kho và không có trong lần nạp",
                        "refers to a member neither stored nor in the load"));
    }

    /**
     * {@code BULK-UNSUPPORTED}: the record at {@code origin} is of a {@code kind} this store cannot
     * keep.
     */
    static Violation unsupported(String origin, String kind) {
        return Violation.of(
                origin,
                "BULK-UNSUPPORTED",
                kind,
                Label.of("kho này chưa lưu được loại bản ghi này", "this store cannot keep records of this kind yet"));
    }
}

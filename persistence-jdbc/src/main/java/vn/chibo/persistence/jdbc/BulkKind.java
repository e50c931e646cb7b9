package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * One kind of {@link BulkRecord} that {@link JdbcBulkLoader} stores and {@link JdbcBulkReader}
 * reads: how its records become rows of staging tables, how the staged rows move into the real
 * tables, and how the real rows come back as records. A kind of record with no {@code BulkKind}
 * in {@link JdbcChibo#BULK_KINDS} is refused by the loader ({@code BULK-UNSUPPORTED}) and never
 * read.
 *
 * <p>What the loader does for every kind alike: a row of {@code chibo_bulk_record} per record
 * (record number, {@link #name()}, {@link #identity}, {@link #part}, size, origin), a row of
 * {@code chibo_bulk_reference} per organisation or member referred to, and the checks of
 * duplicates and references over them. What a kind adds: its staging tables ({@link #tables()}),
 * the rows of one record ({@link #stage}), which staged records are already stored ({@link
 * #stored()}), the moves into the real tables ({@link #store()}), and the reading ({@link #read}).
 *
 * <p>To add a kind, write a class like {@link OrganizationBulk} and add it to {@link JdbcChibo#BULK_KINDS} at its place in the documented
 * order of {@link vn.chibo.domain.port.BulkReader}. Implementations are stateless.
 *
 * @param <R> the records of the kind
 */
interface BulkKind<R extends BulkRecord> {
    /** The records of this kind. */
    Class<R> type();

    /**
     * The kind as named in {@code chibo_bulk_record.kind} and {@code chibo_bulk_reference.kind}
     * ({@code ORGANIZATION}, {@code MEMBER}, …); at most 40 characters.
     */
    String name();

    /** The identity of {@code record}, or {@code null} for a kind without one. */
    @Nullable
    UUID identity(R record);

    /** The second part of an identity made of two (a review's year), else 0. */
    default int part(R record) {
        return 0;
    }

    /** An identity as violations show it ({@code OrganizationId.toString()} and the like). */
    String show(UUID identity, int part);

    /**
     * The identity of {@code record} as violations show it, kept with the staged record, for a kind
     * whose identity {@link #show} cannot rebuild from the UUID (a review's key); {@code null} for
     * the others.
     */
    default @Nullable String shown(R record) {
        return null;
    }

    /**
     * The organisations {@code record} refers to, which must be stored or in the load: {@link
     * BulkRecord#organizationsReferred()}, and whatever else its rows point to.
     */
    default ImmutableSet<OrganizationId> organizationsReferred(R record) {
        return record.organizationsReferred();
    }

    /** The staging tables of the kind. */
    ImmutableList<Staging.Table> tables();

    /** Stages the rows of one record, whose invariants hold. */
    void stage(R record, Staging staging) throws SQLException;

    /**
     * The staged records of this kind whose identity is already stored, ordered by record number:
     * columns {@code record_no}, {@code origin}, {@code identity}, {@code part}, {@code shown}
     * ({@link JdbcBulkLoader#stored}); a record whose
     * identity came earlier in the load is left out (it is a duplicate).
     */
    Sql stored();

    /**
     * Moves the staged rows into the real tables, in order: the version rows first, in record
     * order, so that the order first stored is the order of the load.
     */
    ImmutableList<Move> store();

    /**
     * Hands every record of this kind that {@code reach} covers to {@code sink}, one at a time, in
     * the documented order; holds one record at a time.
     */
    void read(Connection connection, Reach reach, Consumer<? super BulkRecord> sink) throws SQLException;

    /**
     * What a read covers.
     *
     * @param root everything when {@code null}; else what an actor confined to this organisation's
     *     subtree reaches
     * @param ancestorsOn with a root: the day whose ancestors of the root are read with the subtree
     *     ({@link vn.chibo.domain.port.BulkSelection}), or {@code null} for every organisation ever
     *     above the root (what the actor's {@link vn.chibo.domain.port.Organizations#all} returns)
     */
    record Reach(@Nullable UUID root, @Nullable LocalDate ancestorsOn) {
        /** Everything. */
        static final Reach EVERYTHING = new Reach(null, null);
    }
}

package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;

/**
 * {@link BulkReader} over JDBC: each kind of {@link BulkKind} in turn, each with one query ordered
 * by identity whose rows are fetched in chunks ({@value #FETCH_SIZE} rows at a time on PostgreSQL,
 * which streams only outside auto-commit; H2 keeps a large result in a temporary file) and grouped
 * into one record at a time, so the reader holds one record, not the store. All kinds are read in
 * one transaction of repeatable reads: the records are one consistent picture.
 *
 * <p>UUIDs compare as unsigned bytes in both databases, which is the order of their lower-case
 * text form, as the port documents. What is read, as {@link vn.chibo.domain.memory.PortBulkReader}
 * reads it through the ports: the whole party, or for an actor confined to a subtree what it
 * reaches; for a subtree selection every organisation ever under the root plus the root's
 * ancestors on the date, and the members an actor confined to the root reaches. Thread-safe.
 */
final class JdbcBulkReader implements BulkReader {
    /** Rows fetched at a time. */
    static final int FETCH_SIZE = 1_000;

    private final Database database;
    private final ImmutableList<BulkKind<?>> kinds;

    JdbcBulkReader(Database database, ImmutableList<BulkKind<?>> kinds) {
        this.database = Objects.requireNonNull(database, "database");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
    }

    @Override
    public void read(Actor actor, BulkSelection selection, Consumer<? super BulkRecord> sink) {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(sink, "sink");
        database.readConsistently("Reading records in bulk", connection -> {
            BulkKind.Reach reach = reach(connection, actor, selection);
            for (BulkKind<?> kind : kinds) {
                kind.read(connection, reach, sink);
            }
        });
    }

    private static BulkKind.Reach reach(Connection connection, Actor actor, BulkSelection selection)
            throws SQLException {
        @Nullable OrganizationId root = selection.root();
        if (root == null) {
            return actor.scope() instanceof Scope.Subtree s
                    ? new BulkKind.Reach(s.root().value(), null)
                    : BulkKind.Reach.EVERYTHING;
        }
        if (actor.scope() instanceof Scope.Subtree s
                && !Scopes.everUnder(connection, root.value(), s.root().value())) {
            throw new OutOfScopeException(actor, "organisation " + root);
        }
        return new BulkKind.Reach(root.value(), selection.asOf());
    }

    /** Reads the facts of a result set one at a time, in its order. */
    @FunctionalInterface
    interface Facts<F> {
        void each(ResultSet rows, Consumer<F> out) throws SQLException;
    }

    /**
     * Runs {@code statement}, fetching its rows in chunks, reads its facts with {@code facts} (in
     * identity order) and hands {@code sink} one record per identity, made by {@code record}:
     * holds one record's facts at a time.
     */
    static <I, F> void records(
            PreparedStatement statement,
            Facts<F> facts,
            Function<F, I> identity,
            BiFunction<I, List<F>, BulkRecord> record,
            Consumer<? super BulkRecord> sink)
            throws SQLException {
        statement.setFetchSize(FETCH_SIZE);
        Grouping<I, F> records = new Grouping<>(identity, record, sink);
        try (ResultSet rows = statement.executeQuery()) {
            facts.each(rows, records);
        }
        records.finish();
    }

    /**
     * Facts read one at a time in identity order, handed on as a record each time the identity
     * changes: holds one record's facts at a time.
     *
     * @param <I> the identity
     * @param <F> the facts
     */
    private static final class Grouping<I, F> implements Consumer<F> {
        private final Function<F, I> identity;
        private final BiFunction<I, List<F>, BulkRecord> record;
        private final Consumer<? super BulkRecord> sink;
        private @Nullable I current;
        private List<F> facts = new ArrayList<>();

        Grouping(
                Function<F, I> identity, BiFunction<I, List<F>, BulkRecord> record, Consumer<? super BulkRecord> sink) {
            this.identity = identity;
            this.record = record;
            this.sink = sink;
        }

        @Override
        public void accept(F fact) {
            I id = identity.apply(fact);
            if (current != null && !current.equals(id)) {
                finish();
            }
            current = id;
            facts.add(fact);
        }

        /** Hands on the last record, if any. */
        void finish() {
            I id = current;
            if (id != null) {
                List<F> whole = facts;
                current = null;
                facts = new ArrayList<>();
                sink.accept(record.apply(id, whole));
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcBulkReader" + kinds.stream().map(BulkKind::name).toList();
    }
}

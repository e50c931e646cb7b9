package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * A {@link BulkKind} described by its statements: its staging tables, the query of its records
 * already stored, the moves into the real tables, and two reads, everything and what an actor
 * confined to a root reaches (one parameter: the root). A subclass stages a record and turns the
 * rows of a read into records. Stateless.
 *
 * @param <R> the records of the kind
 */
abstract class TableBulkKind<R extends BulkRecord> implements BulkKind<R> {
    private final Class<R> type;
    private final String name;
    private final ImmutableList<Staging.Table> tables;
    private final Sql stored;
    private final ImmutableList<Move> store;
    private final Sql all;
    private final Sql inScope;

    /**
     * A kind of {@code type} named {@code name}, with its statements.
     *
     * @param all reads every record, in the documented order
     * @param inScope reads what an actor confined to a root reaches, in the same order; one
     *     parameter: the root
     */
    TableBulkKind(
            Class<R> type,
            String name,
            ImmutableList<Staging.Table> tables,
            Sql stored,
            ImmutableList<Move> store,
            Sql all,
            Sql inScope) {
        this.type = Objects.requireNonNull(type, "type");
        this.name = Objects.requireNonNull(name, "name");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.store = Objects.requireNonNull(store, "store");
        this.all = Objects.requireNonNull(all, "all");
        this.inScope = Objects.requireNonNull(inScope, "inScope");
    }

    @Override
    public final Class<R> type() {
        return type;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ImmutableList<Staging.Table> tables() {
        return tables;
    }

    @Override
    public final Sql stored() {
        return stored;
    }

    @Override
    public final ImmutableList<Move> store() {
        return store;
    }

    @Override
    public final void read(Connection connection, Reach reach, Consumer<? super BulkRecord> sink) throws SQLException {
        @Nullable UUID root = reach.root();
        try (PreparedStatement statement =
                root == null ? all.prepare(connection) : inScope.prepareWith(connection, root)) {
            records(statement, sink);
        }
    }

    /** Runs {@code statement}, a read of this kind, and hands {@code sink} its records one at a time. */
    abstract void records(PreparedStatement statement, Consumer<? super BulkRecord> sink) throws SQLException;
}

package vn.chibo.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * What differs between the databases chibo runs on, all in one place. The schema and the SQL text
 * are the same for both (standard types: {@code UUID}, {@code DATE}, {@code TIMESTAMP(6) WITH TIME
 * ZONE}, identity columns, recursive common table expressions, no upsert); what differs is how each
 * reports a lost race, how the aggregate guard is locked, and which Flyway support module migrates
 * it.
 */
enum Dialect {
    /** H2 2.x, the embedded default. */
    H2("H2") {
        @Override
        boolean isConflict(SQLException e) {
            // 23505 duplicate key, 40001 deadlock, HYT00 lock timeout (50200), 90131 concurrent update.
            return hasState(e, "23505", "40001", "HYT00") || e.getErrorCode() == 90131 || e.getErrorCode() == 50200;
        }

        @Override
        void guard(Connection connection, boolean exclusive) throws SQLException {
            // H2 has no shared row lock: both take the guard row for update.
            query(connection, H2_GUARD);
        }
    },
    /** PostgreSQL 14 or later. */
    POSTGRESQL("PostgreSQL") {
        @Override
        boolean isConflict(SQLException e) {
            // unique_violation, serialization_failure, deadlock_detected, lock_not_available.
            return hasState(e, "23505", "40001", "40P01", "55P03");
        }

        @Override
        void guard(Connection connection, boolean exclusive) throws SQLException {
            // Advisory locks: held in memory, no row written per sharer.
            query(connection, exclusive ? PG_GUARD_EXCLUSIVE : PG_GUARD_SHARED);
        }
    };

    private static final Sql H2_GUARD = Sql.of("SELECT epoch FROM aggregate_guard WHERE id = 1 FOR UPDATE");

    /** The advisory lock of chibo's guard: class 0x63686962 ("chib"), object 1. */
    private static final Sql PG_GUARD_SHARED = Sql.of("SELECT pg_advisory_xact_lock_shared(1667787106, 1)");

    private static final Sql PG_GUARD_EXCLUSIVE = Sql.of("SELECT pg_advisory_xact_lock(1667787106, 1)");

    private final String product;

    Dialect(String product) {
        this.product = product;
    }

    /** The product name the driver reports. */
    String product() {
        return product;
    }

    /**
     * Whether {@code e} means that another transaction won a race for the same rows: a duplicate
     * key on a version row, a deadlock, a lock wait that timed out.
     */
    abstract boolean isConflict(SQLException e);

    /**
     * Takes the aggregate guard until the end of the caller's transaction: exclusively for a change
     * of the organisation tree, shared for the changes that place reviews in it (appends of reviews
     * and of member facts), so that no review is placed in a tree that is changing meanwhile
     * ({@link Aggregates}). PostgreSQL shares it; H2 has no shared row lock, so there every holder
     * waits for the one before.
     */
    abstract void guard(Connection connection, boolean exclusive) throws SQLException;

    private static void query(Connection connection, Sql sql) throws SQLException {
        try (PreparedStatement statement = sql.prepare(connection);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
        }
    }

    /**
     * The dialect of the database behind {@code connection}.
     *
     * @throws StorageException if it is neither H2 nor PostgreSQL
     */
    static Dialect of(Connection connection) throws SQLException {
        String name = connection.getMetaData().getDatabaseProductName();
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.equals("h2")) {
            return H2;
        }
        if (lower.equals("postgresql")) {
            return POSTGRESQL;
        }
        throw new StorageException("chibo stores its data on H2 or PostgreSQL, not on " + name);
    }

    private static boolean hasState(SQLException e, String... states) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            @Nullable String state = x.getSQLState();
            for (String s : states) {
                if (s.equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}

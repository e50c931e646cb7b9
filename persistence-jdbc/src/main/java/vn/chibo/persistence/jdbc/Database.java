package vn.chibo.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Connections and transactions over one {@link DataSource}: every read runs on a connection of its
 * own, every write in a transaction of its own that commits completely or not at all. Failures come
 * out as {@link StorageException}, lost races as {@link Conflict}. Thread-safe when the data
 * source is.
 */
final class Database {
    private final DataSource dataSource;
    private final Dialect dialect;

    Database(DataSource dataSource, Dialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    Dialect dialect() {
        return dialect;
    }

    /** Work on a connection; the connection is the caller's only for the duration of the call. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Reads made on a connection, within the caller's transaction. */
    @FunctionalInterface
    interface Reads {
        void run(Connection connection) throws SQLException;
    }

    /** Changes made on a connection, within the caller's transaction. */
    @FunctionalInterface
    interface Changes {
        void run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on a connection of its own, without a transaction of its own. */
    <T> T read(String operation, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /**
     * Runs {@code work} on a connection of its own in a read-only transaction at repeatable read, so
     * that all its statements see the same committed state; the transaction is then rolled back.
     */
    <T> T snapshot(String operation, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /**
     * Runs {@code work} in one transaction and commits it. If anything fails (an exception of the
     * work, a failing statement, a failing commit) the transaction is rolled back and nothing of it
     * stays; the work's own exceptions come out unchanged, a {@link SQLException} as a {@link
     * Conflict} when another transaction won a race and as a {@link StorageException} otherwise.
     */
    void inTransaction(String operation, Changes work) {
        inTransaction(operation, work, null);
    }

    /**
     * Like {@link #inTransaction(String, Changes)}, and then, on the same connection once the
     * transaction has committed or rolled back, runs {@code afterwards} if given (dropping what the
     * work created for itself) and commits it; a failure of {@code afterwards} is ignored, as the
     * outcome is settled.
     */
    void inTransaction(String operation, Changes work, @Nullable Changes afterwards) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                if (afterwards != null) {
                    cleanUp(connection, afterwards);
                }
                restore(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /**
     * Runs {@code work} on a connection of its own in a read-only transaction of repeatable reads,
     * so that every query of the work sees the same data and a PostgreSQL result set is fetched in
     * chunks (the driver streams only outside auto-commit) instead of at once; the transaction is
     * rolled back at the end, as it changed nothing.
     */
    void readConsistently(String operation, Reads work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            try {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                work.run(connection);
            } finally {
                rollback(connection);
                try {
                    if (!connection.isClosed()) {
                        connection.setTransactionIsolation(isolation);
                    }
                } catch (SQLException e) {
                    // Nothing to restore on a broken connection; the pool discards it.
                }
                restore(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // A read changed nothing; a broken connection drops its transaction with it.
        }
    }

    private static void cleanUp(Connection connection, Changes afterwards) {
        try {
            if (!connection.isClosed()) {
                afterwards.run(connection);
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            // The transaction is settled; what is left is the session's own and goes with it.
            rollback(connection);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            // The connection is gone: the database drops the transaction with it.
            cause.addSuppressed(e);
        }
    }

    private static void restore(Connection connection, boolean autoCommit) {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            // Nothing to restore on a broken connection; the pool discards it.
        }
    }

    private RuntimeException failure(String operation, SQLException e) {
        if (dialect.isConflict(e)) {
            return new Conflict(e);
        }
        return new StorageException(
                operation + " failed on " + dialect.product() + " (SQLState " + e.getSQLState() + ", error "
                        + e.getErrorCode() + ")",
                e);
    }

    /**
     * Another transaction won a race for the same rows (a duplicate version row, a deadlock, a lock
     * wait that timed out), or a version did not match. The caller turns it into a {@link
     * vn.chibo.domain.common.ConcurrentUpdateException} naming the aggregate.
     */
    static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final @Nullable UUID aggregate;
        private final long expected;

        /** The version of {@code aggregate} was not {@code expected}. */
        Conflict(UUID aggregate, long expected) {
            super("version mismatch", null, false, false);
            this.aggregate = aggregate;
            this.expected = expected;
        }

        /** A race reported by the database. */
        Conflict(SQLException cause) {
            super("lost a race", cause, false, false);
            this.aggregate = null;
            this.expected = -1;
        }

        /** The aggregate whose version did not match, if the database did not just report a race. */
        Optional<UUID> aggregate() {
            return Optional.ofNullable(aggregate);
        }

        /** The version expected of {@link #aggregate()}. */
        long expected() {
            return expected;
        }
    }
}

package vn.chibo.persistence.jdbc;

import com.google.errorprone.annotations.CompileTimeConstant;
import com.google.errorprone.annotations.Immutable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * One statement of a bulk load's writing phase: {@code INSERT INTO} a real table {@code SELECT}
 * from one staging table, the rows that meet a condition, in an order.
 *
 * <p>On PostgreSQL the rows go in one statement. On H2 they go in ranges of {@value #ROWS} staged
 * rows, by H2's row key {@code _ROWID_} (the order the rows were staged in, so the load's order):
 * H2 builds a whole {@code INSERT ... SELECT} in the heap before writing it, and inside the load's
 * one transaction a single statement over a large load fails with {@code OutOfMemoryError} where
 * the same rows in ranges stay flat (measured with 800,000 rows in a 32 MiB heap on H2 2.5.252:
 * one statement fails, forty of 20,000 rows each peak at 20 MiB). Still one transaction: a load is
 * stored whole or not at all. Immutable.
 */
@Immutable
final class Move {
    /** Staged rows one H2 statement moves at most. */
    static final int ROWS = 10_000;

    private final Sql whole;
    private final Sql ranged;
    private final Sql bounds;

    private Move(Sql whole, Sql ranged, Sql bounds) {
        this.whole = whole;
        this.ranged = ranged;
        this.bounds = bounds;
    }

    /**
     * {@code insert FROM staging WHERE condition order}.
     *
     * @param insert {@code INSERT INTO table (columns) SELECT expressions}
     * @param staging the one staging table read, with its alias if the expressions use one
     * @param condition the rows moved ({@code TRUE} for all)
     * @param order {@code ""} or {@code " ORDER BY ..."}: the order rows reach the table in; on
     *     H2 it holds within each range, so across ranges only for an order that follows the
     *     staging order (as record numbers do)
     */
    static Move of(
            @CompileTimeConstant String insert,
            @CompileTimeConstant String staging,
            @CompileTimeConstant String condition,
            @CompileTimeConstant String order) {
        return new Move(
                Sql.of(insert + " FROM " + staging + " WHERE " + condition + order),
                Sql.of(insert + " FROM " + staging + " WHERE " + condition + " AND _ROWID_ >= ? AND _ROWID_ < ?"
                        + order),
                Sql.of("SELECT MIN(_ROWID_), MAX(_ROWID_) FROM " + staging));
    }

    /** {@code insert FROM staging}: every staged row, in no particular order. */
    static Move all(@CompileTimeConstant String insert, @CompileTimeConstant String staging) {
        return of(insert, staging, "TRUE", "");
    }

    /** Moves the rows on {@code connection}, in the way {@code dialect} bears best; returns how many. */
    long run(Connection connection, Dialect dialect) throws SQLException {
        if (dialect != Dialect.H2) {
            return whole.update(connection);
        }
        return inRanges(connection, bounds, ROWS, (from, until) -> ranged.update(connection, from, until));
    }

    /** A statement run over one range of keys, from {@code from} (included) to {@code until} (excluded). */
    @FunctionalInterface
    interface RangeStatement {
        /** Runs it; returns how many rows it changed. */
        long run(long from, long until) throws SQLException;
    }

    /**
     * Runs {@code statement} over the keys from the first to the last that {@code bounds} reads (a
     * query of one row: the least and the greatest key, null when there are none), in ranges of
     * {@code size} keys at most ({@link Long#MAX_VALUE} for one range); returns the rows changed.
     */
    static long inRanges(Connection connection, Sql bounds, long size, RangeStatement statement) throws SQLException {
        long first;
        long last;
        try (PreparedStatement query = bounds.prepare(connection);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            first = rows.getLong(1);
            if (rows.wasNull()) {
                return 0; // no keys
            }
            last = rows.getLong(2);
        }
        long changed = 0;
        long from = first;
        while (from <= last) {
            long until = last - from < size ? last + 1 : from + size;
            changed += statement.run(from, until);
            from = until;
        }
        return changed;
    }

    /** The statement as PostgreSQL runs it. */
    @Override
    public String toString() {
        return whole.text();
    }
}

package vn.chibo.persistence.jdbc;

import com.google.common.base.Splitter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Masking;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Where the rows of a bulk load wait until the whole load is checked: temporary tables of the
 * loading session, without keys or constraints, so that nothing about the input can make a
 * statement fail (on PostgreSQL a failed statement aborts the whole transaction). The one place
 * where the two databases differ for a load: rows go in with COPY on PostgreSQL ({@link CopyText},
 * in chunks of {@value #COPY_CHUNK} bytes, through {@link Sql#copyIn}) and with batched INSERTs on
 * H2 ({@value #BATCH} rows a batch). Either way it holds at most one chunk per table, whatever the
 * size of the load.
 *
 * <p>Rows of input (facts, sponsors) are checked first against what the target tables can hold:
 * text no longer than its column (in characters) and free of U+0000, dates and instants in the
 * years 1 to 9999. A value that cannot be stored is reported ({@code BULK-RECORD}, the value
 * masked, as the column may be sensitive). Once anything is reported the load is refused, and
 * from then on only the rows the remaining checks need are staged.
 *
 * <p>On H2 every DDL statement commits the open transaction: the tables are therefore created,
 * indexed and dropped only while the load has written nothing else, and each batch is committed as
 * it is sent (it holds only rows of the session's own temporary tables, so H2 keeps no undo for
 * them). On H2 the tables are {@code CACHED} temporary tables, whose indexes live in the file, not
 * in the heap. Not thread-safe: one per load.
 */
abstract class Staging implements AutoCloseable {
    /** Rows a batched INSERT sends at once, on H2. */
    static final int BATCH = 1_000;

    /** Bytes a COPY sends at once, on PostgreSQL. */
    static final int COPY_CHUNK = 256 * 1024;

    /**
     * A temporary table of a load.
     *
     * @param target the table whose column widths its rows of input must respect, or {@code ""}
     *     for a table of rows that are not input (the load's own, or derived by chibo)
     * @param columns its columns, in the order of the values staged
     * @param field the field of a record's fact its rows stand for, e.g. {@code ".sponsors"}, for
     *     the paths of violations (empty for the fact itself)
     * @param create creates it, empty, in the session ({@code CREATE LOCAL TEMPORARY TABLE})
     * @param drop drops it if it exists ({@code DROP TABLE IF EXISTS})
     * @param insert inserts one row of values, on H2
     * @param copy copies rows in COPY text format into it, on PostgreSQL
     */
    record Table(String target, String columns, String field, Sql create, Sql drop, Sql insert, Sql copy) {
        Table {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(columns, "columns");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(create, "create");
            Objects.requireNonNull(drop, "drop");
            Objects.requireNonNull(insert, "insert");
            Objects.requireNonNull(copy, "copy");
        }
    }

    /** What input rows may hold, column by column: the field each column stands for, and its width. */
    private static final class Limits {
        final String[] fields;
        final int[] widths;

        Limits(String[] fields, int[] widths) {
            this.fields = fields;
            this.widths = widths;
        }
    }

    final Connection connection;
    private final ViolationCollector problems;
    private long record;
    private final IdentityHashMap<Table, Limits> limits = new IdentityHashMap<>();

    private Staging(Connection connection, ViolationCollector problems) {
        this.connection = connection;
        this.problems = problems;
    }

    /**
     * Creates {@code tables} afresh in the session of {@code connection} (dropping any left over by
     * an earlier load) and stages into them the way {@code dialect} does best; violations of rows
     * that cannot be stored go to {@code problems}.
     */
    static Staging open(Connection connection, Dialect dialect, List<Table> tables, ViolationCollector problems)
            throws SQLException {
        drop(connection, tables);
        for (Table t : tables) {
            (dialect == Dialect.H2 ? cachedOnH2(t.create()) : t.create()).execute(connection);
        }
        Staging staging =
                dialect == Dialect.POSTGRESQL ? new Copies(connection, problems) : new Batches(connection, problems);
        for (Table t : tables) {
            if (!t.target().isEmpty()) {
                staging.limits.put(t, limits(connection, t));
            }
        }
        return staging;
    }

    /**
     * {@code create} as a {@code CACHED} table: H2 keeps the indexes of its default (memory)
     * temporary tables in the heap, so a load's staging indexes would grow with the load (a 100,000
     * member load fails in 32 MiB); a cached temporary table keeps its indexes in the file, through
     * the page cache, as the database's own tables do.
     */
    private static Sql cachedOnH2(Sql create) {
        return create.replacingStart("CREATE LOCAL TEMPORARY TABLE", "CREATE CACHED LOCAL TEMPORARY TABLE");
    }

    /** Drops {@code tables} from the session, where they exist. */
    static void drop(Connection connection, List<Table> tables) throws SQLException {
        for (Table t : tables) {
            t.drop().execute(connection);
        }
    }

    /** Stages a row of the load's own (a record's identity, a reference), whatever else happened. */
    abstract void add(Table table, @Nullable Object[] values) throws SQLException;

    /**
     * Stages a row chibo derived from a record (a state, a period), unless the load is already
     * refused: then nothing more is staged but what the remaining checks need.
     */
    final void addDerived(Table table, @Nullable Object[] values) throws SQLException {
        if (problems.isEmpty()) {
            add(table, values);
        }
    }

    /**
     * Stages a row of input, the {@code fact}-th fact of the record from {@code origin}: each value
     * that {@code table}'s target cannot hold is reported, and the row is staged only if all fit and
     * the load is not already refused (its values are checked all the same, so that every problem
     * is reported at once).
     *
     * @return whether every value fits
     */
    final boolean addInput(Table table, @Nullable Object[] values, String origin, int fact) throws SQLException {
        return addInput(table, values, origin + ".facts[" + fact + "]" + table.field());
    }

    /**
     * Stages a row of input found at {@code path} (the record's origin and the place in it), as
     * {@link #addInput(Table, Object[], String, int)} does.
     *
     * @return whether every value fits
     */
    final boolean addInput(Table table, @Nullable Object[] values, String path) throws SQLException {
        Limits l = limits.get(table);
        boolean fits = true;
        for (int i = 0; i < values.length; i++) {
            @Nullable Label problem = problem(values[i], l == null ? Integer.MAX_VALUE : l.widths[i]);
            if (problem != null) {
                String field = l == null ? "[" + i + "]" : "." + l.fields[i];
                problems.add(Violation.of(path + field, "BULK-RECORD", Masking.MASK, problem));
                fits = false;
            }
        }
        addDerived(table, values);
        return fits;
    }

    /** Sets the number of the record being staged (from 1, in the order read). */
    final void at(long number) {
        record = number;
    }

    /** The number of the record being staged, for rows whose order must follow the load's. */
    final long record() {
        return record;
    }

    /** Reports a problem of the load found while staging; the load is refused. */
    final void report(Violation problem) {
        problems.add(problem);
    }

    /** Sends every row still held; the tables hold the whole load afterwards. */
    abstract void finish() throws SQLException;

    /**
     * Gives the planner the row counts of {@code tables} before the checks join them: PostgreSQL
     * gathers no statistics on temporary tables by itself; H2 needs none.
     *
     * @param analyze one {@code ANALYZE} statement per table
     */
    abstract void analyze(Sql... analyze) throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    private static @Nullable Label problem(@Nullable Object value, int width) {
        if (value instanceof String s) {
            if (s.length() > width && s.codePointCount(0, s.length()) > width) {
                int n = s.codePointCount(0, s.length());
                return Label.of(
                        "dài " + n + " ký tự, quá " + width + " ký tự lưu được",
                        "is " + n + " characters long, more than the " + width + " stored");
            }
            if (s.indexOf('\0') >= 0) {
                return Label.of(
                        "chứa ký tự NUL (U+0000), không lưu được",
                        "contains the NUL character (U+0000), which cannot be stored");
            }
        } else if (value instanceof LocalDate d) {
            return year(d.getYear());
        } else if (value instanceof OffsetDateTime t) {
            return year(t.getYear());
        }
        return null;
    }

    private static @Nullable Label year(int year) {
        return year >= 1 && year <= 9999 ? null : Label.of("có năm ngoài khoảng 1–9999", "has a year outside 1–9999");
    }

    /** The widths of {@code table}'s target columns, read from the database's own description. */
    private static Limits limits(Connection connection, Table table) throws SQLException {
        String[] columns =
                Splitter.on(',').trimResults().splitToList(table.columns()).toArray(new String[0]);
        String[] fields = new String[columns.length];
        int[] widths = new int[columns.length];
        DatabaseMetaData meta = connection.getMetaData();
        boolean upper = meta.storesUpperCaseIdentifiers();
        Map<String, Integer> sizes = new java.util.HashMap<>();
        String target = upper ? table.target().toUpperCase(Locale.ROOT) : table.target();
        try (ResultSet rows = meta.getColumns(connection.getCatalog(), connection.getSchema(), target, null)) {
            while (rows.next()) {
                int type = rows.getInt("DATA_TYPE");
                if (type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR || type == Types.NCHAR) {
                    sizes.put(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rows.getInt("COLUMN_SIZE"));
                }
            }
        }
        for (int i = 0; i < columns.length; i++) {
            String column = columns[i];
            fields[i] = camel(column);
            Integer size = sizes.get(column);
            widths[i] = size == null || size <= 0 ? Integer.MAX_VALUE : size;
        }
        return new Limits(fields, widths);
    }

    /** {@code recorded_reason} as {@code recordedReason}. */
    private static String camel(String column) {
        StringBuilder out = new StringBuilder(column.length());
        boolean up = false;
        for (int i = 0; i < column.length(); i++) {
            char c = column.charAt(i);
            if (c == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }

    /** PostgreSQL: COPY in text format, a chunk at a time. */
    private static final class Copies extends Staging {
        private final IdentityHashMap<Table, CopyText> buffers = new IdentityHashMap<>();

        Copies(Connection connection, ViolationCollector problems) {
            super(connection, problems);
        }

        @Override
        void add(Table table, @Nullable Object[] values) throws SQLException {
            CopyText text = buffers.computeIfAbsent(table, t -> new CopyText(16 * 1024));
            text.row(values);
            if (text.length() >= COPY_CHUNK) {
                send(table, text);
            }
        }

        private void send(Table table, CopyText text) throws SQLException {
            if (text.length() > 0) {
                table.copy().copyIn(connection, text.bytes(), text.length());
                text.clear();
            }
        }

        @Override
        void finish() throws SQLException {
            for (Map.Entry<Table, CopyText> e : buffers.entrySet()) {
                send(e.getKey(), e.getValue());
            }
            buffers.clear();
        }

        @Override
        void analyze(Sql... analyze) throws SQLException {
            for (Sql a : analyze) {
                a.execute(connection);
            }
        }

        @Override
        public void close() {
            buffers.clear();
        }
    }

    /** H2: batched INSERTs, one prepared statement per table. */
    private static final class Batches extends Staging {
        private final IdentityHashMap<Table, PreparedStatement> statements = new IdentityHashMap<>();
        private final IdentityHashMap<Table, int[]> pending = new IdentityHashMap<>();

        Batches(Connection connection, ViolationCollector problems) {
            super(connection, problems);
        }

        @Override
        @SuppressWarnings("MustBeClosedChecker") // kept open across rows; close() closes every one
        void add(Table table, @Nullable Object[] values) throws SQLException {
            PreparedStatement statement = statements.get(table);
            if (statement == null) {
                statement = table.insert().prepare(connection);
                statements.put(table, statement);
                pending.put(table, new int[1]);
            }
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            int[] count = Objects.requireNonNull(pending.get(table));
            if (++count[0] == BATCH) {
                statement.executeBatch();
                connection.commit();
                count[0] = 0;
            }
        }

        @Override
        void finish() throws SQLException {
            for (Map.Entry<Table, PreparedStatement> e : statements.entrySet()) {
                if (Objects.requireNonNull(pending.get(e.getKey()))[0] > 0) {
                    e.getValue().executeBatch();
                }
            }
            close();
        }

        @Override
        void analyze(Sql... analyze) {
            // H2 plans from its indexes; it needs no statistics for these joins.
        }

        @Override
        public void close() throws SQLException {
            SQLException failure = null;
            for (PreparedStatement s : statements.values()) {
                try {
                    s.close();
                } catch (SQLException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            statements.clear();
            pending.clear();
            if (failure != null) {
                throw failure;
            }
        }
    }
}

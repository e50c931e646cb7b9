package vn.chibo.persistence.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Every table of chibo's schema, read whole for comparisons: each row as text (instants as
 * instants, whatever type the driver returns), sorted, and a checksum of them.
 */
final class StoredRows {
    /** The row count of every table, and the sums of the maintained counts. */
    static final List<Sql> COUNTS = List.of(
            Sql.of("SELECT COUNT(*) FROM organization_version"),
            Sql.of("SELECT COUNT(*) FROM organization_fact"),
            Sql.of("SELECT COUNT(*) FROM organization_state"),
            Sql.of("SELECT COUNT(*) FROM member_version"),
            Sql.of("SELECT COUNT(*) FROM member_fact"),
            Sql.of("SELECT COUNT(*) FROM admission_sponsor"),
            Sql.of("SELECT COUNT(*) FROM member_cell_period"),
            Sql.of("SELECT COUNT(*) FROM meeting_version"),
            Sql.of("SELECT COUNT(*) FROM meeting_record"),
            Sql.of("SELECT COUNT(*) FROM meeting_entry"),
            Sql.of("SELECT COUNT(*) FROM meeting_schedule"),
            Sql.of("SELECT COUNT(*) FROM residence_version"),
            Sql.of("SELECT COUNT(*) FROM residence_fact"),
            Sql.of("SELECT COUNT(*) FROM residence_period"),
            Sql.of("SELECT COUNT(*) FROM evaluation_version"),
            Sql.of("SELECT COUNT(*) FROM evaluation_review"),
            Sql.of("SELECT COUNT(*) FROM evaluation_fact"),
            Sql.of("SELECT COUNT(*) FROM evaluation_finding"),
            Sql.of("SELECT COUNT(*) FROM organization_ancestor"),
            Sql.of("SELECT COUNT(*) FROM evaluation_count"),
            Sql.of("SELECT COUNT(*) FROM admission_count"),
            Sql.of("SELECT COUNT(*) FROM aggregate_guard"),
            Sql.of("SELECT COUNT(*) FROM evaluation_review WHERE counted_as IS NOT NULL"),
            Sql.of("SELECT COALESCE(SUM(n), 0) FROM evaluation_count"),
            Sql.of("SELECT COALESCE(SUM(n), 0) FROM admission_count"),
            Sql.of("SELECT COUNT(*) FROM evaluation_rollup"),
            Sql.of("SELECT COALESCE(SUM(n), 0) FROM evaluation_rollup"));

    /** The row counts of the tables of organisations and members, the first of {@link #COUNTS}. */
    static final List<Sql> ORGANIZATIONS_AND_MEMBERS = COUNTS.subList(0, 7);

    /** Every table of the schema, by name, with the query reading it whole. */
    static final Map<String, Sql> EVERY_TABLE = tables();

    private StoredRows() {}

    private static Map<String, Sql> tables() {
        Map<String, Sql> out = new LinkedHashMap<>();
        out.put("chibo_schema_history", Sql.of("SELECT * FROM \"chibo_schema_history\""));
        out.put("organization_version", Sql.of("SELECT * FROM organization_version"));
        out.put("organization_fact", Sql.of("SELECT * FROM organization_fact"));
        out.put("organization_state", Sql.of("SELECT * FROM organization_state"));
        out.put("member_version", Sql.of("SELECT * FROM member_version"));
        out.put("member_fact", Sql.of("SELECT * FROM member_fact"));
        out.put("admission_sponsor", Sql.of("SELECT * FROM admission_sponsor"));
        out.put("member_cell_period", Sql.of("SELECT * FROM member_cell_period"));
        out.put("meeting_version", Sql.of("SELECT * FROM meeting_version"));
        out.put("meeting_record", Sql.of("SELECT * FROM meeting_record"));
        out.put("meeting_entry", Sql.of("SELECT * FROM meeting_entry"));
        out.put("meeting_schedule", Sql.of("SELECT * FROM meeting_schedule"));
        out.put("residence_version", Sql.of("SELECT * FROM residence_version"));
        out.put("residence_fact", Sql.of("SELECT * FROM residence_fact"));
        out.put("residence_period", Sql.of("SELECT * FROM residence_period"));
        out.put("evaluation_version", Sql.of("SELECT * FROM evaluation_version"));
        out.put("evaluation_review", Sql.of("SELECT * FROM evaluation_review"));
        out.put("evaluation_fact", Sql.of("SELECT * FROM evaluation_fact"));
        out.put("evaluation_finding", Sql.of("SELECT * FROM evaluation_finding"));
        out.put("organization_ancestor", Sql.of("SELECT * FROM organization_ancestor"));
        out.put("evaluation_count", Sql.of("SELECT * FROM evaluation_count"));
        out.put("evaluation_rollup", Sql.of("SELECT * FROM evaluation_rollup"));
        out.put("admission_count", Sql.of("SELECT * FROM admission_count"));
        out.put("aggregate_guard", Sql.of("SELECT * FROM aggregate_guard"));
        return Collections.unmodifiableMap(out);
    }

    /** The counts of {@link #COUNTS}, in order. */
    static List<Long> counts(DataSource data) throws SQLException {
        return counts(data, COUNTS);
    }

    /** The counts of {@code counts}, in order. */
    static List<Long> counts(DataSource data, List<Sql> counts) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = data.getConnection()) {
            for (Sql count : counts) {
                try (PreparedStatement statement = count.prepare(c);
                        ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    out.add(rows.getLong(1));
                }
            }
        }
        return out;
    }

    /** Every row of {@code query}, as text, sorted. */
    static List<String> rows(DataSource data, Sql query) throws SQLException {
        try (Connection c = data.getConnection()) {
            return rows(c, query);
        }
    }

    private static List<String> rows(Connection c, Sql query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement statement = query.prepare(c);
                ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rows.getObject(i);
                    if (value instanceof java.sql.Timestamp || value instanceof OffsetDateTime) {
                        value = rows.getObject(i, OffsetDateTime.class).toInstant();
                    }
                    row.append(value).append('|');
                }
                out.add(row.toString());
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * Every table of the schema with its row count and a checksum of its rows; fails if the
     * schema holds a table {@link #EVERY_TABLE} does not list, so that a new table is not missed.
     */
    static Map<String, String> checksums(DataSource data) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = data.getConnection()) {
            List<String> present = new ArrayList<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet tables = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    present.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!EVERY_TABLE.keySet().containsAll(present)) {
                throw new AssertionError("tables not listed in StoredRows: " + present);
            }
            for (Map.Entry<String, Sql> table : EVERY_TABLE.entrySet()) {
                List<String> rows = rows(c, table.getValue());
                out.put(table.getKey(), rows.size() + " rows, sha-256 " + sha256(rows));
            }
        }
        return out;
    }

    private static String sha256(List<String> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String row : rows) {
                digest.update(row.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.chibo.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.chibo.domain.port.BulkRecord;

/**
 * The baselines of the JDBC bulk loads: the rows of {@link HandRows} written by hand in one
 * transaction, as COPY on PostgreSQL (each table's rows rendered to a file of its own as the
 * records are read, then one {@code COPY ... FROM STDIN} per table in foreign-key order) and as
 * JDBC batches on H2 (one prepared {@code INSERT} per table, every table's batch sent in
 * foreign-key order once a thousand rows wait). No staging and no checks.
 */
final class HandJdbcLoad {
    /** Rows waiting before the batches are sent. */
    static final int BATCH = 1_000;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS'+00'");

    private HandJdbcLoad() {}

    /**
     * Writes {@code records} (organisations, then members) into the PostgreSQL schema of {@code
     * data} with COPY, through files in {@code dir}.
     *
     * @return the rows written
     */
    static long copy(DataSource data, Iterable<BulkRecord> records, Path dir) throws SQLException, IOException {
        Map<HandRows.Table, Path> files = new EnumMap<>(HandRows.Table.class);
        Map<HandRows.Table, Writer> writers = new EnumMap<>(HandRows.Table.class);
        long[] rows = {0};
        try {
            for (HandRows.Table t : HandRows.Table.values()) {
                Path file = Files.createTempFile(dir, t.name, ".copy");
                files.put(t, file);
                writers.put(t, new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16));
            }
            StringBuilder line = new StringBuilder(512);
            HandRows hand = new HandRows((t, values) -> {
                line.setLength(0);
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        line.append('\t');
                    }
                    copyText(line, values[i]);
                }
                line.append('\n');
                Objects.requireNonNull(writers.get(t)).append(line);
                rows[0]++;
            });
            for (BulkRecord r : records) {
                hand.add(r);
            }
            hand.finish();
            for (Writer w : writers.values()) {
                w.close();
            }
            try (Connection c = data.getConnection()) {
                c.setAutoCommit(false);
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (HandRows.Table t : HandRows.Table.values()) {
                    try (InputStream in = Files.newInputStream(Objects.requireNonNull(files.get(t)))) {
                        copy.copyIn("COPY " + t.name + " (" + t.columns + ") FROM STDIN", in, 1 << 16);
                    }
                }
                c.commit();
            }
            return rows[0];
        } finally {
            for (Writer w : writers.values()) {
                w.close();
            }
            for (Path f : files.values()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /**
     * Writes {@code records} (organisations, then members) into the H2 database of {@code data}
     * with JDBC batches.
     *
     * @return the rows written
     */
    static long batch(DataSource data, Iterable<BulkRecord> records) throws SQLException, IOException {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            Map<HandRows.Table, PreparedStatement> inserts = new EnumMap<>(HandRows.Table.class);
            try {
                for (HandRows.Table t : HandRows.Table.values()) {
                    inserts.put(t, c.prepareStatement(insert(t)));
                }
                long[] rows = {0};
                int[] waiting = {0};
                HandRows hand = new HandRows((t, values) -> {
                    PreparedStatement s = Objects.requireNonNull(inserts.get(t));
                    for (int i = 0; i < values.length; i++) {
                        s.setObject(i + 1, values[i]);
                    }
                    s.addBatch();
                    rows[0]++;
                    if (++waiting[0] >= BATCH) {
                        send(inserts);
                        waiting[0] = 0;
                    }
                });
                for (BulkRecord r : records) {
                    hand.add(r);
                }
                hand.finish();
                send(inserts);
                c.commit();
                return rows[0];
            } finally {
                for (PreparedStatement s : inserts.values()) {
                    s.close();
                }
            }
        }
    }

    /** Sends every table's batch, parents before children. */
    private static void send(Map<HandRows.Table, PreparedStatement> inserts) throws SQLException {
        for (PreparedStatement s : inserts.values()) {
            s.executeBatch();
        }
    }

    private static String insert(HandRows.Table t) {
        return "INSERT INTO " + t.name + " (" + t.columns + ") VALUES (?" + ", ?".repeat(t.width - 1) + ")";
    }

    /** A value in PostgreSQL's COPY text format. */
    private static void copyText(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value instanceof OffsetDateTime t) {
            TIMESTAMP.formatTo(t.withOffsetSameInstant(ZoneOffset.UTC), out);
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        } else {
            out.append(value);
        }
    }
}

package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * A {@link Move} brings every staged row that meets its condition, each once, in its order, on
 * every database: on H2 across several ranges of {@link Move#ROWS} staged rows (the last one
 * partial), after rows deleted from the staging table left a gap in H2's row keys.
 */
class MoveIT {
    private static final int STAGED = 2 * Move.ROWS + 7;

    private static final Sql TARGET =
            Sql.of("CREATE TABLE moved (seq BIGINT GENERATED ALWAYS AS IDENTITY, n BIGINT, label VARCHAR(20))");
    private static final Sql STAGING =
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_move_test (n BIGINT, label VARCHAR(20))");
    private static final Sql STAGE = Sql.of("INSERT INTO chibo_move_test (n, label) VALUES (?, ?)");
    private static final Sql GAP = Sql.of("DELETE FROM chibo_move_test WHERE n BETWEEN 100 AND 10099");
    private static final Move ODD_ONES_DESCENDING = Move.of(
            "INSERT INTO moved (n, label) SELECT s.n, s.label",
            "chibo_move_test s",
            "MOD(s.n, 2) = 1",
            " ORDER BY s.n DESC");
    private static final Sql READ = Sql.of("SELECT n, label FROM moved ORDER BY seq");

    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyStagedRowThatMeetsTheConditionIsMovedOnceInItsOrderWithinEachRange(Kind kind) throws SQLException {
        DataSource data = databases.dataSource(kind, dir);
        List<Long> moved = new ArrayList<>();
        long count;
        try (Connection c = data.getConnection()) {
            TARGET.execute(c);
            c.setAutoCommit(false);
            (kind == Kind.POSTGRESQL
                            ? STAGING
                            : STAGING.replacingStart(
                                    "CREATE LOCAL TEMPORARY TABLE", "CREATE CACHED LOCAL TEMPORARY TABLE"))
                    .execute(c);
            try (PreparedStatement stage = STAGE.prepare(c)) {
                for (long n = 1; n <= STAGED; n++) {
                    stage.setLong(1, n);
                    stage.setString(2, "row " + n);
                    stage.addBatch();
                }
                stage.executeBatch();
            }
            GAP.update(c);
            count = ODD_ONES_DESCENDING.run(c, kind == Kind.POSTGRESQL ? Dialect.POSTGRESQL : Dialect.H2);
            c.commit();
            try (PreparedStatement read = READ.prepare(c);
                    ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    assertThat(rows.getString("label")).isEqualTo("row " + rows.getLong("n"));
                    moved.add(rows.getLong("n"));
                }
            }
        }

        List<Long> expected = new ArrayList<>();
        for (long n = STAGED; n >= 1; n--) {
            if (n % 2 == 1 && (n < 100 || n > 10_099)) {
                expected.add(n);
            }
        }
        assertThat(count).isEqualTo(expected.size());
        if (kind == Kind.POSTGRESQL) {
            assertThat(moved).isEqualTo(expected);
        } else {
            // H2 orders within each range of staged rows; the ranges follow the staging order
            List<Long> byRange = new ArrayList<>();
            for (long from = 1; from <= STAGED; from += Move.ROWS) {
                for (long n = Math.min(STAGED, from + Move.ROWS - 1); n >= from; n--) {
                    if (n % 2 == 1 && (n < 100 || n > 10_099)) {
                        byRange.add(n);
                    }
                }
            }
            assertThat(moved).isEqualTo(byRange).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}

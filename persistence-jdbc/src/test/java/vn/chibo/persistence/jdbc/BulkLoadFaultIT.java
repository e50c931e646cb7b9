package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;

/**
 * A connection lost in the middle of a bulk load leaves the database exactly as it was: for every
 * statement a load of every kind runs up to its commit (the maintained aggregates included), the
 * connection is cut right there, and every table keeps its rows (counts and checksums); the load
 * then succeeds once nothing is cut.
 */
class BulkLoadFaultIT {
    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void aConnectionLostAtAnyStatementOfABulkLoadLeavesEveryTableAsItWas(Kind kind) throws SQLException {
        DataSource raw = databases.dataSource(kind, dir);
        FailingDataSource failing = new FailingDataSource(raw);
        JdbcChibo storage = JdbcChibo.create(failing);
        storage.bulkLoader().load(ADMIN, BulkSource.of(BulkTestData.province()), BulkProgress.none());
        List<BulkRecord> load = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            load.add(BulkTestData.ordinary(n, BulkTestData.CELL_A, BulkTestData.CELL_B, "/members/" + n));
        }
        load.addAll(BulkTestData.everyOtherKind(5));
        Map<String, String> before = StoredRows.checksums(raw);

        int statements = cutEverywhere(
                failing, raw, before, () -> storage.bulkLoader().load(ADMIN, BulkSource.of(load), BulkProgress.none()));

        assertThat(statements).isGreaterThan(15);
        assertThat(StoredRows.checksums(raw)).isNotEqualTo(before);
        assertThat(storage.members().all(ADMIN)).hasSize(5);
        assertThat(storage.reports().verifyAggregates().differences()).isEmpty();
    }

    /**
     * Runs {@code load} with the connection cut at its first statement, then its second, and so on
     * until it completes; after each cut every table is as {@code before}. Returns how many
     * statements the load needed.
     */
    private static int cutEverywhere(
            FailingDataSource failing, DataSource raw, Map<String, String> before, Runnable load) throws SQLException {
        for (int n = 1; n < 500; n++) {
            failing.failAt(n);
            try {
                load.run();
            } catch (StorageException e) {
                assertThat(failing.armed()).as("cut at statement %s", n).isFalse();
                failing.disarm();
                assertThat(StoredRows.checksums(raw))
                        .as("rows after a cut at statement %s", n)
                        .isEqualTo(before);
                continue;
            }
            // Stored: either nothing was cut, or the cut came after the commit (dropping the staging tables).
            failing.disarm();
            return n - 1;
        }
        throw new AssertionError("the load never completed");
    }
}

package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;

/**
 * Large loads on an H2 file and on PostgreSQL ({@code -Dchibo.bulk.members}, 3,000 members by
 * default, 100,000 for the figures), their rates printed (not asserted: the machine is
 * shared), the PostgreSQL one beside a hand-written COPY of the same rows into the same tables; and
 * the checks of a large load made by the database, keeping the first thousand violations and
 * counting them all.
 */
class BulkLoadScaleIT {
    private static final int WARDS = 20;
    private static final int CELLS_PER_WARD = 25;
    private static final int ORGANIZATIONS = 1 + WARDS + WARDS * CELLS_PER_WARD;
    /**
     * The members of the large loads: 3,000 by default, so that {@code mvn verify} stays quick;
     * {@code -Dchibo.bulk.members=100000} for the figures at the scale of the issue.
     */
    private static final int MEMBERS = Integer.getInteger("chibo.bulk.members", 3_000);

    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabases() throws Exception {
        databases.close();
    }

    private static BulkSource members(long count) {
        return BulkTestData.generated(WARDS, CELLS_PER_WARD, count, n -> false);
    }

    @Test
    void manyMembersLoadIntoAnH2FileAndAreReadBack() {
        JdbcChibo storage = databases.fresh(Kind.H2_FILE, dir);
        List<String> progress = new ArrayList<>();

        long start = System.nanoTime();
        BulkLoadSummary summary = storage.bulkLoader()
                .load(ADMIN, members(MEMBERS), (phase, records, facts) -> progress.add(phase + " " + records));
        long loaded = System.nanoTime() - start;
        long[] read = {0};
        storage.bulkReader().read(ADMIN, BulkSelection.wholeParty(LocalDate.of(2026, 1, 1)), r -> read[0]++);
        long readBack = System.nanoTime() - start - loaded;

        print("H2 file", summary, loaded);
        System.out.printf(
                Locale.ROOT,
                "H2 file: read back %,d records in %.1f s (%,.0f records/s)%n",
                read[0],
                readBack / 1e9,
                read[0] / (readBack / 1e9));
        assertThat(summary.members()).isEqualTo(MEMBERS);
        assertThat(summary.organizations()).isEqualTo(ORGANIZATIONS);
        assertThat(read[0]).isEqualTo(summary.records());
        List<String> expected = new ArrayList<>();
        for (long n = JdbcBulkLoader.PROGRESS_EVERY; n <= summary.records(); n += JdbcBulkLoader.PROGRESS_EVERY) {
            expected.add("READING " + n);
        }
        expected.add("READING " + summary.records());
        expected.add("CHECKING " + summary.records());
        expected.add("WRITING " + ORGANIZATIONS);
        expected.add("WRITING " + summary.records());
        expected.add("DONE " + summary.records());
        assertThat(progress).containsExactlyElementsOf(expected);
    }

    @Test
    void manyMembersLoadIntoPostgreSqlBesideAHandWrittenCopyOfTheSameRows() throws Exception {
        warmUp();
        DataSource loaderSchema = databases.dataSource(Kind.POSTGRESQL, dir);
        DataSource copySchema = databases.dataSource(Kind.POSTGRESQL, dir);
        JdbcChibo storage = JdbcChibo.create(loaderSchema);
        JdbcChibo.create(copySchema).close();

        long[] copy = handWrittenCopy(copySchema, members(MEMBERS), dir);
        long start = System.nanoTime();
        BulkLoadSummary summary = storage.bulkLoader().load(ADMIN, members(MEMBERS), BulkProgress.none());
        long loaded = System.nanoTime() - start;

        print("PostgreSQL", summary, loaded);
        long copyTotal = copy[0] + copy[1];
        System.out.printf(
                Locale.ROOT,
                "PostgreSQL: hand-written COPY of the same rows %.1f s (rendering %.1f s + COPY and commit %.1f s);"
                        + " loader speed / hand-written COPY speed = %.2f (against the COPY alone: %.2f)%n",
                copyTotal / 1e9,
                copy[0] / 1e9,
                copy[1] / 1e9,
                (double) copyTotal / loaded,
                (double) copy[1] / loaded);
        assertThat(StoredRows.counts(loaderSchema, StoredRows.ORGANIZATIONS_AND_MEMBERS))
                .isEqualTo(StoredRows.counts(copySchema, StoredRows.ORGANIZATIONS_AND_MEMBERS))
                .doesNotContain(0L);
        assertThat(summary.members()).isEqualTo(MEMBERS);
    }

    /** Loads a little with both before timing, so that neither runs on code the JIT has not seen. */
    private void warmUp() throws Exception {
        DataSource a = databases.dataSource(Kind.POSTGRESQL, dir);
        DataSource b = databases.dataSource(Kind.POSTGRESQL, dir);
        JdbcChibo.create(a).bulkLoader().load(ADMIN, members(5_000), BulkProgress.none());
        JdbcChibo.create(b).close();
        handWrittenCopy(b, members(5_000), dir);
    }

    @Test
    void fifteenHundredBadReferencesAmongFiveThousandMembersKeepTheFirstThousandCountAllAndStoreNothing()
            throws SQLException {
        DataSource data = databases.dataSource(Kind.POSTGRESQL, dir);
        JdbcChibo storage = JdbcChibo.create(data);
        List<Long> before = StoredRows.counts(data);

        assertThatThrownBy(() -> storage.bulkLoader()
                        .load(
                                ADMIN,
                                BulkTestData.generated(WARDS, CELLS_PER_WARD, 5_000, n -> n % 3 == 1 && n < 4_500),
                                BulkProgress.none()))
                .isInstanceOfSatisfying(BulkLoadRejectedException.class, e -> {
                    assertThat(e.total()).isEqualTo(1_500);
                    assertThat(e.violations()).hasSize(ViolationCollector.DEFAULT_LIMIT);
                    assertThat(e.violations())
                            .allSatisfy(v -> assertThat(v.rule()).isEqualTo("BULK-REFERENCE"));
                    assertThat(e.violations().get(0).path()).isEqualTo("/members/1");
                    assertThat(e.violations().get(999).path()).isEqualTo("/members/" + (1 + 3 * 999));
                });
        assertThat(StoredRows.counts(data)).isEqualTo(before);
        assertThat(StoredRows.counts(data, StoredRows.ORGANIZATIONS_AND_MEMBERS))
                .containsOnly(0L);
    }

    private static void print(String database, BulkLoadSummary summary, long nanos) {
        System.out.printf(
                Locale.ROOT,
                "%s: bulk load of %,d records (%,d members, %,d facts) in %.1f s: %,.0f records/s, %,.0f facts/s%n",
                database,
                summary.records(),
                summary.members(),
                summary.facts(),
                nanos / 1e9,
                summary.records() / (nanos / 1e9),
                summary.facts() / (nanos / 1e9));
    }

    /** A table the hand-written COPY fills, in an order its foreign keys allow. */
    private enum Target {
        ORGANIZATION_VERSION("organization_version", "organization_id, version"),
        ORGANIZATION_FACT("organization_fact", OrganizationRows.FACT_COLUMNS),
        ORGANIZATION_STATE("organization_state", OrganizationRows.STATE_COLUMNS),
        MEMBER_VERSION("member_version", "member_id, version"),
        MEMBER_FACT("member_fact", MemberRows.FACT_COLUMNS),
        ADMISSION_SPONSOR("admission_sponsor", MemberRows.SPONSOR_COLUMNS),
        MEMBER_CELL_PERIOD("member_cell_period", MemberRows.PERIOD_COLUMNS);

        final String table;
        final String columns;

        Target(String table, String columns) {
            this.table = table;
            this.columns = columns;
        }
    }

    /**
     * What a person would write by hand to put the same rows into the same tables: every row of
     * every table rendered in COPY text into a file of its own (the same values, mapped by the same
     * code), then one COPY per table from its file, in one transaction. No staging, no checks, no
     * maintained aggregates (the loader also writes the ancestor paths and admission counts).
     *
     * @return the nanoseconds spent rendering, and those spent copying and committing
     */
    private static long[] handWrittenCopy(DataSource data, BulkSource source, Path dir) throws Exception {
        long start = System.nanoTime();
        Map<Target, Output> outputs = new LinkedHashMap<>();
        for (Target t : Target.values()) {
            outputs.put(t, new Output(Files.createTempFile(dir, t.table, ".copy")));
        }
        ViolationCollector ignored = ViolationCollector.create();
        for (Optional<BulkRecord> r = source.next(ignored); r.isPresent(); r = source.next(ignored)) {
            if (r.get() instanceof BulkRecord.Organization o) {
                output(outputs, Target.ORGANIZATION_VERSION).row(new Object[] {o.id().value(), o.size()});
                for (int i = 0; i < o.facts().size(); i++) {
                    output(outputs, Target.ORGANIZATION_FACT)
                            .row(OrganizationRows.values(o.facts().get(i), i));
                }
                for (OrganizationState s :
                        OrganizationHistory.of(o.id(), o.facts()).states()) {
                    output(outputs, Target.ORGANIZATION_STATE).row(OrganizationRows.stateValues(o.id(), s));
                }
            } else {
                BulkRecord.Member m = (BulkRecord.Member) r.get();
                output(outputs, Target.MEMBER_VERSION).row(new Object[] {m.id().value(), m.size()});
                for (int i = 0; i < m.facts().size(); i++) {
                    MemberFact f = m.facts().get(i);
                    output(outputs, Target.MEMBER_FACT).row(MemberRows.values(f, i));
                    if (f instanceof MemberFact.AdmissionDecided a) {
                        int index = 0;
                        for (Sponsor s : a.sponsors()) {
                            output(outputs, Target.ADMISSION_SPONSOR)
                                    .row(MemberRows.sponsorValues(m.id(), i, index++, s));
                        }
                    }
                }
                for (MemberPeriods.Period p : MemberPeriods.of(MemberHistory.of(m.id(), m.facts()))) {
                    output(outputs, Target.MEMBER_CELL_PERIOD).row(MemberRows.periodValues(m.id(), p));
                }
            }
        }
        for (Output o : outputs.values()) {
            o.close();
        }
        long rendered = System.nanoTime();
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Target t : Target.values()) {
                try (InputStream in = Files.newInputStream(output(outputs, t).file)) {
                    copy.copyIn("COPY " + t.table + " (" + t.columns + ") FROM STDIN", in, 1 << 16);
                }
            }
            c.commit();
        }
        long copied = System.nanoTime();
        for (Output o : outputs.values()) {
            Files.delete(o.file);
        }
        return new long[] {rendered - start, copied - rendered};
    }

    private static Output output(Map<Target, Output> outputs, Target t) {
        return Objects.requireNonNull(outputs.get(t));
    }

    /** The COPY text of one table, written to a file of its own. */
    private static final class Output {
        final Path file;
        private final OutputStream out;
        private final CopyText text = new CopyText(1 << 16);

        Output(Path file) throws IOException {
            this.file = file;
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        }

        void row(@Nullable Object[] values) throws IOException {
            text.row(values);
            if (text.length() >= 1 << 16) {
                flush();
            }
        }

        private void flush() throws IOException {
            out.write(text.bytes(), 0, text.length());
            text.clear();
        }

        void close() throws IOException {
            flush();
            out.close();
        }
    }
}

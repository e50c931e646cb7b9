package vn.chibo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.memory.PortBulkLoader;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.examples.Phuong5Scenario;
import vn.chibo.persistence.jdbc.JdbcChibo;

/**
 * (g) The Phường 5 report (the 2021 review of the ward: 1,312 members rated, 24 cells), warm,
 * from storage, absolute: the scenario is recorded once in setup (in memory, as the example
 * records it) and copied whole into an H2 file ({@code PortBulkLoader} over the {@code JdbcChibo}
 * ports, which keep every kind of record); each report is then read from that database as the
 * CLI's {@code report} reads one: the ward's grade counts from the counts the database maintains
 * ({@code JdbcReports.gradeCounts}), its name, regime and quota exception through a chibo that
 * {@code JdbcChibo} configures, made into the domain's report ({@code EvaluationReport.of}).
 *
 * <p>The report recomputed from the stored ratings ({@code chibo.evaluations().report}, which
 * reads every member history of the ward through {@code JdbcMembers.ofOrganization}) is not
 * measured here: on H2 one such report did not finish within minutes (see {@code RESULTS.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Phuong5ReportBenchmark {
    private static final Year YEAR = Year.of(2021);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T03:00:00Z"), ZoneOffset.UTC);

    @SuppressWarnings("NullAway.Init") // set up by JMH before any benchmark
    private Chibo chibo;

    private @Nullable JdbcChibo storage;
    private @Nullable Path dir;

    /** Records the scenario and copies it into a new H2 file. */
    @Setup
    public void setUp() throws IOException {
        Chibo recorded = Phuong5Scenario.load(CLOCK);
        List<BulkRecord> records = new ArrayList<>();
        recorded.bulkReader()
                .read(Phuong5Scenario.IMPORTER, BulkSelection.wholeParty(LocalDate.of(2026, 1, 1)), records::add);
        Path d = Files.createTempDirectory("chibo-bench-phuong5");
        dir = d;
        JdbcChibo s = JdbcChibo.h2File(d.resolve("phuong5"));
        storage = s;
        new PortBulkLoader(s.organizations(), s.members(), s.meetings(), s.residenceLiaisons(), s.evaluations())
                .load(Phuong5Scenario.IMPORTER, BulkSource.of(records), BulkProgress.none());
        chibo = s.configure(Chibo.builder().clock(CLOCK)).build();
    }

    /** Closes and deletes the file. */
    @TearDown
    public void tearDown() throws IOException {
        JdbcChibo s = storage;
        if (s != null) {
            s.close();
            storage = null;
        }
        Path d = dir;
        if (d != null) {
            H2Files.delete(d);
            dir = null;
        }
    }

    /** The 2021 report of Đảng bộ Phường 5, as the ward's clerk reads it. */
    @Benchmark
    public EvaluationReport report() {
        JdbcChibo s = Objects.requireNonNull(storage, "setUp first");
        Actor clerk = Phuong5Scenario.WARD_CLERK;
        OrganizationId ward = Phuong5Scenario.PHUONG_5;
        GradeCounts counts = s.reports().gradeCounts(clerk, ward, YEAR);
        String name = chibo.organizations()
                .find(clerk, ward)
                .flatMap(h -> h.on(YEAR.atMonth(12).atEndOfMonth()))
                .map(OrganizationState::name)
                .orElseThrow();
        String exception = chibo.evaluations()
                .find(clerk, EvaluationKey.of(ward, YEAR))
                .flatMap(EvaluationRecord::quotaException)
                .map(EvaluationEntry.QuotaExceptionRecorded::decision)
                .orElse(null);
        return EvaluationReport.of(
                counts, name, chibo.evaluations().regime(clerk, ward, YEAR), QuotaBase.GOOD, exception);
    }
}

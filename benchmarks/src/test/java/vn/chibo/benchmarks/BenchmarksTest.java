package vn.chibo.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.port.BulkLoadSummary;

/**
 * The smoke run of {@code mvn verify}: every benchmark method once at a tiny scale, called
 * directly, and each chibo measurement checked against its baseline, so that a benchmark that
 * measured something else would fail here rather than print a ratio.
 */
class BenchmarksTest {
    private static final double TINY = 0.0001;

    @Test
    void theDomainAndTheHandWrittenLoopGiveEveryMemberTheSameGradeUnderQd124AndQd366() {
        for (int year : new int[] {2024, 2025}) {
            ClassificationBenchmark b = new ClassificationBenchmark();
            b.scale = TINY;
            b.year = year;
            b.setUp();

            Grade[] domain = b.domain();

            assertThat(b.members()).isGreaterThan(500);
            assertThat(b.baseline()).containsExactly(domain);
            assertThat(Arrays.asList(domain)).contains(Grade.EXCELLENT, Grade.GOOD, Grade.COMPLETED);
        }
    }

    @Test
    void theDomainsReportsAndTheHandWrittenStreamCountTheSame() {
        ReportBenchmark b = new ReportBenchmark();
        b.scale = TINY;
        b.year = 2024;
        b.setUp();

        var domain = b.domain();

        assertThat(domain).hasSizeGreaterThan(1);
        assertThat(b.baseline()).isEqualTo(domain);
        assertThat(domain.get(0).membersRated()).isGreaterThan(500);
    }

    @Test
    void theDomainsBulkLoadAndTheHandWrittenLoadLoadTheSame() {
        BulkLoadBenchmark b = new BulkLoadBenchmark();
        b.scale = TINY;
        b.setUp();

        BulkLoadSummary domain = b.domain();

        assertThat(b.baseline()).isEqualTo(domain);
        assertThat(domain.records()).isEqualTo(b.records());
    }

    @Test
    void theH2LoadAndTheStorageReportsRunOnATinyDatabaseAndAgree() throws Exception {
        H2BulkLoadBenchmark load = new H2BulkLoadBenchmark();
        load.scale = 0.00002;
        load.setUp();
        load.freshDatabase();
        try {
            assertThat(load.domain().records()).isEqualTo(load.records());
        } finally {
            load.dropDatabase();
        }

        StorageReportBenchmark report = new StorageReportBenchmark();
        report.h2 = "";
        report.year = 2024;
        report.setUp();
        try {
            GradeCounts aggregates = report.aggregates();
            assertThat(aggregates.membersRated()).isPositive();
            assertThat(report.reviewRowsByAncestorPath()).isEqualTo(aggregates);
            assertThat(report.reviewRowsByRecursiveCte()).isEqualTo(aggregates);
            assertThat(aggregates.year()).isEqualTo(Year.of(2024));
        } finally {
            report.tearDown();
        }
    }

    @Test
    void thePhuong5ReportHasTheArticlesFigures() {
        Phuong5ReportBenchmark b = new Phuong5ReportBenchmark();
        b.setUp();

        EvaluationReport report = b.report();

        assertThat(report.membersRated()).isEqualTo(1_312);
        assertThat(report.members(Grade.EXCELLENT)).isEqualTo(236);
    }
}

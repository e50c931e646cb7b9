package vn.chibo.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.examples.Phuong5Scenario;

/**
 * (d) The Phường 5 report (the 2021 review of the ward: 1,312 members rated, 24 cells), warm, from
 * the in-memory stores the scenario loads into (the example does not keep its data in a database
 * yet), absolute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Phuong5ReportBenchmark {
    @SuppressWarnings("NullAway.Init") // set up by JMH before any benchmark
    private Chibo chibo;

    /** Loads the scenario. */
    @Setup
    public void setUp() {
        chibo = Phuong5Scenario.load(Clock.fixed(Instant.parse("2024-01-02T03:00:00Z"), ZoneOffset.UTC));
    }

    /** The 2021 report of Đảng bộ Phường 5. */
    @Benchmark
    public EvaluationReport report() {
        return chibo.evaluations()
                .report(Phuong5Scenario.WARD_CLERK, Phuong5Scenario.PHUONG_5, Year.of(2021), QuotaBase.GOOD);
    }
}

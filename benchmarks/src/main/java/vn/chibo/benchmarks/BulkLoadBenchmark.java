package vn.chibo.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.examples.generate.NationalGenerator;

/**
 * (c) A bulk load of generated national data into fresh in-memory stores: {@code
 * Chibo.bulkLoader()} (the {@code PortBulkLoader} over the in-memory ports) against {@link
 * HandLoad}, a hand-written load of the same records with the same checks into plain maps. Both
 * load the same counts ({@code BenchmarksTest} checks it). Time per load; the rate is records
 * divided by it. {@link H2BulkLoadBenchmark} is the same load into H2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkLoadBenchmark {
    /** The share of the country generated. */
    @Param("0.0005")
    public double scale;

    private List<BulkRecord> records = List.of();

    /** Makes the data. */
    @Setup
    public void setUp() {
        records = Dataset.at(scale).records;
    }

    /** How many records a load holds. */
    public int records() {
        return records.size();
    }

    /** The domain's bulk load into fresh in-memory stores. */
    @Benchmark
    public BulkLoadSummary domain() {
        Chibo chibo = Chibo.builder().build();
        return chibo.bulkLoader().load(NationalGenerator.loader(), BulkSource.of(records), BulkProgress.none());
    }

    /** The hand-written load. */
    @Benchmark
    public BulkLoadSummary baseline() {
        return HandLoad.load(records).summary();
    }
}

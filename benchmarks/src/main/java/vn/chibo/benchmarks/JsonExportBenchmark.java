package vn.chibo.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.chibo.domain.Chibo;
import vn.chibo.export.json.ChiboJson;
import vn.chibo.export.json.ExportSummary;

/**
 * (e) A snapshot of {@code members} generated members (the ward of {@code GeneratedParty}, made
 * on the fly by the bulk reader, four facts each) written through {@code ChiboJson.exporter}
 * against {@link HandJson#write}, a hand-written {@code JsonGenerator} writing the same bytes
 * ({@code BenchmarksTest} compares them); both into a stream that counts and keeps nothing. Run
 * in a JVM of 64 MB of heap: the run succeeding shows the export's heap stays within it. Time per
 * export; the rate is members divided by it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx64m")
public class JsonExportBenchmark {
    /** How many members the ward holds. */
    @Param("1000000")
    public int members;

    @SuppressWarnings("NullAway.Init") // set up by JMH before any benchmark
    private Chibo chibo;

    /** Makes the chibo over the generated ward. */
    @Setup
    public void setUp() {
        chibo = GeneratedDocuments.chibo(members, new GeneratedDocuments.Discard());
    }

    /** The export through {@code ChiboJson}. */
    @Benchmark
    public ExportSummary domain() {
        return domain(new GeneratedDocuments.Counting());
    }

    /** The export through {@code ChiboJson} to {@code out}. */
    ExportSummary domain(OutputStream out) {
        return ChiboJson.exporter(chibo).export(GeneratedDocuments.ADMIN, GeneratedDocuments.EVERYTHING, out);
    }

    /** The hand-written export; the records written. */
    @Benchmark
    public long baseline() throws IOException {
        return baseline(new GeneratedDocuments.Counting());
    }

    /** The hand-written export to {@code out}; the records written. */
    long baseline(OutputStream out) throws IOException {
        return HandJson.write(
                chibo.bulkReader(), GeneratedDocuments.ADMIN, GeneratedDocuments.EVERYTHING, chibo.policies(), out);
    }
}

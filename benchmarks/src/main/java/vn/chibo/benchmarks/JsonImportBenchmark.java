package vn.chibo.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.export.json.ChiboJson;
import vn.chibo.export.json.ImportReceipt;

/**
 * (e) The snapshot of {@link JsonExportBenchmark}, written once to a file in setup, read through
 * {@code ChiboJson.importer} into a loader that discards every record, against {@link
 * HandJson#read}, a hand-written {@code JsonParser} making the same records ({@code
 * BenchmarksTest} compares them) and discarding them. Run in a JVM of 64 MB of heap. Time per
 * import; the rate is members divided by it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx64m")
public class JsonImportBenchmark {
    /** How many members the ward holds. */
    @Param("1000000")
    public int members;

    private final GeneratedDocuments.Discard discard = new GeneratedDocuments.Discard();

    @SuppressWarnings("NullAway.Init") // set up by JMH before any benchmark
    private Chibo chibo;

    private @Nullable Path document;

    /** Writes the document. */
    @Setup
    public void setUp() throws IOException {
        chibo = GeneratedDocuments.chibo(members, discard);
        document = GeneratedDocuments.document(chibo);
    }

    /** Deletes the document. */
    @TearDown
    public void tearDown() throws IOException {
        Path d = document;
        if (d != null) {
            Files.delete(d);
            document = null;
        }
    }

    private InputStream open() throws IOException {
        Path d = document;
        if (d == null) {
            throw new IllegalStateException("no document: setUp first");
        }
        return new BufferedInputStream(Files.newInputStream(d), 1 << 16);
    }

    /** The import through {@code ChiboJson}. */
    @Benchmark
    public ImportReceipt domain() throws IOException {
        try (InputStream in = open()) {
            return ChiboJson.importer(chibo).importFrom(GeneratedDocuments.ADMIN, in);
        }
    }

    /** The hand-written import. */
    @Benchmark
    public HandJson.Read baseline() throws IOException {
        return baseline(r -> {});
    }

    /** The hand-written import, showing each record to {@code sink}. */
    HandJson.Read baseline(Consumer<? super BulkRecord> sink) throws IOException {
        try (InputStream in = open()) {
            return HandJson.read(in, sink);
        }
    }

    /** From now on, shows each record the import through {@code ChiboJson} loads to {@code sink}. */
    void show(Consumer<? super BulkRecord> sink) {
        discard.show(sink);
    }
}

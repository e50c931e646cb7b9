package vn.chibo.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.export.json.ChiboJson;
import vn.chibo.export.json.ExportSummary;
import vn.chibo.export.json.ImportReceipt;
import vn.chibo.export.json.SnapshotExporter;
import vn.chibo.persistence.jdbc.JdbcChibo;
import vn.chibo.testkit.data.GeneratedParty;
import vn.chibo.testkit.jvm.Pipe;

/**
 * Imports a generated snapshot of {@code members} members into a store through {@link ChiboJson},
 * streamed through a pipe, then exports the store again, while a sampler records the largest heap
 * in use after a collection (as often for every size, and after each phase); prints {@code imported=N exported=N peakLiveHeap=BYTES}. Run in its
 * own JVM with {@code -Xmx32m} by {@link JsonFlatHeapIT}: {@code JsonHeapProbe STORE MEMBERS WHERE}
 * (a folder for an embedded H2 file, a JDBC URL for an H2 file served by H2's TCP server or for
 * PostgreSQL), and optionally {@code SNAPSHOT}, a file to import instead of generating the
 * snapshot as it goes.
 */
public final class JsonHeapProbe {
    private static final Actor ADMIN = Actor.wholeParty("heap-probe");
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    /** Where the records go. */
    enum Store {
        /**
         * An H2 file in the given folder, the H2 engine embedded in the probe's JVM, through {@link
         * JdbcChibo}'s streaming bulk loader and reader: the probe's heap holds H2's page cache and
         * store metadata too.
         */
        H2_FILE,
        /**
         * An H2 file served by an H2 TCP server at the given JDBC URL ({@code jdbc:h2:tcp://...},
         * user {@code sa}), through {@link JdbcChibo}: the H2 engine runs in the server's JVM, as
         * PostgreSQL runs in its own process.
         */
        H2_SERVER,
        /** A PostgreSQL database at the given JDBC URL (user {@code postgres}), through {@link JdbcChibo}. */
        POSTGRES;

        Chibo open(int members, String where) {
            Chibo.Builder builder = Chibo.builder().clock(Clock.systemUTC());
            if (this == H2_FILE) {
                return JdbcChibo.h2File(Path.of(where).resolve("chibo"))
                        .configure(builder)
                        .build();
            }
            if (this == H2_SERVER) {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(where);
                h2.setUser("sa");
                h2.setPassword("");
                return JdbcChibo.create(h2).configure(builder).build();
            }
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(where);
            postgres.setUser("postgres");
            return JdbcChibo.create(postgres).configure(builder).build();
        }
    }

    private JsonHeapProbe() {}

    /** Runs the probe; a failure exits non-zero. */
    public static void main(String[] args) throws Exception {
        Store store = Store.valueOf(args[0]);
        int members = Integer.parseInt(args[1]);
        Chibo chibo = store.open(members, args[2]);
        AtomicLong peak = new AtomicLong();
        // The sampling period grows with the size, so every size is sampled about as often and at
        // the same points of its work: the peak of many more samples of the same noise would be
        // higher, a flat heap would look like growth.
        long period = Math.max(50L, 250L * members / 10_000);
        Thread sampler = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peak.accumulateAndGet(GeneratedParty.liveHeap(), Math::max);
                        try {
                            Thread.sleep(period);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        ImportReceipt imported =
                args.length > 3 ? importFile(chibo, Path.of(args[3])) : importGenerated(chibo, members);
        peak.accumulateAndGet(GeneratedParty.liveHeap(), Math::max);
        long[] bytes = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        ExportSummary exported = ChiboJson.exporter(chibo).export(ADMIN, BulkSelection.wholeParty(AS_OF), counting);

        sampler.interrupt();
        sampler.join();
        peak.accumulateAndGet(GeneratedParty.liveHeap(), Math::max);
        System.out.println("imported=" + imported.stored().members() + " exported=" + exported.members() + " bytes="
                + bytes[0] + " peakLiveHeap=" + peak.get());
    }

    /** Imports a snapshot file (one {@link #writeGenerated} wrote, read as it goes). */
    private static ImportReceipt importFile(Chibo chibo, Path snapshot) throws IOException {
        try (InputStream in = Files.newInputStream(snapshot)) {
            return ChiboJson.importer(chibo).importFrom(ADMIN, in);
        }
    }

    /** Writes the snapshot of {@code members} generated members the probe imports to {@code file}. */
    static void writeGenerated(int members, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            SnapshotExporter.over(GeneratedParty.reader(members), ChiboPolicies.central(), Clock.systemUTC())
                    .export(ADMIN, BulkSelection.wholeParty(AS_OF), out);
        }
    }

    private static ImportReceipt importGenerated(Chibo chibo, int members) throws IOException, InterruptedException {
        return Pipe.through(
                out -> SnapshotExporter.over(GeneratedParty.reader(members), ChiboPolicies.central(), Clock.systemUTC())
                        .export(ADMIN, BulkSelection.wholeParty(AS_OF), out),
                in -> ChiboJson.importer(chibo).importFrom(ADMIN, in));
    }
}

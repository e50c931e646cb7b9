package vn.chibo.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
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
 * in use after a collection; prints {@code imported=N exported=N peakLiveHeap=BYTES}. Run in its
 * own JVM with {@code -Xmx32m} by {@link JsonFlatHeapIT}: {@code JsonHeapProbe STORE MEMBERS DIR}.
 */
public final class JsonHeapProbe {
    private static final Actor ADMIN = Actor.wholeParty("heap-probe");
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    /** Where the records go. */
    enum Store {
        /** A store holding nothing: the generated party read back, loads discarded (the JSON code alone). */
        GENERATED,
        /** An H2 file through {@link JdbcChibo}: flat once its streaming bulk loader and reader are configured. */
        H2_FILE;

        Chibo open(int members, Path dir) {
            Chibo.Builder builder = Chibo.builder().clock(Clock.systemUTC());
            if (this == GENERATED) {
                return builder.bulkReader(GeneratedParty.reader(members))
                        .bulkLoader(new GeneratedParty.DiscardingLoader(Integer.MAX_VALUE))
                        .build();
            }
            return JdbcChibo.h2File(dir.resolve("chibo")).configure(builder).build();
        }
    }

    private JsonHeapProbe() {}

    /** Runs the probe; a failure exits non-zero. */
    public static void main(String[] args) throws Exception {
        Store store = Store.valueOf(args[0]);
        int members = Integer.parseInt(args[1]);
        Chibo chibo = store.open(members, Path.of(args[2]));
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peak.accumulateAndGet(GeneratedParty.liveHeap(), Math::max);
                        try {
                            Thread.sleep(250);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        ImportReceipt imported = importGenerated(chibo, members);
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

    private static ImportReceipt importGenerated(Chibo chibo, int members) throws IOException, InterruptedException {
        return Pipe.through(
                out -> SnapshotExporter.over(GeneratedParty.reader(members), ChiboPolicies.central(), Clock.systemUTC())
                        .export(ADMIN, BulkSelection.wholeParty(AS_OF), out),
                in -> ChiboJson.importer(chibo).importFrom(ADMIN, in));
    }
}

package vn.chibo.export.json;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.port.BulkSelection;

/**
 * Exports {@code args[0]} generated members and imports them back through a pipe, holding none,
 * then prints {@code members=N peakLiveHeap=BYTES}: the largest heap in use after a collection.
 * Run in its own JVM with a small heap ({@code -Xmx32m}) by {@link FlatHeapTest}.
 */
public final class HeapProbe {
    private HeapProbe() {}

    /** Runs the probe; exits non-zero on failure. */
    public static void main(String[] args) throws Exception {
        int members = Integer.parseInt(args[0]);
        SyntheticParty.CountingLoader loader = new SyntheticParty.CountingLoader(10_000);
        long imported = run(members, loader);
        System.out.println("members=" + imported + " peakLiveHeap=" + loader.peakLiveHeap());
    }

    /** Streams {@code members} members from the synthetic reader to {@code loader}; returns how many arrived. */
    static long run(int members, SyntheticParty.CountingLoader loader) throws InterruptedException, IOException {
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread exporter = new Thread(
                () -> {
                    try (out) {
                        SnapshotExporter.over(SyntheticParty.reader(members), ChiboPolicies.central(), Fixtures.CLOCK)
                                .export(Fixtures.ADMIN, BulkSelection.wholeParty(LocalDate.of(2026, 1, 1)), out);
                    } catch (IOException e) {
                        failed.set(new UncheckedIOException(e));
                    } catch (RuntimeException | Error e) {
                        failed.set(e);
                    }
                },
                "exporter");
        exporter.start();
        ImportReceipt receipt = SnapshotImporter.into(
                        loader, Fixtures.VALIDATOR, ChiboPolicies.central(), Fixtures.CLOCK)
                .importFrom(Fixtures.ADMIN, in);
        exporter.join();
        if (failed.get() != null) {
            throw new IllegalStateException("the export failed", failed.get());
        }
        return receipt.stored().members();
    }
}

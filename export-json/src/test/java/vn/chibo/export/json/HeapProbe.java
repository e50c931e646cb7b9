package vn.chibo.export.json;

import java.io.IOException;
import java.time.LocalDate;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.testkit.data.GeneratedParty;
import vn.chibo.testkit.jvm.Pipe;

/**
 * Exports {@code args[0]} generated members and imports them back through a pipe, holding none,
 * then prints {@code members=N peakLiveHeap=BYTES}: the largest heap in use after a collection.
 * Run in its own JVM with a small heap ({@code -Xmx32m}) by {@link FlatHeapTest}.
 */
public final class HeapProbe {
    private HeapProbe() {}

    /** Runs the probe; exits non-zero on failure. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int members = Integer.parseInt(args[0]);
        GeneratedParty.DiscardingLoader loader = new GeneratedParty.DiscardingLoader(10_000);
        ImportReceipt receipt = Pipe.through(
                out -> SnapshotExporter.over(GeneratedParty.reader(members), ChiboPolicies.central(), Fixtures.CLOCK)
                        .export(Fixtures.ADMIN, BulkSelection.wholeParty(LocalDate.of(2026, 1, 1)), out),
                in -> SnapshotImporter.into(loader, Fixtures.VALIDATOR, ChiboPolicies.central(), Fixtures.CLOCK)
                        .importFrom(Fixtures.ADMIN, in));
        System.out.println("members=" + receipt.stored().members() + " peakLiveHeap=" + loader.peakLiveHeap());
    }
}

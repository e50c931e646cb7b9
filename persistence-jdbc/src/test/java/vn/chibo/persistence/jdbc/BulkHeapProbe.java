package vn.chibo.persistence.jdbc;

import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Locale;
import org.postgresql.ds.PGSimpleDataSource;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkSelection;

/**
 * Run in a JVM of its own with a small heap by {@link BulkLoadHeapIT}: loads a generated load of
 * {@code args[2]} members into the PostgreSQL database at {@code args[0]} as user {@code args[1]},
 * reads everything back through the bulk reader, and prints what it did and the most heap it ever
 * used.
 */
public final class BulkHeapProbe {
    private BulkHeapProbe() {}

    public static void main(String[] args) {
        PGSimpleDataSource data = new PGSimpleDataSource();
        data.setURL(args[0]);
        data.setUser(args[1]);
        long members = Long.parseLong(args[2]);
        try (JdbcChibo storage = JdbcChibo.create(data)) {
            long start = System.nanoTime();
            BulkLoadSummary summary = storage.bulkLoader()
                    .load(ADMIN, BulkTestData.generated(20, 25, members, n -> false), (phase, records, facts) -> {});
            long loaded = System.nanoTime() - start;
            long[] read = {0};
            storage.bulkReader().read(ADMIN, BulkSelection.wholeParty(LocalDate.of(2026, 1, 1)), r -> read[0]++);
            long readBack = System.nanoTime() - start - loaded;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "stored %d members, %d records, %d facts in %.1f s (%,.0f records/s); read back %d records in %.1f s;"
                            + " max heap %d MiB, peak heap used %d MiB%n",
                    summary.members(),
                    summary.records(),
                    summary.facts(),
                    loaded / 1e9,
                    summary.records() / (loaded / 1e9),
                    read[0],
                    readBack / 1e9,
                    Runtime.getRuntime().maxMemory() >> 20,
                    peak >> 20);
        }
    }
}

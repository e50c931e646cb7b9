package vn.chibo.testkit.data;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkLoader;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;

/**
 * A storage that holds nothing, for memory tests of whatever sits between a {@link BulkReader} and
 * a {@link BulkLoader} (an export and an import): a reader generating a ward of any number of
 * members on the fly (four facts each, in the documented order), and a loader that reads every
 * record and forgets it. Between them only the code under test holds anything.
 */
public final class GeneratedParty {
    private GeneratedParty() {}

    /** The ward's organisation. */
    public static final OrganizationId WARD = OrganizationTestData.id("Phường 5");

    /** A reader of the ward, its cell and {@code members} generated members of the cell. */
    public static BulkReader reader(int members) {
        return (Actor actor, BulkSelection selection, Consumer<? super BulkRecord> sink) -> {
            sink.accept(BulkRecord.Organization.of(
                    WARD,
                    List.of(OrganizationTestData.founded(
                            "Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, null, LocalDate.of(2000, 1, 1))),
                    "generated"));
            OrganizationId cell = OrganizationTestData.id("Khu phố 3");
            sink.accept(BulkRecord.Organization.of(
                    cell,
                    List.of(OrganizationTestData.founded(
                            "Khu phố 3", OrganizationKind.CELL, "Phường 5", LocalDate.of(2000, 1, 1))),
                    "generated"));
            for (int i = 0; i < members; i++) {
                String name = "Đảng viên " + i;
                sink.accept(BulkRecord.Member.of(
                        MemberTestData.id(name),
                        MemberTestData.admittedAndRecognized(name, cell, LocalDate.of(2010, 3, 1)),
                        "generated"));
            }
        };
    }

    /**
     * The live heap: the heap in use right after a full collection, in bytes.
     *
     * @implNote calls {@link System#gc()}
     */
    public static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A loader that counts what it reads and forgets it, sampling the live heap as it goes. */
    public static final class DiscardingLoader implements BulkLoader {
        private final int every;
        private long peakLiveHeap;
        private long records;

        /** A loader sampling the live heap every {@code every} records and at the end. */
        public DiscardingLoader(int every) {
            this.every = every;
        }

        @Override
        public BulkLoadSummary load(Actor actor, BulkSource source, BulkProgress progress) {
            ViolationCollector problems = ViolationCollector.create();
            long organizations = 0;
            long members = 0;
            long facts = 0;
            for (Optional<BulkRecord> r = source.next(problems); r.isPresent(); r = source.next(problems)) {
                if (r.get() instanceof BulkRecord.Member) {
                    members++;
                } else {
                    organizations++;
                }
                facts += r.get().size();
                if (++records % every == 0) {
                    peakLiveHeap = Math.max(peakLiveHeap, liveHeap());
                }
            }
            peakLiveHeap = Math.max(peakLiveHeap, liveHeap());
            problems.throwIfAny("generated load");
            return new BulkLoadSummary(organizations, members, 0, 0, 0, 0, facts);
        }

        /** The most heap in use right after a collection, at any sample. */
        public long peakLiveHeap() {
            return peakLiveHeap;
        }
    }
}

package vn.chibo.export.json;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
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
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;

/**
 * A storage that holds nothing: a reader generating a ward with {@code members} members (four
 * facts each) on the fly, and a loader that reads every record and forgets it. Between them only
 * the JSON code holds anything, so their heap shows the JSON code's.
 */
final class SyntheticParty {
    private SyntheticParty() {}

    /** A reader of a ward of {@code members} generated members, in the documented order. */
    static BulkReader reader(int members) {
        return (Actor actor, BulkSelection selection, Consumer<? super BulkRecord> sink) -> {
            sink.accept(BulkRecord.Organization.of(
                    OrganizationTestData.id("Phường 5"),
                    List.of(OrganizationTestData.founded(
                            "Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, null, LocalDate.of(2000, 1, 1))),
                    "generated"));
            OrganizationId cell = OrganizationTestData.id("Khu phố 3");
            for (int i = 0; i < members; i++) {
                String name = "Đảng viên " + i;
                MemberId id = MemberTestData.id(name);
                sink.accept(BulkRecord.Member.of(
                        id, MemberTestData.admittedAndRecognized(name, cell, LocalDate.of(2010, 3, 1)), "generated"));
            }
        };
    }

    /** A loader that counts and forgets, sampling the live heap every {@code every} records. */
    static final class CountingLoader implements BulkLoader {
        private final int every;
        private long peakLiveHeap;
        private long records;

        CountingLoader(int every) {
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
                    sample();
                }
            }
            sample();
            problems.throwIfAny("generated load");
            return new BulkLoadSummary(organizations, members, 0, 0, 0, 0, facts);
        }

        private void sample() {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peakLiveHeap = Math.max(peakLiveHeap, used);
        }

        /** The most heap in use right after a collection, at any sample. */
        long peakLiveHeap() {
            return peakLiveHeap;
        }
    }
}

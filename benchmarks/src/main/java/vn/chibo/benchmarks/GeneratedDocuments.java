package vn.chibo.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkLoader;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.export.json.ChiboJson;
import vn.chibo.testkit.data.GeneratedParty;

/**
 * What the JSON benchmarks share: the whole-party selection, a chibo whose bulk reader generates
 * the ward of {@code GeneratedParty} on the fly and whose bulk loader discards what it reads (so
 * that only the JSON code holds anything), the snapshot of it in a file, and a sink for bytes.
 */
final class GeneratedDocuments {
    /** Who exports and imports. */
    static final Actor ADMIN = Actor.wholeParty("chibo-benchmarks");

    /** What is exported. */
    static final BulkSelection EVERYTHING = BulkSelection.wholeParty(LocalDate.of(2026, 1, 1));

    private GeneratedDocuments() {}

    /** A chibo reading {@code members} generated members and discarding loads into {@code discard}. */
    static Chibo chibo(int members, Discard discard) {
        return Chibo.builder()
                .clock(Clock.fixed(Instant.parse("2026-01-02T03:00:00Z"), ZoneOffset.UTC))
                .policies(ChiboPolicies.central())
                .bulkReader(GeneratedParty.reader(members))
                .bulkLoader(discard)
                .build();
    }

    /** The snapshot of {@code chibo}, written by {@code ChiboJson} to a new temporary file. */
    static Path document(Chibo chibo) throws IOException {
        Path file = Files.createTempFile("chibo-bench", ".json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ChiboJson.exporter(chibo).export(ADMIN, EVERYTHING, out);
        }
        return file;
    }

    /** An output stream that counts the bytes written to it and keeps none. */
    static final class Counting extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        /** The bytes written. */
        long bytes() {
            return bytes;
        }
    }

    /**
     * A loader that reads every record, counts it as {@link GeneratedParty.DiscardingLoader} does
     * and forgets it, without sampling the heap; tests may have it show each record first.
     */
    static final class Discard implements BulkLoader {
        private Consumer<? super BulkRecord> shown = r -> {};

        /** Shows every record read from now on to {@code sink}. */
        void show(Consumer<? super BulkRecord> sink) {
            this.shown = sink;
        }

        @Override
        public BulkLoadSummary load(Actor actor, BulkSource source, BulkProgress progress) {
            ViolationCollector problems = ViolationCollector.create();
            long organizations = 0;
            long members = 0;
            long facts = 0;
            for (Optional<BulkRecord> r = source.next(problems); r.isPresent(); r = source.next(problems)) {
                shown.accept(r.get());
                if (r.get() instanceof BulkRecord.Member) {
                    members++;
                } else {
                    organizations++;
                }
                facts += r.get().size();
            }
            problems.throwIfAny("discarded load");
            return new BulkLoadSummary(organizations, members, 0, 0, 0, 0, facts);
        }
    }
}

package vn.chibo.examples.cli;

import java.util.Objects;
import java.util.function.Consumer;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;

/**
 * A {@link BulkReader} that tells a {@link BulkProgress} how many records and facts have come out
 * of the reader it wraps ({@link BulkProgress.BulkPhase#READING} after each record, {@link
 * BulkProgress.BulkPhase#DONE} at the end), so an export can show a progress bar.
 */
final class ProgressReader implements BulkReader {
    private final BulkReader reader;
    private final BulkProgress progress;

    ProgressReader(BulkReader reader, BulkProgress progress) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public void read(Actor actor, BulkSelection selection, Consumer<? super BulkRecord> sink) {
        long[] counted = new long[2];
        reader.read(actor, selection, r -> {
            sink.accept(r);
            counted[0]++;
            counted[1] += r.size();
            progress.reached(BulkProgress.BulkPhase.READING, counted[0], counted[1]);
        });
        progress.reached(BulkProgress.BulkPhase.DONE, counted[0], counted[1]);
    }
}

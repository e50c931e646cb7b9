package vn.chibo.domain.port;

import java.util.Optional;
import vn.chibo.domain.common.ViolationCollector;

/**
 * The records of a {@link BulkLoader load}, read once, in order, without holding them all: a JSON
 * file being parsed, a generator, another system's export. Not thread-safe.
 *
 * <p>A source that meets input it cannot turn into a record (a malformed JSON object, a value of
 * the wrong type) reports it to the collector it is given and reads on, so that one load reports
 * every problem at once; the loader then stores nothing.
 */
@FunctionalInterface
public interface BulkSource {
    /**
     * The next record.
     *
     * @param problems where to report input that could not become a record
     * @return empty when the source is exhausted
     */
    Optional<BulkRecord> next(ViolationCollector problems);

    /** A source over records already made. */
    static BulkSource of(Iterable<? extends BulkRecord> records) {
        java.util.Iterator<? extends BulkRecord> it = records.iterator();
        return problems -> it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }
}

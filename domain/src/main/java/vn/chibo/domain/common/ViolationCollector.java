package vn.chibo.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gathers the violations of a large input: keeps the first {@code limit} in full and counts them
 * all, so that a million bad rows cost a count, not a million objects. Not thread-safe.
 */
public final class ViolationCollector {
    /** How many violations are kept in full unless told otherwise. */
    public static final int DEFAULT_LIMIT = 1_000;

    private final int limit;
    private final List<Violation> kept = new ArrayList<>();
    private long total;

    private ViolationCollector(int limit) {
        checkArgument(limit > 0, "limit must be positive, was %s", limit);
        this.limit = limit;
    }

    /** A collector keeping the first {@link #DEFAULT_LIMIT}. */
    public static ViolationCollector create() {
        return new ViolationCollector(DEFAULT_LIMIT);
    }

    /** A collector keeping the first {@code limit}. */
    public static ViolationCollector keeping(int limit) {
        return new ViolationCollector(limit);
    }

    /** Counts one violation and keeps it while fewer than the limit are kept. */
    public void add(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        total++;
        if (kept.size() < limit) {
            kept.add(violation);
        }
    }

    /** Counts and keeps each of them in turn. */
    public void addAll(Iterable<Violation> violations) {
        violations.forEach(this::add);
    }

    /** Whether nothing was reported. */
    public boolean isEmpty() {
        return total == 0;
    }

    /** How many were reported in all. */
    public long total() {
        return total;
    }

    /** The ones kept, in the order reported. */
    public ImmutableList<Violation> kept() {
        return ImmutableList.copyOf(kept);
    }

    /**
     * Throws a {@link BulkLoadRejectedException} about {@code what} when anything was reported.
     *
     * @throws BulkLoadRejectedException with the kept violations and the total
     */
    public void throwIfAny(String what) {
        if (total > 0) {
            throw new BulkLoadRejectedException(what, kept(), total);
        }
    }
}

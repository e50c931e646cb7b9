package vn.chibo.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * A large input (a bulk load, an import) was rejected and nothing was stored. Carries the first
 * violations in full ({@link #violations()}) and how many there were in all ({@link #total()}).
 */
public class BulkLoadRejectedException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final long total;

    /**
     * Carries the kept violations and the total count.
     *
     * @param what what was rejected
     * @param kept the first violations, at least one
     * @param total how many in all, at least as many as kept
     */
    public BulkLoadRejectedException(String what, ImmutableList<Violation> kept, long total) {
        super(
                what + " (" + total + (total == 1 ? " violation" : " violations") + " in all, the first " + kept.size()
                        + " listed)",
                kept);
        checkArgument(total >= kept.size(), "total %s is less than the %s kept", total, kept.size());
        this.total = total;
    }

    /** How many violations there were in all; {@link #violations()} lists the first of them. */
    public long total() {
        return total;
    }
}

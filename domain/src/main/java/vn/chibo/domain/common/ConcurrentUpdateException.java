package vn.chibo.domain.common;

/**
 * Someone else changed the aggregate since it was read: the update lost the race and was not
 * applied. Read again and retry.
 */
public class ConcurrentUpdateException extends ChiboException {
    private static final long serialVersionUID = 1L;

    /** Names the aggregate and the versions that did not match. */
    public ConcurrentUpdateException(String aggregate, long expectedVersion, long actualVersion) {
        super("Concurrent update of " + aggregate + ": expected version " + expectedVersion + ", found "
                + actualVersion);
    }
}

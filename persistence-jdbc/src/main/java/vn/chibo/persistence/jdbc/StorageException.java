package vn.chibo.persistence.jdbc;

import vn.chibo.domain.common.ChiboException;

/**
 * The database failed: it could not be reached, a statement failed, the schema could not be
 * migrated. Whatever the call was doing was rolled back: nothing of it is stored.
 *
 * <p>The message names the operation and the SQLState, never a stored value. The cause is the
 * driver's exception, kept for diagnosis; some drivers quote rejected values in their messages, so
 * a host that logs causes should treat them as it treats the data itself.
 */
public class StorageException extends ChiboException {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, caused by {@code cause}. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure described by {@code message}, such as data that cannot be read back. */
    public StorageException(String message) {
        super(message);
    }
}

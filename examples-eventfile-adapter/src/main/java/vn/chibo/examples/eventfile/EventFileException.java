package vn.chibo.examples.eventfile;

import vn.chibo.domain.common.ChiboException;

/**
 * The event file failed: it could not be opened, read, written or forced to the disk, it holds
 * something that is not a chibo event file, or a record in it is damaged.
 *
 * <p>The message names the file, the offset and the kind of record, never a stored value: the file
 * holds sensitive data (birth dates, citizen IDs, dues).
 */
public class EventFileException extends ChiboException {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, caused by {@code cause}. */
    public EventFileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure described by {@code message}. */
    public EventFileException(String message) {
        super(message);
    }
}

package vn.chibo.export.json;

import vn.chibo.domain.common.ChiboException;

/**
 * An export could not be written: the output failed, or the records came out of storage in an
 * order the format cannot hold. What was written before is incomplete and must be discarded.
 */
public class ExportException extends ChiboException {
    private static final long serialVersionUID = 1L;

    /** An export failure with its cause. */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An export failure. */
    public ExportException(String message) {
        super(message);
    }
}

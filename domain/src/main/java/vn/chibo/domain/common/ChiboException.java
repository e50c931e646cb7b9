package vn.chibo.domain.common;

/**
 * The root of every exception chibo throws on purpose. Unchecked: a host catches the specific
 * subclass it can handle. {@link IllegalArgumentException} and {@link IllegalStateException} come
 * only from preconditions, that is from caller bugs.
 */
public abstract class ChiboException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected ChiboException(String message) {
        super(message);
    }

    protected ChiboException(String message, Throwable cause) {
        super(message, cause);
    }
}

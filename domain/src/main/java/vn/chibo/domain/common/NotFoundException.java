package vn.chibo.domain.common;

/** A command named a record that does not exist (finders return {@code Optional} instead). */
public class NotFoundException extends ChiboException {
    private static final long serialVersionUID = 1L;

    /** Names what was looked for. */
    public NotFoundException(String what) {
        super("Not found: " + what);
    }
}

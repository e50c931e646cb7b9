package vn.chibo.domain.common;

/**
 * The actor asked to read or change something outside the organisation subtree it acts for.
 * Nothing was read or changed.
 */
public class OutOfScopeException extends ChiboException {
    private static final long serialVersionUID = 1L;

    /** Names the actor, its scope and what it reached for. */
    public OutOfScopeException(Actor actor, String what) {
        super("Actor " + actor.id() + " acting for " + actor.scope() + " may not reach " + what);
    }
}

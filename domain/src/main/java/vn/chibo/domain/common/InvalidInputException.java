package vn.chibo.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * Input was rejected, for every reason at once: boundary validation (Jakarta constraints) and the
 * hard invariants of the domain. Nothing was changed.
 */
public class InvalidInputException extends ChiboException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // ImmutableList is serializable
    private final ImmutableList<Violation> violations;

    /** Carries every violation found; there is at least one. */
    public InvalidInputException(String what, Iterable<Violation> violations) {
        this(what, ImmutableList.copyOf(violations));
    }

    private InvalidInputException(String what, ImmutableList<Violation> violations) {
        super(describe(what, violations));
        checkArgument(!violations.isEmpty(), "an InvalidInputException needs at least one violation");
        this.violations = violations;
    }

    /** Every violation, in the order found. */
    public ImmutableList<Violation> violations() {
        return violations;
    }

    private static String describe(String what, ImmutableList<Violation> violations) {
        return what + " rejected, " + violations.size() + (violations.size() == 1 ? " violation" : " violations")
                + ", nothing changed:\n"
                + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
    }
}

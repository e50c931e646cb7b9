package vn.chibo.domain.rule;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A kind of policy, typed by the interface its policies implement: {@code
 * PolicyKind.of("organization.structure", StructurePolicy.class)}. Kinds are equal by name.
 *
 * @param <P> the policy interface
 */
public final class PolicyKind<P extends Policy> {
    private final String name;
    private final Class<P> type;
    private final Basis basis;

    /** Whether policies of a kind are chosen by the date of a fact or by the review year. */
    public enum Basis {
        /** By the date the judged fact happened (structure, membership, meetings). */
        DATE,
        /** By the review year (evaluation regimes). */
        REVIEW_YEAR
    }

    private PolicyKind(String name, Class<P> type, Basis basis) {
        checkArgument(!name.isBlank(), "a policy kind has a name");
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.basis = Objects.requireNonNull(basis, "basis");
    }

    /** A kind whose policies are chosen by date. */
    public static <P extends Policy> PolicyKind<P> byDate(String name, Class<P> type) {
        return new PolicyKind<>(name, type, Basis.DATE);
    }

    /** A kind whose policies are chosen by review year. */
    public static <P extends Policy> PolicyKind<P> byReviewYear(String name, Class<P> type) {
        return new PolicyKind<>(name, type, Basis.REVIEW_YEAR);
    }

    /** The stable name, e.g. {@code organization.structure}. */
    public String name() {
        return name;
    }

    /** The policy interface. */
    public Class<P> type() {
        return type;
    }

    /** How its policies are chosen. */
    public Basis basis() {
        return basis;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyKind<?> other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}

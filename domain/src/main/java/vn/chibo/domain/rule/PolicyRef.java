package vn.chibo.domain.rule;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which policy produced a result: its identity and the fingerprint of the parameters it had, so a
 * host that changed a parameter can tell old results from new.
 *
 * @param id the policy's identity, e.g. {@code organization.structure/QĐ294-2025}
 * @param fingerprint a hash of the policy's parameters ({@link Policy#fingerprint()})
 */
public record PolicyRef(String id, String fingerprint) {
    public PolicyRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * The references last made, with their policies: a classification refers to its regime once
     * per member and once per finding (and to the Annex 5 criteria set for some members), and a
     * policy is immutable.
     */
    private static volatile @Nullable Made last;

    private static volatile @Nullable Made before;

    /** The reference of a policy. */
    public static PolicyRef of(Policy policy) {
        Made l = last;
        if (l != null && l.policy() == policy) {
            return l.ref();
        }
        Made b = before;
        if (b != null && b.policy() == policy) {
            return b.ref();
        }
        return made(policy, l);
    }

    /**
     * Makes the reference of a policy not among the last two and keeps it. Apart from {@link
     * #of}, so that what is called once per finding stays small enough for the JIT to inline it.
     */
    private static PolicyRef made(Policy policy, @Nullable Made l) {
        PolicyRef ref = new PolicyRef(policy.id(), policy.fingerprint());
        before = l;
        last = new Made(policy, ref);
        return ref;
    }

    /** A policy and its reference. */
    private record Made(Policy policy, PolicyRef ref) {}

    @Override
    public String toString() {
        return id + "@" + fingerprint;
    }
}

package vn.chibo.domain.rule;

import java.util.Objects;

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

    /** The reference of a policy. */
    public static PolicyRef of(Policy policy) {
        return new PolicyRef(policy.id(), policy.fingerprint());
    }

    @Override
    public String toString() {
        return id + "@" + fingerprint;
    }
}

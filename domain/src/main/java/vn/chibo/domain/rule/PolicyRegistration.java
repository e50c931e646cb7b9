package vn.chibo.domain.rule;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.OrganizationId;

/**
 * One policy registered for a kind, a time span and, for an overlay, an organisation subtree.
 *
 * @param kind the kind the policy serves
 * @param policy the policy
 * @param applicability when it applies
 * @param scope the organisation whose subtree it covers, or {@code null} for the central rules
 */
public record PolicyRegistration<P extends Policy>(
        PolicyKind<P> kind,
        P policy,
        Applicability applicability,
        @Nullable OrganizationId scope) {
    public PolicyRegistration {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(applicability, "applicability");
        checkArgument(
                kind.type().isInstance(policy),
                "policy %s is not a %s",
                policy.id(),
                kind.type().getName());
        checkArgument(
                (kind.basis() == PolicyKind.Basis.DATE) == (applicability instanceof Applicability.Dates),
                "kind %s is chosen by %s, not by %s",
                kind,
                kind.basis(),
                applicability);
    }

    /** The subtree an overlay covers; empty for the central rules. */
    public Optional<OrganizationId> overlayRoot() {
        return Optional.ofNullable(scope);
    }

    @Override
    public String toString() {
        return kind + " " + policy.id() + " for " + applicability
                + (scope == null ? " (central)" : " in subtree " + scope);
    }
}

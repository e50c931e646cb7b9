package vn.chibo.export.json;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.PolicyRegistration;

/**
 * One policy registration in force where a snapshot was made, as its envelope lists it: what
 * judged the facts the snapshot carries (the facts themselves are never re-judged on import).
 *
 * @param kind the policy kind ({@code organization.structure})
 * @param id the policy's identity
 * @param fingerprint the hash of its parameters
 * @param title its title
 * @param applicability when it applies
 * @param scope the subtree an overlay covers, or {@code null} for the central rules
 * @param parameters every parameter, by name
 */
public record PolicyInForce(
        String kind,
        String id,
        String fingerprint,
        Label title,
        Applicability applicability,
        @Nullable OrganizationId scope,
        ImmutableSortedMap<String, String> parameters) {
    public PolicyInForce {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(applicability, "applicability");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** The registration as listed. */
    public static PolicyInForce of(PolicyRegistration<?> registration) {
        return new PolicyInForce(
                registration.kind().name(),
                registration.policy().id(),
                registration.policy().fingerprint(),
                registration.policy().title(),
                registration.applicability(),
                registration.scope(),
                registration.policy().parameters());
    }
}

package vn.chibo.domain.organization;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;

/**
 * The structural findings on one organisation on one date, and the policy that produced them.
 *
 * @param organization the organisation assessed
 * @param asOf the date
 * @param policy the structure policy applied, or {@code null} when none covered the date
 * @param findings every finding, in rule order
 */
public record StructureReport(
        OrganizationId organization,
        LocalDate asOf,
        @Nullable PolicyRef policy,
        ImmutableList<Finding> findings) {
    public StructureReport {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(findings, "findings");
    }

    /** The policy applied, if any. */
    public Optional<PolicyRef> appliedPolicy() {
        return Optional.ofNullable(policy);
    }

    /** The findings with a rule code. */
    public ImmutableList<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).collect(ImmutableList.toImmutableList());
    }

    /** Whether any rule is broken. */
    public boolean hasViolations() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.VIOLATION);
    }
}

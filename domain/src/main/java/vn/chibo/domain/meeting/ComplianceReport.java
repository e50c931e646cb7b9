package vn.chibo.domain.meeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.YearMonth;
import java.util.Objects;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;

/**
 * The compliance of one cell's meetings over a period: every finding, each with its rule, source
 * and policy, and the policies applied.
 *
 * @param organization the cell
 * @param from the first month
 * @param to the last month
 * @param meetings how many meetings were judged
 * @param findings every finding, meeting by meeting, then for the period
 * @param policies the meeting policies applied
 */
public record ComplianceReport(
        OrganizationId organization,
        YearMonth from,
        YearMonth to,
        int meetings,
        ImmutableList<Finding> findings,
        ImmutableSet<PolicyRef> policies) {
    public ComplianceReport {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(policies, "policies");
    }

    /** The findings with a rule code. */
    public ImmutableList<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).collect(ImmutableList.toImmutableList());
    }

    /** Whether nothing was found. */
    public boolean compliant() {
        return findings.isEmpty();
    }
}

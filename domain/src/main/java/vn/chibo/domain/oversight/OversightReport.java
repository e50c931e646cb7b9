package vn.chibo.domain.oversight;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.rule.PolicyRef;

/**
 * What oversight found in a subtree for a year.
 *
 * @param organization the subtree's root
 * @param year the year looked at
 * @param asOf the day the counters were read
 * @param rules the rules applied
 * @param removals the removal considerations, by member then trigger
 * @param commendations the members eligible for the five-year commendation
 */
public record OversightReport(
        OrganizationId organization,
        Year year,
        LocalDate asOf,
        PolicyRef rules,
        ImmutableList<RemovalConsideration> removals,
        ImmutableList<Commendation> commendations) {
    public OversightReport {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(removals, "removals");
        Objects.requireNonNull(commendations, "commendations");
    }
}

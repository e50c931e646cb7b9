package vn.chibo.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Policy;
import vn.chibo.domain.rule.PolicyKind;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.RuleSourced;

/**
 * The structural rules of party organisations in force for a span of dates: which kind may sit
 * under which, the member thresholds of the Charter, committee sizes and term lengths. Central
 * versions come from {@link StructurePolicies}; a province overlays its own by building a copy
 * ({@code StructurePolicy.builder().from(central).id("…").build()}) and registering it for its
 * subtree.
 */
@Value.Immutable
public abstract class StructurePolicy implements Policy, RuleSourced {
    /** The kind under which structure policies are registered, chosen by date. */
    public static final PolicyKind<StructurePolicy> KIND =
            PolicyKind.byDate("organization.structure", StructurePolicy.class);

    /** Rule code: a grassroots organisation or cell needs at least N full members. */
    public static final String FOUND_MIN_FULL_MEMBERS = "ORG-FOUND-MIN-FULL-MEMBERS";
    /** Rule code: under N members a grassroots cell, from N a grassroots committee. */
    public static final String GRASSROOTS_SIZE = "ORG-GRASSROOTS-SIZE";
    /** Rule code: a cell elects a committee only with at least N full members. */
    public static final String CELL_COMMITTEE_THRESHOLD = "ORG-CELL-COMMITTEE-THRESHOLD";
    /** Rule code: a cell committee has at most N members. */
    public static final String CELL_COMMITTEE_MAX = "ORG-CELL-COMMITTEE-MAX";
    /** Rule code: a cell has at most N deputy secretaries. */
    public static final String CELL_DEPUTY_MAX = "ORG-CELL-DEPUTY-MAX";
    /** Rule code: which kind may sit under which. */
    public static final String PARENT_KIND = "ORG-PARENT-KIND";
    /** Rule code: the planned length of a term. */
    public static final String TERM_LENGTH = "ORG-TERM-LENGTH";

    StructurePolicy() {}

    /** A builder; {@code from(policy)} copies an existing one. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StructurePolicy}. */
    public static final class Builder extends ImmutableStructurePolicy.Builder {
        Builder() {}
    }

    @Override
    public abstract String id();

    @Override
    public abstract Label title();

    @Override
    public abstract RuleSource source();

    /** Which kinds may sit directly under which (rules.md §1, §1.12). */
    public abstract ImmutableSetMultimap<OrganizationKind, OrganizationKind> allowedChildren();

    /** Full members needed to found a grassroots organisation or a cell: 3. */
    public abstract int minFullMembersToFound();

    /** Members (all statuses) from which a grassroots organisation is a committee: 30. */
    public abstract int grassrootsCommitteeMinMembers();

    /** Full members from which a cell elects a committee (chi ủy): 9. */
    public abstract int cellCommitteeMinFullMembers();

    /** The most members a cell committee has: 7. */
    public abstract int cellCommitteeMaxMembers();

    /** The most deputy secretaries a cell has: 1. */
    public abstract int cellDeputySecretariesMax();

    /** The planned term of a grassroots organisation and higher levels, in years: 5. */
    public abstract int grassrootsTermYears();

    /** How many congresses a subordinate cell holds in five years: 2. */
    public abstract int cellCongressesPerFiveYears();

    /** Whether the pilot of one cell congress per five years is allowed (QĐ 294). */
    public abstract boolean cellOneCongressPilotAllowed();

    /** The source of each rule, by rule code. */
    public abstract ImmutableMap<String, RuleSource> ruleSources();

    /** Whether {@code child} may sit directly under {@code parent}. */
    public boolean allows(OrganizationKind parent, OrganizationKind child) {
        return allowedChildren().containsEntry(parent, child);
    }

    @Override
    public ImmutableSortedMap<String, String> parameters() {
        Map<String, String> p = new TreeMap<>();
        p.put("minFullMembersToFound", Integer.toString(minFullMembersToFound()));
        p.put("grassrootsCommitteeMinMembers", Integer.toString(grassrootsCommitteeMinMembers()));
        p.put("cellCommitteeMinFullMembers", Integer.toString(cellCommitteeMinFullMembers()));
        p.put("cellCommitteeMaxMembers", Integer.toString(cellCommitteeMaxMembers()));
        p.put("cellDeputySecretariesMax", Integer.toString(cellDeputySecretariesMax()));
        p.put("grassrootsTermYears", Integer.toString(grassrootsTermYears()));
        p.put("cellCongressesPerFiveYears", Integer.toString(cellCongressesPerFiveYears()));
        p.put("cellOneCongressPilotAllowed", Boolean.toString(cellOneCongressPilotAllowed()));
        p.put(
                "allowedChildren",
                allowedChildren().entries().stream()
                        .map(e -> e.getKey() + ">" + e.getValue())
                        .sorted()
                        .collect(Collectors.joining(",")));
        return ImmutableSortedMap.copyOf(p);
    }

    @Value.Check
    void check() {
        checkArgument(!id().isBlank(), "a policy has an id");
        checkArgument(minFullMembersToFound() >= 1, "minFullMembersToFound must be positive");
        checkArgument(grassrootsCommitteeMinMembers() >= 1, "grassrootsCommitteeMinMembers must be positive");
        checkArgument(cellCommitteeMinFullMembers() >= 1, "cellCommitteeMinFullMembers must be positive");
        checkArgument(cellCommitteeMaxMembers() >= 1, "cellCommitteeMaxMembers must be positive");
        checkArgument(cellDeputySecretariesMax() >= 0, "cellDeputySecretariesMax must not be negative");
        checkArgument(grassrootsTermYears() >= 1, "grassrootsTermYears must be positive");
        checkArgument(
                cellCongressesPerFiveYears() >= 1 && cellCongressesPerFiveYears() <= 5,
                "cellCongressesPerFiveYears must be 1 to 5");
    }
}

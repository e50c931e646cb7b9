package vn.chibo.domain.member.dues;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.math.LongMath;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.rule.Policy;
import vn.chibo.domain.rule.PolicyKind;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.RuleSourced;

/**
 * The dues rules in force for a span of dates (chế độ đảng phí): a {@link DuesRate} per {@link
 * DuesCategory}, the share paid past working age, the exemptions and hardship reductions, the
 * rounding of computed amounts and the share a cell keeps. Every rate and amount is an exact
 * integer (basis points, percent, whole VND); nothing is a floating-point number.
 *
 * <p>Central versions come from {@link DuesPolicies}; a province overlays its own by building a copy
 * ({@code DuesPolicy.builder().from(central).id("…").build()}) and registering it for its subtree.
 * {@link DuesCalculator} finds the policy of a month in a registry; {@link #assess(DuesBasis)}
 * applies this one directly.
 */
@Value.Immutable
public abstract class DuesPolicy implements Policy, RuleSourced {
    /** The kind under which dues policies are registered, chosen by date (the first day of the month). */
    public static final PolicyKind<DuesPolicy> KIND = PolicyKind.byDate("member.dues", DuesPolicy.class);

    /** Rule code: the share of a basis amount paid past working age, for fixed amounts. */
    public static final String PAST_WORKING_AGE = "DUES-PAST-WORKING-AGE";
    /** Rule code: exemption on a statutory ground (QĐ 01 Điều 5). */
    public static final String EXEMPTION = "DUES-EXEMPTION";
    /** Finding code: an exemption ground was claimed but does not apply; dues are owed in full. */
    public static final String EXEMPTION_NOT_APPLIED = "DUES-EXEMPTION-NOT-APPLIED";
    /** Finding code: the member's party age allows an exemption the member has not claimed. */
    public static final String EXEMPTION_AVAILABLE = "DUES-EXEMPTION-AVAILABLE";
    /** Rule code: hardship exemptions and reductions, their shares and their length. */
    public static final String HARDSHIP = "DUES-HARDSHIP";
    /** Rule code: a hardship decision's reduction is one the policy allows. */
    public static final String HARDSHIP_PERCENT = "DUES-HARDSHIP-PERCENT";
    /** Rule code: a hardship decision runs for at most the policy's number of months. */
    public static final String HARDSHIP_MAX_MONTHS = "DUES-HARDSHIP-MAX-MONTHS";
    /** Rule code: how computed amounts are rounded. */
    public static final String ROUNDING = "DUES-ROUNDING";
    /** Rule code: the share of collected dues a subordinate cell keeps. */
    public static final String CELL_RETENTION = "DUES-CELL-RETENTION";
    /** Rule code: the category is one this policy has a rate for. */
    public static final String CATEGORY = "DUES-CATEGORY";
    /** Rule code: a category paying a share needs its basis amount. */
    public static final String BASIS_REQUIRED = "DUES-BASIS-REQUIRED";
    /** Rule code: a category paying a fixed amount by area needs the area. */
    public static final String AREA_REQUIRED = "DUES-AREA-REQUIRED";

    DuesPolicy() {}

    /** A builder; {@code from(policy)} copies an existing one. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DuesPolicy}. */
    public static final class Builder extends ImmutableDuesPolicy.Builder {
        Builder() {}
    }

    @Override
    public abstract String id();

    @Override
    public abstract Label title();

    @Override
    public abstract RuleSource source();

    /** The rate of each category the policy knows; other categories are refused. */
    public abstract ImmutableMap<DuesCategory, DuesRate> rates();

    /** The percent of a {@linkplain DuesRate.FixedByArea fixed amount} paid past working age: 50. */
    public abstract int pastWorkingAgePercent();

    /** The statutory grounds of exemption the policy knows; none under QĐ 342. */
    public abstract ImmutableSet<ExemptionGround> exemptionGrounds();

    /** The party age, in whole years, from which {@link ExemptionGround#LONG_PARTY_AGE} holds: 50. */
    public abstract int exemptionMinPartyAgeYears();

    /** Whether a hardship decision may exempt fully. */
    public abstract boolean hardshipExemptionAllowed();

    /** The percents by which a hardship decision may reduce dues: 30, 50, 70 under QĐ 01. */
    public abstract ImmutableSet<Integer> hardshipReductionPercents();

    /** The longest a hardship decision may run, in months (12), or empty for no limit. */
    public abstract OptionalInt hardshipMaxMonths();

    /** How computed amounts are rounded to a multiple of {@link #roundingUnit()}: half-up. */
    public abstract RoundingMode roundingMode();

    /** The VND multiple amounts are rounded to: 1, a whole đồng. */
    public abstract long roundingUnit();

    /** The percent of collected dues a cell under a grassroots committee keeps: 30. */
    public abstract int cellRetentionPercent();

    /** The source of each rule, by rule code (a category's code is {@link DuesCategory#ruleCode()}). */
    public abstract ImmutableMap<String, RuleSource> ruleSources();

    /** The source of a category's rate. */
    public RuleSource sourceOf(DuesCategory category) {
        return sourceOf(category.ruleCode());
    }

    /**
     * What a subordinate cell keeps of {@code collected} VND, rounded like dues; it remits the rest,
     * so the two parts always add up to {@code collected}.
     */
    public long cellRetention(long collected) {
        checkArgument(collected >= 0, "a collected total is not negative");
        return round(Math.multiplyExact(collected, cellRetentionPercent()), 100);
    }

    /**
     * What {@code basis} owes under this policy, whatever the dates the policy is registered for.
     *
     * @throws vn.chibo.domain.common.InvalidInputException if the category has no rate here, its
     *     basis amount or area is missing, or the hardship decision breaks this policy's rules
     */
    public DuesAssessment assess(DuesBasis basis) {
        return DuesCalculator.apply(this, basis);
    }

    /** Every way {@code decision} breaks this policy's hardship rules; empty if none. */
    public ImmutableList<Violation> hardshipViolations(HardshipDecision decision, String path) {
        List<Violation> out = new ArrayList<>();
        RuleSource source = sourceOf(HARDSHIP);
        int percent = decision.reductionPercent();
        if (decision.exempts()) {
            if (!hardshipExemptionAllowed()) {
                out.add(Violation.of(
                        path + ".reductionPercent",
                        HARDSHIP_PERCENT,
                        "100 (exemption)",
                        Label.of(
                                "quy định " + id() + " không cho miễn đảng phí vì hoàn cảnh khó khăn (" + source + ")",
                                "policy " + id() + " has no hardship exemption (" + source + ")")));
            }
        } else if (!hardshipReductionPercents().contains(percent)) {
            String allowed = allowedPercents();
            out.add(Violation.of(
                    path + ".reductionPercent",
                    HARDSHIP_PERCENT,
                    Integer.toString(percent),
                    Label.of(
                            "mức giảm đảng phí chỉ được là " + allowed + " (" + source + ")",
                            "a hardship reduction is one of " + allowed + " (" + source + ")")));
        }
        hardshipMaxMonths().ifPresent(max -> {
            if (decision.months() > max) {
                out.add(Violation.of(
                        path + ".months",
                        HARDSHIP_MAX_MONTHS,
                        decision.months() + " (" + decision.from() + " to " + decision.to() + ")",
                        Label.of(
                                "mỗi quyết định miễn, giảm đảng phí tối đa " + max + " tháng (" + source + ")",
                                "a hardship decision runs for at most " + max + " months (" + source + ")")));
            }
        });
        return ImmutableList.copyOf(out);
    }

    private String allowedPercents() {
        return hardshipReductionPercents().isEmpty()
                ? "[] (none)"
                : hardshipReductionPercents().stream()
                        .sorted()
                        .map(p -> p + "%")
                        .collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code numerator / denominator} rounded to the policy's unit by its mode, exactly. */
    long round(long numerator, long denominator) {
        long unit = roundingUnit();
        return Math.multiplyExact(
                LongMath.divide(numerator, Math.multiplyExact(denominator, unit), roundingMode()), unit);
    }

    @Override
    public ImmutableSortedMap<String, String> parameters() {
        Map<String, String> p = new TreeMap<>();
        rates().forEach((category, rate) -> p.put("rate." + category.name(), rate.canonical()));
        p.put("pastWorkingAgePercent", Integer.toString(pastWorkingAgePercent()));
        p.put(
                "exemptionGrounds",
                exemptionGrounds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        p.put("exemptionMinPartyAgeYears", Integer.toString(exemptionMinPartyAgeYears()));
        p.put("hardshipExemptionAllowed", Boolean.toString(hardshipExemptionAllowed()));
        p.put(
                "hardshipReductionPercents",
                hardshipReductionPercents().stream()
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(",")));
        p.put(
                "hardshipMaxMonths",
                hardshipMaxMonths().isPresent()
                        ? Integer.toString(hardshipMaxMonths().getAsInt())
                        : "none");
        p.put("roundingMode", roundingMode().name());
        p.put("roundingUnit", Long.toString(roundingUnit()));
        p.put("cellRetentionPercent", Integer.toString(cellRetentionPercent()));
        return ImmutableSortedMap.copyOf(p);
    }

    @Value.Check
    void check() {
        checkArgument(!id().isBlank(), "a policy has an id");
        checkArgument(!rates().isEmpty(), "a dues policy has at least one rate");
        checkArgument(
                pastWorkingAgePercent() >= 0 && pastWorkingAgePercent() <= 100, "pastWorkingAgePercent is 0 to 100");
        checkArgument(exemptionMinPartyAgeYears() >= 1, "exemptionMinPartyAgeYears must be positive");
        checkArgument(
                hardshipReductionPercents().stream().allMatch(p -> p >= 1 && p <= 99),
                "hardship reductions are 1 to 99 percent (an exemption is hardshipExemptionAllowed)");
        checkArgument(
                hardshipMaxMonths().isEmpty() || hardshipMaxMonths().getAsInt() >= 1,
                "hardshipMaxMonths must be positive");
        checkArgument(roundingMode() != RoundingMode.UNNECESSARY, "amounts must be rounded by a definite mode");
        checkArgument(roundingUnit() >= 1, "roundingUnit must be positive");
        checkArgument(cellRetentionPercent() >= 0 && cellRetentionPercent() <= 100, "cellRetentionPercent is 0 to 100");
    }
}

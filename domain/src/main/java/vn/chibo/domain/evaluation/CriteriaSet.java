package vn.chibo.domain.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Policy;
import vn.chibo.domain.rule.PolicyKind;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.RuleSourced;

/**
 * A set of scoring criteria for QĐ 366's 100-point scale: items with their maximum points, the
 * general ones adding up to 30 and the results ones to 70. HD 43 has each province concretise QĐ
 * 366's annexes into its own sets (rules-2.md §A4), so a set is a {@link Policy} registered by
 * review year and, for a province, as an overlay on the province's subtree: the most specific
 * registration wins. chibo registers a central default for Annex 5 ({@link
 * CriteriaSets#annex5Default()}), whose items are recalled, not read.
 *
 * <p>A review records the group totals (the "…/30" and "…/70" of form Mẫu 2C), not the items; a host
 * that scores item by item turns the items into totals with {@link #scores(Map, boolean,
 * BigDecimal, BigDecimal, boolean)}.
 */
@Value.Immutable
public abstract class CriteriaSet implements Policy, RuleSourced {
    /**
     * The kind of the criteria sets for members not working in the political system (QĐ 366 Annex
     * 5: retired members, members working in private enterprises …), chosen by review year and
     * subtree.
     */
    public static final PolicyKind<CriteriaSet> ANNEX_5 =
            PolicyKind.byReviewYear("evaluation.criteria.annex5", CriteriaSet.class);

    CriteriaSet() {}

    /** A builder; {@code from(set)} copies an existing one. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CriteriaSet}. */
    public static final class Builder extends ImmutableCriteriaSet.Builder {
        Builder() {}
    }

    @Override
    public abstract String id();

    @Override
    public abstract Label title();

    @Override
    public abstract RuleSource source();

    /** The items, in the order the form lists them. */
    public abstract ImmutableList<Criterion> criteria();

    /** Sources of particular rules of the set, by rule code; usually empty. */
    @Override
    public abstract ImmutableMap<String, RuleSource> ruleSources();

    /** The items of {@code group}, in order. */
    public ImmutableList<Criterion> criteria(CriterionGroup group) {
        return criteria().stream().filter(c -> c.group() == group).collect(ImmutableList.toImmutableList());
    }

    /** The points of {@code group}'s items added up: 30 or 70 for every valid set. */
    public BigDecimal points(CriterionGroup group) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : criteria()) {
            if (c.group() == group) {
                sum = sum.add(c.maxPoints());
            }
        }
        return sum;
    }

    /**
     * The QĐ 366 scores of one member from the points given per item.
     *
     * @param points the points per item code; every item of the set scored, none above its maximum
     * @throws IllegalArgumentException naming every item missing, unknown, negative or over its maximum
     */
    public Scores scores(
            Map<String, BigDecimal> points,
            boolean allTasksOnTime,
            BigDecimal exceededPercent,
            BigDecimal latePercent,
            boolean shortcomingsFixed) {
        List<String> problems = new ArrayList<>();
        BigDecimal general = BigDecimal.ZERO;
        BigDecimal results = BigDecimal.ZERO;
        for (Criterion c : criteria()) {
            BigDecimal p = points.get(c.code());
            if (p == null) {
                problems.add(c.code() + " not scored");
            } else if (p.signum() < 0 || p.compareTo(c.maxPoints()) > 0) {
                problems.add(c.code() + " = " + p.toPlainString() + " outside 0–"
                        + c.maxPoints().toPlainString());
            } else if (c.group() == CriterionGroup.GENERAL) {
                general = general.add(p);
            } else {
                results = results.add(p);
            }
        }
        Set<String> known = new HashSet<>();
        criteria().forEach(c -> known.add(c.code()));
        points.keySet().stream()
                .filter(code -> !known.contains(code))
                .sorted()
                .forEach(code -> problems.add(code + " is not an item of " + id()));
        checkArgument(problems.isEmpty(), "scores on %s: %s", id(), problems);
        return new Scores(general, results, allTasksOnTime, exceededPercent, latePercent, shortcomingsFixed);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Computed once per set (a set never changes): every Annex 5 finding records it.
     */
    @Override
    @Value.Lazy
    public String fingerprint() {
        return Policy.super.fingerprint();
    }

    @Override
    public ImmutableSortedMap<String, String> parameters() {
        Map<String, String> p = new TreeMap<>();
        for (Criterion c : criteria()) {
            p.put(
                    "criterion." + c.code(),
                    c.group().name() + "/" + c.maxPoints().stripTrailingZeros().toPlainString());
        }
        return ImmutableSortedMap.copyOf(p);
    }

    @Value.Check
    void check() {
        checkArgument(!id().isBlank(), "a criteria set has an id");
        Set<String> codes = new HashSet<>();
        for (Criterion c : criteria()) {
            checkArgument(codes.add(c.code()), "criterion %s twice in %s", c.code(), id());
        }
        for (CriterionGroup g : CriterionGroup.values()) {
            checkArgument(
                    points(g).compareTo(BigDecimal.valueOf(g.points())) == 0,
                    "the %s items of %s add up to %s, not %s",
                    g,
                    id(),
                    points(g).toPlainString(),
                    g.points());
        }
    }
}

package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.immutables.value.Value;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.rule.Policy;
import vn.chibo.domain.rule.PolicyKind;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.RuleSourced;

/**
 * The rules of the quality review of one or more review years: who is rated, the caps on a
 * member's grade, the organisation thresholds, the excellence quota and, from QĐ 366, the 100-point
 * scoring. Central regimes come from {@link EvaluationRegimes}; a host adds its own or a province's
 * overlay by review year and subtree.
 */
@Value.Immutable
public abstract class EvaluationRegime implements Policy, RuleSourced {
    /** The kind under which regimes are registered, chosen by review year. */
    public static final PolicyKind<EvaluationRegime> KIND =
            PolicyKind.byReviewYear("evaluation.regime", EvaluationRegime.class);

    /** Rule code: not a member at the end of the review period. */
    public static final String NOT_MEMBER = "EVAL-NOT-MEMBER";
    /** Rule code: exempted members are not rated. */
    public static final String EXEMPTED = "EVAL-EXEMPTED";
    /** Rule code: suspended members are not rated. */
    public static final String SUSPENDED = "EVAL-SUSPENDED";
    /** Rule code: members admitted less than 6 months before the end are not rated. */
    public static final String NEW_MEMBER = "EVAL-NEW-MEMBER";
    /** Rule code: disciplined in the year. */
    public static final String DISCIPLINE = "EVAL-DISCIPLINE";
    /** Rule code: sick leave of 3 months or more. */
    public static final String SICK_LEAVE = "EVAL-SICK-LEAVE";
    /** Rule code: under 50 % of targets. */
    public static final String TARGETS = "EVAL-TARGETS";
    /**
     * Rule code: an excellent member completed every target on time, at least half of them exceeded
     * (QĐ 124).
     */
    public static final String EXCELLENT_TARGETS = "EVAL-EXCELLENT-TARGETS";
    /** Rule code: the civil-service rating bounds the party rating. */
    public static final String CIVIL_SERVANT = "EVAL-CIVIL-SERVANT";
    /** Rule code: concluded degradation. */
    public static final String DEGRADATION = "EVAL-DEGRADATION";
    /** Rule code: a negative comment from the residence (QĐ 213). */
    public static final String RESIDENCE = "EVAL-RESIDENCE";
    /** Rule code: the 100-point score and task conditions (QĐ 366). */
    public static final String SCORE = "EVAL-SCORE";
    /** Rule code: the excellence quota. */
    public static final String QUOTA = "EVAL-QUOTA";
    /** Rule code: an organisation's grade against its members' or subordinates' grades. */
    public static final String ORGANIZATION_THRESHOLD = "EVAL-ORG-THRESHOLD";
    /** Rule code: an organisation disciplined, or too many of its subordinates. */
    public static final String ORGANIZATION_DISCIPLINE = "EVAL-ORG-DISCIPLINE";
    /** Rule code: organisations founded less than 6 months before the end are not rated. */
    public static final String NEW_ORGANIZATION = "EVAL-NEW-ORGANIZATION";
    /** Rule code: which periods are reviewed (year, quarter, term), and quarter 4 folded into the year. */
    public static final String PERIOD = "EVAL-PERIOD";
    /** Rule code: the grades of the earlier periods feeding a review (quarters → year, years → term). */
    public static final String PERIOD_RESULTS = "EVAL-PERIOD-RESULTS";
    /** Rule code: a member outside the political system is scored on the Annex 5 criteria set (QĐ 366). */
    public static final String ANNEX_5 = "EVAL-ANNEX5";
    /** Rule code: a temporarily attached member brings the host cell's comment to the home cell. */
    public static final String HOST_COMMENT = "EVAL-HOST-COMMENT";
    /** Rule code: a leadership collective with a member disciplined at warning or above (HD 21). */
    public static final String COLLECTIVE_MEMBER_DISCIPLINE = "EVAL-COLLECTIVE-MEMBER-DISCIPLINE";
    /**
     * Rule code: a leadership collective whose member or subordinate unit was disciplined reaches at
     * most a lower grade (QĐ 124: completed; QĐ 366: good).
     */
    public static final String COLLECTIVE_DISCIPLINE = "EVAL-COLLECTIVE-DISCIPLINE";

    EvaluationRegime() {}

    /** A builder; {@code from(regime)} copies an existing one. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EvaluationRegime}. */
    public static final class Builder extends ImmutableEvaluationRegime.Builder {
        Builder() {}
    }

    @Override
    public abstract String id();

    @Override
    public abstract Label title();

    @Override
    public abstract RuleSource source();

    /** How a grade is reached. */
    public abstract ScoringRule scoring();

    /** Whether suspended members are left out (HD 21 on; HD 16 left out only exempted ones). */
    public abstract boolean suspendedNotRated();

    /** Members whose ceremony was less than this many months before the end are not rated: 6. */
    public abstract int newMemberMonths();

    /** Whether such members are left out of the review itself (QĐ 124 on), not only of the rating. */
    public abstract boolean newMembersLeftOutOfReview();

    /**
     * The sick-leave total in the year, in months, from which a member is at most "completed" (HD 21:
     * 3); empty if no such cap. Months are counted by conventions.md's month rule: a leave from
     * {@code D} reaches {@code N} months on {@code D.plusMonths(N)}, so 1/2 to 30/4 is 3 months
     * although only 89 days; several leaves in the year are laid end to end from the first day of the
     * first (see {@link Classification}).
     */
    public abstract OptionalInt sickLeaveCapMonths();

    /** Whether a discipline the member found and fixed themselves does not lower the grade (QĐ 124 on). */
    public abstract boolean selfFixedDisciplineExempt();

    /** The share of targets under which a member or an organisation did not complete: 50 %. */
    public abstract int minTargetsPercent();

    /** Whether a negative residence comment caps a member at "completed" (an open question). */
    public abstract boolean negativeResidenceCommentCapsAtCompleted();

    /** The excellence quota, in percent of the base: 20. */
    public abstract int quotaPercent();

    /** What the quota is counted against, by default. */
    public abstract QuotaBase quotaBase();

    /** The pool the quota is counted in, as the regulation says it (for messages). */
    public abstract Label quotaPool();

    /** An excellent organisation has at least this share of its members (or subordinates) good or above: 80. */
    public abstract int organizationExcellentGoodPercent();

    /** A good organisation has at least this share good or above: 50. */
    public abstract int organizationGoodGoodPercent();

    /**
     * A collective is not completed when more than this share of its subordinate units were
     * disciplined in the year (QĐ 124: 20); empty when the regime has no such rule.
     */
    public abstract OptionalInt collectiveDisciplinedSubordinatesPercent();

    /**
     * QĐ 124: an excellent member completed 100 % of their targets on time, of which at least this
     * share exceeded (50); empty when the regime has no such condition (before QĐ 124; under QĐ 366
     * the task facts of the scores are read instead). A review that records neither share is not
     * lowered: the condition is checked only against the facts given.
     */
    public abstract OptionalInt excellentMinTargetsExceededPercent();

    /** QĐ 366: the least score for "excellent": 90. */
    public abstract int excellentMinScore();

    /** QĐ 366: the least score for "good": 70. */
    public abstract int goodMinScore();

    /** QĐ 366: the least score for "completed": 50. */
    public abstract int completedMinScore();

    /** QĐ 366: the least share of tasks exceeded for "excellent": 30 %. */
    public abstract int excellentMinExceededPercent();

    /** QĐ 366: the most share of tasks late for "completed": 20 %. */
    public abstract int completedMaxLatePercent();

    /**
     * Besides the yearly review, the periods reviewed (QĐ 366: quarters 1 to 3 and the term; quarter
     * 4 is folded into the year); empty before QĐ 366.
     */
    public abstract ImmutableSet<ReviewPeriod> periodicReviews();

    /** Whether reviews of {@code period} are held: the year always, the others as {@link #periodicReviews()} lists. */
    public boolean reviews(ReviewPeriod period) {
        return period == ReviewPeriod.YEAR || periodicReviews().contains(period);
    }

    /** Whether quarter 4 is folded into the year: quarters are reviewed, but not quarter 4. */
    public boolean foldsFourthQuarterIntoYear() {
        return periodicReviews().stream().anyMatch(ReviewPeriod::isQuarter)
                && !periodicReviews().contains(ReviewPeriod.Q4);
    }

    /**
     * The highest grade a review may reach when an earlier period feeding it (a quarter of the year,
     * a year of the term) was rated not completed; empty when the earlier grades are listed but bound
     * nothing (chibo's default: how they feed in was not seen).
     */
    public abstract Optional<Grade> periodNotCompletedCap();

    /**
     * A leadership collective is not completed when one of its members was disciplined in the year
     * at this form or a heavier one (HD 21: warning); empty when the regime has no such rule.
     */
    public abstract Optional<MemberDiscipline> collectiveMemberDisciplineFrom();

    /**
     * The highest grade of a leadership collective one of whose members or subordinate units was
     * disciplined in the year, unless found and fixed by themselves (QĐ 124: completed; QĐ 366:
     * good); empty when the regime has no such rule.
     */
    public abstract Optional<Grade> collectiveDisciplineCap();

    /** The source of each rule, by rule code. */
    public abstract ImmutableMap<String, RuleSource> ruleSources();

    /**
     * {@inheritDoc}
     *
     * <p>Computed once per regime (a regime never changes): every rating records it.
     */
    @Override
    @Value.Lazy
    public String fingerprint() {
        return Policy.super.fingerprint();
    }

    @Override
    public ImmutableSortedMap<String, String> parameters() {
        Map<String, String> p = new TreeMap<>();
        p.put("scoring", scoring().name());
        p.put("suspendedNotRated", Boolean.toString(suspendedNotRated()));
        p.put("newMemberMonths", Integer.toString(newMemberMonths()));
        p.put("newMembersLeftOutOfReview", Boolean.toString(newMembersLeftOutOfReview()));
        p.put(
                "sickLeaveCapMonths",
                sickLeaveCapMonths().isPresent()
                        ? Integer.toString(sickLeaveCapMonths().getAsInt())
                        : "none");
        p.put("selfFixedDisciplineExempt", Boolean.toString(selfFixedDisciplineExempt()));
        p.put("minTargetsPercent", Integer.toString(minTargetsPercent()));
        p.put("negativeResidenceCommentCapsAtCompleted", Boolean.toString(negativeResidenceCommentCapsAtCompleted()));
        p.put("quotaPercent", Integer.toString(quotaPercent()));
        p.put("quotaBase", quotaBase().name());
        p.put("organizationExcellentGoodPercent", Integer.toString(organizationExcellentGoodPercent()));
        p.put("organizationGoodGoodPercent", Integer.toString(organizationGoodGoodPercent()));
        p.put(
                "collectiveDisciplinedSubordinatesPercent",
                collectiveDisciplinedSubordinatesPercent().isPresent()
                        ? Integer.toString(
                                collectiveDisciplinedSubordinatesPercent().getAsInt())
                        : "none");
        p.put("scores", excellentMinScore() + "/" + goodMinScore() + "/" + completedMinScore());
        p.put("excellentMinExceededPercent", Integer.toString(excellentMinExceededPercent()));
        p.put("completedMaxLatePercent", Integer.toString(completedMaxLatePercent()));
        if (!periodicReviews().isEmpty()) {
            p.put("periodicReviews", periodicReviews().toString());
        }
        periodNotCompletedCap().ifPresent(g -> p.put("periodNotCompletedCap", g.name()));
        collectiveMemberDisciplineFrom().ifPresent(d -> p.put("collectiveMemberDisciplineFrom", d.name()));
        collectiveDisciplineCap().ifPresent(g -> p.put("collectiveDisciplineCap", g.name()));
        excellentMinTargetsExceededPercent()
                .ifPresent(v -> p.put("excellentMinTargetsExceededPercent", Integer.toString(v)));
        return ImmutableSortedMap.copyOf(p);
    }
}

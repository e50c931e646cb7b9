package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;

/**
 * The excellence quota in one pool (rules.md §4.5, §4.12, §7): at most N % of the base, under both
 * readings of the base. An overrun is a finding with its source and both readings, never a silent
 * cap; an exception recorded by the competent level clears it.
 *
 * @param pool the pool's name (a grassroots organisation, a group of similar roles)
 * @param excellent the members rated excellent
 * @param good the members rated good
 * @param base the regime's reading of the base
 * @param over whether the quota is exceeded under the regime's reading
 * @param overIfGoodOrAbove whether it is exceeded when the base is "good or above"
 * @param overIfGoodOnly whether it is exceeded when the base is "good" only
 * @param regime the regime
 * @param findings the finding, if the quota is exceeded under either reading
 */
public record QuotaCheck(
        String pool,
        long excellent,
        long good,
        QuotaBase base,
        boolean over,
        boolean overIfGoodOrAbove,
        boolean overIfGoodOnly,
        PolicyRef regime,
        ImmutableList<Finding> findings) {
    public QuotaCheck {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(findings, "findings");
    }

    /**
     * Checks the quota over {@code ratings} in {@code pool}.
     *
     * @param base the reading of the base to judge by (the regime's {@link EvaluationRegime#quotaBase()} unless the host
     *     chooses the other)
     * @param exception the competent level's recorded exception, or {@code null}
     */
    public static QuotaCheck of(
            String pool,
            Collection<MemberRating> ratings,
            EvaluationRegime regime,
            QuotaBase base,
            @org.jspecify.annotations.Nullable String exception) {
        return of(pool, regime.quotaPool(), ratings, regime, base, exception);
    }

    /**
     * Checks the quota over {@code ratings} in the pool {@code key} that {@code rule} assigned them
     * to; the finding names the pool and the rule.
     *
     * @param base as in {@link #of(String, Collection, EvaluationRegime, QuotaBase, String)}
     * @param exception the competent level's recorded exception for the pool's organisation, or {@code null}
     */
    public static QuotaCheck of(
            QuotaPoolKey key,
            QuotaPool rule,
            Collection<MemberRating> ratings,
            EvaluationRegime regime,
            QuotaBase base,
            @org.jspecify.annotations.Nullable String exception) {
        return of(key.name().vi(), rule.title(), ratings, regime, base, exception);
    }

    private static QuotaCheck of(
            String pool,
            Label poolRule,
            Collection<MemberRating> ratings,
            EvaluationRegime regime,
            QuotaBase base,
            @org.jspecify.annotations.Nullable String exception) {
        long excellent = ratings.stream()
                .filter(r -> r.gradeIfRated().orElse(null) == Grade.EXCELLENT)
                .count();
        long good = ratings.stream()
                .filter(r -> r.gradeIfRated().orElse(null) == Grade.GOOD)
                .count();
        int pct = regime.quotaPercent();
        boolean overGood = 100 * excellent > (long) pct * good;
        boolean overAbove = 100 * excellent > (long) pct * (good + excellent);
        boolean over = base == QuotaBase.GOOD ? overGood : overAbove;
        ImmutableList.Builder<Finding> findings = ImmutableList.builder();
        if (overGood || overAbove) {
            String readings = describe(excellent, good, Label.VIETNAMESE);
            String readingsEn = describe(excellent, good, Locale.ENGLISH);
            Severity severity = over && exception == null ? Severity.WARNING : Severity.INFO;
            String verdictVi = over
                    ? (exception == null
                            ? "vượt tỷ lệ " + pct + " % theo cách đọc "
                                    + base.label().vi()
                            : "vượt tỷ lệ, đã có quyết định của cấp có thẩm quyền: " + exception)
                    : "trong tỷ lệ " + pct + " % theo cách đọc " + base.label().vi();
            String verdictEn = over
                    ? (exception == null
                            ? "over the " + pct + "% quota reading the base as "
                                    + base.label().en()
                            : "over the quota, cleared by the competent level's decision: " + exception)
                    : "within the " + pct + "% quota reading the base as "
                            + base.label().en();
            findings.add(Finding.of(
                    EvaluationRegime.QUOTA,
                    severity,
                    pool,
                    Label.of(
                            "Tỷ lệ hoàn thành xuất sắc nhiệm vụ: " + readings + ". Kết luận: " + verdictVi + " ("
                                    + poolRule.vi() + ").",
                            "Excellence ratio: " + readingsEn + ". Verdict: " + verdictEn + " (" + poolRule.en()
                                    + ")."),
                    regime.sourceOf(EvaluationRegime.QUOTA),
                    regime));
        }
        return new QuotaCheck(
                pool,
                excellent,
                good,
                base,
                over && exception == null,
                overAbove,
                overGood,
                PolicyRef.of(regime),
                findings.build());
    }

    private static String describe(long excellent, long good, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String first = Numbers.count(excellent, locale) + "/" + Numbers.count(good, locale) + " = "
                + (good == 0 ? "—" : Numbers.percent(excellent, good, locale))
                + (en ? " of those rated good" : " số HTTNV");
        String second = Numbers.count(excellent, locale) + "/" + Numbers.count(good + excellent, locale) + " = "
                + (good + excellent == 0 ? "—" : Numbers.percent(excellent, good + excellent, locale))
                + (en ? " of those rated good or above" : " số HTTNV trở lên");
        return first + "; " + second;
    }
}

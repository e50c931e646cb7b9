package vn.chibo.domain.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Year;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;

/**
 * The review of an organisation's subtree for a year, as counts with their denominators and every
 * exclusion stated, and as the sentence a report or a newspaper writes ("Năm 2021 có 22/24 chi bộ …
 * trong 1.312 đảng viên được đánh giá có 1.040 …"). A plain result object, for the export adapter
 * too.
 *
 * @param organization the subtree's root
 * @param organizationName its name on 31/12 of the year
 * @param year the review year
 * @param regime the regime applied
 * @param membersByGrade members rated, by grade
 * @param notRated members reviewed but not rated, by the rule code that leaves them out
 * @param cellsByGrade cells rated, by grade
 * @param quota the excellence quota over the whole subtree as one pool, cleared by an exception
 *     recorded on its root
 * @param quotas the excellence quota in each pool of the year's {@link QuotaPool} (for HD 21, the
 *     grassroots organisation: the same check as {@code quota}), by pool
 * @param findings the findings of the pools' quota checks
 * @param admissions the members admitted in the year (ceremony dated in the year, in a cell of the
 *     subtree)
 * @param residing the serving members registered with the subtree's residential cells on 31/12 (QĐ
 *     213): not members of the subtree, counted apart
 * @param leftOut the members of the subtree's roster on 31/12 (home cell in the subtree) without a
 *     stored decision whom the regime leaves out of the rating (exempted, suspended, admitted less
 *     than 6 months before the end of the year …), by the rule code that leaves them out: derived
 *     from the roster by {@link Classification#leftOut}, not stored, so not in {@code notRated} nor
 *     in the {@link GradeCounts} storage keeps; empty for a report made from counts alone
 */
public record EvaluationReport(
        OrganizationId organization,
        String organizationName,
        Year year,
        PolicyRef regime,
        ImmutableSortedMap<Grade, Integer> membersByGrade,
        ImmutableSortedMap<String, Integer> notRated,
        ImmutableSortedMap<Grade, Integer> cellsByGrade,
        QuotaCheck quota,
        ImmutableMap<QuotaPoolKey, QuotaCheck> quotas,
        ImmutableList<Finding> findings,
        int admissions,
        int residing,
        ImmutableSortedMap<String, Integer> leftOut) {
    public EvaluationReport {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(membersByGrade, "membersByGrade");
        Objects.requireNonNull(cellsByGrade, "cellsByGrade");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(quotas, "quotas");
        Objects.requireNonNull(leftOut, "leftOut");
        checkArgument(admissions >= 0 && residing >= 0, "counts are not negative");
        checkArgument(leftOut.values().stream().allMatch(n -> n > 0), "only positive counts: %s", leftOut);
    }

    /** This report with {@code counts} of the members the roster shows left out, by rule code. */
    public EvaluationReport withLeftOut(Map<String, Integer> counts) {
        return new EvaluationReport(
                organization,
                organizationName,
                year,
                regime,
                membersByGrade,
                notRated,
                cellsByGrade,
                quota,
                quotas,
                findings,
                admissions,
                residing,
                ImmutableSortedMap.copyOf(counts));
    }

    /**
     * Every exclusion the report states, by rule code: the members decided but not rated ({@link
     * #notRated()}) and those the roster shows left out without a decision ({@link #leftOut()}).
     */
    public ImmutableSortedMap<String, Integer> exclusions() {
        Map<String, Integer> all = new TreeMap<>(notRated);
        leftOut.forEach((code, n) -> all.merge(code, n, Integer::sum));
        return ImmutableSortedMap.copyOf(all);
    }

    /**
     * Builds the report from the year's ratings of the subtree, with the whole subtree as the only
     * pool and no admissions or residing members counted.
     */
    public static EvaluationReport of(
            OrganizationId organization,
            String organizationName,
            Year year,
            EvaluationRegime regime,
            Collection<MemberRating> members,
            Collection<OrganizationRating> cells,
            QuotaCheck quota,
            Collection<Finding> findings) {
        return of(
                organization,
                organizationName,
                year,
                regime,
                members,
                cells,
                quota,
                ImmutableMap.of(
                        new QuotaPoolKey("subtree:" + organization, Label.of(quota.pool(), quota.pool()), organization),
                        quota),
                findings,
                0,
                0);
    }

    /**
     * The report of counts already made ({@link GradeCounts}, e.g. summed by storage from the counts it
     * maintains), with the quota checked over the whole subtree under {@code regime} with the base
     * read as {@code base}: what {@link #of(OrganizationId, String, Year, EvaluationRegime,
     * Collection, Collection, QuotaCheck, Collection)} gives for the ratings those counts come from.
     * Admissions and residing members are not counted (0).
     *
     * @param quotaException the competent level's exception recorded on the subtree's root, or {@code null}
     */
    public static EvaluationReport of(
            GradeCounts counts,
            String organizationName,
            EvaluationRegime regime,
            QuotaBase base,
            @org.jspecify.annotations.Nullable String quotaException) {
        QuotaCheck quota = QuotaCheck.of(
                organizationName,
                counts.members(Grade.EXCELLENT),
                counts.members(Grade.GOOD),
                regime,
                base,
                quotaException);
        OrganizationId organization = counts.organization();
        return new EvaluationReport(
                organization,
                organizationName,
                counts.year(),
                PolicyRef.of(regime),
                counts.membersByGrade(),
                counts.notRated(),
                counts.cellsByGrade(),
                quota,
                ImmutableMap.of(
                        new QuotaPoolKey(
                                "subtree:" + organization, Label.of(organizationName, organizationName), organization),
                        quota),
                quota.findings(),
                0,
                0,
                ImmutableSortedMap.of());
    }

    /** Builds the report from the year's ratings of the subtree, its quota pools and its counts. */
    public static EvaluationReport of(
            OrganizationId organization,
            String organizationName,
            Year year,
            EvaluationRegime regime,
            Collection<MemberRating> members,
            Collection<OrganizationRating> cells,
            QuotaCheck quota,
            Map<QuotaPoolKey, QuotaCheck> quotas,
            Collection<Finding> findings,
            int admissions,
            int residing) {
        Map<Grade, Integer> byGrade = new EnumMap<>(Grade.class);
        Map<String, Integer> notRated = new TreeMap<>();
        for (MemberRating r : members) {
            if (r instanceof MemberRating.Rated rated) {
                byGrade.merge(rated.grade(), 1, Integer::sum);
            } else if (r instanceof MemberRating.NotRated n && n.reviewed()) {
                notRated.merge(n.reason(), 1, Integer::sum);
            } else if (r instanceof MemberRating.NotRated n) {
                notRated.merge(n.reason(), 1, Integer::sum);
            }
        }
        Map<Grade, Integer> cellGrades = new EnumMap<>(Grade.class);
        for (OrganizationRating c : cells) {
            c.gradeIfRated().ifPresent(g -> cellGrades.merge(g, 1, Integer::sum));
        }
        return new EvaluationReport(
                organization,
                organizationName,
                year,
                PolicyRef.of(regime),
                ImmutableSortedMap.copyOf(byGrade),
                ImmutableSortedMap.copyOf(notRated),
                ImmutableSortedMap.copyOf(cellGrades),
                quota,
                ImmutableMap.copyOf(quotas),
                ImmutableList.copyOf(findings),
                admissions,
                residing,
                ImmutableSortedMap.of());
    }

    /** Members rated. */
    public int membersRated() {
        return membersByGrade.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Members rated {@code grade}. */
    public int members(Grade grade) {
        return membersByGrade.getOrDefault(grade, 0);
    }

    /** Cells rated. */
    public int cellsRated() {
        return cellsByGrade.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Cells rated {@code grade} or better. */
    public int cellsAtLeast(Grade grade) {
        return cellsByGrade.entrySet().stream()
                .filter(e -> e.getKey().atLeast(grade))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    /** The report's sentence, in Vietnamese ({@link vn.chibo.domain.common.Label#VIETNAMESE}) or English. */
    public String sentence(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String cells = Numbers.fraction(cellsAtLeast(Grade.GOOD), cellsRated());
        int notCompletedCells = cellsByGrade.getOrDefault(Grade.NOT_COMPLETED, 0);
        if (en) {
            return "In " + year + ", " + cells + " cells were rated good or above"
                    + (notCompletedCells == 0
                            ? ", none did not complete its tasks"
                            : ", " + notCompletedCells + " did not complete")
                    + "; of the " + Numbers.count(membersRated(), locale) + " members rated, "
                    + Numbers.count(members(Grade.GOOD), locale) + " completed their tasks well and "
                    + Numbers.count(members(Grade.EXCELLENT), locale) + " completed them excellently.";
        }
        return "Năm " + year + " có " + cells + " chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên"
                + (notCompletedCells == 0
                        ? ", không có chi bộ không hoàn thành nhiệm vụ"
                        : ", " + notCompletedCells + " chi bộ không hoàn thành nhiệm vụ")
                + "; trong " + Numbers.count(membersRated(), locale) + " đảng viên được đánh giá có "
                + Numbers.count(members(Grade.GOOD), locale) + " đảng viên hoàn thành tốt nhiệm vụ, "
                + Numbers.count(members(Grade.EXCELLENT), locale) + " đảng viên hoàn thành xuất sắc nhiệm vụ.";
    }

    /**
     * The admissions and the residing serving members as a sentence ("Năm 2021 kết nạp 11 đảng viên;
     * 2.386 đảng viên đương chức cư trú trên địa bàn ngày 31/12/2021."), in Vietnamese or English.
     */
    public String membershipSentence(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String day = "31/12/" + year;
        if (en) {
            return "In " + year + ", " + Numbers.count(admissions, locale)
                    + (admissions == 1 ? " member was" : " members were") + " admitted; "
                    + Numbers.count(residing, locale) + (residing == 1 ? " serving member" : " serving members")
                    + " resided in the area on " + day + ".";
        }
        return "Năm " + year + " kết nạp " + Numbers.count(admissions, locale) + " đảng viên; "
                + Numbers.count(residing, locale) + " đảng viên đương chức cư trú trên địa bàn ngày " + day + ".";
    }
}

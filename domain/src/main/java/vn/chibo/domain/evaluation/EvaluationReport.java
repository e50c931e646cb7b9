package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Year;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
 * @param quota the excellence quota of the pool
 * @param findings the findings on the quota and the organisations
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
        ImmutableList<Finding> findings) {
    public EvaluationReport {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(membersByGrade, "membersByGrade");
        Objects.requireNonNull(cellsByGrade, "cellsByGrade");
        Objects.requireNonNull(quota, "quota");
    }

    /** Builds the report from the year's ratings of the subtree. */
    public static EvaluationReport of(
            OrganizationId organization,
            String organizationName,
            Year year,
            EvaluationRegime regime,
            Collection<MemberRating> members,
            Collection<OrganizationRating> cells,
            QuotaCheck quota,
            Collection<Finding> findings) {
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
                ImmutableList.copyOf(findings));
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
}

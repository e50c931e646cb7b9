package vn.chibo.domain.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chibo.domain.common.OrganizationId;

/**
 * The counts of one review year for an organisation's subtree as the tree stood on 31/12: the
 * counting part of an {@link EvaluationReport}, without the regime, the quota and the findings, so
 * that storage can answer it from the decisions it keeps (summing maintained counts, or counting in
 * SQL) without judging anything. {@link #of(EvaluationReport)} takes the same counts from a report,
 * so both can be compared.
 *
 * <p>What is counted, as the report counts it: every member's review with a decision (the latest
 * one, published or not), under its grade when rated and under the rule code that left the member
 * out otherwise; every rated decision on a cell or grassroots cell (its kind on 31/12). A member
 * belongs where {@link vn.chibo.domain.port.Evaluations} places the review: the home cell on
 * 31/12, or the cell of the last membership. Only positive counts appear.
 *
 * @param organization the subtree's root
 * @param year the review year
 * @param membersByGrade members rated, by grade
 * @param notRated members decided but not rated, by the rule code that leaves them out
 * @param cellsByGrade cells rated, by grade
 */
public record GradeCounts(
        OrganizationId organization,
        Year year,
        ImmutableSortedMap<Grade, Integer> membersByGrade,
        ImmutableSortedMap<String, Integer> notRated,
        ImmutableSortedMap<Grade, Integer> cellsByGrade) {
    public GradeCounts {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(membersByGrade, "membersByGrade");
        Objects.requireNonNull(notRated, "notRated");
        Objects.requireNonNull(cellsByGrade, "cellsByGrade");
        for (Map<?, Integer> counts : List.of(membersByGrade, notRated, cellsByGrade)) {
            checkArgument(counts.values().stream().allMatch(n -> n > 0), "only positive counts: %s", counts);
        }
    }

    /** Copies the counts, leaving out those that are zero. */
    public static GradeCounts of(
            OrganizationId organization,
            Year year,
            Map<Grade, Integer> membersByGrade,
            Map<String, Integer> notRated,
            Map<Grade, Integer> cellsByGrade) {
        return new GradeCounts(
                organization, year, positive(membersByGrade), positive(notRated), positive(cellsByGrade));
    }

    /** The counts of {@code report}. */
    public static GradeCounts of(EvaluationReport report) {
        return of(
                report.organization(),
                report.year(),
                report.membersByGrade(),
                report.notRated(),
                report.cellsByGrade());
    }

    private static <K extends Comparable<K>> ImmutableSortedMap<K, Integer> positive(Map<K, Integer> counts) {
        ImmutableSortedMap.Builder<K, Integer> b = ImmutableSortedMap.naturalOrder();
        counts.forEach((k, n) -> {
            if (n != 0) {
                b.put(k, n);
            }
        });
        return b.buildOrThrow();
    }

    /** Members rated. */
    public int membersRated() {
        return membersByGrade.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Members rated {@code grade}. */
    public int members(Grade grade) {
        return membersByGrade.getOrDefault(grade, 0);
    }

    /** Members decided but not rated. */
    public int membersNotRated() {
        return notRated.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Cells rated. */
    public int cellsRated() {
        return cellsByGrade.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Cells rated {@code grade}. */
    public int cells(Grade grade) {
        return cellsByGrade.getOrDefault(grade, 0);
    }
}

package vn.chibo.domain.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;

/**
 * What the review of one member brings to the classification: the grade proposed (after the
 * self-assessment and the cell's proposal) and the facts the rules read that are not in the
 * member's history. Discipline, sick leave, exemption, suspension and the admission come from the
 * history.
 *
 * @param member the member
 * @param year the review year
 * @param proposed the grade the cell proposes
 * @param selfAssessed the member's self-assessment, if recorded
 * @param civilServantGrade the member's own rating as a civil servant or public employee, if any
 * @param targetsPercent the share of assigned targets completed, if measured
 * @param degradationConcluded whether competent authority concluded political or ethical degradation
 * @param negativeResidenceComment whether the residence's yearly comment (QĐ 213) was negative
 * @param scores the QĐ 366 scores and task facts (required under a scored regime)
 */
public record MemberReview(
        @NotNull MemberId member,
        @NotNull Year year,
        @NotNull Grade proposed,
        @Nullable Grade selfAssessed,
        @Nullable Grade civilServantGrade,
        @Nullable @Min(0) @Max(1000) Integer targetsPercent,
        boolean degradationConcluded,
        boolean negativeResidenceComment,
        @Nullable @Valid Scores scores)
        implements Review {
    /** A review with only the proposed grade. */
    public static MemberReview proposed(MemberId member, Year year, Grade proposed) {
        return new MemberReview(member, year, proposed, null, null, null, false, false, null);
    }
}

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
 * @param outsidePoliticalSystem whether the member does not work in the political system (retired,
 *     working in a private enterprise …): from QĐ 366 such a member is scored on the Annex 5 criteria
 *     set of their province ({@link CriteriaSet#ANNEX_5}) and has no civil-service rating
 * @param hostCellComment for a member temporarily attached to another cell during the period, that
 *     cell's comment; {@code null} when none was brought
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
        @Nullable @Valid Scores scores,
        boolean outsidePoliticalSystem,
        @Nullable @Valid HostCellComment hostCellComment)
        implements Review {
    /**
     * A review of a member working in the political system, without a host cell's comment: the
     * components chibo had before QĐ 366's Annex 5 and the host comment were modelled.
     */
    public MemberReview(
            MemberId member,
            Year year,
            Grade proposed,
            @Nullable Grade selfAssessed,
            @Nullable Grade civilServantGrade,
            @Nullable Integer targetsPercent,
            boolean degradationConcluded,
            boolean negativeResidenceComment,
            @Nullable Scores scores) {
        this(
                member,
                year,
                proposed,
                selfAssessed,
                civilServantGrade,
                targetsPercent,
                degradationConcluded,
                negativeResidenceComment,
                scores,
                false,
                null);
    }

    /** A review with only the proposed grade. */
    public static MemberReview proposed(MemberId member, Year year, Grade proposed) {
        return new MemberReview(member, year, proposed, null, null, null, false, false, null);
    }

    /** This review, saying whether the member works outside the political system. */
    public MemberReview withOutsidePoliticalSystem(boolean outside) {
        return with(scores, outside, hostCellComment);
    }

    /** This review with the host cell's comment. */
    public MemberReview withHostCellComment(@Nullable HostCellComment comment) {
        return with(scores, outsidePoliticalSystem, comment);
    }

    /** This review with {@code scores}. */
    public MemberReview withScores(@Nullable Scores newScores) {
        return with(newScores, outsidePoliticalSystem, hostCellComment);
    }

    private MemberReview with(@Nullable Scores newScores, boolean outside, @Nullable HostCellComment comment) {
        return new MemberReview(
                member,
                year,
                proposed,
                selfAssessed,
                civilServantGrade,
                targetsPercent,
                degradationConcluded,
                negativeResidenceComment,
                newScores,
                outside,
                comment);
    }
}

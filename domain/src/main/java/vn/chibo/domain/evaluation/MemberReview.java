package vn.chibo.domain.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
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
 * @param targetsOnTimePercent the share of assigned targets completed on time, in percent (exact, e.g.
 *     99.5), if measured: QĐ 124's condition for "excellent" (100 % on time, rules.md §4.11); {@code
 *     null} when not recorded. Under QĐ 366 the task facts are those of {@link #scores()}, which also
 *     carry the 100-point scores a QĐ 124 review does not have, hence these separate components
 * @param targetsExceededPercent the share of assigned targets exceeded, in percent (exact), if
 *     measured: QĐ 124's condition for "excellent" (at least 50 %); {@code null} when not recorded
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
        @Nullable @Valid HostCellComment hostCellComment,
        @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal targetsOnTimePercent,
        @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal targetsExceededPercent)
        implements Review {
    /**
     * A review without QĐ 124's shares of targets on time and exceeded: the components chibo had
     * before they were modelled.
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
            @Nullable Scores scores,
            boolean outsidePoliticalSystem,
            @Nullable HostCellComment hostCellComment) {
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
                outsidePoliticalSystem,
                hostCellComment,
                null,
                null);
    }

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
        return with(scores, outside, hostCellComment, targetsOnTimePercent, targetsExceededPercent);
    }

    /** This review with the host cell's comment. */
    public MemberReview withHostCellComment(@Nullable HostCellComment comment) {
        return with(scores, outsidePoliticalSystem, comment, targetsOnTimePercent, targetsExceededPercent);
    }

    /** This review with {@code scores}. */
    public MemberReview withScores(@Nullable Scores newScores) {
        return with(newScores, outsidePoliticalSystem, hostCellComment, targetsOnTimePercent, targetsExceededPercent);
    }

    /**
     * This review with QĐ 124's shares of targets completed on time and exceeded, in percent; {@code
     * null} for a share not recorded.
     */
    public MemberReview withTargetShares(@Nullable BigDecimal onTimePercent, @Nullable BigDecimal exceededPercent) {
        return with(scores, outsidePoliticalSystem, hostCellComment, onTimePercent, exceededPercent);
    }

    private MemberReview with(
            @Nullable Scores newScores,
            boolean outside,
            @Nullable HostCellComment comment,
            @Nullable BigDecimal onTime,
            @Nullable BigDecimal exceeded) {
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
                comment,
                onTime,
                exceeded);
    }
}

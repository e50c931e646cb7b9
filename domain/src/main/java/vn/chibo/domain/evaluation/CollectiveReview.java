package vn.chibo.domain.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.OrganizationId;

/**
 * What the review of a leadership collective brings: the grade proposed and the facts not in the
 * organisation tree or the members' histories.
 *
 * @param organization the organisation whose collective it is
 * @param collective which collective: its committee or its standing committee
 * @param year the review year
 * @param proposed the grade proposed
 * @param targetsPercent the share of its unit's targets met, if measured
 * @param disciplineSelfFixed whether a discipline of the collective in the year concerned a fault it
 *     found and fixed itself
 */
public record CollectiveReview(
        @NotNull OrganizationId organization,
        @NotNull CollectiveKind collective,
        @NotNull Year year,
        @NotNull Grade proposed,
        @Nullable @Min(0) @Max(1000) Integer targetsPercent,
        boolean disciplineSelfFixed) {
    /** A review with only the proposed grade. */
    public static CollectiveReview proposed(
            OrganizationId organization, CollectiveKind collective, Year year, Grade proposed) {
        return new CollectiveReview(organization, collective, year, proposed, null, false);
    }
}

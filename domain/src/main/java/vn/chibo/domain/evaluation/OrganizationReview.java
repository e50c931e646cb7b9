package vn.chibo.domain.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.OrganizationId;

/**
 * What the review of one organisation brings: the grade proposed and the facts not in its history.
 *
 * @param organization the organisation
 * @param year the review year
 * @param proposed the grade proposed
 * @param targetsPercent the share of its socio-economic or defence targets met, if measured
 * @param disciplineSelfFixed whether a discipline in the year concerned a fault it found and fixed itself
 */
public record OrganizationReview(
        @NotNull OrganizationId organization,
        @NotNull Year year,
        @NotNull Grade proposed,
        @Nullable @Min(0) @Max(1000) Integer targetsPercent,
        boolean disciplineSelfFixed)
        implements Review {
    /** A review with only the proposed grade. */
    public static OrganizationReview proposed(OrganizationId organization, Year year, Grade proposed) {
        return new OrganizationReview(organization, year, proposed, null, false);
    }
}

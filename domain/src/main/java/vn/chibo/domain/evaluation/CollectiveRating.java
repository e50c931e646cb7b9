package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;

/**
 * The outcome of classifying a leadership collective.
 *
 * @param organization the organisation whose collective it is
 * @param collective which collective
 * @param year the review year
 * @param regime the regime that produced it
 * @param proposed the grade proposed
 * @param grade the final grade, or {@code null} when not rated
 * @param notRatedReason the rule code leaving it unrated, or {@code null}
 * @param members the members of the collective in the year, as the committee seats say
 * @param findings one finding per rule applied
 */
public record CollectiveRating(
        OrganizationId organization,
        CollectiveKind collective,
        Year year,
        PolicyRef regime,
        Grade proposed,
        @Nullable Grade grade,
        @Nullable String notRatedReason,
        ImmutableList<MemberId> members,
        ImmutableList<Finding> findings) {
    public CollectiveRating {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(collective, "collective");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(findings, "findings");
    }

    /** The grade, if rated. */
    public Optional<Grade> gradeIfRated() {
        return Optional.ofNullable(grade);
    }
}

package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;

/** The outcome of classifying one member: rated with a grade, or not rated with the reason. */
public sealed interface MemberRating {
    /** The member. */
    MemberId member();

    /** The review year. */
    Year year();

    /** The regime that produced it. */
    PolicyRef regime();

    /** One finding per rule applied. */
    ImmutableList<Finding> findings();

    /** The grade, if rated. */
    Optional<Grade> gradeIfRated();

    /**
     * Rated.
     *
     * @param member the member
     * @param year the review year
     * @param regime the regime
     * @param proposed the grade proposed
     * @param grade the final grade: the proposal lowered by every cap that applied
     * @param findings one per rule applied
     */
    record Rated(
            MemberId member, Year year, PolicyRef regime, Grade proposed, Grade grade, ImmutableList<Finding> findings)
            implements MemberRating {
        public Rated {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(grade, "grade");
        }

        @Override
        public Optional<Grade> gradeIfRated() {
            return Optional.of(grade);
        }
    }

    /**
     * Not rated (exempted, suspended, admitted less than 6 months before, not a member).
     *
     * @param member the member
     * @param year the review year
     * @param regime the regime
     * @param reason the rule code that leaves the member out
     * @param reviewed whether the member still does the self-criticism review
     * @param findings the finding saying why
     */
    record NotRated(
            MemberId member,
            Year year,
            PolicyRef regime,
            String reason,
            boolean reviewed,
            ImmutableList<Finding> findings)
            implements MemberRating {
        public NotRated {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<Grade> gradeIfRated() {
            return Optional.empty();
        }
    }
}

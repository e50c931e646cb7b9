package vn.chibo.domain.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;

/**
 * One recorded step of a review: a workflow stage, or a quota exception recorded by the competent
 * level. Entries are only ever appended; a change after publication is a new entry whose {@link
 * Recorded#reason()} says why.
 */
public sealed interface EvaluationEntry {
    /** The review it belongs to. */
    EvaluationKey key();

    /** When, by whom and why it was recorded. */
    Recorded recorded();

    /** The workflow stage, or empty for an entry that is not a stage. */
    Optional<EvaluationStage> stage();

    /**
     * The self-assessment.
     *
     * @param key the review
     * @param grade the grade the subject placed itself in
     * @param recorded the record stamp
     */
    record SelfAssessed(EvaluationKey key, Grade grade, Recorded recorded) implements EvaluationEntry {
        public SelfAssessed {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public Optional<EvaluationStage> stage() {
            return Optional.of(EvaluationStage.SELF_ASSESSED);
        }
    }

    /**
     * The proposal, with the review's input that the classification reads.
     *
     * @param key the review
     * @param review the input: a {@link MemberReview} for a member, an {@link OrganizationReview} for an organisation
     * @param recorded the record stamp
     */
    record Proposed(EvaluationKey key, Review review, Recorded recorded) implements EvaluationEntry {
        public Proposed {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(review.year().equals(key.year()), "a review of %s for %s", review.year(), key);
            checkArgument(about(key, review), "the review is not about %s", key);
        }

        private static boolean about(EvaluationKey key, Review review) {
            if (key.subject() instanceof EvaluationSubject.OfMember m) {
                return review instanceof MemberReview r && r.member().equals(m.member());
            }
            EvaluationSubject.OfOrganization o = (EvaluationSubject.OfOrganization) key.subject();
            return review instanceof OrganizationReview r && r.organization().equals(o.organization());
        }

        /** The grade proposed. */
        public Grade grade() {
            return review.proposed();
        }

        @Override
        public Optional<EvaluationStage> stage() {
            return Optional.of(EvaluationStage.PROPOSED);
        }
    }

    /**
     * The competent level's decision: the classification's result under the regime of the year.
     *
     * @param key the review
     * @param grade the final grade, or {@code null} when not rated
     * @param notRatedReason the rule code leaving the subject unrated, or {@code null} when rated
     * @param reviewed for an unrated member, whether they still did the self-criticism review
     * @param regime the regime that produced it
     * @param findings one finding per rule applied
     * @param recorded the record stamp
     */
    record Decided(
            EvaluationKey key,
            @Nullable Grade grade,
            @Nullable String notRatedReason,
            boolean reviewed,
            PolicyRef regime,
            ImmutableList<Finding> findings,
            Recorded recorded)
            implements EvaluationEntry {
        public Decided {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(regime, "regime");
            Objects.requireNonNull(findings, "findings");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument((grade == null) != (notRatedReason == null), "either a grade or a reason for none");
        }

        /** The grade, if rated. */
        public Optional<Grade> gradeIfRated() {
            return Optional.ofNullable(grade);
        }

        @Override
        public Optional<EvaluationStage> stage() {
            return Optional.of(EvaluationStage.DECIDED);
        }
    }

    /**
     * The publication of the decision then in force.
     *
     * @param key the review
     * @param grade the grade published, or {@code null} when the decision was "not rated"
     * @param recorded the record stamp
     */
    record Published(EvaluationKey key, @Nullable Grade grade, Recorded recorded) implements EvaluationEntry {
        public Published {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public Optional<EvaluationStage> stage() {
            return Optional.of(EvaluationStage.PUBLISHED);
        }
    }

    /**
     * An exception to the excellence quota decided by the competent level, kept on the pool's
     * organisation (rules.md §4.12: "special cases … are decided by the competent level").
     *
     * @param key the review of the pool's organisation
     * @param decision the decision, as cited (number, date, body)
     * @param recorded the record stamp
     */
    record QuotaExceptionRecorded(EvaluationKey key, String decision, Recorded recorded) implements EvaluationEntry {
        public QuotaExceptionRecorded {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(
                    key.subject() instanceof EvaluationSubject.OfOrganization,
                    "a quota exception is on an organisation");
            checkArgument(!decision.isBlank(), "a quota exception cites its decision");
        }

        @Override
        public Optional<EvaluationStage> stage() {
            return Optional.empty();
        }
    }
}

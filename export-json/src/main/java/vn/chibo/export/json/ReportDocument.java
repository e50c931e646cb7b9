package vn.chibo.export.json;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.EvaluationService;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.MemberRating;
import vn.chibo.domain.evaluation.OrganizationRating;

/**
 * The results of the review, as a report document ({@code chibo-report}) holds them: the year's
 * reports, ratings of members and organisations, and re-judgements, each with the regime and the
 * findings that produced it.
 *
 * @param generatedAt when it was written, if the writer was asked to say
 * @param evaluationReports the year's reports of subtrees
 * @param memberRatings members' ratings
 * @param organizationRatings organisations' ratings
 * @param rejudgements re-judgements under another regime
 */
public record ReportDocument(
        @Nullable Instant generatedAt,
        ImmutableList<EvaluationReport> evaluationReports,
        ImmutableList<MemberRating> memberRatings,
        ImmutableList<OrganizationRating> organizationRatings,
        ImmutableList<EvaluationService.Rejudgement> rejudgements) {
    public ReportDocument {
        Objects.requireNonNull(evaluationReports, "evaluationReports");
        Objects.requireNonNull(memberRatings, "memberRatings");
        Objects.requireNonNull(organizationRatings, "organizationRatings");
        Objects.requireNonNull(rejudgements, "rejudgements");
    }

    /** A document of these reports only, without a time. */
    public static ReportDocument of(List<EvaluationReport> reports) {
        return new ReportDocument(
                null, ImmutableList.copyOf(reports), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
    }

    /** This document with its ratings. */
    public ReportDocument withRatings(List<MemberRating> members, List<OrganizationRating> organizations) {
        return new ReportDocument(
                generatedAt,
                evaluationReports,
                ImmutableList.copyOf(members),
                ImmutableList.copyOf(organizations),
                rejudgements);
    }

    /** This document with its re-judgements. */
    public ReportDocument withRejudgements(List<EvaluationService.Rejudgement> more) {
        return new ReportDocument(
                generatedAt, evaluationReports, memberRatings, organizationRatings, ImmutableList.copyOf(more));
    }

    /** This document saying when it was written. */
    public ReportDocument generatedAt(Instant at) {
        return new ReportDocument(
                Objects.requireNonNull(at, "at"), evaluationReports, memberRatings, organizationRatings, rejudgements);
    }

    /** When it was written, if it says. */
    public Optional<Instant> generated() {
        return Optional.ofNullable(generatedAt);
    }
}

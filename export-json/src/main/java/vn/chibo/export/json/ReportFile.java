package vn.chibo.export.json;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.EvaluationService;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.MemberRating;
import vn.chibo.domain.evaluation.OrganizationRating;

/**
 * A report document as written: the format's name and version, then the {@link ReportDocument}.
 *
 * @param format {@code chibo-report}
 * @param version the format version
 * @param generatedAt when it was written, if asked
 * @param evaluationReports the year's reports
 * @param memberRatings members' ratings
 * @param organizationRatings organisations' ratings
 * @param rejudgements re-judgements
 */
record ReportFile(
        String format,
        int version,
        @Nullable Instant generatedAt,
        ImmutableList<EvaluationReport> evaluationReports,
        ImmutableList<MemberRating> memberRatings,
        ImmutableList<OrganizationRating> organizationRatings,
        ImmutableList<EvaluationService.Rejudgement> rejudgements) {
    static ReportFile of(ReportDocument d) {
        return new ReportFile(
                ChiboJson.REPORT_FORMAT,
                ChiboJson.REPORT_VERSION,
                d.generatedAt(),
                d.evaluationReports(),
                d.memberRatings(),
                d.organizationRatings(),
                d.rejudgements());
    }

    ReportDocument document() {
        return new ReportDocument(generatedAt, evaluationReports, memberRatings, organizationRatings, rejudgements);
    }
}

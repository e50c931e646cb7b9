package vn.chibo.examples.cli;

import org.jspecify.annotations.Nullable;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.QuotaBase;

/**
 * The domain's {@link EvaluationReport} made from counts a storage answers ({@code
 * JdbcReports#gradeCounts}, summing the counts the database maintains): the year's regime, the
 * excellence quota under the reading asked for, and the competent level's exception recorded on
 * the organisation, all read through {@code chibo}.
 */
public final class CountedReport {
    private CountedReport() {}

    /**
     * The report of {@code counts} for the organisation they count, named {@code name} on 31/12.
     *
     * @param base the quota's base, or {@code null} for the regime's own reading
     */
    public static EvaluationReport of(
            Chibo chibo, Actor actor, GradeCounts counts, String name, @Nullable QuotaBase base) {
        EvaluationRegime regime = chibo.evaluations().regime(actor, counts.organization(), counts.year());
        return of(chibo, actor, counts, name, regime, base != null ? base : regime.quotaBase());
    }

    /** The report of {@code counts} under {@code regime}, the quota's base read as {@code base}. */
    static EvaluationReport of(
            Chibo chibo, Actor actor, GradeCounts counts, String name, EvaluationRegime regime, QuotaBase base) {
        String exception = chibo.evaluations()
                .find(actor, EvaluationKey.of(counts.organization(), counts.year()))
                .flatMap(EvaluationRecord::quotaException)
                .map(EvaluationEntry.QuotaExceptionRecorded::decision)
                .orElse(null);
        return EvaluationReport.of(counts, name, regime, base, exception);
    }
}

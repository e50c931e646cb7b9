package vn.chibo.examples.cli;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.NotFoundException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;

/**
 * What a report of one organisation's reviews of a year shows: the organisation as it stood on
 * 31/12, the domain's {@link EvaluationReport} made from the year's counts (members and cells by
 * grade, the excellence quota under the reading asked for, the sentence), and a row per cell of the
 * subtree with its members by grade and its own grade; when the subtree has more than {@value
 * #ROW_CELLS} cells, a row per organisation directly under the one reported instead.
 *
 * <p>The counts come from a {@link Counter}: the storage's own ({@code JdbcReports}, summing the
 * counts it maintains) or the domain's report recomputed from the stored reviews.
 *
 * @param organization the organisation on 31/12
 * @param year the review year
 * @param regime the regime of the year
 * @param base the reading of the quota's base
 * @param report the report
 * @param rows a row per cell, or per organisation directly under this one
 * @param byCell whether the rows are cells
 */
record EvaluationOverview(
        OrganizationState organization,
        Year year,
        EvaluationRegime regime,
        QuotaBase base,
        EvaluationReport report,
        ImmutableList<Row> rows,
        boolean byCell) {
    /** The most cells shown one by one. */
    static final int ROW_CELLS = 40;

    /** The counts of a review year for an organisation's subtree. */
    @FunctionalInterface
    interface Counter {
        /** The counts of {@code year} for {@code organization}'s subtree. */
        GradeCounts count(OrganizationId organization, Year year);
    }

    /**
     * One cell, or one organisation's subtree.
     *
     * @param id the organisation
     * @param name its name on 31/12
     * @param kind its kind on 31/12
     * @param counts its subtree's counts
     * @param own its own grade, or {@code null} when not rated or not reviewed
     */
    record Row(
            OrganizationId id,
            String name,
            OrganizationKind kind,
            GradeCounts counts,
            @Nullable Grade own) {
        int rated() {
            return counts.membersRated();
        }

        int members(Grade g) {
            return counts.members(g);
        }
    }

    /** Whether any review of the year is stored for the subtree. */
    boolean reviewed() {
        return report.membersRated() > 0
                || report.cellsRated() > 0
                || !report.notRated().isEmpty();
    }

    /**
     * Reads the overview of {@code organization} (an identity, or an exact name on 31/12) for
     * {@code year}.
     *
     * @param base the quota's base, or {@code null} for the regime's own reading
     * @throws NotFoundException when no organisation, or several, answer to {@code organization} on 31/12
     */
    static EvaluationOverview read(
            Chibo chibo, Counter counter, Actor actor, String organization, Year year, @Nullable QuotaBase base) {
        LocalDate end = year.atMonth(12).atEndOfMonth();
        OrganizationTree.Snapshot snap = chibo.organizations().tree(actor).on(end);
        OrganizationState org = find(snap, organization, end);
        EvaluationRegime regime = chibo.evaluations().regime(actor, org.id(), year);
        QuotaBase reading = base != null ? base : regime.quotaBase();
        EvaluationReport report =
                CountedReport.of(chibo, actor, counter.count(org.id(), year), org.name(), regime, reading);
        List<OrganizationState> cells = new ArrayList<>();
        for (OrganizationState s : snap.subtree(org.id())) {
            if (s.kind().isCell()) {
                cells.add(s);
            }
        }
        boolean byCell = cells.size() <= ROW_CELLS;
        List<OrganizationState> shown = new ArrayList<>(cells);
        if (!byCell) {
            shown.clear();
            for (OrganizationState child : snap.children(org.id())) {
                if (child.kind() != OrganizationKind.PARTY_GROUP) {
                    shown.add(child);
                }
            }
        }
        ImmutableList.Builder<Row> rows = ImmutableList.builder();
        for (OrganizationState s : shown) {
            Grade own = chibo.evaluations()
                    .find(actor, EvaluationKey.of(s.id(), year))
                    .flatMap(EvaluationRecord::decided)
                    .flatMap(EvaluationEntry.Decided::gradeIfRated)
                    .orElse(null);
            rows.add(new Row(s.id(), s.name(), s.kind(), counter.count(s.id(), year), own));
        }
        return new EvaluationOverview(org, year, regime, reading, report, rows.build(), byCell);
    }

    private static OrganizationState find(OrganizationTree.Snapshot snap, String organization, LocalDate end) {
        Optional<OrganizationId> id = parse(organization);
        if (id.isPresent()) {
            return snap.get(id.get())
                    .orElseThrow(() -> new NotFoundException("organisation " + organization + " on " + end));
        }
        List<OrganizationState> named = snap.states().values().stream()
                .filter(s -> s.name().equals(organization))
                .toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        throw new NotFoundException((named.isEmpty() ? "organisation '" : named.size() + " organisations named '")
                + organization + "' on " + end + " (give its identity, or its exact name on that day)");
    }

    private static Optional<OrganizationId> parse(String text) {
        try {
            return Optional.of(OrganizationId.of(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnIdentity) {
            return Optional.empty();
        }
    }
}

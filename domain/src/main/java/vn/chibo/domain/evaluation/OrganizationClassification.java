package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Months;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;

/**
 * Classifies an organisation from its proposal and the grades of what it contains (a cell: its
 * members; a committee: its subordinate organisations): excellent needs all of them completed or
 * above and at least 80 % good or above, good needs all completed and at least 50 % good (HD 21
 * II.B.1.3; the same shape under QĐ 124); an organisation disciplined in the year is not completed
 * unless it found and fixed the fault itself; under QĐ 124 and later, one with more than 20 % of
 * its subordinate units disciplined is not completed; one founded less than 6 months before the end
 * is not rated. Members are rated before their cell, cells before their committee.
 */
public final class OrganizationClassification {
    private OrganizationClassification() {}

    /**
     * Classifies {@code review}.
     *
     * @param constituents the grades of its members (for a cell) or subordinate organisations (for a
     *     committee) rated this year
     */
    public static OrganizationRating rate(
            OrganizationTree tree, OrganizationReview review, Collection<Grade> constituents, EvaluationRegime regime) {
        return rate(tree, review, constituents, regime, RatingContext.yearly(review.year()));
    }

    /**
     * Classifies {@code review} for the period of {@code context}: facts dated from its first to its
     * last day, and the grades of the earlier periods feeding it stated (bounding it when the regime
     * says so).
     *
     * @param constituents the grades of its members or subordinate organisations rated for the period
     */
    public static OrganizationRating rate(
            OrganizationTree tree,
            OrganizationReview review,
            Collection<Grade> constituents,
            EvaluationRegime regime,
            RatingContext context) {
        LocalDate start = context.start();
        LocalDate end = context.end();
        OrganizationHistory history = tree.history(review.organization())
                .orElseThrow(() -> new IllegalArgumentException("unknown organisation " + review.organization()));
        String subject = history.on(end)
                        .map(OrganizationState::name)
                        .orElse(review.organization().toString()) + " " + review.year()
                + (context.period() == ReviewPeriod.YEAR
                        ? ""
                        : " " + context.period().code());
        List<Finding> findings = new ArrayList<>();
        PolicyRef ref = PolicyRef.of(regime);
        Optional<LocalDate> founded = history.founded();
        if (history.on(end).isEmpty()
                || (founded.isPresent() && Months.between(founded.get(), end) < regime.newMemberMonths())) {
            findings.add(Classification.finding(
                    regime,
                    EvaluationRegime.NEW_ORGANIZATION,
                    Severity.INFO,
                    subject,
                    Label.of(
                            "Tổ chức thành lập chưa đủ " + regime.newMemberMonths()
                                    + " tháng hoặc không còn tồn tại ngày " + end + ": không xếp loại.",
                            "Founded less than " + regime.newMemberMonths() + " months before, or gone by " + end
                                    + ": not rated.")));
            return new OrganizationRating(
                    review.organization(),
                    review.year(),
                    ref,
                    review.proposed(),
                    null,
                    EvaluationRegime.NEW_ORGANIZATION,
                    ImmutableList.copyOf(findings));
        }
        Grade grade = review.proposed();
        long n = constituents.size();
        long notCompleted =
                constituents.stream().filter(g -> g == Grade.NOT_COMPLETED).count();
        long goodOrAbove =
                constituents.stream().filter(g -> g.atLeast(Grade.GOOD)).count();
        if (n > 0 && grade.atLeast(Grade.GOOD)) {
            boolean all = notCompleted == 0;
            boolean excellentOk = all && 100 * goodOrAbove >= (long) regime.organizationExcellentGoodPercent() * n;
            boolean goodOk = all && 100 * goodOrAbove >= (long) regime.organizationGoodGoodPercent() * n;
            Grade reachable = excellentOk ? Grade.EXCELLENT : goodOk ? Grade.GOOD : Grade.COMPLETED;
            Grade after = grade.atMost(reachable);
            findings.add(Classification.finding(
                    regime,
                    EvaluationRegime.ORGANIZATION_THRESHOLD,
                    after == grade ? Severity.INFO : Severity.WARNING,
                    subject,
                    Label.of(
                            Numbers.fraction(n - notCompleted, n) + " hoàn thành nhiệm vụ trở lên, "
                                    + Numbers.fraction(goodOrAbove, n)
                                    + " (" + Numbers.percent(goodOrAbove, n, Label.VIETNAMESE)
                                    + ") hoàn thành tốt trở lên: tối đa "
                                    + reachable.abbreviation()
                                    + (after == grade
                                            ? "."
                                            : "; hạ từ " + grade.abbreviation() + " xuống " + after.abbreviation()
                                                    + "."),
                            Numbers.fraction(n - notCompleted, n) + " completed or above, "
                                    + Numbers.fraction(goodOrAbove, n) + " ("
                                    + Numbers.percent(goodOrAbove, n, Locale.ENGLISH)
                                    + ") good or above: at most "
                                    + reachable.abbreviation()
                                    + (after == grade
                                            ? "."
                                            : "; lowered from " + grade.abbreviation() + " to " + after.abbreviation()
                                                    + "."))));
            grade = after;
        }
        grade = ownDiscipline(history, start, end, review.disciplineSelfFixed(), regime, subject, grade, findings);
        grade = disciplinedSubordinates(tree, review.organization(), start, end, regime, subject, grade, findings);
        grade = targets(review.targetsPercent(), regime, subject, grade, findings);
        grade = Classification.earlierPeriods(grade, context, regime, subject, findings);
        return new OrganizationRating(
                review.organization(),
                review.year(),
                ref,
                review.proposed(),
                grade,
                null,
                ImmutableList.copyOf(findings));
    }

    /**
     * An organisation (or its collective) disciplined in the period is not completed, unless it
     * found and fixed the fault itself (HD 21 II.B.1.3; QĐ 124 Điều 12).
     */
    static Grade ownDiscipline(
            OrganizationHistory history,
            LocalDate start,
            LocalDate end,
            boolean selfFixed,
            EvaluationRegime regime,
            String subject,
            Grade grade,
            List<Finding> findings) {
        Grade result = grade;
        for (OrganizationFact.DisciplineImposed d : history.disciplines()) {
            if (d.effective().isBefore(start) || d.effective().isAfter(end)) {
                continue;
            }
            Grade after = selfFixed ? result : result.atMost(Grade.NOT_COMPLETED);
            findings.add(Classification.finding(
                    regime,
                    EvaluationRegime.ORGANIZATION_DISCIPLINE,
                    after == result ? Severity.INFO : Severity.WARNING,
                    subject,
                    Label.of(
                            "Bị kỷ luật " + d.form().label().vi() + " ngày " + d.effective()
                                    + (selfFixed ? ", tự phát hiện và khắc phục: không hạ loại." : ": KHTNV."),
                            "Disciplined (" + d.form().label().en() + ") on " + d.effective()
                                    + (selfFixed ? ", found and fixed by itself: not lowered." : ": KHTNV."))));
            result = after;
        }
        return result;
    }

    /**
     * The subordinate units of {@code organization} on {@code end} (party groups left out: they
     * have no committee of their own) and those of them disciplined from {@code start} to {@code end}.
     */
    static Subordinates subordinates(
            OrganizationTree tree, OrganizationId organization, LocalDate start, LocalDate end) {
        List<OrganizationState> units = tree.on(end).children(organization).stream()
                .filter(c -> c.kind() != OrganizationKind.PARTY_GROUP)
                .toList();
        List<OrganizationState> disciplined = units.stream()
                .filter(c -> tree.history(c.id())
                        .map(h -> h.disciplines().stream()
                                .anyMatch(d -> !d.effective().isBefore(start)
                                        && !d.effective().isAfter(end)))
                        .orElse(false))
                .toList();
        return new Subordinates(units.size(), ImmutableList.copyOf(disciplined));
    }

    /**
     * The subordinate units of an organisation and those disciplined in the period.
     *
     * @param units how many
     * @param disciplined the disciplined ones
     */
    record Subordinates(int units, ImmutableList<OrganizationState> disciplined) {}

    /** QĐ 124 on: more than 20 % of the subordinate units disciplined in the period → not completed. */
    static Grade disciplinedSubordinates(
            OrganizationTree tree,
            OrganizationId organization,
            LocalDate start,
            LocalDate end,
            EvaluationRegime regime,
            String subject,
            Grade grade,
            List<Finding> findings) {
        if (regime.collectiveDisciplinedSubordinatesPercent().isEmpty()) {
            return grade;
        }
        Subordinates s = subordinates(tree, organization, start, end);
        long disciplined = s.disciplined().size();
        int pct = regime.collectiveDisciplinedSubordinatesPercent().getAsInt();
        if (s.units() == 0 || 100 * disciplined <= (long) pct * s.units()) {
            return grade;
        }
        findings.add(Classification.finding(
                regime,
                EvaluationRegime.ORGANIZATION_DISCIPLINE,
                Severity.WARNING,
                subject,
                Label.of(
                        Numbers.fraction(disciplined, s.units()) + " tổ chức trực thuộc bị kỷ luật, trên " + pct
                                + " %: KHTNV.",
                        Numbers.fraction(disciplined, s.units()) + " subordinate units disciplined, over " + pct
                                + "%: KHTNV.")));
        return grade.atMost(Grade.NOT_COMPLETED);
    }

    /** Under 50 % of targets → not completed. */
    static Grade targets(
            @Nullable Integer targets, EvaluationRegime regime, String subject, Grade grade, List<Finding> findings) {
        if (targets == null || targets >= regime.minTargetsPercent()) {
            return grade;
        }
        findings.add(Classification.finding(
                regime,
                EvaluationRegime.TARGETS,
                Severity.WARNING,
                subject,
                Label.of("Hoàn thành " + targets + " % chỉ tiêu: KHTNV.", targets + "% of targets: KHTNV.")));
        return grade.atMost(Grade.NOT_COMPLETED);
    }
}

package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Months;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
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
        LocalDate start = review.year().atDay(1);
        LocalDate end = review.year().atMonth(12).atEndOfMonth();
        OrganizationHistory history = tree.history(review.organization())
                .orElseThrow(() -> new IllegalArgumentException("unknown organisation " + review.organization()));
        String subject = history.on(end)
                        .map(OrganizationState::name)
                        .orElse(review.organization().toString()) + " " + review.year();
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
                                    + Numbers.percent(goodOrAbove, n, java.util.Locale.ENGLISH)
                                    + ") good or above: at most "
                                    + reachable.abbreviation()
                                    + (after == grade
                                            ? "."
                                            : "; lowered from " + grade.abbreviation() + " to " + after.abbreviation()
                                                    + "."))));
            grade = after;
        }
        for (OrganizationFact.DisciplineImposed d : history.disciplines()) {
            if (d.effective().isBefore(start) || d.effective().isAfter(end)) {
                continue;
            }
            Grade after = review.disciplineSelfFixed() ? grade : grade.atMost(Grade.NOT_COMPLETED);
            findings.add(Classification.finding(
                    regime,
                    EvaluationRegime.ORGANIZATION_DISCIPLINE,
                    after == grade ? Severity.INFO : Severity.WARNING,
                    subject,
                    Label.of(
                            "Bị kỷ luật " + d.form().label().vi() + " ngày " + d.effective()
                                    + (review.disciplineSelfFixed()
                                            ? ", tự phát hiện và khắc phục: không hạ loại."
                                            : ": KHTNV."),
                            "Disciplined (" + d.form().label().en() + ") on " + d.effective()
                                    + (review.disciplineSelfFixed()
                                            ? ", found and fixed by itself: not lowered."
                                            : ": KHTNV."))));
            grade = after;
        }
        if (regime.collectiveDisciplinedSubordinatesPercent().isPresent()) {
            ImmutableList<OrganizationState> children = tree.on(end).children(review.organization());
            long disciplined = children.stream()
                    .filter(c -> tree.history(c.id())
                            .map(h -> h.disciplines().stream()
                                    .anyMatch(d -> !d.effective().isBefore(start)
                                            && !d.effective().isAfter(end)))
                            .orElse(false))
                    .count();
            int pct = regime.collectiveDisciplinedSubordinatesPercent().getAsInt();
            if (!children.isEmpty() && 100 * disciplined > (long) pct * children.size()) {
                Grade after = grade.atMost(Grade.NOT_COMPLETED);
                findings.add(Classification.finding(
                        regime,
                        EvaluationRegime.ORGANIZATION_DISCIPLINE,
                        Severity.WARNING,
                        subject,
                        Label.of(
                                Numbers.fraction(disciplined, children.size()) + " tổ chức trực thuộc bị kỷ luật, trên "
                                        + pct + " %: KHTNV.",
                                Numbers.fraction(disciplined, children.size()) + " subordinate units disciplined, over "
                                        + pct + "%: KHTNV.")));
                grade = after;
            }
        }
        Integer targets = review.targetsPercent();
        if (targets != null && targets < regime.minTargetsPercent()) {
            Grade after = grade.atMost(Grade.NOT_COMPLETED);
            findings.add(Classification.finding(
                    regime,
                    EvaluationRegime.TARGETS,
                    Severity.WARNING,
                    subject,
                    Label.of("Hoàn thành " + targets + " % chỉ tiêu: KHTNV.", targets + "% of targets: KHTNV.")));
            grade = after;
        }
        return new OrganizationRating(
                review.organization(),
                review.year(),
                ref,
                review.proposed(),
                grade,
                null,
                ImmutableList.copyOf(findings));
    }
}

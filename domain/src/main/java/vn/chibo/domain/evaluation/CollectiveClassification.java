package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.CommitteeSeat;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;

/**
 * Classifies a leadership collective (cấp ủy, ban thường vụ) for a review year: its members are
 * the holders of its committee seats at some time in the year (from the organisation tree), their
 * disciplines come from their histories. Under HD 21 the collective is not completed when one of
 * its members was disciplined at warning (cảnh cáo) or above in the year (II.B.3); from QĐ 124 it
 * is not completed when it was disciplined itself or more than 20 % of its subordinate units were
 * (Điều 12), and it is at most completed (QĐ 124) or good (QĐ 366) when a member or a subordinate
 * unit was disciplined, unless the member found and fixed the fault. Under 50 % of the targets it
 * is not completed. One finding per rule applied. Pure.
 */
public final class CollectiveClassification {
    private CollectiveClassification() {}

    /**
     * Classifies {@code review}.
     *
     * @param members the histories of the collective's members (others are ignored; a seat holder
     *     without a history is counted without disciplines)
     */
    public static CollectiveRating rate(
            OrganizationTree tree,
            CollectiveReview review,
            Collection<MemberHistory> members,
            EvaluationRegime regime) {
        LocalDate start = review.year().atDay(1);
        LocalDate end = review.year().atMonth(12).atEndOfMonth();
        OrganizationHistory history = tree.history(review.organization())
                .orElseThrow(() -> new IllegalArgumentException("unknown organisation " + review.organization()));
        String name = history.on(end)
                .map(OrganizationState::name)
                .orElse(review.organization().toString());
        String subject = name + " — " + review.collective().label().vi() + " " + review.year();
        ImmutableList<MemberId> seated = members(history, review.collective(), start, end);
        List<Finding> findings = new ArrayList<>();
        if (history.on(end).isEmpty() || seated.isEmpty()) {
            findings.add(Classification.finding(
                    regime,
                    EvaluationRegime.NEW_ORGANIZATION,
                    Severity.INFO,
                    subject,
                    Label.of(
                            "Không có " + review.collective().label().vi().toLowerCase(Label.VIETNAMESE) + " trong năm "
                                    + review.year() + ": không xếp loại.",
                            "No " + review.collective().label().en() + " in " + review.year() + ": not rated.")));
            return new CollectiveRating(
                    review.organization(),
                    review.collective(),
                    review.year(),
                    PolicyRef.of(regime),
                    review.proposed(),
                    null,
                    EvaluationRegime.NEW_ORGANIZATION,
                    seated,
                    ImmutableList.copyOf(findings));
        }
        Map<MemberId, MemberHistory> byId =
                members.stream().collect(Collectors.toMap(MemberHistory::id, Function.identity(), (a, b) -> a));
        Grade grade = review.proposed();
        for (MemberId m : seated) {
            MemberHistory h = byId.get(m);
            if (h == null) {
                continue;
            }
            for (MemberFact.Disciplined d : h.disciplines()) {
                if (!d.effective().isBefore(start) && !d.effective().isAfter(end)) {
                    grade = memberDisciplined(h, d, regime, subject, grade, findings);
                }
            }
        }
        grade = OrganizationClassification.ownDiscipline(
                history, start, end, review.disciplineSelfFixed(), regime, subject, grade, findings);
        Grade beforeSubordinates = grade;
        grade = OrganizationClassification.disciplinedSubordinates(
                tree, review.organization(), start, end, regime, subject, grade, findings);
        if (grade == beforeSubordinates && regime.collectiveDisciplineCap().isPresent()) {
            OrganizationClassification.Subordinates s =
                    OrganizationClassification.subordinates(tree, review.organization(), start, end);
            if (!s.disciplined().isEmpty()) {
                grade = capped(
                        grade,
                        regime,
                        subject,
                        findings,
                        Label.of(
                                s.disciplined().size() + " tổ chức trực thuộc bị kỷ luật (" + names(s.disciplined())
                                        + ")",
                                s.disciplined().size() + " subordinate units disciplined (" + names(s.disciplined())
                                        + ")"));
            }
        }
        grade = OrganizationClassification.targets(review.targetsPercent(), regime, subject, grade, findings);
        return new CollectiveRating(
                review.organization(),
                review.collective(),
                review.year(),
                PolicyRef.of(regime),
                review.proposed(),
                grade,
                null,
                seated,
                ImmutableList.copyOf(findings));
    }

    /**
     * The members of {@code organization}'s {@code collective} in {@code year}: the holders of its
     * seats at some time in the year, in the order the seats were taken.
     */
    public static ImmutableList<MemberId> members(
            OrganizationTree tree, OrganizationId organization, CollectiveKind collective, java.time.Year year) {
        return tree.history(organization)
                .map(h -> members(h, collective, year.atDay(1), year.atMonth(12).atEndOfMonth()))
                .orElse(ImmutableList.of());
    }

    /** The holders of the collective's seats at some time from {@code start} to {@code end}, in seat order. */
    static ImmutableList<MemberId> members(
            OrganizationHistory history, CollectiveKind collective, LocalDate start, LocalDate end) {
        DateRange year = DateRange.of(start, end.plusDays(1));
        Set<MemberId> out = new LinkedHashSet<>();
        for (CommitteeSeat seat : history.seats()) {
            if (collective.seats(seat.role()) && seat.valid().overlaps(year)) {
                out.add(seat.member());
            }
        }
        return ImmutableList.copyOf(out);
    }

    private static Grade memberDisciplined(
            MemberHistory h,
            MemberFact.Disciplined d,
            EvaluationRegime regime,
            String subject,
            Grade grade,
            List<Finding> findings) {
        String who = h.profile().map(p -> p.fullName()).orElse("") + " [" + h.id() + "]";
        Label what = Label.of(
                "Thành viên " + who + " bị kỷ luật " + d.form().label().vi() + " ngày " + d.effective(),
                "Member " + who + " disciplined (" + d.form().label().en() + ") on " + d.effective());
        Grade result = grade;
        if (regime.collectiveMemberDisciplineFrom().isPresent()) {
            boolean heavy =
                    d.form().atLeast(regime.collectiveMemberDisciplineFrom().get());
            Grade after = heavy ? result.atMost(Grade.NOT_COMPLETED) : result;
            String floor = regime.collectiveMemberDisciplineFrom().get().label().vi();
            findings.add(Classification.finding(
                    regime,
                    EvaluationRegime.COLLECTIVE_MEMBER_DISCIPLINE,
                    after == result ? Severity.INFO : Severity.WARNING,
                    subject,
                    Label.of(
                            what.vi()
                                    + (heavy
                                            ? ", từ " + floor.toLowerCase(Label.VIETNAMESE) + " trở lên: KHTNV."
                                            : ", nhẹ hơn " + floor.toLowerCase(Label.VIETNAMESE) + ": không hạ loại."),
                            what.en()
                                    + (heavy
                                            ? ", "
                                                    + regime.collectiveMemberDisciplineFrom()
                                                            .get()
                                                            .label()
                                                            .en() + " or above: KHTNV."
                                            : ", lighter than "
                                                    + regime.collectiveMemberDisciplineFrom()
                                                            .get()
                                                            .label()
                                                            .en() + ": not lowered."))));
            result = after;
        }
        if (regime.collectiveDisciplineCap().isPresent()) {
            if (d.selfDetectedAndFixed() && regime.selfFixedDisciplineExempt()) {
                findings.add(Classification.finding(
                        regime,
                        EvaluationRegime.COLLECTIVE_DISCIPLINE,
                        Severity.INFO,
                        subject,
                        Label.of(
                                what.vi() + ", tự phát hiện và khắc phục: không hạ loại.",
                                what.en() + ", found and fixed by the member: not lowered.")));
            } else {
                result = capped(result, regime, subject, findings, what);
            }
        }
        return result;
    }

    private static Grade capped(
            Grade grade, EvaluationRegime regime, String subject, List<Finding> findings, Label why) {
        return Classification.cap(
                grade,
                regime.collectiveDisciplineCap().orElseThrow(),
                findings,
                regime,
                EvaluationRegime.COLLECTIVE_DISCIPLINE,
                subject,
                why);
    }

    private static String names(List<OrganizationState> units) {
        return units.stream().map(OrganizationState::name).collect(Collectors.joining(", "));
    }
}

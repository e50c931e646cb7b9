package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Months;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberCondition;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.Membership;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;

/**
 * Classifies a member for a review period (a year, or under QĐ 366 a quarter or a term) under a
 * regime: who is rated (not exempted, not suspended, not admitted less than 6 months before the end
 * of the period), then the proposed grade (or, under QĐ 366, the grade the score gives, checked
 * against the proposal; a member outside the political system scored on the Annex 5 criteria set)
 * lowered by every cap that applies, with one finding per rule applied; the host cell's comment of
 * a temporarily attached member and the grades of the earlier periods feeding this one are stated.
 * Pure.
 */
public final class Classification {
    private static final Label NOT_COMPLETED_CIVIL_SERVANT = Label.of(
            "Xếp loại công chức, viên chức không hoàn thành nhiệm vụ", "Rated not completed as a civil servant");
    private static final Label DEGRADATION =
            Label.of("Có kết luận suy thoái, \"tự diễn biến\", \"tự chuyển hóa\"", "Concluded degradation");
    private static final Label NEGATIVE_RESIDENCE_COMMENT =
            Label.of("Nhận xét của nơi cư trú không tốt", "A negative comment from the residence");

    private Classification() {}

    /** Classifies the yearly {@code review} of {@code history} under {@code regime}, with chibo's default criteria. */
    public static MemberRating rate(MemberHistory history, MemberReview review, EvaluationRegime regime) {
        return rate(history, review, regime, RatingContext.yearly(review.year()));
    }

    /**
     * Classifies {@code review} of {@code history} for the period of {@code context} under {@code
     * regime}: facts are read from the period's first to its last day, a member outside the political
     * system is scored on the context's Annex 5 criteria set (QĐ 366), and the grades of the earlier
     * periods feeding this one are listed (and bound it when the regime says so).
     */
    public static MemberRating rate(
            MemberHistory history, MemberReview review, EvaluationRegime regime, RatingContext context) {
        MemberRating.NotRated out = leftOutOrNull(history, review.year(), context.end(), regime);
        if (out != null) {
            return out;
        }
        Subject subject = new Subject(history, review.year(), context.period());
        // under a scored regime every rated member has a finding or two; otherwise most have none
        Findings findings = new Findings();
        Grade grade = review.proposed();
        if (regime.scoring() == ScoringRule.SCORED) {
            if (review.outsidePoliticalSystem()) {
                findings.add(annex5(review, context.criteriaOrDefault(), subject));
            }
            grade = scored(review, Figures.of(regime), subject, findings);
        }
        grade = bounded(grade, history, review, regime, context, subject, findings);
        return new MemberRating.Rated(
                history.id(),
                review.year(),
                PolicyRef.of(regime),
                review.proposed(),
                grade,
                findings.toImmutableList());
    }

    /**
     * The rules after the score, in their order (each finding made in that order): discipline in
     * the period, sick leave, targets, QĐ 124's excellent targets, the civil-service rating,
     * degradation, the residence's comment, the host cell's comment and the earlier periods. A
     * method of its own, not part of {@link #rate(MemberHistory, MemberReview, EvaluationRegime,
     * RatingContext)}: the JIT compiles it on its own, so that both stay small enough for it to
     * inline the accessors they read for every member.
     */
    private static Grade bounded(
            Grade proposedOrScored,
            MemberHistory history,
            MemberReview review,
            EvaluationRegime regime,
            RatingContext context,
            Subject subject,
            List<Finding> findings) {
        LocalDate start = context.start();
        LocalDate end = context.end();
        Grade grade = proposedOrScored;
        for (MemberFact.Disciplined d : history.disciplines()) {
            if (d.effective().isBefore(start) || d.effective().isAfter(end)) {
                continue;
            }
            if (d.selfDetectedAndFixed() && regime.selfFixedDisciplineExempt()) {
                findings.add(finding(
                        regime,
                        EvaluationRegime.DISCIPLINE,
                        Severity.INFO,
                        subject,
                        () -> Label.of(
                                "Kỷ luật " + d.form().label().vi() + " ngày " + d.effective()
                                        + " do tự phát hiện, tự khắc phục: không hạ loại.",
                                d.form().label().en() + " on " + d.effective()
                                        + ", found and fixed by the member: not lowered.")));
            } else {
                grade = cap(
                        grade,
                        Grade.NOT_COMPLETED,
                        findings,
                        regime,
                        EvaluationRegime.DISCIPLINE,
                        subject,
                        () -> Label.of(
                                "Bị kỷ luật " + d.form().label().vi() + " ngày " + d.effective() + " trong kỳ",
                                "Disciplined (" + d.form().label().en() + ") on " + d.effective() + " in the period"));
            }
        }
        if (context.period() == ReviewPeriod.YEAR
                && !history.conditions().isEmpty() // no sick leave without a condition: skip the regime's option
                && regime.sickLeaveCapMonths().isPresent()) {
            grade = sickLeave(grade, history, regime, start, end, subject, findings);
        }
        Integer targets = review.targetsPercent();
        if (targets != null && targets < regime.minTargetsPercent()) {
            grade = cap(
                    grade,
                    Grade.NOT_COMPLETED,
                    findings,
                    regime,
                    EvaluationRegime.TARGETS,
                    subject,
                    () -> Label.of(
                            "Hoàn thành " + targets + " % chỉ tiêu, dưới " + regime.minTargetsPercent() + " %",
                            targets + "% of targets, under " + regime.minTargetsPercent() + "%"));
        }
        grade = excellentTargets(grade, review, regime, subject, findings);
        Grade civil = review.civilServantGrade();
        if (civil != null && review.outsidePoliticalSystem()) {
            findings.add(finding(
                    regime,
                    EvaluationRegime.CIVIL_SERVANT,
                    Severity.WARNING,
                    subject,
                    () -> Label.of(
                            "Đảng viên không làm việc trong hệ thống chính trị nhưng có xếp loại công chức, viên chức ("
                                    + civil.abbreviation() + "): không áp dụng.",
                            "A member outside the political system with a civil-service rating (" + civil.abbreviation()
                                    + "): not applied.")));
        } else if (civil == Grade.NOT_COMPLETED) {
            grade = cap(
                    grade,
                    Grade.NOT_COMPLETED,
                    findings,
                    regime,
                    EvaluationRegime.CIVIL_SERVANT,
                    subject,
                    () -> NOT_COMPLETED_CIVIL_SERVANT);
        } else if (civil != null && civil != Grade.EXCELLENT && grade == Grade.EXCELLENT) {
            grade = cap(
                    grade,
                    Grade.GOOD,
                    findings,
                    regime,
                    EvaluationRegime.CIVIL_SERVANT,
                    subject,
                    () -> Label.of(
                            "Xếp loại công chức, viên chức " + civil.label().vi() + ", không phải xuất sắc",
                            "Rated " + civil.label().en() + " as a civil servant, not excellent"));
        }
        if (review.degradationConcluded()) {
            grade = cap(
                    grade,
                    Grade.NOT_COMPLETED,
                    findings,
                    regime,
                    EvaluationRegime.DEGRADATION,
                    subject,
                    () -> DEGRADATION);
        }
        if (review.negativeResidenceComment() && regime.negativeResidenceCommentCapsAtCompleted()) {
            grade = cap(
                    grade,
                    Grade.COMPLETED,
                    findings,
                    regime,
                    EvaluationRegime.RESIDENCE,
                    subject,
                    () -> NEGATIVE_RESIDENCE_COMMENT);
        }
        hostCellComment(history, review, regime, start, end, subject, findings);
        if (!context.earlier().isEmpty()) {
            grade = earlierPeriods(grade, context, regime, subject.text(), findings);
        }
        return grade;
    }

    /**
     * QĐ 124's condition for an excellent member (rules.md §4.11): 100 % of targets completed on
     * time, of which at least {@link EvaluationRegime#excellentMinTargetsExceededPercent()} (50 %)
     * exceeded. An excellent grade whose recorded shares fall short is lowered to "good", with one
     * finding. A share the review does not record is not presumed either way: with neither share
     * there is no finding and the grade is left as the competent level proposed it, because chibo
     * never invents a grade from missing facts. Compared exactly ({@code BigDecimal}, conventions.md).
     */
    static Grade excellentTargets(
            Grade grade,
            MemberReview review,
            EvaluationRegime regime,
            Supplier<String> subject,
            List<Finding> findings) {
        if (grade != Grade.EXCELLENT
                || regime.excellentMinTargetsExceededPercent().isEmpty()) {
            return grade;
        }
        BigDecimal minExceeded =
                BigDecimal.valueOf(regime.excellentMinTargetsExceededPercent().getAsInt());
        BigDecimal onTime = review.targetsOnTimePercent();
        BigDecimal exceeded = review.targetsExceededPercent();
        boolean late = onTime != null && onTime.compareTo(BigDecimal.valueOf(100)) < 0;
        boolean fewExceeded = exceeded != null && exceeded.compareTo(minExceeded) < 0;
        if (!late && !fewExceeded) {
            return grade;
        }
        return cap(grade, Grade.GOOD, findings, regime, EvaluationRegime.EXCELLENT_TARGETS, subject, () -> {
            String vi = (onTime == null ? "" : decimal(onTime, true) + " % chỉ tiêu hoàn thành đúng tiến độ")
                    + (onTime != null && exceeded != null ? ", " : "")
                    + (exceeded == null ? "" : decimal(exceeded, true) + " % vượt mức");
            String en = (onTime == null ? "" : decimal(onTime, false) + "% of targets on time")
                    + (onTime != null && exceeded != null ? ", " : "")
                    + (exceeded == null ? "" : decimal(exceeded, false) + "% exceeded");
            return Label.of(
                    vi + ": chưa đạt điều kiện hoàn thành xuất sắc (100 % đúng tiến độ, trong đó từ " + minExceeded
                            + " % vượt mức)",
                    en + ": short of excellent (100% on time, at least " + minExceeded + "% exceeded)");
        });
    }

    /** The Annex 5 finding: the criteria set the member is scored on, and the scores against its groups. */
    private static Finding annex5(MemberReview review, CriteriaSet set, Supplier<String> subject) {
        return Finding.lazy(
                EvaluationRegime.ANNEX_5, Severity.INFO, subject, () -> annex5Text(review, set), set.source(), set);
    }

    /** The message of {@link #annex5}. */
    private static Label annex5Text(MemberReview review, CriteriaSet set) {
        Scores s = review.scores();
        String vi = "Đảng viên không làm việc trong hệ thống chính trị: chấm theo "
                + set.title().vi() + " [" + set.id() + "]";
        String en =
                "Member outside the political system: scored on " + set.title().en() + " [" + set.id() + "]";
        if (s != null) {
            // each figure rendered once, then given its decimal comma for Vietnamese
            String general = decimal(s.general(), false);
            String generalMax = decimal(set.points(CriterionGroup.GENERAL), false);
            String results = decimal(s.results(), false);
            String resultsMax = decimal(set.points(CriterionGroup.RESULTS), false);
            vi += ", tiêu chí chung " + vietnamese(general) + "/" + vietnamese(generalMax)
                    + ", kết quả thực hiện nhiệm vụ " + vietnamese(results) + "/" + vietnamese(resultsMax);
            en += ", general " + general + "/" + generalMax + ", results " + results + "/" + resultsMax;
        }
        return Label.of(vi + ".", en + ".");
    }

    /**
     * The host cell's comment (rules.md §4.9): a member temporarily attached to another cell during
     * the period is rated by the home cell with that cell's comment. Missing, or from another cell:
     * a warning; the grade is not changed.
     */
    private static void hostCellComment(
            MemberHistory history,
            MemberReview review,
            EvaluationRegime regime,
            LocalDate start,
            LocalDate end,
            Subject subject,
            List<Finding> findings) {
        HostCellComment comment = review.hostCellComment();
        if (comment == null && history.transfers().isEmpty()) {
            return; // never transferred and no comment: nothing to state (the common case, without a date range)
        }
        List<MemberFact.Transferred> away = history.temporaryTransfersDuring(DateRange.of(start, end.plusDays(1)));
        if (comment == null && away.isEmpty()) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        for (MemberFact.Transferred t : away) {
            if (joined.length() > 0) {
                joined.append(", ");
            }
            joined.append(t.to() + " (" + t.effective() + " – " + t.until() + ")");
        }
        String cells = joined.toString();
        Severity severity = Severity.WARNING;
        Label message;
        if (comment == null) {
            if (away.isEmpty()) {
                return;
            }
            message = Label.of(
                    "Sinh hoạt tạm thời ở chi bộ " + cells + ": chưa có nhận xét của chi bộ nơi sinh hoạt tạm thời.",
                    "Temporarily attached to cell " + cells + ": no comment from the host cell.");
        } else if (away.isEmpty()) {
            message = Label.of(
                    "Có nhận xét của chi bộ " + comment.hostCell() + " nhưng đảng viên không sinh hoạt tạm thời ở"
                            + " chi bộ nào trong kỳ.",
                    "A comment of cell " + comment.hostCell() + " although the member was attached to no other"
                            + " cell in the period.");
        } else if (away.stream().noneMatch(t -> t.to().equals(comment.hostCell()))) {
            message = Label.of(
                    "Sinh hoạt tạm thời ở chi bộ " + cells + " nhưng nhận xét là của chi bộ " + comment.hostCell()
                            + " (" + comment.source() + ").",
                    "Temporarily attached to cell " + cells + " but the comment is from cell " + comment.hostCell()
                            + " (" + comment.source() + ").");
        } else {
            severity = Severity.INFO;
            message = Label.of(
                    "Sinh hoạt tạm thời ở chi bộ " + cells + "; nhận xét ngày " + comment.date() + ": "
                            + comment.source() + ".",
                    "Temporarily attached to cell " + cells + "; comment of " + comment.date() + ": " + comment.source()
                            + ".");
        }
        findings.add(finding(regime, EvaluationRegime.HOST_COMMENT, severity, subject.text(), message));
    }

    /** The earlier periods feeding this one: listed, and bounding it when the regime says so. */
    static Grade earlierPeriods(
            Grade grade, RatingContext context, EvaluationRegime regime, String subject, List<Finding> findings) {
        if (context.earlier().isEmpty()) {
            return grade;
        }
        String vi = context.earlier().stream()
                .map(p -> p.label().vi())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        String en = context.earlier().stream()
                .map(p -> p.label().en())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        boolean failed = context.earlier().stream().anyMatch(p -> p.grade() == Grade.NOT_COMPLETED);
        if (failed && regime.periodNotCompletedCap().isPresent()) {
            return cap(
                    grade,
                    regime.periodNotCompletedCap().get(),
                    findings,
                    regime,
                    EvaluationRegime.PERIOD_RESULTS,
                    subject,
                    Label.of(
                            "Kết quả các kỳ trước (" + vi + ") có kỳ không hoàn thành nhiệm vụ",
                            "The earlier periods (" + en + ") include one not completed"));
        }
        findings.add(finding(
                regime,
                EvaluationRegime.PERIOD_RESULTS,
                Severity.INFO,
                subject,
                Label.of("Kết quả các kỳ trước: " + vi + ".", "The earlier periods: " + en + ".")));
        return grade;
    }

    /**
     * Why {@code history}'s member is not rated for {@code year} under {@code regime} (not a member
     * on 31/12, exempted, suspended, admitted less than 6 months before), or empty when the member
     * is rated.
     */
    public static Optional<MemberRating.NotRated> leftOut(
            MemberHistory history, java.time.Year year, EvaluationRegime regime) {
        return leftOut(history, year, year.atMonth(12).atEndOfMonth(), regime);
    }

    /**
     * As {@link #leftOut(MemberHistory, java.time.Year, EvaluationRegime)} for a review period of
     * {@code year} ending on {@code end} (a quarter's last day): membership, exemption and
     * suspension on {@code end}, and 6 months from the ceremony to {@code end}.
     */
    public static Optional<MemberRating.NotRated> leftOut(
            MemberHistory history, java.time.Year year, LocalDate end, EvaluationRegime regime) {
        return Optional.ofNullable(leftOutOrNull(history, year, end, regime));
    }

    /** As {@link #leftOut(MemberHistory, java.time.Year, LocalDate, EvaluationRegime)}; {@code null} when rated. */
    private static MemberRating.@Nullable NotRated leftOutOrNull(
            MemberHistory history, java.time.Year year, LocalDate end, EvaluationRegime regime) {
        Membership membership = membershipOn(history, end);
        // history.statusOn(end) is membershipOn(end)'s status that day, never empty inside its span
        if (membership == null) {
            return notRated(
                    history,
                    year,
                    regime,
                    EvaluationRegime.NOT_MEMBER,
                    false,
                    Label.of("Không còn là đảng viên ngày " + end + ".", "Not a member on " + end + "."));
        }
        // history.conditionsOn(end), without making the set
        boolean exempted = false;
        boolean suspended = false;
        for (MemberCondition c : history.conditions()) {
            if (c.valid().contains(end)) {
                exempted |= c.kind() == ConditionKind.EXEMPTION;
                suspended |= c.kind() == ConditionKind.SUSPENSION;
            }
        }
        if (exempted) {
            return notRated(
                    history,
                    year,
                    regime,
                    EvaluationRegime.EXEMPTED,
                    false,
                    Label.of(
                            "Được miễn công tác và sinh hoạt đảng: không xếp loại.",
                            "Exempted from work and meetings: not rated."));
        }
        if (regime.suspendedNotRated() && suspended) {
            return notRated(
                    history,
                    year,
                    regime,
                    EvaluationRegime.SUSPENDED,
                    false,
                    Label.of(
                            "Bị đình chỉ sinh hoạt đảng: không xếp loại.",
                            "Suspended from party activity: not rated."));
        }
        LocalDate ceremony = membership.ceremony();
        if (ceremony != null && Months.between(ceremony, end) < regime.newMemberMonths()) {
            long months = Months.between(ceremony, end);
            return notRated(
                    history,
                    year,
                    regime,
                    EvaluationRegime.NEW_MEMBER,
                    !regime.newMembersLeftOutOfReview(),
                    Label.of(
                            "Kết nạp ngày " + ceremony + ", chưa đủ " + regime.newMemberMonths() + " tháng (" + months
                                    + " tháng) đến " + end + ": không xếp loại.",
                            "Admitted on " + ceremony + ", less than " + regime.newMemberMonths() + " months (" + months
                                    + ") before " + end + ": not rated."));
        }
        return null;
    }

    /**
     * {@code history.membershipOn(date)} without its {@code Optional} (made for every member on
     * every rating): the membership running on {@code date}, from the ceremony until the end.
     */
    private static @Nullable Membership membershipOn(MemberHistory history, LocalDate date) {
        for (Membership m : history.memberships()) {
            if (m.runsOn(date)) {
                return m;
            }
        }
        return null;
    }

    private static Grade scored(
            MemberReview review, Figures figures, Supplier<String> subject, List<Finding> findings) {
        EvaluationRegime regime = figures.regime;
        Scores s = review.scores();
        if (s == null) {
            throw new IllegalArgumentException("regime " + regime.id() + " needs the scores of " + review.member());
        }
        BigDecimal total = s.total();
        Grade computed;
        if (total.compareTo(figures.excellentMinScore) >= 0
                && s.allTasksOnTime()
                && s.exceededPercent().compareTo(figures.excellentMinExceededPercent) >= 0
                && s.shortcomingsFixed()) {
            computed = Grade.EXCELLENT;
        } else if (total.compareTo(figures.goodMinScore) >= 0 && s.allTasksOnTime()) {
            computed = Grade.GOOD;
        } else if (total.compareTo(figures.completedMinScore) >= 0
                && s.latePercent().compareTo(figures.completedMaxLatePercent) <= 0) {
            computed = Grade.COMPLETED;
        } else {
            computed = Grade.NOT_COMPLETED;
        }
        Grade proposed = review.proposed();
        Grade grade = proposed.atMost(computed);
        findings.add(Finding.lazy(
                EvaluationRegime.SCORE,
                computed.atLeast(proposed) ? Severity.INFO : Severity.WARNING,
                subject,
                () -> scoreText(s, computed, proposed), // the grade is proposed.atMost(computed) again
                figures.scoreSource,
                regime));
        return grade;
    }

    /**
     * The message of the score finding: the figures, the grade they give, the proposal, and the
     * grade (the proposal at most the computed grade).
     */
    private static Label scoreText(Scores s, Grade computed, Grade proposed) {
        Grade grade = proposed.atMost(computed);
        // each figure rendered once, then given its decimal comma for Vietnamese
        String points = decimal(s.total(), false);
        String exceeded = decimal(s.exceededPercent(), false);
        String late = decimal(s.latePercent(), false);
        return Label.of(
                vietnamese(points) + " điểm, " + vietnamese(exceeded) + " % vượt, " + vietnamese(late) + " % chậm: "
                        + computed.abbreviation() + "; đề xuất " + proposed.abbreviation() + "; xếp loại "
                        + grade.abbreviation() + ".",
                points + " points, " + exceeded + "% exceeded, " + late + "% late: " + computed.abbreviation()
                        + "; proposed " + proposed.abbreviation() + "; rated " + grade.abbreviation() + ".");
    }

    /** A decimal without trailing zeros, with a decimal comma in Vietnamese (conventions.md). */
    private static String decimal(BigDecimal value, boolean vietnamese) {
        String plain = value.stripTrailingZeros().toPlainString();
        return vietnamese ? vietnamese(plain) : plain;
    }

    /** A plain decimal of {@link #decimal} with its decimal comma. */
    private static String vietnamese(String plain) {
        return plain.replace('.', ',');
    }

    /**
     * The sick-leave cap (HD 21, rules.md §4.4): sick leave totalling {@link
     * EvaluationRegime#sickLeaveCapMonths()} months or more in the year caps the member at
     * "completed". Months follow conventions.md's month rule, not a count of days: a leave from
     * {@code D} reaches {@code N} months on {@code D.plusMonths(N)} (1/2 to 30/4/2021 inclusive is 3
     * months, 89 days; 1/2 to 29/4 is not). Several leaves (each day once, only the days inside the
     * year) are laid end to end from the first day of the first: chibo's reading where the guidance
     * says only "totals", so that a single leave is counted exactly by the month rule.
     */
    static Grade sickLeave(
            Grade grade,
            MemberHistory history,
            EvaluationRegime regime,
            LocalDate start,
            LocalDate end,
            Subject subject,
            List<Finding> findings) {
        int capMonths = regime.sickLeaveCapMonths().orElseThrow();
        long days = daysIn(history, ConditionKind.SICK_LEAVE, start, end);
        if (days == 0) {
            return grade;
        }
        LocalDate first = end;
        for (MemberCondition c : history.conditions()) {
            LocalDate from =
                    c.valid().from().isBefore(start) ? start : c.valid().from();
            LocalDate until = c.valid().until();
            boolean inYear = !from.isAfter(end) && (until == null || until.isAfter(from));
            if (c.kind() == ConditionKind.SICK_LEAVE && inYear && from.isBefore(first)) {
                first = from;
            }
        }
        LocalDate laidEnd = first.plusDays(days);
        if (first.plusMonths(capMonths).isAfter(laidEnd)) {
            return grade;
        }
        long months = Months.between(first, laidEnd);
        return cap(
                grade,
                Grade.COMPLETED,
                findings,
                regime,
                EvaluationRegime.SICK_LEAVE,
                subject,
                () -> Label.of(
                        "Nghỉ ốm tổng cộng " + months + " tháng (" + days + " ngày) trong năm (từ " + capMonths
                                + " tháng trở lên)",
                        "Sick leave totalling " + months + " months (" + days + " days) in the year (" + capMonths
                                + " months or more)"));
    }

    /** The days of {@code kind} within {@code [start, end]}, each day once. */
    static long daysIn(MemberHistory history, ConditionKind kind, LocalDate start, LocalDate end) {
        if (history.conditions().isEmpty()) {
            return 0;
        }
        LocalDate until = end.plusDays(1);
        List<DateRange> ranges = new ArrayList<>();
        for (MemberCondition c : history.conditions()) {
            if (c.kind() != kind) {
                continue;
            }
            LocalDate a = c.valid().from().isBefore(start) ? start : c.valid().from();
            LocalDate b = c.valid().until() == null || c.valid().until().isAfter(until)
                    ? until
                    : c.valid().until();
            if (b.isAfter(a)) {
                ranges.add(DateRange.of(a, b));
            }
        }
        ranges.sort(java.util.Comparator.comparing(DateRange::from));
        long days = 0;
        LocalDate covered = start;
        for (DateRange r : ranges) {
            LocalDate a = r.from().isBefore(covered) ? covered : r.from();
            LocalDate b = java.util.Objects.requireNonNull(r.until());
            if (b.isAfter(a)) {
                days += ChronoUnit.DAYS.between(a, b);
                covered = b;
            }
        }
        return days;
    }

    static Grade cap(
            Grade grade,
            Grade cap,
            List<Finding> findings,
            EvaluationRegime regime,
            String code,
            String subject,
            Label why) {
        return cap(grade, cap, findings, regime, code, () -> subject, () -> why);
    }

    /** As the other {@code cap}, the finding's texts built on first use. */
    static Grade cap(
            Grade grade,
            Grade cap,
            List<Finding> findings,
            EvaluationRegime regime,
            String code,
            Supplier<String> subject,
            Supplier<Label> why) {
        Grade after = grade.atMost(cap);
        findings.add(finding(
                regime,
                code,
                after == grade ? Severity.INFO : Severity.WARNING,
                subject,
                () -> capped(why.get(), cap, grade, after)));
        return after;
    }

    /** The message of a cap's finding: why, the cap, and from what to what it lowered. */
    private static Label capped(Label why, Grade cap, Grade grade, Grade after) {
        return Label.of(
                why.vi() + ": tối đa " + cap.abbreviation()
                        + (after == grade
                                ? "."
                                : "; hạ từ " + grade.abbreviation() + " xuống " + after.abbreviation() + "."),
                why.en() + ": at most " + cap.abbreviation()
                        + (after == grade
                                ? "."
                                : "; lowered from " + grade.abbreviation() + " to " + after.abbreviation() + "."));
    }

    private static MemberRating.NotRated notRated(
            MemberHistory history,
            java.time.Year year,
            EvaluationRegime regime,
            String code,
            boolean reviewed,
            Label message) {
        Subject subject = new Subject(history, year, ReviewPeriod.YEAR); // no period in these findings
        return new MemberRating.NotRated(
                history.id(),
                year,
                PolicyRef.of(regime),
                code,
                reviewed,
                ImmutableList.of(finding(regime, code, Severity.INFO, subject, () -> message)));
    }

    static Finding finding(EvaluationRegime regime, String code, Severity severity, String subject, Label message) {
        return Finding.of(code, severity, subject, message, regime.sourceOf(code), regime);
    }

    /** As the other {@code finding}, its texts built on first use ({@link Finding#lazy}). */
    static Finding finding(
            EvaluationRegime regime,
            String code,
            Severity severity,
            Supplier<String> subject,
            Supplier<Label> message) {
        return Finding.lazy(code, severity, subject, message, regime.sourceOf(code), regime);
    }

    /**
     * What a member's findings are about: the member's latest full name, id and review year (and
     * the period when not the year), as text. Built when a finding's text is first used (the
     * findings are {@link Finding#lazy}: under QĐ 366 every member has one, and building the texts
     * of findings nobody reads cost more than the rest of the rating), once for all of the member's
     * findings. A finding keeps its member's history until then. Two threads showing findings at
     * once may both build it: the same text.
     */
    private static final class Subject implements Supplier<String> {
        private final MemberHistory history;
        private final java.time.Year year;
        private final ReviewPeriod period;
        private @Nullable String text;

        Subject(MemberHistory history, java.time.Year year, ReviewPeriod period) {
            this.history = history;
            this.year = year;
            this.period = period;
        }

        @Override
        public String get() {
            return text();
        }

        /** The text, e.g. {@code Nguyễn Văn A [id] 2025 Q1}. */
        String text() {
            String t = text;
            if (t == null) {
                t = history.profile().map(p -> p.fullName()).orElse("") + " [" + history.id() + "] " + year
                        + (period == ReviewPeriod.YEAR ? "" : " " + period.code());
                text = t;
            }
            return t;
        }
    }

    /**
     * What the score reads of a regime, made once per regime rather than once per member: the
     * thresholds as {@code BigDecimal}s (above 10 {@code BigDecimal.valueOf} makes a new one on
     * every call) and the score rule's source. The figures of the last regime asked are kept (a
     * classification rates every member of a year under one regime; a regime is immutable).
     */
    private static final class Figures {
        private static volatile @Nullable Figures last;

        final EvaluationRegime regime;
        final BigDecimal excellentMinScore;
        final BigDecimal excellentMinExceededPercent;
        final BigDecimal goodMinScore;
        final BigDecimal completedMinScore;
        final BigDecimal completedMaxLatePercent;
        final RuleSource scoreSource;

        private Figures(EvaluationRegime regime) {
            this.regime = regime;
            this.excellentMinScore = BigDecimal.valueOf(regime.excellentMinScore());
            this.excellentMinExceededPercent = BigDecimal.valueOf(regime.excellentMinExceededPercent());
            this.goodMinScore = BigDecimal.valueOf(regime.goodMinScore());
            this.completedMinScore = BigDecimal.valueOf(regime.completedMinScore());
            this.completedMaxLatePercent = BigDecimal.valueOf(regime.completedMaxLatePercent());
            this.scoreSource = regime.sourceOf(EvaluationRegime.SCORE);
        }

        /** The figures of {@code regime}. */
        static Figures of(EvaluationRegime regime) {
            Figures f = last;
            return f != null && f.regime == regime ? f : made(regime);
        }

        /** Makes and keeps the figures of a regime other than the last one (apart, for the JIT). */
        private static Figures made(EvaluationRegime regime) {
            Figures f = new Figures(regime);
            last = f;
            return f;
        }
    }

    /**
     * A member's findings as they are made: the first two held in fields (under QĐ 366 every rated
     * member has one or two, under QĐ 124 most have none), more in a list, then made an immutable
     * list without an intermediate copy.
     */
    private static final class Findings extends AbstractList<Finding> {
        private @Nullable Finding first;
        private @Nullable Finding second;
        private @Nullable List<Finding> more;
        private int size;

        @Override
        public boolean add(Finding f) {
            Objects.requireNonNull(f, "finding");
            if (size == 0) {
                first = f;
            } else if (size == 1) {
                second = f;
            } else {
                addMore(f);
            }
            size++;
            modCount++;
            return true;
        }

        /** A third finding or more: rare, apart from {@link #add} so that the JIT inlines that. */
        private void addMore(Finding f) {
            List<Finding> m = more;
            if (m == null) {
                m = new ArrayList<>(4);
                more = m;
            }
            m.add(f);
        }

        @Override
        public Finding get(int index) {
            Objects.checkIndex(index, size);
            return index == 0
                    ? Objects.requireNonNull(first)
                    : index == 1
                            ? Objects.requireNonNull(second)
                            : Objects.requireNonNull(more).get(index - 2);
        }

        @Override
        public int size() {
            return size;
        }

        ImmutableList<Finding> toImmutableList() {
            return switch (size) {
                case 0 -> ImmutableList.of();
                case 1 -> ImmutableList.of(Objects.requireNonNull(first));
                case 2 -> ImmutableList.of(Objects.requireNonNull(first), Objects.requireNonNull(second));
                default ->
                    ImmutableList.<Finding>builderWithExpectedSize(size)
                            .add(Objects.requireNonNull(first), Objects.requireNonNull(second))
                            .addAll(Objects.requireNonNull(more))
                            .build();
            };
        }
    }
}

package vn.chibo.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Months;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.Scores;
import vn.chibo.domain.evaluation.ScoringRule;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.Membership;

/**
 * The baseline of {@link ClassificationBenchmark}: a hand-written loop over the same domain objects
 * applying the same caps as the domain's {@code Classification.rate} for a yearly review, in one pass
 * over each member's facts, with no findings, no labels and no policy fingerprint: who is left out
 * (not a member on 31/12, exempted, suspended where the regime says so, ceremony less than the
 * regime's months before 31/12), the QĐ 366 score, discipline in the year (self-fixed exempt where
 * the regime says so), sick leave of the regime's days, targets, the civil-service rating,
 * degradation, a negative residence comment.
 */
final class HandClassification {
    private HandClassification() {}

    /** The grade, or {@code null} when the member is not rated. */
    static @Nullable Grade grade(MemberHistory h, MemberReview review, EvaluationRegime regime) {
        int y = review.year().getValue();
        LocalDate start = LocalDate.of(y, 1, 1);
        LocalDate end = LocalDate.of(y, 12, 31);
        LocalDate after = LocalDate.of(y + 1, 1, 1);
        Membership membership = null;
        for (Membership m : h.memberships()) {
            LocalDate c = m.ceremony();
            LocalDate e = m.ended();
            if (c != null && !end.isBefore(c) && (e == null || (e.isAfter(c) && end.isBefore(e)))) {
                membership = m;
            }
        }
        if (membership == null) {
            return null;
        }
        List<MemberFact.ConditionBegan> began = null;
        Map<UUID, LocalDate> ended = null;
        Grade grade = review.proposed();
        boolean disciplined = false;
        for (MemberFact f : h.facts()) {
            if (f instanceof MemberFact.ConditionBegan c) {
                if (began == null) {
                    began = new ArrayList<>(4);
                }
                began.add(c);
            } else if (f instanceof MemberFact.ConditionEnded e) {
                if (ended == null) {
                    ended = new HashMap<>();
                }
                ended.merge(e.condition(), e.effective(), (a, b) -> a.isBefore(b) ? a : b);
            } else if (f instanceof MemberFact.Disciplined d
                    && !d.effective().isBefore(start)
                    && !d.effective().isAfter(end)
                    && !(d.selfDetectedAndFixed() && regime.selfFixedDisciplineExempt())) {
                disciplined = true;
            }
        }
        long[] sick = null;
        int ranges = 0;
        if (began != null) {
            for (MemberFact.ConditionBegan c : began) {
                LocalDate until = c.until();
                LocalDate early = ended == null ? null : ended.get(c.condition());
                if (early != null && (until == null || early.isBefore(until))) {
                    until = early;
                }
                if (until != null && !until.isAfter(c.effective())) {
                    continue;
                }
                boolean onEnd = !end.isBefore(c.effective()) && (until == null || end.isBefore(until));
                if (onEnd && c.kind() == ConditionKind.EXEMPTION) {
                    return null;
                }
                if (onEnd && c.kind() == ConditionKind.SUSPENSION && regime.suspendedNotRated()) {
                    return null;
                }
                if (c.kind() == ConditionKind.SICK_LEAVE) {
                    LocalDate a = c.effective().isBefore(start) ? start : c.effective();
                    LocalDate b = until == null || until.isAfter(after) ? after : until;
                    if (b.isAfter(a)) {
                        if (sick == null) {
                            sick = new long[8];
                        } else if (2 * ranges + 2 > sick.length) {
                            sick = java.util.Arrays.copyOf(sick, sick.length * 2);
                        }
                        sick[2 * ranges] = a.toEpochDay();
                        sick[2 * ranges + 1] = b.toEpochDay();
                        ranges++;
                    }
                }
            }
        }
        LocalDate ceremony = membership.ceremony();
        if (ceremony != null && Months.between(ceremony, end) < regime.newMemberMonths()) {
            return null;
        }
        if (regime.scoring() == ScoringRule.SCORED) {
            grade = grade.atMost(scored(review, regime));
        }
        if (disciplined) {
            grade = grade.atMost(Grade.NOT_COMPLETED);
        }
        if (sick != null
                && regime.sickLeaveCapMonths().isPresent()
                && reachesMonths(sick, ranges, regime.sickLeaveCapMonths().getAsInt())) {
            grade = grade.atMost(Grade.COMPLETED);
        }
        Integer targets = review.targetsPercent();
        if (targets != null && targets < regime.minTargetsPercent()) {
            grade = grade.atMost(Grade.NOT_COMPLETED);
        }
        Grade civil = review.civilServantGrade();
        if (civil != null && !review.outsidePoliticalSystem()) {
            if (civil == Grade.NOT_COMPLETED) {
                grade = grade.atMost(Grade.NOT_COMPLETED);
            } else if (civil != Grade.EXCELLENT && grade == Grade.EXCELLENT) {
                grade = Grade.GOOD;
            }
        }
        if (review.degradationConcluded()) {
            grade = grade.atMost(Grade.NOT_COMPLETED);
        }
        if (review.negativeResidenceComment() && regime.negativeResidenceCommentCapsAtCompleted()) {
            grade = grade.atMost(Grade.COMPLETED);
        }
        return grade;
    }

    private static Grade scored(MemberReview review, EvaluationRegime regime) {
        Scores s = review.scores();
        if (s == null) {
            throw new IllegalArgumentException("regime " + regime.id() + " needs the scores of " + review.member());
        }
        BigDecimal total = s.total();
        if (total.compareTo(BigDecimal.valueOf(regime.excellentMinScore())) >= 0
                && s.allTasksOnTime()
                && s.exceededPercent().compareTo(BigDecimal.valueOf(regime.excellentMinExceededPercent())) >= 0
                && s.shortcomingsFixed()) {
            return Grade.EXCELLENT;
        } else if (total.compareTo(BigDecimal.valueOf(regime.goodMinScore())) >= 0 && s.allTasksOnTime()) {
            return Grade.GOOD;
        } else if (total.compareTo(BigDecimal.valueOf(regime.completedMinScore())) >= 0
                && s.latePercent().compareTo(BigDecimal.valueOf(regime.completedMaxLatePercent())) <= 0) {
            return Grade.COMPLETED;
        }
        return Grade.NOT_COMPLETED;
    }

    /** Days covered by the half-open ranges {@code [r[2i], r[2i+1])}, each day once. */
    /** Whether the leaves, laid end to end from the first day of the first, reach {@code months} by the month rule. */
    private static boolean reachesMonths(long[] r, int n, int months) {
        long first = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            first = Math.min(first, r[2 * i]);
        }
        LocalDate from = LocalDate.ofEpochDay(first);
        return !from.plusMonths(months).isAfter(from.plusDays(days(r, n)));
    }

    private static long days(long[] r, int n) {
        long[][] sorted = new long[n][];
        for (int i = 0; i < n; i++) {
            sorted[i] = new long[] {r[2 * i], r[2 * i + 1]};
        }
        java.util.Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
        long days = 0;
        long covered = Long.MIN_VALUE;
        for (long[] x : sorted) {
            long a = Math.max(x[0], covered);
            if (x[1] > a) {
                days += x[1] - a;
                covered = x[1];
            }
        }
        return days;
    }
}

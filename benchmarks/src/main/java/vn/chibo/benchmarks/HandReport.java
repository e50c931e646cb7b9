package vn.chibo.benchmarks;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationTree;

/**
 * The baseline of {@link ReportBenchmark}: hand-written Java streaming over the same objects (every
 * stored review, every member's history, the organisation tree), one pass that places each yearly
 * decision where the evaluations port places it (a member's home cell on 31/12, or the cell of the
 * last membership; an organisation itself) and adds it to every asked subtree on that place's path,
 * counting as the domain's report counts.
 */
final class HandReport {
    private HandReport() {}

    /** The counts of {@code year} for each subtree of {@code roots}, in their order. */
    static List<GradeCounts> counts(
            List<EvaluationRecord> records,
            Map<MemberId, MemberHistory> histories,
            OrganizationTree tree,
            List<OrganizationId> roots,
            Year year) {
        LocalDate end = year.atMonth(12).atEndOfMonth();
        OrganizationTree.Snapshot snap = tree.on(end);
        Map<OrganizationId, Integer> index = new HashMap<>();
        for (int i = 0; i < roots.size(); i++) {
            index.put(roots.get(i), i);
        }
        int n = roots.size();
        int[][] members = new int[n][Grade.values().length];
        int[][] cells = new int[n][Grade.values().length];
        List<Map<String, Integer>> notRated = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            notRated.add(new TreeMap<>());
        }
        Map<OrganizationId, int[]> placed = new HashMap<>();
        for (EvaluationRecord r : records) {
            if (!r.key().year().equals(year) || !r.key().yearly()) {
                continue;
            }
            Optional<EvaluationEntry.Decided> decided = r.decided();
            if (decided.isEmpty()) {
                continue;
            }
            EvaluationEntry.Decided d = decided.get();
            Grade grade = d.grade();
            if (r.key().subject() instanceof EvaluationSubject.OfMember m) {
                MemberHistory h = histories.get(m.member());
                Optional<OrganizationId> owner = h == null
                        ? Optional.empty()
                        : h.homeCellOn(end)
                                .or(() -> h.lastMembership()
                                        .map(x -> x.admission().cell()));
                if (owner.isEmpty()) {
                    continue;
                }
                for (int i : placed.computeIfAbsent(owner.get(), o -> roots(snap, o, index))) {
                    if (grade != null) {
                        members[i][grade.ordinal()]++;
                    } else {
                        notRated.get(i).merge(String.valueOf(d.notRatedReason()), 1, Integer::sum);
                    }
                }
            } else if (r.key().subject() instanceof EvaluationSubject.OfOrganization o && grade != null) {
                OrganizationId org = o.organization();
                if (snap.get(org).map(s -> s.kind().isCell()).orElse(false)) {
                    for (int i : placed.computeIfAbsent(org, x -> roots(snap, x, index))) {
                        cells[i][grade.ordinal()]++;
                    }
                }
            }
        }
        List<GradeCounts> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(GradeCounts.of(roots.get(i), year, byGrade(members[i]), notRated.get(i), byGrade(cells[i])));
        }
        return out;
    }

    /** The indices of the asked subtrees that {@code place} lies in on the snapshot's day. */
    private static int[] roots(
            OrganizationTree.Snapshot snap, OrganizationId place, Map<OrganizationId, Integer> index) {
        if (snap.get(place).isEmpty()) {
            return new int[0];
        }
        List<Integer> found = new ArrayList<>(2);
        for (OrganizationId id : snap.pathFromRoot(place)) {
            Integer i = index.get(id);
            if (i != null) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<Grade, Integer> byGrade(int[] counts) {
        Map<Grade, Integer> out = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            out.put(g, counts[g.ordinal()]);
        }
        return out;
    }
}

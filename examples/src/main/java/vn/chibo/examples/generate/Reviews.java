package vn.chibo.examples.generate;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.evaluation.Classification;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.HostCellComment;
import vn.chibo.domain.evaluation.MemberRating;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationClassification;
import vn.chibo.domain.evaluation.OrganizationRating;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.Scores;
import vn.chibo.domain.evaluation.ScoringRule;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.examples.generate.People.Person;

/**
 * The yearly reviews of one grassroots organisation, made the way {@code EvaluationService} makes
 * them and the Phường 5 example records them: each member rated that year proposed by the cell
 * (under QĐ 366 with the 100-point scores that give the grade proposed), decided by the domain's
 * {@link Classification} under the regime of the year (which lowers a grade where a cap applies:
 * discipline in the year, long sick leave, a civil-service rating below excellent), published.
 * Members of residential cells and enterprises are outside the political system (QĐ 366 scores
 * them on Annex 5) and have no civil-service rating; a member temporarily attached to another cell
 * in the year brings that cell's comment;
 * then each cell from its members' decided grades, each partial committee from its cells, the
 * grassroots committee from what is under it ({@link OrganizationClassification}). Members who are
 * not rated (exempted, suspended, admitted less than six months before 31/12, gone) have no review,
 * as in the Phường 5 example.
 *
 * <p>Proposals (illustrative): members 17 % excellent, 76.5 % good, 6.1 % completed, 0.4 % not
 * completed (discipline in the year lowers a few more),
 * the excellent ones then brought within the 20 % quota of the year's reading in nine grassroots
 * organisations out of ten (the tenth keeps its overrun, which the report flags); cells 15 %
 * excellent, 79 % good, 5 % completed, 1 % not completed.
 */
final class Reviews {
    /**
     * An organisation's decided grade, for the review of the organisation above it.
     *
     * @param history the organisation
     * @param grade its decided grade, or {@code null} when not rated
     */
    record Decided(
            vn.chibo.domain.organization.OrganizationHistory history,
            @Nullable Grade grade) {}

    private final UnitGenerator.Context unit;
    private final List<Person> persons;
    private final OrganizationTree tree;
    private final Random r;
    private final List<BulkRecord> out;

    Reviews(UnitGenerator.Context unit, List<Person> persons, OrganizationTree tree, Random r, List<BulkRecord> out) {
        this.unit = unit;
        this.persons = persons;
        this.tree = tree;
        this.r = r;
        this.out = out;
    }

    /**
     * Reviews the year; returns the grassroots organisation's own decided grade for the level above
     * (empty when it no longer exists on 31/12) and, for 2025, the grassroots organisations it left
     * under the new commune.
     */
    List<Decided> year(int y, EvaluationRegime regime) {
        Year year = Year.of(y);
        LocalDate end = year.atMonth(12).atEndOfMonth();
        Texts texts = new Texts(y, unit.actor());
        List<Person> rated = new ArrayList<>();
        for (Person p : persons) {
            MemberHistory h = p.history();
            if (h.statusOn(end).isPresent()
                    && Classification.leftOut(h, year, regime).isEmpty()) {
                rated.add(p);
            }
        }
        Grade[] proposed = new Grade[rated.size()];
        for (int i = 0; i < proposed.length; i++) {
            double x = r.nextDouble();
            proposed[i] = x < 0.17
                    ? Grade.EXCELLENT
                    : x < 0.935 ? Grade.GOOD : x < 0.996 ? Grade.COMPLETED : Grade.NOT_COMPLETED;
        }
        keepQuota(proposed, regime, y);
        Map<OrganizationId, List<Grade>> byCell = new HashMap<>();
        for (int i = 0; i < proposed.length; i++) {
            Person p = rated.get(i);
            MemberHistory h = p.history();
            EvaluationKey key = EvaluationKey.of(p.id, year);
            UnitShape.Work work = unit.shape().cells.get(p.cell).work();
            boolean outside = work == UnitShape.Work.RESIDENTIAL || work == UnitShape.Work.ENTERPRISE;
            MemberReview review = new MemberReview(
                    p.id,
                    year,
                    proposed[i],
                    proposed[i],
                    outside ? null : civilServant(proposed[i]),
                    null,
                    false,
                    false,
                    regime.scoring() == ScoringRule.SCORED ? scores(proposed[i]) : null,
                    outside,
                    hostComment(h, y));
            MemberRating rating = Classification.rate(h, review, regime);
            Grade grade = rating.gradeIfRated().orElseThrow();
            out.add(BulkRecord.Evaluation.of(
                    key,
                    List.of(
                            new EvaluationEntry.Proposed(key, review, texts.memberProposed),
                            new EvaluationEntry.Decided(
                                    key, grade, null, true, rating.regime(), rating.findings(), texts.memberDecided),
                            new EvaluationEntry.Published(key, grade, texts.published)),
                    unit.origin() + "/review/" + p.number + "/" + y));
            byCell.computeIfAbsent(h.homeCellOn(end).orElseThrow(), c -> new ArrayList<>())
                    .add(grade);
        }
        OrganizationTree.Snapshot snap = tree.on(end);
        Map<OrganizationId, Grade> decided = new HashMap<>();
        for (OrganizationId cell : unit.cellIds()) {
            if (snap.get(cell).map(s -> s.kind().isCell()).orElse(false)) {
                decided.put(
                        cell,
                        organization(
                                cell, year, regime, byCell.getOrDefault(cell, List.of()), texts.cellDecided, texts));
            }
        }
        for (OrganizationId partial : unit.partialIds()) {
            if (snap.get(partial).isPresent()) {
                decided.put(
                        partial,
                        organization(
                                partial,
                                year,
                                regime,
                                constituents(snap, partial, decided),
                                texts.partialDecided,
                                texts));
            }
        }
        List<Decided> above = new ArrayList<>();
        OrganizationId top = unit.id();
        if (snap.get(top).isPresent()) {
            if (snap.get(top).get().kind() == OrganizationKind.GRASSROOTS_COMMITTEE) {
                decided.put(
                        top,
                        organization(top, year, regime, constituents(snap, top, decided), texts.unitDecided, texts));
            }
            above.add(new Decided(tree.history(top).orElseThrow(), decided.get(top)));
        } else {
            for (OrganizationId cell : unit.cellIds()) {
                if (snap.get(cell).map(s -> s.kind().isGrassroots()).orElse(false)) {
                    above.add(new Decided(tree.history(cell).orElseThrow(), decided.get(cell)));
                }
            }
        }
        return above;
    }

    private static List<Grade> constituents(
            OrganizationTree.Snapshot snap, OrganizationId parent, Map<OrganizationId, Grade> decided) {
        List<Grade> grades = new ArrayList<>();
        for (OrganizationState child : snap.children(parent)) {
            Grade g = decided.get(child.id());
            if (child.kind() != OrganizationKind.PARTY_GROUP && g != null) {
                grades.add(g);
            }
        }
        return grades;
    }

    private @Nullable Grade organization(
            OrganizationId id,
            Year year,
            EvaluationRegime regime,
            List<Grade> constituents,
            Recorded decided,
            Texts texts) {
        double x = r.nextDouble();
        Grade proposed =
                x < 0.15 ? Grade.EXCELLENT : x < 0.94 ? Grade.GOOD : x < 0.99 ? Grade.COMPLETED : Grade.NOT_COMPLETED;
        return record(
                out,
                tree,
                id,
                year,
                regime,
                proposed,
                constituents,
                texts.orgProposed,
                decided,
                texts.published,
                unit.origin() + "/review/" + id + "/" + year);
    }

    /** Records the review of an organisation: proposal, decision by {@link OrganizationClassification}, publication. */
    static @Nullable Grade record(
            List<BulkRecord> out,
            OrganizationTree tree,
            OrganizationId id,
            Year year,
            EvaluationRegime regime,
            Grade proposed,
            List<Grade> constituents,
            Recorded proposedAt,
            Recorded decidedAt,
            Recorded publishedAt,
            String origin) {
        OrganizationReview review = OrganizationReview.proposed(id, year, proposed);
        OrganizationRating rating = OrganizationClassification.rate(tree, review, constituents, regime);
        EvaluationKey key = EvaluationKey.of(id, year);
        out.add(BulkRecord.Evaluation.of(
                key,
                List.of(
                        new EvaluationEntry.Proposed(key, review, proposedAt),
                        new EvaluationEntry.Decided(
                                key,
                                rating.grade(),
                                rating.notRatedReason(),
                                true,
                                rating.regime(),
                                rating.findings(),
                                decidedAt),
                        new EvaluationEntry.Published(key, rating.grade(), publishedAt)),
                origin));
        return rating.grade();
    }

    /** Brings the excellent proposals within the year's quota, unless this organisation keeps its overrun. */
    private void keepQuota(Grade[] proposed, EvaluationRegime regime, int y) {
        if (Ids.unit(unit.seed(), Ids.SAMPLE, unit.index(), 10_000L + y) < 0.1) {
            return;
        }
        long excellent = 0;
        long good = 0;
        List<Integer> excellentAt = new ArrayList<>();
        for (int i = 0; i < proposed.length; i++) {
            if (proposed[i] == Grade.EXCELLENT) {
                excellent++;
                excellentAt.add(i);
            } else if (proposed[i] == Grade.GOOD) {
                good++;
            }
        }
        while (excellent > 0
                && 100 * excellent
                        > (long) regime.quotaPercent() * regime.quotaBase().of(excellent, good)) {
            int pick = excellentAt.remove(r.nextInt(excellentAt.size()));
            proposed[pick] = Grade.GOOD;
            excellent--;
            good++;
        }
    }

    /** The comment of the cell a member was temporarily attached to in the year, which the member brings home. */
    private @Nullable HostCellComment hostComment(MemberHistory h, int y) {
        LocalDate start = LocalDate.of(y, 1, 1);
        List<MemberFact.Transferred> away = h.temporaryTransfersDuring(DateRange.of(start, start.plusYears(1)));
        if (away.isEmpty()) {
            return null;
        }
        MemberFact.Transferred last = away.get(away.size() - 1);
        LocalDate date = LocalDate.of(y, 12, 5);
        String cell = unit.shape().cells.get(unit.cellIds().indexOf(last.to())).name();
        return new HostCellComment(
                last.to(),
                date,
                "Giấy nhận xét của " + cell + " ngày 05/12/" + y + " (minh họa)",
                "Chấp hành tốt sinh hoạt tạm thời (minh họa)");
    }

    private @Nullable Grade civilServant(Grade proposed) {
        if (r.nextDouble() < 0.5) {
            return null;
        }
        return proposed == Grade.EXCELLENT && r.nextDouble() < 0.05 ? Grade.GOOD : proposed;
    }

    /** QĐ 366 scores that give {@code grade}: 30 general and 70 results points, the task facts. */
    private Scores scores(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> {
                int general = 270 + r.nextInt(31);
                int results = Math.max(900 - general, 630 + r.nextInt(71));
                yield new Scores(tenths(general), tenths(results), true, tenths(300 + r.nextInt(400)), tenths(0), true);
            }
            case GOOD -> split(700 + r.nextInt(200), true, r.nextInt(300), 0, r.nextDouble() < 0.8);
            case COMPLETED -> split(500 + r.nextInt(200), false, r.nextInt(100), r.nextInt(201), true);
            case NOT_COMPLETED -> split(300 + r.nextInt(200), false, 0, 201 + r.nextInt(300), false);
        };
    }

    private Scores split(int total, boolean onTime, int exceeded, int late, boolean fixed) {
        int general = Math.min(300, Math.max(total - 700, total * 3 / 10 + r.nextInt(21) - 10));
        return new Scores(tenths(general), tenths(total - general), onTime, tenths(exceeded), tenths(late), fixed);
    }

    private static BigDecimal tenths(int n) {
        return BigDecimal.valueOf(n, 1);
    }

    /** The record stamps of one year's reviews. */
    static final class Texts {
        final Recorded memberProposed;
        final Recorded memberDecided;
        final Recorded orgProposed;
        final Recorded cellDecided;
        final Recorded partialDecided;
        final Recorded unitDecided;
        final Recorded published;

        Texts(int y, String actor) {
            memberProposed = Stamps.recorded(LocalDate.of(y, 12, 12), actor, "Chi bộ đề xuất xếp loại năm " + y);
            memberDecided = Stamps.recorded(LocalDate.of(y, 12, 20), actor, "Quyết định xếp loại đảng viên năm " + y);
            orgProposed = Stamps.recorded(LocalDate.of(y, 12, 22), actor, "Tự đánh giá, đề xuất xếp loại năm " + y);
            cellDecided = Stamps.recorded(LocalDate.of(y, 12, 28), actor, "Quyết định xếp loại chi bộ năm " + y);
            partialDecided =
                    Stamps.recorded(LocalDate.of(y + 1, 1, 5), actor, "Quyết định xếp loại đảng bộ bộ phận năm " + y);
            unitDecided = Stamps.recorded(LocalDate.of(y + 1, 1, 10), actor, "Cấp trên quyết định xếp loại năm " + y);
            published =
                    Stamps.recorded(LocalDate.of(y + 1, 1, 25), actor, "Công bố kết quả đánh giá, xếp loại năm " + y);
        }
    }

    static ImmutableList<Integer> years() {
        return ImmutableList.of(2021, 2022, 2023, 2024, 2025);
    }
}

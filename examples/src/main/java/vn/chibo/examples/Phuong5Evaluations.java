package vn.chibo.examples;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.EvaluationService;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.Classification;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.HostCellComment;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;

/**
 * The 2021 and 2022 reviews of Đảng bộ Phường 5, recorded through {@link EvaluationService} the
 * way the ward runs them: each member rated that year proposed by the cell and decided, then each
 * cell, then the ward, and everything published. The article fixes the totals (2021: 22 of 24
 * cells good or above, 1,312 members rated, 1,040 good and 236 excellent; 2022: 24 of 25 cells,
 * 1,327 members, 1,051 good and 242 excellent; no cell "không hoàn thành" either year; Chi bộ Khu
 * phố 3 excellent); what it leaves open is chosen here and illustrative: the members below good
 * ({@link Plan#completed} completed and {@link Plan#notCompleted} not completed, the latter only
 * in the cells rated completed), which cells are completed or excellent, and which members get
 * which grade (shuffled by a {@link Random} seeded from {@link Phuong5Scenario#SEED} and the year).
 * No rated member has a discipline or sick leave in these years, so the decided grades are the
 * proposed ones. The member temporarily in Khu phố 9 from 1/9/2021 to 1/3/2022 brings that cell's
 * comment to both years' reviews (rules.md §4.9).
 */
final class Phuong5Evaluations {
    /**
     * What one year's review looks like.
     *
     * @param year the review year
     * @param excellentCells the cells proposed excellent
     * @param completedCells the cells proposed completed (the rest good)
     * @param excellent members rated excellent
     * @param completed members rated completed
     * @param notCompleted members rated not completed, in the completed cells only
     */
    record Plan(
            Year year,
            List<String> excellentCells,
            List<String> completedCells,
            int excellent,
            int completed,
            int notCompleted) {}

    /** 2021: 236 excellent, 1,040 good, 30 completed, 6 not completed. */
    static final Plan Y2021 = new Plan(
            Year.of(2021),
            List.of("Chi bộ Khu phố 3", "Chi bộ Công an phường", "Chi bộ Quân sự phường"),
            List.of("Chi bộ Chợ", "Chi bộ Doanh nghiệp 2"),
            236,
            30,
            6);

    /** 2022: 242 excellent, 1,051 good, 31 completed, 3 not completed. */
    static final Plan Y2022 = new Plan(
            Year.of(2022),
            List.of("Chi bộ Khu phố 3", "Chi bộ Công an phường", "Chi bộ Quân sự phường", "Chi bộ Trường Tiểu học"),
            List.of("Chi bộ Doanh nghiệp 2"),
            242,
            31,
            3);

    /** Both years, in order. */
    static final ImmutableList<Plan> PLANS = ImmutableList.of(Y2021, Y2022);

    private Phuong5Evaluations() {}

    /** Records both years' reviews: the cells' clerk proposes and decides, the city decides the ward. */
    static void record(Chibo chibo, Actor ward, Actor city) {
        for (Plan plan : PLANS) {
            record(chibo, ward, city, plan);
        }
    }

    private static void record(Chibo chibo, Actor ward, Actor city, Plan plan) {
        EvaluationService evaluations = chibo.evaluations();
        Year year = plan.year();
        LocalDate end = year.atMonth(12).atEndOfMonth();
        EvaluationRegime regime = evaluations.regime(ward, Phuong5Scenario.PHUONG_5, year);
        List<String> cells = new ArrayList<>(Phuong5Scenario.CELLS_2021);
        if (year.getValue() >= Phuong5Scenario.CELL_2022_FOUNDED.getYear()) {
            cells.add(Phuong5Scenario.CELL_2022);
        }
        Map<OrganizationId, List<MemberId>> rated = new LinkedHashMap<>();
        cells.forEach(c -> rated.put(Phuong5Scenario.id(c), new ArrayList<>()));
        Map<MemberId, MemberStanding> standings = chibo.members().standingsOn(ward, Phuong5Scenario.PHUONG_5, end);
        for (MemberStanding s : standings.values()) {
            if (!s.isMember()) {
                continue;
            }
            MemberHistory h = chibo.members().find(ward, s.member()).orElseThrow();
            if (Classification.leftOut(h, year, regime).isPresent()) {
                continue;
            }
            OrganizationId cell = h.homeCellOn(end).orElseThrow();
            Objects.requireNonNull(rated.get(cell), "a cell of the ward").add(h.id());
        }
        Random random = new Random(Phuong5Scenario.SEED + year.getValue());
        for (List<MemberId> members : rated.values()) {
            members.sort(Comparator.comparing(MemberId::toString));
            Collections.shuffle(members, random);
        }
        Map<MemberId, Grade> grades = grades(plan, rated);
        String proposal = "Chi bộ đề xuất xếp loại năm " + year + " (minh họa)";
        OrganizationTree.Snapshot tree = chibo.organizations().tree(ward).on(end);
        for (Map.Entry<MemberId, Grade> e : grades.entrySet()) {
            MemberReview review = MemberReview.proposed(e.getKey(), year, e.getValue())
                    .withHostCellComment(
                            hostComment(chibo.members().find(ward, e.getKey()).orElseThrow(), year, tree));
            evaluations.propose(ward, review, proposal);
            evaluations.decide(ward, e.getKey(), year, "Quyết định xếp loại đảng viên (minh họa)");
        }
        for (String cell : cells) {
            OrganizationId id = Phuong5Scenario.id(cell);
            Grade grade = plan.excellentCells().contains(cell)
                    ? Grade.EXCELLENT
                    : plan.completedCells().contains(cell) ? Grade.COMPLETED : Grade.GOOD;
            evaluations.propose(ward, OrganizationReview.proposed(id, year, grade), proposal);
            evaluations.decide(ward, id, year, "Quyết định xếp loại chi bộ (minh họa)");
        }
        evaluations.propose(
                ward,
                OrganizationReview.proposed(Phuong5Scenario.PHUONG_5, year, Grade.GOOD),
                "Đảng ủy phường tự đánh giá, đề xuất (minh họa)");
        evaluations.decide(
                city, Phuong5Scenario.PHUONG_5, year, "Ban Thường vụ Thành ủy quyết định xếp loại (minh họa)");
        String published = "Công bố kết quả đánh giá, xếp loại năm " + year;
        for (MemberId m : grades.keySet()) {
            evaluations.publish(ward, EvaluationKey.of(m, year), published);
        }
        for (String cell : cells) {
            evaluations.publish(ward, EvaluationKey.of(Phuong5Scenario.id(cell), year), published);
        }
        evaluations.publish(city, EvaluationKey.of(Phuong5Scenario.PHUONG_5, year), published);
    }

    /**
     * The comment a member temporarily attached to another cell during {@code year} brings from it
     * (rules.md §4.9), dated 10 December; {@code null} for the others.
     */
    private static @Nullable HostCellComment hostComment(MemberHistory h, Year year, OrganizationTree.Snapshot tree) {
        return h
                .temporaryTransfersDuring(
                        DateRange.of(year.atDay(1), year.plusYears(1).atDay(1)))
                .stream()
                .findFirst()
                .map(t -> new HostCellComment(
                        t.to(),
                        year.atMonth(12).atDay(10),
                        "Nhận xét của "
                                + tree.get(t.to()).map(OrganizationState::name).orElse(t.to().toString())
                                + " về đảng viên sinh hoạt tạm thời (minh họa)",
                        "Chấp hành tốt nhiệm vụ nơi sinh hoạt tạm thời (minh họa)."))
                .orElse(null);
    }

    /**
     * The proposed grade of every member rated: the not-completed members round-robin over the
     * completed cells, the completed members round-robin over every cell not proposed excellent
     * (completed cells first), the excellent members over the rest of every cell in proportion to
     * its size (largest remainder), everyone else good.
     */
    static Map<MemberId, Grade> grades(Plan plan, Map<OrganizationId, List<MemberId>> rated) {
        Map<MemberId, Grade> out = new LinkedHashMap<>();
        Map<OrganizationId, Integer> next = new HashMap<>();
        rated.keySet().forEach(c -> next.put(c, 0));
        List<OrganizationId> completedCells =
                plan.completedCells().stream().map(Phuong5Scenario::id).toList();
        List<OrganizationId> lowerPool = new ArrayList<>(completedCells);
        for (OrganizationId c : rated.keySet()) {
            if (!lowerPool.contains(c)
                    && plan.excellentCells().stream().map(Phuong5Scenario::id).noneMatch(c::equals)) {
                lowerPool.add(c);
            }
        }
        for (int i = 0; i < plan.notCompleted(); i++) {
            take(rated, next, completedCells.get(i % completedCells.size()), Grade.NOT_COMPLETED, out);
        }
        for (int i = 0; i < plan.completed(); i++) {
            take(rated, next, lowerPool.get(i % lowerPool.size()), Grade.COMPLETED, out);
        }
        int left = 0;
        for (OrganizationId c : rated.keySet()) {
            left += rated.get(c).size() - Objects.requireNonNull(next.get(c));
        }
        Map<OrganizationId, Integer> share = new LinkedHashMap<>();
        List<OrganizationId> byRemainder = new ArrayList<>(rated.keySet());
        Map<OrganizationId, Long> remainder = new HashMap<>();
        int given = 0;
        for (OrganizationId c : rated.keySet()) {
            long product = (long) plan.excellent() * (rated.get(c).size() - Objects.requireNonNull(next.get(c)));
            share.put(c, (int) (product / left));
            remainder.put(c, product % left);
            given += (int) (product / left);
        }
        byRemainder.sort(Comparator.comparing((OrganizationId c) -> Objects.requireNonNull(remainder.get(c)))
                .reversed());
        for (int i = 0; i < plan.excellent() - given; i++) {
            share.merge(byRemainder.get(i), 1, Integer::sum);
        }
        for (OrganizationId c : rated.keySet()) {
            for (int i = 0; i < Objects.requireNonNull(share.get(c)); i++) {
                take(rated, next, c, Grade.EXCELLENT, out);
            }
            while (Objects.requireNonNull(next.get(c)) < rated.get(c).size()) {
                take(rated, next, c, Grade.GOOD, out);
            }
        }
        return out;
    }

    private static void take(
            Map<OrganizationId, List<MemberId>> rated,
            Map<OrganizationId, Integer> next,
            OrganizationId cell,
            Grade grade,
            Map<MemberId, Grade> out) {
        int i = Objects.requireNonNull(next.get(cell));
        out.put(Objects.requireNonNull(rated.get(cell)).get(i), grade);
        next.put(cell, i + 1);
    }
}

package vn.chibo.examples.generate;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.domain.rule.WorkingCalendar;

/**
 * The generated records as a {@link BulkSource}: the levels above the grassroots organisations,
 * then one grassroots organisation after another, each made when the previous one has been read,
 * and the reviews of a district and its new communes after its last grassroots organisation. Holds
 * the skeleton's histories (a few thousand organisations), one grassroots organisation's records
 * and its district's decided grades.
 */
final class NationalSource implements BulkSource {
    private static final String ACTOR = "chibo-generator/trung-uong";

    private final Skeleton skeleton;
    private final GeneratorSettings settings;
    private final NationalGenerator.Regimes regimes;
    private final UnitGenerator units;
    private final NationalGenerator.Listener listener;
    private final ArrayDeque<BulkRecord> queue = new ArrayDeque<>();
    private final List<OrganizationHistory> districts = new ArrayList<>();
    private final List<OrganizationHistory> communes = new ArrayList<>();
    private final Map<Integer, List<Reviews.Decided>> districtTally = new HashMap<>();
    private final Map<Integer, List<Reviews.Decided>> communeTally = new HashMap<>();
    private boolean started;
    private int next;
    private long members;

    NationalSource(
            Skeleton skeleton,
            GeneratorSettings settings,
            NationalGenerator.Regimes regimes,
            WorkingCalendar calendar,
            NationalGenerator.Listener listener) {
        this.skeleton = skeleton;
        this.settings = settings;
        this.regimes = regimes;
        this.units = new UnitGenerator(skeleton, settings, regimes, calendar);
        this.listener = listener;
    }

    @Override
    public Optional<BulkRecord> next(ViolationCollector problems) {
        while (queue.isEmpty()) {
            if (!started) {
                started = true;
                upperLevels();
            } else if (next < skeleton.grassroots()) {
                unit(next++);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(queue.poll());
    }

    // ---------------------------------------------------------------- the levels above

    private void upperLevels() {
        long seed = settings.seed();
        Recorded imported = Stamps.recorded(Skeleton.FOUNDED, ACTOR, "");
        Recorded july = Stamps.recorded(Skeleton.THREE_LEVELS, ACTOR, "Sắp xếp tổ chức đảng từ 01/7/2025");
        OrganizationId party = skeleton.party();
        organization(
                party,
                List.of(new OrganizationFact.Founded(
                        party,
                        Skeleton.FOUNDED,
                        OrganizationKind.PARTY,
                        "Đảng Cộng sản Việt Nam",
                        null,
                        null,
                        imported)),
                "gen/party");
        for (Skeleton.Province p : skeleton.provinces()) {
            List<OrganizationFact> facts = new ArrayList<>();
            facts.add(new OrganizationFact.Founded(
                    p.id(), Skeleton.FOUNDED, OrganizationKind.PROVINCIAL_COMMITTEE, p.name(), party, null, imported));
            if (p.name().endsWith("Thừa Thiên Huế")) {
                facts.add(new OrganizationFact.Renamed(
                        p.id(),
                        Skeleton.HUE_CITY,
                        Skeleton.HUE_NEW_NAME,
                        NationalGenerator.rename(seed),
                        Stamps.recorded(Skeleton.HUE_CITY, ACTOR, "Thành lập thành phố Huế")));
            }
            if (p.mergedAway()) {
                Skeleton.Province after = skeleton.provinces().get(p.after());
                facts.add(new OrganizationFact.Dissolved(
                        p.id(), Skeleton.THREE_LEVELS, after.id(), NationalGenerator.merger(seed, after), july));
            }
            organization(p.id(), facts, "gen/province/" + p.index());
        }
        for (Skeleton.District d : skeleton.districts()) {
            List<OrganizationFact> facts = List.of(
                    new OrganizationFact.Founded(
                            d.id(),
                            Skeleton.FOUNDED,
                            OrganizationKind.DISTRICT_COMMITTEE,
                            d.name(),
                            skeleton.provinces().get(d.province()).id(),
                            null,
                            imported),
                    new OrganizationFact.Dissolved(
                            d.id(),
                            Skeleton.THREE_LEVELS,
                            null,
                            NationalGenerator.restructuring(seed, skeleton.provinceAfter(d)),
                            july));
            districts.add(organization(d.id(), facts, "gen/district/" + d.index()));
        }
        for (Skeleton.Commune c : skeleton.communes()) {
            Skeleton.Province p = skeleton.provinces().get(c.province());
            List<OrganizationFact> facts = List.of(new OrganizationFact.Founded(
                    c.id(),
                    Skeleton.THREE_LEVELS,
                    OrganizationKind.COMMUNE_COMMITTEE,
                    c.name(),
                    p.id(),
                    NationalGenerator.restructuring(seed, p),
                    july));
            communes.add(organization(c.id(), facts, "gen/commune/" + c.index()));
        }
    }

    private OrganizationHistory organization(OrganizationId id, List<OrganizationFact> facts, String origin) {
        queue.add(BulkRecord.Organization.of(id, facts, origin));
        return OrganizationHistory.of(id, facts);
    }

    // ---------------------------------------------------------------- grassroots organisations

    private void unit(int index) {
        UnitGenerator.Result result = units.generate(index);
        queue.addAll(result.records());
        members += result.members();
        Skeleton.UnitSpec spec = skeleton.unit(index);
        for (Map.Entry<Integer, List<Reviews.Decided>> e : result.above().entrySet()) {
            if (e.getKey() < Skeleton.THREE_LEVELS.getYear()) {
                districtTally
                        .computeIfAbsent(e.getKey(), y -> new ArrayList<>())
                        .addAll(e.getValue());
            } else {
                communeTally
                        .computeIfAbsent(spec.commune(), c -> new ArrayList<>())
                        .addAll(e.getValue());
            }
        }
        Skeleton.District d = spec.district();
        if (index == d.firstUnit() + d.units() - 1) {
            districtReviews(d);
            districtTally.clear();
            communeTally.clear();
        }
        listener.unitDone(index + 1, skeleton.grassroots(), members);
    }

    private void districtReviews(Skeleton.District d) {
        Random r = Ids.random(settings.seed(), Ids.DISTRICT, d.index());
        OrganizationId party = skeleton.party();
        for (Map.Entry<Integer, List<Reviews.Decided>> e : districtTally.entrySet()) {
            int y = e.getKey();
            List<OrganizationHistory> histories = new ArrayList<>();
            histories.add(districts.get(d.index()));
            List<Grade> grades = new ArrayList<>();
            for (Reviews.Decided child : e.getValue()) {
                histories.add(child.history());
                if (child.grade() != null) {
                    grades.add(child.grade());
                }
            }
            OrganizationId province = skeleton.provinces().get(d.province()).id();
            review(d.id(), y, histories, grades, List.of(party, province, d.id()), r, "gen/district/" + d.index());
        }
        for (int c = d.firstCommune(); c < d.firstCommune() + d.communes(); c++) {
            Skeleton.Commune commune = skeleton.communes().get(c);
            List<OrganizationHistory> histories = new ArrayList<>();
            histories.add(communes.get(c));
            List<Grade> grades = new ArrayList<>();
            for (Reviews.Decided child : communeTally.getOrDefault(c, List.of())) {
                histories.add(child.history());
                if (child.grade() != null) {
                    grades.add(child.grade());
                }
            }
            OrganizationId province =
                    skeleton.provinces().get(commune.province()).id();
            int y = Skeleton.THREE_LEVELS.getYear();
            review(commune.id(), y, histories, grades, List.of(party, province, commune.id()), r, "gen/commune/" + c);
        }
    }

    private void review(
            OrganizationId id,
            int y,
            List<OrganizationHistory> histories,
            List<Grade> grades,
            List<OrganizationId> path,
            Random r,
            String origin) {
        double x = r.nextDouble();
        Grade proposed = x < 0.2 ? Grade.EXCELLENT : x < 0.95 ? Grade.GOOD : Grade.COMPLETED;
        List<BulkRecord> out = new ArrayList<>(1);
        Reviews.record(
                out,
                OrganizationTree.of(histories),
                id,
                Year.of(y),
                regimes.of(Year.of(y), path),
                proposed,
                grades,
                Stamps.recorded(LocalDate.of(y + 1, 1, 12), ACTOR, "Tự đánh giá, đề xuất xếp loại năm " + y),
                Stamps.recorded(LocalDate.of(y + 1, 1, 20), ACTOR, "Cấp trên quyết định xếp loại năm " + y),
                Stamps.recorded(LocalDate.of(y + 1, 1, 25), ACTOR, "Công bố kết quả đánh giá, xếp loại năm " + y),
                origin + "/review/" + y);
        queue.addAll(out);
    }
}

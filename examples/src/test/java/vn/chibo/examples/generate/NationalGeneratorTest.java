package vn.chibo.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.EvaluationService;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.meeting.ComplianceReport;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingPolicy;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.organization.StructurePolicy;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.domain.rule.Severity;

/**
 * The national generator at small scale, loaded into the in-memory stores through the port bulk
 * loader, and its plan at full scale.
 */
class NationalGeneratorTest {
    private static final double SCALE = 0.0003;
    private static final Actor ACTOR = NationalGenerator.loader();
    private static final List<LocalDate> YEAR_ENDS = List.of(
            LocalDate.of(2021, 12, 31),
            LocalDate.of(2022, 12, 31),
            LocalDate.of(2023, 12, 31),
            LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 12, 31));

    private static NationalGenerator generator;
    private static Chibo chibo;
    private static InMemoryMembers members;
    private static BulkLoadSummary loaded;
    private static Map<String, Long> streamed;

    @BeforeAll
    static void load() {
        generator = NationalGenerator.of(GeneratorSettings.of(SCALE, 7));
        streamed = new HashMap<>();
        BulkSource source = generator.source();
        ViolationCollector problems = ViolationCollector.create();
        for (Optional<BulkRecord> r = source.next(problems); r.isPresent(); r = source.next(problems)) {
            streamed.merge(r.get().getClass().getSimpleName(), 1L, Long::sum);
        }
        InMemoryOrganizations organizations = new InMemoryOrganizations();
        members = new InMemoryMembers(organizations);
        chibo = Chibo.builder().organizations(organizations).members(members).build();
        loaded = chibo.bulkLoader().load(ACTOR, generator.source(), BulkProgress.none());
    }

    private static String hash(NationalGenerator g) {
        Hasher hasher = Hashing.sha256().newHasher();
        BulkSource source = g.source();
        ViolationCollector problems = ViolationCollector.create();
        for (Optional<BulkRecord> r = source.next(problems); r.isPresent(); r = source.next(problems)) {
            hasher.putString(r.get().toString(), StandardCharsets.UTF_8);
            if (r.get() instanceof BulkRecord.Member m) {
                for (MemberFact f : m.facts()) {
                    if (f instanceof MemberFact.ProfileRecorded p) {
                        hasher.putString(
                                p.profile().birthDate() + "/" + p.profile().citizenId(), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        assertThat(problems.isEmpty()).isTrue();
        return hasher.hash().toString();
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOtherOnes() {
        GeneratorSettings settings = GeneratorSettings.of(0.00005, 42);
        String first = hash(NationalGenerator.of(settings));

        assertThat(hash(NationalGenerator.of(settings))).isEqualTo(first);
        assertThat(hash(NationalGenerator.of(GeneratorSettings.of(0.00005, 43))))
                .isNotEqualTo(first);
    }

    @Test
    void theWholeStreamLoadsCleanlyThroughThePortBulkLoader() {
        assertThat(loaded.organizations()).isEqualTo(streamed.get("Organization"));
        assertThat(loaded.members()).isEqualTo(streamed.get("Member"));
        assertThat(loaded.evaluations()).isEqualTo(streamed.get("Evaluation"));
        assertThat(loaded.meetings()).isEqualTo(streamed.get("Meeting")).isPositive();
        assertThat(loaded.schedules()).isEqualTo(streamed.get("Schedule")).isPositive();
        assertThatThrownBy(() -> chibo.bulkLoader().load(ACTOR, generator.source(), BulkProgress.none()))
                .hasMessageContaining("BULK-EXISTS");
    }

    @Test
    void theFullScalePlanHasTheCountrysSizes() {
        NationalGenerator.Plan plan =
                NationalGenerator.of(GeneratorSettings.of(1, 1)).plan();

        assertThat(plan.provinces()).isEqualTo(63);
        assertThat(plan.provincesAfter()).isEqualTo(34);
        assertThat(plan.districts()).isEqualTo(705);
        assertThat(plan.grassroots()).isEqualTo(55_000);
        assertThat(plan.members()).isBetween(5_500_000L, 6_500_000L);
        assertThat(plan.cells()).isBetween(200_000, 400_000);
    }

    @Test
    void aSmallPlanMatchesWhatIsGenerated() {
        NationalGenerator.Plan plan = generator.plan();

        assertThat(plan.grassroots()).isEqualTo((int) Math.round(55_000 * SCALE));
        assertThat(plan.provinces()).isGreaterThan(plan.provincesAfter()).isGreaterThan(1);
        long onFirstDay = members.all(ACTOR).stream()
                .filter(h -> h.statusOn(LocalDate.of(2021, 1, 1)).isPresent())
                .count();
        assertThat(onFirstDay).isEqualTo(plan.members());
        assertThat((double) plan.members() / plan.grassroots()).isBetween(60.0, 180.0);
    }

    @Test
    void everyCellKeeps3To300MembersAndMostOf10To60() {
        OrganizationTree tree = chibo.organizations().tree(ACTOR);
        for (LocalDate day : YEAR_ENDS) {
            Map<OrganizationId, Integer> sizes = new HashMap<>();
            for (MemberHistory h : members.all(ACTOR)) {
                h.homeCellOn(day).ifPresent(c -> sizes.merge(c, 1, Integer::sum));
            }
            int cells = 0;
            int typical = 0;
            for (OrganizationState s : tree.on(day).states().values()) {
                if (!s.kind().isCell()) {
                    continue;
                }
                int size = sizes.getOrDefault(s.id(), 0);
                assertThat(size).as("%s on %s", s.name(), day).isBetween(3, 300);
                boolean approved = tree.history(s.id()).orElseThrow().hasApproval(StructurePolicy.GRASSROOTS_SIZE, day);
                if (s.kind() == OrganizationKind.GRASSROOTS_CELL && !approved) {
                    assertThat(size)
                            .as("grassroots cell %s on %s", s.name(), day)
                            .isLessThan(30);
                }
                cells++;
                typical += size >= 10 && size <= 60 ? 1 : 0;
            }
            assertThat(typical).as("cells of 10 to 60 on %s", day).isGreaterThan(cells * 6 / 10);
        }
    }

    @Test
    void theTreeHasFourLevelsUntil30June2025AndThreeFrom1July() {
        OrganizationTree tree = chibo.organizations().tree(ACTOR);
        OrganizationTree.Snapshot before = tree.on(LocalDate.of(2025, 6, 30));
        OrganizationTree.Snapshot after = tree.on(LocalDate.of(2025, 7, 1));

        assertThat(kinds(before))
                .containsKey(OrganizationKind.DISTRICT_COMMITTEE)
                .doesNotContainKey(OrganizationKind.COMMUNE_COMMITTEE);
        assertThat(kinds(after))
                .containsKey(OrganizationKind.COMMUNE_COMMITTEE)
                .doesNotContainKey(OrganizationKind.DISTRICT_COMMITTEE);
        assertThat(kinds(after).get(OrganizationKind.PROVINCIAL_COMMITTEE))
                .isEqualTo(generator.plan().provincesAfter());
        for (OrganizationTree.Snapshot snap : List.of(before, after)) {
            for (OrganizationState s : snap.states().values()) {
                if (s.kind().isGrassroots()) {
                    OrganizationKind parent = snap.get(java.util.Objects.requireNonNull(s.parent()))
                            .orElseThrow()
                            .kind();
                    assertThat(parent)
                            .as("the parent of %s on %s", s.name(), snap.date())
                            .isEqualTo(
                                    snap == before
                                            ? OrganizationKind.DISTRICT_COMMITTEE
                                            : OrganizationKind.COMMUNE_COMMITTEE);
                }
            }
        }
        assertThat(chibo.policies()
                        .find(StructurePolicy.KIND, LocalDate.of(2025, 7, 1))
                        .policy()
                        .orElseThrow()
                        .allows(OrganizationKind.COMMUNE_COMMITTEE, OrganizationKind.GRASSROOTS_CELL))
                .isTrue();
    }

    private static Map<OrganizationKind, Integer> kinds(OrganizationTree.Snapshot snap) {
        Map<OrganizationKind, Integer> kinds = new EnumMap<>(OrganizationKind.class);
        snap.states().values().forEach(s -> kinds.merge(s.kind(), 1, Integer::sum));
        return kinds;
    }

    @Test
    void everyMemberHasAStatusAndAnExistingHomeCellOnEveryYearEnd() {
        OrganizationTree tree = chibo.organizations().tree(ACTOR);
        int members2025 = 0;
        for (MemberHistory h : members.all(ACTOR)) {
            assertThat(h.memberships()).isNotEmpty();
            for (LocalDate day : YEAR_ENDS) {
                if (h.statusOn(day).isPresent()) {
                    OrganizationId cell = h.homeCellOn(day).orElseThrow();
                    assertThat(tree.on(day).get(cell).orElseThrow().kind().isCell())
                            .isTrue();
                    members2025 += day.getYear() == 2025 ? 1 : 0;
                }
            }
        }
        assertThat(members2025).isGreaterThan((int) (generator.plan().members() * 9 / 10));
    }

    @Test
    void theDomainJudgesTheStoredReviewsAsTheyWereDecidedUnderEachYearsRegime() {
        EvaluationService evaluations = chibo.evaluations();
        Map<Integer, String> regimes =
                Map.of(2021, "QĐ132", 2022, "QĐ132", 2023, "QĐ124", 2024, "QĐ124", 2025, "QĐ366");
        for (int y = 2021; y <= 2025; y++) {
            Year year = Year.of(y);
            EvaluationRegime regime = evaluations.regime(ACTOR, generator.party(), year);
            assertThat(regime.id()).contains(regimes.get(y));

            assertThat(evaluations
                            .rejudge(ACTOR, generator.party(), year, regime)
                            .differences())
                    .as("re-judged %s", year)
                    .isEmpty();
            Set<String> used = new HashSet<>();
            for (EvaluationRecord r : evaluations.ofOrganization(ACTOR, generator.party(), year)) {
                EvaluationEntry.Decided d = r.decided().orElseThrow();
                used.add(d.regime().id());
                assertThat(r.published().orElseThrow().grade()).isEqualTo(d.grade());
            }
            assertThat(used).containsExactly(regime.id());
        }
    }

    @Test
    void gradesFollowAPlausibleDistributionEachYear() {
        for (int y = 2021; y <= 2025; y++) {
            Year year = Year.of(y);
            EvaluationRegime regime = chibo.evaluations().regime(ACTOR, generator.party(), year);
            EvaluationReport report = chibo.evaluations().report(ACTOR, generator.party(), year, regime.quotaBase());
            double rated = report.membersRated();

            assertThat(report.members(Grade.EXCELLENT) / rated)
                    .as("excellent %s", y)
                    .isBetween(0.10, 0.20);
            assertThat(report.members(Grade.GOOD) / rated).as("good %s", y).isBetween(0.70, 0.85);
            assertThat(report.members(Grade.NOT_COMPLETED) / rated)
                    .as("not completed %s", y)
                    .isLessThan(0.02);
            assertThat(report.cellsAtLeast(Grade.GOOD))
                    .as("cells good or above %s", y)
                    .isGreaterThan(report.cellsRated() * 7 / 10);
        }
    }

    @Test
    void organisationsAreReviewedAfterTheirMembersAndTheNewCommunesAreNotRatedIn2025() {
        List<EvaluationRecord> reviews =
                new ArrayList<>(chibo.evaluations().ofOrganization(ACTOR, generator.party(), Year.of(2025)));
        OrganizationTree.Snapshot end = chibo.organizations().tree(ACTOR).on(LocalDate.of(2025, 12, 31));
        int communes = 0;
        for (EvaluationRecord r : reviews) {
            if (r.key().subject() instanceof EvaluationSubject.OfOrganization o
                    && end.get(o.organization()).orElseThrow().kind() == OrganizationKind.COMMUNE_COMMITTEE) {
                communes++;
                assertThat(r.decided().orElseThrow().notRatedReason()).isEqualTo(EvaluationRegime.NEW_ORGANIZATION);
            }
        }
        assertThat(communes).isEqualTo(generator.plan().communes());
    }

    @Test
    void theSampledCellsMeetEveryMonthOf2024OnTheirSchedule() {
        List<Meeting> meetings = chibo.meetings()
                .meetings(ACTOR, generator.party(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        Set<OrganizationId> cells = new HashSet<>();
        meetings.forEach(m -> cells.add(m.organization()));

        assertThat(meetings).hasSize(12 * cells.size()).isNotEmpty();
        for (OrganizationId cell : cells) {
            ComplianceReport report =
                    chibo.meetings().compliance(ACTOR, cell, YearMonth.of(2024, 1), YearMonth.of(2024, 12));
            assertThat(report.meetings()).isEqualTo(12);
            assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.VIOLATION);
            assertThat(report.findings(MeetingPolicy.MONTHLY)).isEmpty();
        }
    }
}

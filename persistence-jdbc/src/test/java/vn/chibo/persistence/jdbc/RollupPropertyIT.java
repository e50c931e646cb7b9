package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.RemovalGround;
import vn.chibo.domain.memory.InMemoryEvaluations;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.persistence.jdbc.JdbcReports.Source;
import vn.chibo.persistence.jdbc.JdbcReports.TreeWalk;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;

/**
 * On randomly grown trees with random grades, the counts of 2021 for every organisation agree
 * three ways: summed from the maintained counts, counted from the review rows in SQL, and the
 * domain's in-memory report ({@link vn.chibo.domain.EvaluationService#report}) over the same facts.
 * Every organisation is checked against the maintained counts, the root and one other chosen at
 * random against every source and walk. After the reviews are decided, the tree changes (organisations move, change kind, dissolve, on
 * either side of 31/12), members move or are removed, and decisions are corrected, so the counts
 * must follow. Every try grows a tree of its own in one H2 database shared by the property; when
 * the property ends, the maintained tables still equal their recomputation. Tries: a tenth of
 * {@code chibo.tries} ({@link TenthOfTheTries}).
 */
class RollupPropertyIT {
    /**
     * A try here appends to a database and asks it dozens of questions, a hundred times the work of
     * an in-memory try: the property runs a tenth of {@code chibo.tries} (at least 10), so 20 by
     * default and 500 under {@code -Pthorough}.
     */
    static final class TenthOfTheTries implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(Math.max(10, Integer.getInteger("chibo.tries", 200) / 10));
            return property.execute();
        }
    }

    private static final Year YEAR = Year.of(2021);
    private static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);
    private static final LocalDate ADMITTED = LocalDate.of(2010, 3, 1);
    private static final List<LocalDate> CHANGE_DAYS =
            List.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 1));
    private static final List<OrganizationKind> KINDS = List.of(
            OrganizationKind.DISTRICT_COMMITTEE,
            OrganizationKind.GRASSROOTS_COMMITTEE,
            OrganizationKind.GRASSROOTS_COMMITTEE,
            OrganizationKind.GRASSROOTS_CELL,
            OrganizationKind.PARTIAL_COMMITTEE,
            OrganizationKind.CELL,
            OrganizationKind.CELL);
    private static final List<PolicyRef> REGIMES =
            List.of(PolicyRef.of(EvaluationRegimes.qd132hd21()), PolicyRef.of(EvaluationRegimes.qd124hd25()));
    private static final PolicyRegistry POLICIES = ChiboPolicies.central();
    private static final jakarta.validation.Validator VALIDATOR =
            Chibo.builder().build().validator();

    private final TestDatabases databases = new TestDatabases();
    private @Nullable JdbcChibo storage;

    /** A decision: 0 none, 1 to 4 a grade, 5 and 6 not rated for one of two reasons. */
    record Decision(int code, int regime) {
        boolean made() {
            return code != 0;
        }

        EvaluationEntry.Decided entry(EvaluationKey key, Recorded at) {
            Grade grade = code >= 1 && code <= 4 ? Grade.values()[code - 1] : null;
            String reason = grade == null ? (code == 5 ? "EVAL-NEW-MEMBER" : "EVAL-SICK-LEAVE") : null;
            return new EvaluationEntry.Decided(key, grade, reason, true, REGIMES.get(regime), ImmutableList.of(), at);
        }
    }

    /** An organisation under the {@code parent % index}-th one grown before it. */
    record Org(int parent, OrganizationKind kind, Decision decision, Decision correction) {}

    /** A member admitted to the {@code cell % size}-th organisation, then maybe moved or removed. */
    record Member(int cell, Decision decision, Decision correction, int change, int target, int day) {}

    /** A change of the tree after the reviews: 0 move, 1 change of kind, 2 dissolution. */
    record Change(int what, int org, int target, OrganizationKind kind, int day) {}

    record Scenario(List<Org> orgs, List<Member> members, List<Change> changes, int checked) {}

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Decision> decisions = Combinators.combine(
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(0, 1))
                .as(Decision::new);
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        Arbitrary<Org> orgs = Combinators.combine(index, Arbitraries.of(KINDS), decisions, decisions)
                .as(Org::new);
        Arbitrary<Member> members = Combinators.combine(
                        index,
                        decisions,
                        decisions,
                        Arbitraries.integers().between(0, 3),
                        index,
                        Arbitraries.integers().between(0, 2))
                .as(Member::new);
        Arbitrary<Change> changes = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        index,
                        index,
                        Arbitraries.of(KINDS),
                        Arbitraries.integers().between(0, 2))
                .as(Change::new);
        return Combinators.combine(
                        orgs.list().ofMinSize(2).ofMaxSize(9),
                        members.list().ofMinSize(2).ofMaxSize(14),
                        changes.list().ofMinSize(1).ofMaxSize(4),
                        index)
                .as(Scenario::new);
    }

    @BeforeProperty
    void openDatabase() {
        storage = databases.fresh(Kind.H2_MEMORY, Path.of(System.getProperty("java.io.tmpdir")));
    }

    @AfterProperty
    void aggregatesStayExact() throws Exception {
        try {
            assertThat(jdbc().reports().verifyAggregates().differences()).isEmpty();
        } finally {
            databases.close();
        }
    }

    private JdbcChibo jdbc() {
        return Objects.requireNonNull(storage, "opened before the property");
    }

    @Property
    @AddLifecycleHook(TenthOfTheTries.class)
    void theCountsFromSqlAndFromTheMaintainedCountsEqualTheDomainsReport(@ForAll("scenarios") Scenario scenario) {
        InMemoryOrganizations memoryOrganizations = new InMemoryOrganizations();
        InMemoryMembers memoryMembers = new InMemoryMembers(memoryOrganizations);
        Stores memory = new Stores(
                memoryOrganizations, memoryMembers, new InMemoryEvaluations(memoryOrganizations, memoryMembers));
        Stores stored = new Stores(jdbc().organizations(), jdbc().members(), jdbc().evaluations());
        String prefix = UUID.randomUUID().toString();
        List<OrganizationId> orgs = grow(scenario, prefix, memory, stored);

        Chibo chibo = Chibo.builder()
                .validator(VALIDATOR)
                .policies(POLICIES)
                .organizations(memory.organizations())
                .members(memory.members())
                .evaluations(memory.evaluations())
                .build();
        OrganizationTree.Snapshot end = chibo.organizations().tree(ADMIN).on(LocalDate.of(2021, 12, 31));
        OrganizationId root = orgs.get(0);
        OrganizationId other = orgs.get(scenario.checked() % orgs.size());
        for (OrganizationId org : orgs) {
            if (end.get(org).isEmpty()) {
                continue;
            }
            GradeCounts expected = GradeCounts.of(chibo.evaluations().report(ADMIN, org, YEAR, QuotaBase.GOOD));
            assertThat(jdbc().reports().gradeCounts(ADMIN, org, YEAR))
                    .as("aggregates of %s", org)
                    .isEqualTo(expected);
            if (!org.equals(root) && !org.equals(other)) {
                continue;
            }
            for (TreeWalk walk : TreeWalk.values()) {
                for (Source source : Source.values()) {
                    assertThat(jdbc().reports().gradeCounts(ADMIN, org, YEAR, source, walk))
                            .as("%s by %s of %s", source, walk, org)
                            .isEqualTo(expected);
                }
            }
        }
    }

    /** The three stores of one side. */
    record Stores(Organizations organizations, Members members, Evaluations evaluations) {}

    /** Appends the scenario to both sides; the organisations, root first. */
    private static List<OrganizationId> grow(Scenario s, String prefix, Stores memory, Stores stored) {
        List<String> names = new ArrayList<>();
        List<OrganizationFact> tree = new ArrayList<>();
        names.add(prefix + "/0");
        tree.add(OrganizationTestData.founded(names.get(0), OrganizationKind.PROVINCIAL_COMMITTEE, null, FOUNDED));
        for (int i = 0; i < s.orgs().size(); i++) {
            Org o = s.orgs().get(i);
            String name = prefix + "/" + (i + 1);
            tree.add(OrganizationTestData.founded(name, o.kind(), names.get(o.parent() % names.size()), FOUNDED));
            names.add(name);
        }
        List<OrganizationId> ids = names.stream().map(OrganizationTestData::id).toList();
        both(memory, stored, st -> st.organizations().append(ADMIN, appendOf(tree)));

        List<MemberFact> admitted = new ArrayList<>();
        for (int i = 0; i < s.members().size(); i++) {
            admitted.addAll(MemberTestData.admittedAndRecognized(
                    prefix + "#" + i, ids.get(s.members().get(i).cell() % ids.size()), ADMITTED));
        }
        if (!admitted.isEmpty()) {
            both(memory, stored, st -> st.members().append(ADMIN, memberAppendOf(admitted, st.members())));
        }

        List<EvaluationEntry> decided = new ArrayList<>();
        List<EvaluationEntry> corrected = new ArrayList<>();
        Recorded first = OrganizationTestData.recorded();
        Recorded later = OrganizationTestData.recorded(OrganizationTestData.RECORDED_AT.plusSeconds(60));
        for (int i = 0; i < s.members().size(); i++) {
            Member m = s.members().get(i);
            EvaluationKey key = EvaluationKey.of(MemberTestData.id(prefix + "#" + i), YEAR);
            if (m.decision().made()) {
                decided.add(m.decision().entry(key, first));
                if (m.correction().made()) {
                    corrected.add(m.correction().entry(key, later));
                }
            }
        }
        for (int i = 0; i < s.orgs().size(); i++) {
            Org o = s.orgs().get(i);
            EvaluationKey key = EvaluationKey.of(ids.get(i + 1), YEAR);
            if (o.decision().made()) {
                decided.add(o.decision().entry(key, first));
                if (o.correction().made()) {
                    corrected.add(o.correction().entry(key, later));
                }
            }
        }
        if (!decided.isEmpty()) {
            both(memory, stored, st -> st.evaluations().append(ADMIN, evaluationAppendOf(decided, st.evaluations())));
        }

        List<OrganizationFact> changes = new ArrayList<>();
        for (Change c : s.changes()) {
            if (ids.size() < 2) {
                break;
            }
            int org = 1 + c.org() % (ids.size() - 1);
            LocalDate day = CHANGE_DAYS.get(c.day());
            Recorded at = OrganizationTestData.recorded();
            changes.add(
                    switch (c.what()) {
                        case 0 ->
                            new OrganizationFact.Reparented(ids.get(org), day, ids.get(c.target() % org), null, at);
                        case 1 -> new OrganizationFact.KindChanged(ids.get(org), day, c.kind(), null, at);
                        default -> new OrganizationFact.Dissolved(ids.get(org), day, null, null, at);
                    });
        }
        if (!changes.isEmpty()) {
            both(memory, stored, st -> st.organizations().append(ADMIN, organizationAppendOf(changes, st)));
        }

        List<MemberFact> moves = new ArrayList<>();
        for (int i = 0; i < s.members().size(); i++) {
            Member m = s.members().get(i);
            MemberId member = MemberTestData.id(prefix + "#" + i);
            LocalDate day = CHANGE_DAYS.get(m.day());
            if (m.change() == 1) {
                moves.add(MemberTestData.transferred(
                        prefix + "#" + i, ids.get(m.cell() % ids.size()), ids.get(m.target() % ids.size()), day));
            } else if (m.change() == 2) {
                moves.add(new MemberFact.Removed(
                        member, day, RemovalGround.ABSENCE_OR_DUES, "QĐ xóa tên", OrganizationTestData.recorded()));
            }
        }
        if (!moves.isEmpty()) {
            both(memory, stored, st -> st.members().append(ADMIN, memberAppendOf(moves, st.members())));
        }
        if (!corrected.isEmpty()) {
            both(memory, stored, st -> st.evaluations().append(ADMIN, evaluationAppendOf(corrected, st.evaluations())));
        }
        return ids;
    }

    private static void both(Stores memory, Stores stored, Consumer<Stores> append) {
        append.accept(memory);
        append.accept(stored);
    }

    private static OrganizationAppend appendOf(List<OrganizationFact> facts) {
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        facts.forEach(f -> versions.put(f.organization(), 0L));
        return OrganizationAppend.of(versions, facts);
    }

    private static OrganizationAppend organizationAppendOf(List<OrganizationFact> facts, Stores stores) {
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        facts.forEach(f -> versions.put(
                f.organization(),
                stores.organizations()
                        .find(ADMIN, f.organization())
                        .orElseThrow()
                        .version()));
        return OrganizationAppend.of(versions, facts);
    }

    private static MemberAppend memberAppendOf(List<MemberFact> facts, Members members) {
        Map<MemberId, Long> versions = new LinkedHashMap<>();
        facts.forEach(f -> versions.put(
                f.member(),
                members.find(ADMIN, f.member()).map(h -> h.version()).orElse(0L)));
        return MemberAppend.of(versions, facts);
    }

    private static EvaluationAppend evaluationAppendOf(List<EvaluationEntry> entries, Evaluations evaluations) {
        Map<EvaluationKey, Long> versions = new LinkedHashMap<>();
        entries.forEach(e -> versions.put(
                e.key(), evaluations.find(ADMIN, e.key()).map(r -> r.version()).orElse(0L)));
        return EvaluationAppend.of(versions, entries);
    }
}

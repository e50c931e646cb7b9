package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.recorded;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ChiboException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.RemovalGround;
import vn.chibo.domain.member.TransferKind;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.testkit.data.MemberTestData;

/**
 * The scope rules answered in SQL agree with the in-memory stores, the reference: on randomly
 * grown trees whose organisations move and dissolve, with members admitted, transferred and
 * removed, every actor reads, lists and may change exactly what it may in memory. The random
 * changes appended by subtree actors may also close a cycle (the port does not forbid one; the
 * planner does), which both must survive alike.
 */
class ScopeEquivalenceIT {
    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final int DAYS = 9500;
    private static final String APPENDED = "appended";

    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabases() throws Exception {
        databases.close();
    }

    static Stream<Arguments> scenarios() {
        return Stream.concat(
                IntStream.range(0, 6).mapToObj(seed -> Arguments.of(Kind.H2_MEMORY, seed)),
                IntStream.range(100, 101).mapToObj(seed -> Arguments.of(Kind.POSTGRESQL, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("scenarios")
    void everyActorReachesWhatItReachesInMemory(Kind kind, int seed) {
        Random random = new Random(seed);
        JdbcChibo storage = databases.fresh(kind, dir);
        InMemoryOrganizations memoryOrganizations = new InMemoryOrganizations();
        Stores memory = new Stores(memoryOrganizations, new InMemoryMembers(memoryOrganizations));
        Stores jdbc = new Stores(storage.organizations(), storage.members());

        List<OrganizationId> orgs = new ArrayList<>();
        List<MemberId> members = new ArrayList<>();
        growTree(random, orgs, memory, jdbc);
        admitMembers(random, orgs, members, memory, jdbc);
        compareReads(random, orgs, members, memory, jdbc);

        for (int i = 0; i < 30; i++) {
            Actor actor = Actor.forSubtree("clerk", pick(random, orgs));
            if (random.nextBoolean()) {
                OrganizationFact fact = organizationChange(random, orgs);
                Map<OrganizationId, Long> versions = new LinkedHashMap<>();
                versions.put(fact.organization(), version(memory.organizations, fact.organization()));
                OrganizationAppend append = OrganizationAppend.of(versions, List.of(fact));
                String outcome = outcome(() -> jdbc.organizations.append(actor, append));
                assertThat(outcome)
                        .as("%s appends %s", actor, fact)
                        .isEqualTo(outcome(() -> memory.organizations.append(actor, append)));
                // Only what is stored may be named later: the storage refuses references to the rest.
                if (fact instanceof OrganizationFact.Founded && outcome.equals(APPENDED)) {
                    orgs.add(fact.organization());
                }
            } else {
                List<MemberFact> facts = memberChange(random, orgs, members);
                MemberId member = facts.get(0).member();
                MemberAppend append = MemberAppend.of(Map.of(member, memberVersion(memory.members, member)), facts);
                String outcome = outcome(() -> jdbc.members.append(actor, append));
                assertThat(outcome)
                        .as("%s appends %s", actor, facts)
                        .isEqualTo(outcome(() -> memory.members.append(actor, append)));
                if (!members.contains(member) && outcome.equals(APPENDED)) {
                    members.add(member);
                }
            }
        }
        compareReads(random, orgs, members, memory, jdbc);
    }

    private record Stores(Organizations organizations, Members members) {}

    private static void growTree(Random random, List<OrganizationId> orgs, Stores memory, Stores jdbc) {
        List<OrganizationFact> facts = new ArrayList<>();
        int count = 8 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            OrganizationId id = newOrganization(random);
            OrganizationId parent = i == 0 || random.nextInt(8) == 0 ? null : pick(random, orgs);
            LocalDate founded = i == 0 ? START : day(random, 3000);
            facts.add(new OrganizationFact.Founded(
                    id, founded, OrganizationKind.CELL, "Tổ chức " + i, parent, null, recorded()));
            orgs.add(id);
        }
        for (int i = 0; i < count / 2; i++) {
            // Only under an organisation founded earlier in the list: no cycle on any date, as commands ensure.
            int child = 1 + random.nextInt(count - 1);
            OrganizationId parent = orgs.get(random.nextInt(child));
            facts.add(new OrganizationFact.Reparented(orgs.get(child), day(random, DAYS), parent, null, recorded()));
        }
        for (int i = 0; i < 2; i++) {
            facts.add(new OrganizationFact.Dissolved(pick(random, orgs), day(random, DAYS), null, null, recorded()));
            facts.add(new OrganizationFact.Renamed(pick(random, orgs), day(random, DAYS), "Đổi tên", null, recorded()));
        }
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        facts.forEach(f -> versions.put(f.organization(), 0L));
        OrganizationAppend append = OrganizationAppend.of(versions, facts);
        memory.organizations.append(ADMIN, append);
        jdbc.organizations.append(ADMIN, append);
    }

    private static void admitMembers(
            Random random, List<OrganizationId> orgs, List<MemberId> members, Stores memory, Stores jdbc) {
        int count = 6 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            MemberId id = MemberId.of(new UUID(random.nextLong(), random.nextLong()));
            List<MemberFact> facts = new ArrayList<>(admission(random, id, pick(random, orgs), day(random, 5000)));
            LocalDate later = facts.get(1).effective().plusDays(30 + random.nextInt(3000));
            switch (random.nextInt(4)) {
                case 0 -> facts.add(transfer(random, id, orgs, later, false));
                case 1 -> facts.add(transfer(random, id, orgs, later, true));
                case 2 ->
                    facts.add(new MemberFact.Removed(id, later, RemovalGround.ABSENCE_OR_DUES, "Chi bộ", recorded()));
                default -> {}
            }
            MemberAppend append = MemberAppend.of(Map.of(id, 0L), facts);
            memory.members.append(ADMIN, append);
            jdbc.members.append(ADMIN, append);
            members.add(id);
        }
    }

    private static void compareReads(
            Random random, List<OrganizationId> orgs, List<MemberId> members, Stores memory, Stores jdbc) {
        // The whole party and six subtrees: the in-memory reference is too slow to ask every one.
        List<Actor> actors = new ArrayList<>();
        actors.add(ADMIN);
        for (int i = 0; i < 6; i++) {
            actors.add(Actor.forSubtree("clerk", pick(random, orgs)));
        }
        for (Actor actor : actors) {
            assertThat(ids(jdbc.organizations.all(actor)))
                    .as("organisations %s reads", actor)
                    .isEqualTo(ids(memory.organizations.all(actor)));
            assertThat(memberIds(jdbc.members.all(actor)))
                    .as("members %s reads", actor)
                    .isEqualTo(memberIds(memory.members.all(actor)));
            for (OrganizationId o : orgs) {
                assertThat(outcome(() -> jdbc.organizations.find(actor, o)))
                        .as("%s finds %s", actor, o)
                        .isEqualTo(outcome(() -> memory.organizations.find(actor, o)));
                LocalDate date = day(random, DAYS);
                assertThat(outcome(() -> memberIds(jdbc.members.ofOrganization(actor, o, date))))
                        .as("%s lists the members of %s on %s", actor, o, date)
                        .isEqualTo(outcome(() -> memberIds(memory.members.ofOrganization(actor, o, date))));
            }
            for (MemberId m : members) {
                assertThat(outcome(() -> jdbc.members.find(actor, m)))
                        .as("%s finds member %s", actor, m)
                        .isEqualTo(outcome(() -> memory.members.find(actor, m)));
            }
        }
    }

    private static OrganizationFact organizationChange(Random random, List<OrganizationId> orgs) {
        OrganizationId id = pick(random, orgs);
        OrganizationId other = pick(random, orgs);
        LocalDate on = day(random, DAYS);
        return switch (random.nextInt(5)) {
            case 0 -> new OrganizationFact.Renamed(id, on, "Tên mới", null, recorded());
            case 1 ->
                other.equals(id)
                        ? new OrganizationFact.Renamed(id, on, "Tên khác", null, recorded())
                        : new OrganizationFact.Reparented(id, on, other, null, recorded());
            case 2 ->
                new OrganizationFact.Founded(
                        newOrganization(random), on, OrganizationKind.CELL, "Mới", other, null, recorded());
            case 3 -> new OrganizationFact.Dissolved(id, on, random.nextBoolean() ? other : null, null, recorded());
            default ->
                new OrganizationFact.SupervisionAssigned(
                        id, on, MemberTestData.id("Giám sát"), other, null, recorded());
        };
    }

    private static List<MemberFact> memberChange(Random random, List<OrganizationId> orgs, List<MemberId> members) {
        MemberId id = members.get(random.nextInt(members.size()));
        LocalDate on = day(random, DAYS);
        return switch (random.nextInt(3)) {
            case 0 ->
                List.of(new MemberFact.ConditionBegan(
                        id,
                        on,
                        new UUID(random.nextLong(), random.nextLong()),
                        ConditionKind.EXEMPTION,
                        null,
                        "đơn",
                        recorded()));
            case 1 -> List.of(transfer(random, id, orgs, on, random.nextBoolean()));
            default ->
                admission(random, MemberId.of(new UUID(random.nextLong(), random.nextLong())), pick(random, orgs), on);
        };
    }

    private static List<MemberFact> admission(Random random, MemberId id, OrganizationId cell, LocalDate decided) {
        return List.of(
                new MemberFact.AdmissionDecided(
                        id, decided, cell, decided.minusDays(random.nextInt(20)), "QĐ", List.of(), false, recorded()),
                new MemberFact.CeremonyHeld(id, decided.plusDays(14), cell, recorded()));
    }

    private static MemberFact.Transferred transfer(
            Random random, MemberId id, List<OrganizationId> orgs, LocalDate on, boolean temporary) {
        return new MemberFact.Transferred(
                id,
                on,
                temporary ? TransferKind.TEMPORARY : TransferKind.PERMANENT,
                pick(random, orgs),
                pick(random, orgs),
                temporary ? on.plusDays(1 + random.nextInt(700)) : null,
                on.minusDays(20),
                on.minusDays(10),
                false,
                recorded());
    }

    private static String outcome(Supplier<?> call) {
        try {
            Object result = call.get();
            if (result instanceof Optional<?> o) {
                return o.map(h -> h instanceof OrganizationHistory oh
                                ? "found " + oh.facts()
                                : "found " + ((MemberHistory) h).facts())
                        .orElse("empty");
            }
            return String.valueOf(result);
        } catch (ChiboException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String outcome(Runnable call) {
        return outcome(() -> {
            call.run();
            return APPENDED;
        });
    }

    private static long version(Organizations store, OrganizationId id) {
        return store.find(ADMIN, id).map(OrganizationHistory::version).orElse(0L);
    }

    private static long memberVersion(Members store, MemberId id) {
        return store.find(ADMIN, id).map(MemberHistory::version).orElse(0L);
    }

    private static List<OrganizationId> ids(List<OrganizationHistory> histories) {
        return histories.stream().map(OrganizationHistory::id).toList();
    }

    private static List<MemberId> memberIds(List<MemberHistory> histories) {
        return histories.stream().map(MemberHistory::id).toList();
    }

    private static OrganizationId newOrganization(Random random) {
        return OrganizationId.of(new UUID(random.nextLong(), random.nextLong()));
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static LocalDate day(Random random, int within) {
        return START.plusDays(random.nextInt(within));
    }
}

package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.persistence.jdbc.BulkTestData.CELL_A;
import static vn.chibo.persistence.jdbc.BulkTestData.CELL_B;
import static vn.chibo.persistence.jdbc.BulkTestData.CELL_C;
import static vn.chibo.persistence.jdbc.BulkTestData.GROUP;
import static vn.chibo.persistence.jdbc.BulkTestData.OTHER_WARD;
import static vn.chibo.persistence.jdbc.BulkTestData.PROVINCE;
import static vn.chibo.persistence.jdbc.BulkTestData.WARD;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.meeting.HolidayShift;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.memory.InMemoryEvaluations;
import vn.chibo.domain.memory.InMemoryMeetings;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.memory.InMemoryResidenceLiaisons;
import vn.chibo.domain.memory.PortBulkLoader;
import vn.chibo.domain.memory.PortBulkReader;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.persistence.jdbc.internal.Sql;
import vn.chibo.testkit.data.ResidenceTestData;

/**
 * What the JDBC bulk loader and reader do beyond the contract, on every database: organisations and
 * members come back whole and exact (text COPY must escape, instants to the nanosecond), in the
 * documented order (UUIDs as unsigned bytes), with the rows an append would have written; the order
 * first stored is the load's; selections are read as the port reader reads the in-memory stores;
 * kinds not stored yet and values the tables cannot hold are refused, naming the record and field.
 */
class JdbcBulkIT {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabases() throws Exception {
        databases.close();
    }

    private static List<BulkRecord> province() {
        List<BulkRecord> records = new ArrayList<>(BulkTestData.province());
        records.add(BulkTestData.everyFact(1, CELL_A, CELL_B));
        records.add(BulkTestData.everyFact(2, CELL_C, CELL_A));
        for (int n = 3; n < 30; n++) {
            OrganizationId cell = List.of(CELL_A, CELL_B, CELL_C).get(n % 3);
            records.add(BulkTestData.ordinary(n, cell, CELL_A, "/members/" + n));
        }
        return records;
    }

    private static List<BulkRecord> readAll(BulkReader reader, Actor actor, BulkSelection selection) {
        List<BulkRecord> read = new ArrayList<>();
        reader.read(actor, selection, read::add);
        return read;
    }

    /** The records as the contract compares them: kind, identity, every fact. */
    private static List<String> whole(List<BulkRecord> records) {
        return records.stream()
                .map(r -> r instanceof BulkRecord.Organization o
                        ? "Organization " + o.id() + " " + o.facts()
                        : "Member " + ((BulkRecord.Member) r).id() + " " + ((BulkRecord.Member) r).facts())
                .toList();
    }

    private static String identityText(BulkRecord r) {
        return r instanceof BulkRecord.Organization o
                ? "0" + o.id().value()
                : "1" + ((BulkRecord.Member) r).id().value();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void organisationsAndMembersComeBackWholeAndExactInTheDocumentedOrder(Kind kind) {
        JdbcChibo storage = databases.fresh(kind, dir);
        List<BulkRecord> loaded = province();

        BulkLoadSummary summary = storage.bulkLoader().load(ADMIN, BulkSource.of(loaded), BulkProgress.none());

        long facts = loaded.stream().mapToLong(BulkRecord::size).sum();
        assertThat(summary).isEqualTo(new BulkLoadSummary(7, 29, 0, 0, 0, 0, facts));
        List<BulkRecord> expected = new ArrayList<>(loaded);
        expected.sort(Comparator.comparing(JdbcBulkIT::identityText));
        assertThat(whole(readAll(storage.bulkReader(), ADMIN, BulkSelection.wholeParty(TODAY))))
                .containsExactlyElementsOf(whole(expected));
        BulkRecord.Member awkward = (BulkRecord.Member) loaded.get(7);
        assertThat(storage.members().find(ADMIN, awkward.id()).map(MemberHistory::facts))
                .contains(awkward.facts());
        assertThat(storage.organizations().find(ADMIN, WARD).orElseThrow().facts())
                .containsExactlyElementsOf(((BulkRecord.Organization) loaded.get(1)).facts());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLoadWritesEveryRowThatAppendsThroughThePortsWrite(Kind kind) throws SQLException {
        DataSource bulk = databases.dataSource(kind, dir);
        DataSource appended = databases.dataSource(kind, dir);
        List<BulkRecord> records = province();
        JdbcChibo.create(bulk).bulkLoader().load(ADMIN, BulkSource.of(records), BulkProgress.none());
        JdbcChibo ports = JdbcChibo.create(appended);
        Map<OrganizationId, Long> orgVersions = new LinkedHashMap<>();
        List<OrganizationFact> orgFacts = new ArrayList<>();
        Map<MemberId, Long> memberVersions = new LinkedHashMap<>();
        List<MemberFact> memberFacts = new ArrayList<>();
        for (BulkRecord r : records) {
            if (r instanceof BulkRecord.Organization o) {
                orgVersions.put(o.id(), 0L);
                orgFacts.addAll(o.facts());
            } else if (r instanceof BulkRecord.Member m) {
                memberVersions.put(m.id(), 0L);
                memberFacts.addAll(m.facts());
            }
        }
        ports.organizations().append(ADMIN, OrganizationAppend.of(orgVersions, orgFacts));
        ports.members().append(ADMIN, MemberAppend.of(memberVersions, memberFacts));

        for (Map.Entry<String, Sql> table : StoredRows.EVERY_TABLE.entrySet()) {
            if (!table.getKey().equals("chibo_schema_history")) {
                assertThat(StoredRows.rows(bulk, table.getValue()))
                        .as(table.getKey())
                        .isNotEmpty()
                        .isEqualTo(StoredRows.rows(appended, table.getValue()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void uuidsWhoseFirstBitDiffersAreReadInTheOrderOfTheirText(Kind kind) {
        JdbcChibo storage = databases.fresh(kind, dir);
        List<String> ids = List.of(
                "ffffffff-0000-4000-8000-000000000001",
                "00000000-0000-4000-8000-000000000001",
                "80000000-0000-4000-8000-000000000001",
                "7fffffff-ffff-4fff-bfff-ffffffffffff",
                "7fffffff-ffff-4fff-8000-000000000000");
        List<BulkRecord> records = new ArrayList<>(BulkTestData.province());
        for (String id : ids) {
            BulkRecord.Member m = BulkTestData.ordinary(1, CELL_A, CELL_B, "/members/" + id);
            MemberId member = MemberId.of(UUID.fromString(id));
            records.add(BulkRecord.Member.of(
                    member, m.facts().stream().map(f -> withMember(f, member)).toList(), id));
        }

        storage.bulkLoader().load(ADMIN, BulkSource.of(records), BulkProgress.none());

        List<String> read = readAll(storage.bulkReader(), ADMIN, BulkSelection.wholeParty(TODAY)).stream()
                .filter(r -> r instanceof BulkRecord.Member)
                .map(r -> ((BulkRecord.Member) r).id().value().toString())
                .toList();
        assertThat(read).isSortedAccordingTo(Comparator.naturalOrder()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(read)
                .as("Java compares UUIDs as signed numbers: not the documented order")
                .isNotEqualTo(ids.stream()
                        .map(UUID::fromString)
                        .sorted()
                        .map(UUID::toString)
                        .toList());
    }

    private static MemberFact withMember(MemberFact f, MemberId id) {
        if (f instanceof MemberFact.ProfileRecorded p) {
            return new MemberFact.ProfileRecorded(id, p.effective(), p.profile(), p.recorded());
        } else if (f instanceof MemberFact.AdmissionDecided a) {
            return new MemberFact.AdmissionDecided(
                    id,
                    a.effective(),
                    a.cell(),
                    a.considered(),
                    a.decidedBy(),
                    a.sponsors(),
                    a.readmission(),
                    a.recorded());
        } else if (f instanceof MemberFact.CeremonyHeld c) {
            return new MemberFact.CeremonyHeld(id, c.effective(), c.cell(), c.recorded());
        }
        MemberFact.Recognized r = (MemberFact.Recognized) f;
        return new MemberFact.Recognized(id, r.effective(), r.decided(), r.recorded());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theOrderFirstStoredIsTheOrderOfTheLoad(Kind kind) {
        JdbcChibo storage = databases.fresh(kind, dir);
        storage.bulkLoader().load(ADMIN, BulkSource.of(BulkTestData.province()), BulkProgress.none());
        List<BulkRecord> members = new ArrayList<>();
        for (int n = 0; n < 500; n++) {
            members.add(BulkTestData.ordinary(n, CELL_A, CELL_B, "/members/" + n));
        }
        Collections.shuffle(members, new Random(7));

        storage.bulkLoader().load(ADMIN, BulkSource.of(members), BulkProgress.none());

        assertThat(storage.members().all(ADMIN))
                .extracting(MemberHistory::id)
                .containsExactlyElementsOf(
                        members.stream().map(r -> ((BulkRecord.Member) r).id()).toList());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSelectionIsReadAsThePortReaderReadsItFromTheInMemoryStores(Kind kind) {
        JdbcChibo storage = databases.fresh(kind, dir);
        storage.bulkLoader().load(ADMIN, BulkSource.of(province()), BulkProgress.none());
        Organizations organizations = new InMemoryOrganizations();
        Members members = new InMemoryMembers(organizations);
        Meetings meetings = new InMemoryMeetings(organizations);
        ResidenceLiaisons residences = new InMemoryResidenceLiaisons(organizations);
        Evaluations evaluations = new InMemoryEvaluations(organizations, members);
        new PortBulkLoader(organizations, members, meetings, residences, evaluations)
                .load(ADMIN, BulkSource.of(province()), BulkProgress.none());
        PortBulkReader inMemory = new PortBulkReader(organizations, members, meetings, residences, evaluations);
        Actor wardClerk = Actor.forSubtree("p5-clerk", WARD);
        Actor cellClerk = Actor.forSubtree("kp9-clerk", CELL_C);
        List<Object[]> cases = List.of(
                new Object[] {ADMIN, BulkSelection.wholeParty(TODAY)},
                new Object[] {ADMIN, BulkSelection.subtree(WARD, TODAY)},
                new Object[] {ADMIN, BulkSelection.subtree(CELL_C, LocalDate.of(2020, 1, 1))},
                new Object[] {ADMIN, BulkSelection.subtree(CELL_C, TODAY)},
                new Object[] {ADMIN, BulkSelection.subtree(GROUP, TODAY)},
                new Object[] {wardClerk, BulkSelection.wholeParty(TODAY)},
                new Object[] {wardClerk, BulkSelection.subtree(CELL_C, TODAY)},
                new Object[] {cellClerk, BulkSelection.wholeParty(TODAY)});

        for (Object[] c : cases) {
            Actor actor = (Actor) c[0];
            BulkSelection selection = (BulkSelection) c[1];
            assertThat(whole(readAll(storage.bulkReader(), actor, selection)))
                    .as("%s reading %s", actor, selection)
                    .isNotEmpty()
                    .containsExactlyElementsOf(whole(readAll(inMemory, actor, selection)));
        }
        assertThat(readAll(storage.bulkReader(), ADMIN, BulkSelection.subtree(WARD, TODAY)))
                .filteredOn(r -> r instanceof BulkRecord.Organization)
                .extracting(r -> ((BulkRecord.Organization) r).id())
                .containsExactlyInAnyOrder(PROVINCE, WARD, CELL_A, CELL_B, CELL_C, GROUP);
        assertThat(readAll(storage.bulkReader(), ADMIN, BulkSelection.subtree(CELL_C, LocalDate.of(2020, 1, 1))))
                .filteredOn(r -> r instanceof BulkRecord.Organization)
                .extracting(r -> ((BulkRecord.Organization) r).id())
                .containsExactlyInAnyOrder(PROVINCE, OTHER_WARD, CELL_C);
        assertThatThrownBy(() -> storage.bulkReader().read(wardClerk, BulkSelection.subtree(PROVINCE, TODAY), r -> {}))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> storage.bulkReader().read(cellClerk, BulkSelection.subtree(CELL_A, TODAY), r -> {}))
                .isInstanceOf(OutOfScopeException.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLoadHoldingKindsNotStoredYetIsRefusedNamingEachAndStoresNothing(Kind kind) {
        JdbcChibo storage = databases.fresh(kind, dir);
        List<BulkRecord> records = new ArrayList<>(BulkTestData.province());
        records.add(BulkRecord.Residence.of(
                ResidenceTestData.id("Cường"),
                List.of(ResidenceTestData.registered("Cường", CELL_A, LocalDate.of(2021, 2, 1))),
                "/residences/0"));
        records.add(new BulkRecord.Schedule(
                new MeetingSchedule(CELL_A, MeetingKind.REGULAR, 3, HolidayShift.LATER, DateRange.startingOn(TODAY)),
                BulkTestData.stamp(1, "lịch"),
                "/schedules/0"));

        assertThatThrownBy(() -> storage.bulkLoader().load(ADMIN, BulkSource.of(records), BulkProgress.none()))
                .isInstanceOfSatisfying(
                        BulkLoadRejectedException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.rule() + " " + v.rejectedValue())
                                .containsExactly(
                                        "/residences/0 BULK-UNSUPPORTED Residence",
                                        "/schedules/0 BULK-UNSUPPORTED Schedule"));
        assertThat(storage.organizations().all(ADMIN)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void valuesTheTablesCannotHoldAreRefusedNamingTheRecordAndTheFieldAndNothingIsStored(Kind kind) {
        JdbcChibo storage = databases.fresh(kind, dir);
        OrganizationId longest = BulkTestData.organization("200");
        OrganizationId tooLong = BulkTestData.organization("201");
        OrganizationId nul = BulkTestData.organization("nul");
        OrganizationId farFuture = BulkTestData.organization("10000");
        Recorded stamp = BulkTestData.stamp(1, "");
        List<BulkRecord> records = List.of(
                BulkRecord.Organization.of(
                        longest,
                        List.of(new OrganizationFact.Founded(
                                longest,
                                BulkTestData.START,
                                OrganizationKind.CELL,
                                "Đ".repeat(200),
                                null,
                                null,
                                stamp)),
                        "/o/0"),
                BulkRecord.Organization.of(
                        tooLong,
                        List.of(new OrganizationFact.Founded(
                                tooLong,
                                BulkTestData.START,
                                OrganizationKind.CELL,
                                "Đ".repeat(201),
                                null,
                                null,
                                stamp)),
                        "/o/1"),
                BulkRecord.Organization.of(
                        nul,
                        List.of(
                                new OrganizationFact.Founded(
                                        nul, BulkTestData.START, OrganizationKind.CELL, "Chi bộ", null, null, stamp),
                                new OrganizationFact.Renamed(nul, LocalDate.of(2001, 1, 1), "Chi\0bộ", null, stamp)),
                        "/o/2"),
                BulkRecord.Organization.of(
                        farFuture,
                        List.of(new OrganizationFact.Founded(
                                farFuture,
                                LocalDate.of(10_000, 1, 1),
                                OrganizationKind.CELL,
                                "Chi bộ",
                                null,
                                null,
                                new Recorded(stamp.at(), "x".repeat(201), ""))),
                        "/o/3"));

        assertThatThrownBy(() -> storage.bulkLoader().load(ADMIN, BulkSource.of(records), BulkProgress.none()))
                .isInstanceOfSatisfying(BulkLoadRejectedException.class, e -> {
                    assertThat(e.violations())
                            .extracting(v -> v.path() + " " + v.rule())
                            .containsExactly(
                                    "/o/1.facts[0].name BULK-RECORD",
                                    "/o/2.facts[1].name BULK-RECORD",
                                    "/o/3.facts[0].effectiveOn BULK-RECORD",
                                    "/o/3.facts[0].recordedBy BULK-RECORD");
                    assertThat(e.violations())
                            .extracting(Violation::rejectedValue)
                            .containsOnly("***");
                    assertThat(e.violations().get(0).message()).contains("201", "200");
                });
        assertThat(storage.organizations().all(ADMIN)).isEmpty();

        storage.bulkLoader().load(ADMIN, BulkSource.of(records.subList(0, 1)), BulkProgress.none());

        assertThat(storage.organizations().find(ADMIN, longest)).isPresent();
    }
}

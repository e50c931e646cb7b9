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
import static vn.chibo.persistence.jdbc.BulkTestData.member;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.evaluation.ReviewPeriod;
import vn.chibo.domain.meeting.HolidayShift;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.member.residence.Workplace;
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
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * What the JDBC bulk loader and reader do beyond the contract, on H2 in memory and PostgreSQL (the
 * contract and the first test here also on an H2 file): organisations and
 * members come back whole and exact (text COPY must escape, instants to the nanosecond), in the
 * documented order (UUIDs as unsigned bytes), with the rows an append would have written; the order
 * first stored is the load's; every kind writes the rows its port writes, the maintained counts
 * included; selections are read as the port reader reads the in-memory stores; duplicates,
 * identities stored, references to nothing and values the tables cannot hold are refused, naming
 * the record and field.
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
        return records.stream().map(JdbcBulkIT::whole).toList();
    }

    private static String whole(BulkRecord r) {
        if (r instanceof BulkRecord.Organization o) {
            return "Organization " + o.id() + " " + o.facts();
        } else if (r instanceof BulkRecord.Member m) {
            return "Member " + m.id() + " " + m.facts();
        } else if (r instanceof BulkRecord.Residence x) {
            return "Residence " + x.member() + " " + x.facts();
        } else if (r instanceof BulkRecord.Meeting m) {
            return "Meeting " + m.id() + " " + m.versions();
        } else if (r instanceof BulkRecord.Schedule s) {
            return "Schedule " + s.schedule();
        }
        BulkRecord.Evaluation e = (BulkRecord.Evaluation) r;
        return "Evaluation " + e.key() + " " + e.entries();
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

    /** {@link #province()} with residences, meetings, schedules and reviews about it. */
    private static List<BulkRecord> everything() {
        List<BulkRecord> records = new ArrayList<>(province());
        records.addAll(BulkTestData.everyOtherKind(29));
        return records;
    }

    /**
     * A second load into what {@link #everything()} stored: new members of the same cells reviewed
     * for 2021 as others were (counts that exist already), and reviews of every other placement: a
     * member decided not rated (two in one cell, one count), one undecided, one whose home cell did not exist
     * on 31/12, one not yet a member then (the cell of the last admission), one in a cell moved on
     * the restructuring; an organisation dissolved before 31/12, a grassroots committee and a party
     * group (placed, not counted), a grassroots cell rated, a cell decided not rated, a cell's
     * quarter.
     */
    private static List<BulkRecord> secondLoad() {
        List<BulkRecord> out = new ArrayList<>();
        EvaluationRegime regime = EvaluationRegimes.qd132hd21();
        Grade[] grades = {Grade.EXCELLENT, Grade.GOOD, Grade.COMPLETED, Grade.NOT_COMPLETED};
        Year year = Year.of(2021);
        for (int n = 30; n < 40; n++) {
            OrganizationId cell = List.of(CELL_A, CELL_B, CELL_C).get(n % 3);
            out.add(BulkTestData.ordinary(n, cell, CELL_A, "/members/" + n));
        }
        for (int n = 30; n < 36; n++) {
            out.add(BulkTestData.decided(EvaluationKey.of(member(n), year), grades[n % 4], regime, false, 500 + n));
        }
        out.add(BulkTestData.notRated(EvaluationKey.of(member(36), year), "Nghỉ ốm dài ngày", regime, 536));
        out.add(BulkTestData.notRated(EvaluationKey.of(member(39), year), "Nghỉ ốm dài ngày", regime, 539));
        out.add(BulkTestData.undecided(EvaluationKey.of(member(38), year), Grade.GOOD, 538));
        out.add(BulkTestData.decided(EvaluationKey.of(member(3), Year.of(1995)), Grade.GOOD, regime, false, 537));
        out.add(BulkTestData.decided(EvaluationKey.of(member(29), Year.of(2015)), Grade.GOOD, regime, false, 540));
        out.add(BulkTestData.decided(EvaluationKey.of(member(5), Year.of(2025)), Grade.EXCELLENT, regime, false, 541));
        out.add(BulkTestData.decided(EvaluationKey.of(OTHER_WARD, Year.of(2025)), Grade.GOOD, regime, false, 542));
        out.add(BulkTestData.decided(EvaluationKey.of(WARD, year), Grade.GOOD, regime, false, 543));
        out.add(BulkTestData.decided(EvaluationKey.of(GROUP, year), Grade.GOOD, regime, false, 544));
        out.add(BulkTestData.decided(EvaluationKey.of(CELL_B, Year.of(2022)), Grade.EXCELLENT, regime, false, 545));
        out.add(BulkTestData.notRated(EvaluationKey.of(CELL_A, Year.of(2022)), "Mới thành lập", regime, 546));
        out.add(BulkTestData.decided(EvaluationKey.of(CELL_A, year, ReviewPeriod.Q2), Grade.GOOD, regime, false, 547));
        return out;
    }

    /** How many of the stored reviews fall under each placement {@link #secondLoad()} makes. */
    private static final Sql PLACEMENTS = Sql.of("SELECT"
            + " (SELECT COUNT(*) FROM evaluation_review WHERE owner_id IS NOT NULL AND unit_id IS NULL),"
            + " (SELECT COUNT(*) FROM evaluation_review WHERE unit_id IS NOT NULL AND counted_as IS NULL),"
            + " (SELECT COUNT(*) FROM evaluation_review WHERE counted_as = 'MEMBER' AND grade IS NULL),"
            + " (SELECT COUNT(*) FROM evaluation_review WHERE counted_as = 'CELL' AND unit_id = owner_id),"
            + " (SELECT COUNT(*) FROM evaluation_review WHERE counted_as = 'MEMBER' AND unit_id <> owner_id),"
            + " (SELECT COUNT(*) FROM evaluation_count WHERE grade = 'NONE' AND n = 2)");

    private static final Sql COUNTS = Sql.of(
            "SELECT unit_id, review_year, subject, regime_id, grade," + " not_rated_reason, n FROM evaluation_count");

    /** The stored evaluation counts, {@code n} by key. */
    private static Map<String, Long> counts(DataSource data) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        for (String row : StoredRows.rows(data, COUNTS)) { // key columns, then n, each followed by '|'
            int end = row.length() - 1;
            int cut = row.lastIndexOf('|', end - 1);
            out.put(row.substring(0, cut), Long.parseLong(row.substring(cut + 1, end)));
        }
        return out;
    }

    /**
     * Loads {@code records} into {@code bulk} with the bulk loader and into {@code appended} through
     * the ports, and finds the same rows in every table of both (the placement of each review and
     * the counts included), and no difference in the aggregates.
     */
    private static void loadBoth(
            List<BulkRecord> records, DataSource bulk, JdbcChibo loaded, DataSource appended, JdbcChibo ports)
            throws SQLException {
        loaded.bulkLoader().load(ADMIN, BulkSource.of(records), BulkProgress.none());
        new PortBulkLoader(
                        ports.organizations(),
                        ports.members(),
                        ports.meetings(),
                        ports.residenceLiaisons(),
                        ports.evaluations())
                .load(ADMIN, BulkSource.of(records), BulkProgress.none());

        for (Map.Entry<String, Sql> table : StoredRows.EVERY_TABLE.entrySet()) {
            if (!table.getKey().equals("chibo_schema_history")) {
                assertThat(StoredRows.rows(bulk, table.getValue()))
                        .as(table.getKey())
                        .isNotEmpty()
                        .isEqualTo(StoredRows.rows(appended, table.getValue()));
            }
        }
        assertThat(loaded.reports().verifyAggregates().differences()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void aLoadWritesEveryRowThatAppendsThroughThePortsWriteAggregatesIncluded(Kind kind) throws SQLException {
        DataSource bulk = databases.dataSource(kind, dir);
        DataSource appended = databases.dataSource(kind, dir);
        JdbcChibo loaded = JdbcChibo.create(bulk);
        JdbcChibo ports = JdbcChibo.create(appended);

        loadBoth(everything(), bulk, loaded, appended, ports);
        Map<String, Long> first = counts(bulk);
        loadBoth(secondLoad(), bulk, loaded, appended, ports);

        assertThat(StoredRows.rows(bulk, PLACEMENTS))
                .singleElement()
                .satisfies(row -> assertThat(row.split("\\|"))
                        .as("reviews per placement: %s", row)
                        .allSatisfy(n -> assertThat(Long.parseLong(n)).isPositive()));
        Map<String, Long> second = counts(bulk);
        assertThat(first)
                .as("counts of the first load that the second raised")
                .anySatisfy((key, n) -> assertThat(second.get(key)).isGreaterThan(n));
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void afterALoadTheGradeCountsAreThoseOfTheInMemoryReportOfTheSameData(Kind kind) {
        JdbcChibo storage = databases.fresh(kind, dir);
        List<BulkRecord> records = everything();
        Chibo onDatabase = storage.configure(Chibo.builder()).build();
        assertThat(onDatabase.bulkLoader()).isSameAs(storage.bulkLoader());
        assertThat(onDatabase.bulkReader()).isSameAs(storage.bulkReader());
        onDatabase.bulkLoader().load(ADMIN, BulkSource.of(records), BulkProgress.none());
        Chibo inMemory = Chibo.builder().build();
        inMemory.bulkLoader().load(ADMIN, BulkSource.of(records), BulkProgress.none());
        Year year = Year.of(2021);

        for (OrganizationId o : List.of(PROVINCE, WARD, OTHER_WARD, CELL_A, CELL_B, CELL_C)) {
            assertThat(storage.reports().gradeCounts(ADMIN, o, year))
                    .as("%s", o)
                    .isEqualTo(GradeCounts.of(inMemory.evaluations().report(ADMIN, o, year, QuotaBase.GOOD)));
        }
        assertThat(storage.reports().gradeCounts(ADMIN, PROVINCE, year).membersRated())
                .isPositive();
        assertThat(storage.reports().verifyAggregates().differences()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
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
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
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
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void aSelectionIsReadAsThePortReaderReadsItFromTheInMemoryStores(Kind kind) {
        JdbcChibo storage = databases.fresh(kind, dir);
        storage.bulkLoader().load(ADMIN, BulkSource.of(everything()), BulkProgress.none());
        Organizations organizations = new InMemoryOrganizations();
        Members members = new InMemoryMembers(organizations);
        Meetings meetings = new InMemoryMeetings(organizations);
        ResidenceLiaisons residences = new InMemoryResidenceLiaisons(organizations);
        Evaluations evaluations = new InMemoryEvaluations(organizations, members);
        new PortBulkLoader(organizations, members, meetings, residences, evaluations)
                .load(ADMIN, BulkSource.of(everything()), BulkProgress.none());
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
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void residencesMeetingsAndReviewsAreCheckedLikeOrganisationsAndMembersAndNothingIsStored(Kind kind)
            throws SQLException {
        TestDatabases.Opened opened = databases.opened(kind, dir);
        JdbcChibo storage = opened.storage();
        storage.bulkLoader().load(ADMIN, BulkSource.of(everything()), BulkProgress.none());
        List<BulkRecord> others = BulkTestData.everyOtherKind(1);
        EvaluationRegime regime = EvaluationRegimes.qd132hd21();
        Year year = Year.of(2022);
        EvaluationKey twice = EvaluationKey.of(BulkTestData.member(5), year);
        EvaluationKey nobody = EvaluationKey.of(BulkTestData.member(999), year);
        EvaluationKey stored = EvaluationKey.of(BulkTestData.member(3), Year.of(2021));
        OrganizationId nowhere = BulkTestData.organization("nowhere");
        BulkRecord.Residence residence = (BulkRecord.Residence) others.get(0);
        BulkRecord.Meeting meeting = (BulkRecord.Meeting) others.get(4);
        MeetingRecord first = meeting.versions().get(0);
        MeetingId fresh = MeetingId.of(BulkTestData.uuid("meeting:fresh"));
        List<BulkRecord> records = List.of(
                BulkRecord.Residence.of(residence.member(), residence.facts(), "/r/0"),
                BulkRecord.Residence.of(
                        BulkTestData.member(2_000),
                        List.of(new ResidenceFact.Registered(
                                BulkTestData.member(2_000),
                                TODAY,
                                "Người",
                                CELL_A,
                                new Workplace("Sở", nowhere),
                                TODAY,
                                BulkTestData.stamp(1, ""))),
                        "/r/1"),
                BulkRecord.Meeting.of(meeting.id(), meeting.versions(), "/m/0"),
                BulkRecord.Meeting.of(
                        fresh,
                        List.of(new MeetingRecord(
                                new Meeting(
                                        fresh,
                                        nowhere,
                                        MeetingKind.REGULAR,
                                        false,
                                        TODAY,
                                        LocalTime.of(19, 0, 0, 1),
                                        LocalTime.of(21, 0),
                                        null,
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        null,
                                        List.of()),
                                first.recorded(),
                                1)),
                        "/m/1"),
                BulkTestData.decided(twice, Grade.GOOD, regime, false, 1),
                BulkTestData.decided(twice, Grade.GOOD, regime, false, 2),
                BulkTestData.decided(nobody, Grade.GOOD, regime, false, 3),
                BulkTestData.decided(stored, Grade.GOOD, regime, false, 4),
                new BulkRecord.Schedule(
                        new MeetingSchedule(
                                nowhere, MeetingKind.REGULAR, 3, HolidayShift.LATER, DateRange.startingOn(TODAY)),
                        BulkTestData.stamp(1, "lịch"),
                        "/s/0"));
        Map<String, String> before = StoredRows.checksums(opened.raw());

        assertThatThrownBy(() -> storage.bulkLoader().load(ADMIN, BulkSource.of(records), BulkProgress.none()))
                .isInstanceOfSatisfying(
                        BulkLoadRejectedException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.rule() + " " + v.rejectedValue())
                                .containsExactlyInAnyOrder(
                                        "/r/0 BULK-EXISTS " + residence.member(),
                                        "/r/1 BULK-REFERENCE " + nowhere,
                                        "/m/0 BULK-EXISTS " + meeting.id(),
                                        "/m/1 BULK-REFERENCE " + nowhere,
                                        "/m/1.versions[0].meeting.start BULK-RECORD 19:00:00.000000001",
                                        "/evaluations/" + twice + " BULK-DUPLICATE " + twice,
                                        "/evaluations/" + nobody + " BULK-REFERENCE " + BulkTestData.member(999),
                                        "/evaluations/" + stored + " BULK-EXISTS " + stored,
                                        "/s/0 BULK-REFERENCE " + nowhere));
        assertThat(StoredRows.checksums(opened.raw())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
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

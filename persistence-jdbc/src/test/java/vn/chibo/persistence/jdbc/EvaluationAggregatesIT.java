package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;
import static vn.chibo.testkit.data.OrganizationTestData.id;
import static vn.chibo.testkit.data.OrganizationTestData.reparented;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.NotFoundException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.evaluation.Review;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.persistence.jdbc.JdbcReports.Source;
import vn.chibo.persistence.jdbc.JdbcReports.TreeWalk;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.persistence.jdbc.internal.Sql;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;

/**
 * The counts maintained per grassroots organisation and the roll-ups in SQL on a small district
 * whose reviews of 2021 were decided and published (a correction goes through the workflow of
 * {@link vn.chibo.domain.EvaluationService} on the same storage): they equal the
 * domain's report for every organisation, follow a reorganisation, a member's move and a correction
 * after publication, and the compare check finds a count that was tampered with.
 *
 * <p>The district: Huyện with two grassroots committees, Xã A (cells Thôn 1 with An and Bình, Thôn
 * 2 with Chi) and Xã B (cell Thôn 3 with Dũng), and the grassroots cell Trường (Em).
 */
class EvaluationAggregatesIT {
    private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);
    private static final Year Y2021 = Year.of(2021);
    private static final List<String> ORGANIZATIONS =
            List.of("Tỉnh", "Huyện", "Xã A", "Thôn 1", "Thôn 2", "Xã B", "Thôn 3", "Trường");

    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabases() throws Exception {
        databases.close();
    }

    /** The district stored, every review of 2021 decided and published. */
    private static final class District {
        final DataSource dataSource;
        final JdbcChibo storage;
        final Chibo chibo;

        District(DataSource dataSource) {
            this.dataSource = dataSource;
            this.storage = JdbcChibo.create(dataSource);
            this.chibo = storage.configure(Chibo.builder())
                    .clock(Clock.fixed(Instant.parse("2022-01-10T03:00:00Z"), ZoneOffset.UTC))
                    .build();
            List<OrganizationFact> tree = List.of(
                    founded("Tỉnh", OrganizationKind.PROVINCIAL_COMMITTEE, null, Y2000),
                    founded("Huyện", OrganizationKind.DISTRICT_COMMITTEE, "Tỉnh", Y2000),
                    founded("Xã A", OrganizationKind.GRASSROOTS_COMMITTEE, "Huyện", Y2000),
                    founded("Thôn 1", OrganizationKind.CELL, "Xã A", Y2000),
                    founded("Thôn 2", OrganizationKind.CELL, "Xã A", Y2000),
                    founded("Xã B", OrganizationKind.GRASSROOTS_COMMITTEE, "Huyện", Y2000),
                    founded("Thôn 3", OrganizationKind.CELL, "Xã B", Y2000),
                    founded("Trường", OrganizationKind.GRASSROOTS_CELL, "Huyện", Y2000));
            Map<OrganizationId, Long> versions = new LinkedHashMap<>();
            tree.forEach(f -> versions.put(f.organization(), 0L));
            storage.organizations().append(ADMIN, OrganizationAppend.of(versions, tree));
            List<MemberFact> members = new ArrayList<>();
            members.addAll(admitted("An", "Thôn 1", LocalDate.of(2010, 3, 1)));
            members.addAll(admitted("Bình", "Thôn 1", LocalDate.of(2010, 3, 20)));
            members.addAll(admitted("Chi", "Thôn 2", LocalDate.of(2010, 5, 1)));
            members.addAll(admitted("Dũng", "Thôn 3", LocalDate.of(2011, 1, 5)));
            members.addAll(admitted("Em", "Trường", LocalDate.of(2012, 7, 9)));
            Map<MemberId, Long> memberVersions = new LinkedHashMap<>();
            members.forEach(f -> memberVersions.put(f.member(), 0L));
            storage.members().append(ADMIN, MemberAppend.of(memberVersions, members));
            List<EvaluationEntry> reviews = new ArrayList<>();
            reviews.addAll(decided(EvaluationKey.of(MemberTestData.id("An"), Y2021), Grade.EXCELLENT));
            reviews.addAll(decided(EvaluationKey.of(MemberTestData.id("Bình"), Y2021), Grade.GOOD));
            reviews.addAll(decided(EvaluationKey.of(MemberTestData.id("Chi"), Y2021), Grade.GOOD));
            reviews.addAll(decided(EvaluationKey.of(MemberTestData.id("Dũng"), Y2021), Grade.COMPLETED));
            reviews.addAll(decided(EvaluationKey.of(MemberTestData.id("Em"), Y2021), Grade.GOOD));
            reviews.addAll(decided(EvaluationKey.of(id("Thôn 1"), Y2021), Grade.GOOD));
            reviews.addAll(decided(EvaluationKey.of(id("Thôn 2"), Y2021), Grade.EXCELLENT));
            reviews.addAll(decided(EvaluationKey.of(id("Thôn 3"), Y2021), Grade.COMPLETED));
            reviews.addAll(decided(EvaluationKey.of(id("Trường"), Y2021), Grade.GOOD));
            Map<EvaluationKey, Long> reviewVersions = new LinkedHashMap<>();
            reviews.forEach(e -> reviewVersions.put(e.key(), 0L));
            storage.evaluations().append(ADMIN, EvaluationAppend.of(reviewVersions, reviews));
        }

        private static List<MemberFact> admitted(String name, String cell, LocalDate decided) {
            return MemberTestData.admittedAndRecognized(name, id(cell), decided);
        }

        /** What the workflow records: the proposal, the decision under HD 21, the publication. */
        private static List<EvaluationEntry> decided(EvaluationKey key, Grade grade) {
            Review review = key.subject() instanceof EvaluationSubject.OfMember m
                    ? MemberReview.proposed(m.member(), Y2021, grade)
                    : OrganizationReview.proposed(
                            ((EvaluationSubject.OfOrganization) key.subject()).organization(), Y2021, grade);
            Recorded at = OrganizationTestData.recorded(Instant.parse("2021-12-20T03:00:00Z"));
            return List.of(
                    new EvaluationEntry.Proposed(key, review, at),
                    new EvaluationEntry.Decided(
                            key,
                            grade,
                            null,
                            true,
                            PolicyRef.of(EvaluationRegimes.qd132hd21()),
                            ImmutableList.of(),
                            at),
                    new EvaluationEntry.Published(key, grade, at));
        }

        /** Proposes, decides and publishes through the workflow, with a reason (it was published). */
        void rate(String name, Grade grade, String reason) {
            if (ORGANIZATIONS.contains(name)) {
                OrganizationId org = id(name);
                chibo.evaluations().propose(ADMIN, OrganizationReview.proposed(org, Y2021, grade), reason);
                chibo.evaluations().decide(ADMIN, org, Y2021, reason);
                chibo.evaluations().publish(ADMIN, EvaluationKey.of(org, Y2021), reason);
            } else {
                MemberId member = MemberTestData.id(name);
                chibo.evaluations().propose(ADMIN, MemberReview.proposed(member, Y2021, grade), reason);
                chibo.evaluations().decide(ADMIN, member, Y2021, reason);
                chibo.evaluations().publish(ADMIN, EvaluationKey.of(member, Y2021), reason);
            }
        }

        /** The counts of the domain's report for {@code name}. */
        GradeCounts report(String name) {
            return GradeCounts.of(chibo.evaluations().report(ADMIN, id(name), Y2021, QuotaBase.GOOD));
        }

        GradeCounts counts(String name) {
            return storage.reports().gradeCounts(ADMIN, id(name), Y2021);
        }

        /** Every organisation: every source and walk of SQL gives the report's counts, and all is exact. */
        void agreesWithTheReport() {
            LocalDate end = LocalDate.of(2021, 12, 31);
            for (String name : ORGANIZATIONS) {
                if (chibo.organizations().tree(ADMIN).on(end).get(id(name)).isEmpty()) {
                    assertThatThrownBy(() -> report(name)).isInstanceOf(NotFoundException.class);
                    assertThatThrownBy(() -> counts(name)).isInstanceOf(NotFoundException.class);
                    continue;
                }
                GradeCounts expected = report(name);
                for (Source source : Source.values()) {
                    for (TreeWalk walk : TreeWalk.values()) {
                        assertThat(storage.reports().gradeCounts(ADMIN, id(name), Y2021, source, walk))
                                .as("%s from %s by %s", name, source, walk)
                                .isEqualTo(expected);
                    }
                }
            }
            assertThat(storage.reports().verifyAggregates().differences()).isEmpty();
        }

        void moveTree(OrganizationFact fact) {
            long version = storage.organizations()
                    .find(ADMIN, fact.organization())
                    .orElseThrow()
                    .version();
            storage.organizations()
                    .append(ADMIN, OrganizationAppend.of(Map.of(fact.organization(), version), List.of(fact)));
        }
    }

    private static Map<Grade, Integer> grades(Object... gradeThenCount) {
        Map<Grade, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < gradeThenCount.length; i += 2) {
            out.put((Grade) gradeThenCount[i], (Integer) gradeThenCount[i + 1]);
        }
        return out;
    }

    private static GradeCounts counts(String name, Map<Grade, Integer> members, Map<Grade, Integer> cells) {
        return GradeCounts.of(id(name), Y2021, members, Map.of(), cells);
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void theCountsOfEveryOrganisationEqualTheDomainsReport(Kind kind) {
        District d = new District(databases.dataSource(kind, dir));

        assertThat(d.counts("Xã A"))
                .isEqualTo(counts(
                        "Xã A", grades(Grade.EXCELLENT, 1, Grade.GOOD, 2), grades(Grade.GOOD, 1, Grade.EXCELLENT, 1)));
        assertThat(d.counts("Huyện"))
                .isEqualTo(counts(
                        "Huyện",
                        grades(Grade.EXCELLENT, 1, Grade.GOOD, 3, Grade.COMPLETED, 1),
                        grades(Grade.EXCELLENT, 1, Grade.GOOD, 2, Grade.COMPLETED, 1)));
        assertThat(d.counts("Thôn 1"))
                .isEqualTo(counts("Thôn 1", grades(Grade.EXCELLENT, 1, Grade.GOOD, 1), grades(Grade.GOOD, 1)));
        d.agreesWithTheReport();
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void aReorganisationOnOrBefore31DecemberMovesTheCountsAndOneAfterItDoesNot(Kind kind) {
        District d = new District(databases.dataSource(kind, dir));

        d.moveTree(reparented("Thôn 1", "Xã B", LocalDate.of(2022, 1, 1)));

        assertThat(d.counts("Xã A").membersRated()).isEqualTo(3);
        d.agreesWithTheReport();

        d.moveTree(reparented("Thôn 2", "Xã B", LocalDate.of(2021, 12, 31)));

        assertThat(d.counts("Xã A"))
                .isEqualTo(counts("Xã A", grades(Grade.EXCELLENT, 1, Grade.GOOD, 1), grades(Grade.GOOD, 1)));
        assertThat(d.counts("Xã B"))
                .isEqualTo(counts(
                        "Xã B",
                        grades(Grade.GOOD, 1, Grade.COMPLETED, 1),
                        grades(Grade.EXCELLENT, 1, Grade.COMPLETED, 1)));
        assertThat(d.counts("Huyện").membersRated()).isEqualTo(5);
        d.agreesWithTheReport();
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void aCellTurnedIntoAGrassrootsCellCountsOnItsOwnAndADissolvedCellNoLonger(Kind kind) {
        District d = new District(databases.dataSource(kind, dir));

        d.moveTree(new OrganizationFact.KindChanged(
                id("Thôn 3"),
                LocalDate.of(2021, 6, 1),
                OrganizationKind.GRASSROOTS_CELL,
                null,
                OrganizationTestData.recorded()));
        d.moveTree(OrganizationTestData.dissolved("Thôn 2", LocalDate.of(2021, 9, 1)));

        assertThat(d.counts("Xã B")).isEqualTo(counts("Xã B", grades(Grade.COMPLETED, 1), grades(Grade.COMPLETED, 1)));
        assertThat(d.counts("Thôn 3"))
                .isEqualTo(counts("Thôn 3", grades(Grade.COMPLETED, 1), grades(Grade.COMPLETED, 1)));
        assertThat(d.counts("Xã A"))
                .isEqualTo(counts("Xã A", grades(Grade.EXCELLENT, 1, Grade.GOOD, 1), grades(Grade.GOOD, 1)));
        d.agreesWithTheReport();
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void aCorrectionAfterPublicationAndAMembersMoveChangeTheCounts(Kind kind) {
        District d = new District(databases.dataSource(kind, dir));

        d.rate("Bình", Grade.EXCELLENT, "Sửa theo QĐ 20-QĐ/HU ngày 5/1/2022");

        assertThat(d.counts("Thôn 1")).isEqualTo(counts("Thôn 1", grades(Grade.EXCELLENT, 2), grades(Grade.GOOD, 1)));
        d.agreesWithTheReport();

        MemberFact move = MemberTestData.transferred("Dũng", id("Thôn 3"), id("Thôn 1"), LocalDate.of(2021, 11, 1));
        long version =
                d.storage.members().find(ADMIN, move.member()).orElseThrow().version();
        d.storage.members().append(ADMIN, MemberAppend.of(Map.of(move.member(), version), List.of(move)));

        assertThat(d.counts("Xã A"))
                .isEqualTo(counts(
                        "Xã A",
                        grades(Grade.EXCELLENT, 2, Grade.GOOD, 1, Grade.COMPLETED, 1),
                        grades(Grade.GOOD, 1, Grade.EXCELLENT, 1)));
        assertThat(d.counts("Xã B")).isEqualTo(counts("Xã B", Map.of(), grades(Grade.COMPLETED, 1)));
        d.agreesWithTheReport();
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void theCompareCheckListsEveryTamperedRowAndARebuildRepairsThem(Kind kind) throws SQLException {
        District d = new District(databases.dataSource(kind, dir));
        GradeCounts before = d.counts("Huyện");
        assertThat(d.storage.reports().verifyAggregates().exact()).isTrue();

        run(
                d,
                Sql.of("UPDATE evaluation_count SET n = n + 5 WHERE unit_id = ? AND grade = 'GOOD'"
                        + " AND subject = 'MEMBER'"),
                id("Xã A").value());
        run(
                d,
                Sql.of("DELETE FROM evaluation_rollup WHERE ancestor_id = ? AND grade = 'GOOD' AND subject = 'MEMBER'"),
                id("Huyện").value());
        run(
                d,
                Sql.of("DELETE FROM admission_count WHERE cell_id = ?"),
                id("Trường").value());

        JdbcReports.AggregateCheck check = d.storage.reports().verifyAggregates();

        assertThat(check.exact()).isFalse();
        assertThat(check.differences())
                .extracting(JdbcReports.Difference::table)
                .containsExactly("evaluation_count", "evaluation_rollup", "admission_count");
        JdbcReports.Difference count = check.differences().get(0);
        assertThat(count.key()).contains("unit_id=" + id("Xã A").value(), "grade=GOOD", "subject=MEMBER");
        assertThat(count.stored()).isEqualTo("7");
        assertThat(count.recomputed()).isEqualTo("2");
        JdbcReports.Difference rollup = check.differences().get(1);
        assertThat(rollup.key()).contains("ancestor_id=" + id("Huyện").value(), "grade=GOOD", "subject=MEMBER");
        assertThat(rollup.stored()).isEqualTo("absent");
        assertThat(rollup.recomputed()).isEqualTo("3");
        assertThat(check.differences().get(2).stored()).isEqualTo("absent");
        assertThat(check.differences().get(2).recomputed()).isEqualTo("1");
        assertThat(d.counts("Huyện").members(Grade.GOOD)).isZero();
        assertThat(d.storage
                        .reports()
                        .gradeCounts(ADMIN, id("Huyện"), Y2021, Source.AGGREGATES, TreeWalk.ANCESTOR_PATH)
                        .members(Grade.GOOD))
                .isEqualTo(8);

        d.storage.reports().rebuildAggregates();

        assertThat(d.storage.reports().verifyAggregates().exact()).isTrue();
        assertThat(d.counts("Huyện")).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void aMissingAncestorPathIsListedWithWhatRestsOnItAndARebuildRepairsIt(Kind kind) throws SQLException {
        District d = new District(databases.dataSource(kind, dir));
        GradeCounts before = d.counts("Huyện");

        run(
                d,
                Sql.of("DELETE FROM organization_ancestor WHERE organization_id = ? AND depth = 1"),
                id("Thôn 3").value());

        JdbcReports.AggregateCheck check = d.storage.reports().verifyAggregates();
        assertThat(check.differences())
                .filteredOn(x -> x.table().equals("organization_ancestor"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.key())
                            .contains(
                                    "organization_id=" + id("Thôn 3").value(),
                                    "ancestor_id=" + id("Xã B").value());
                    assertThat(x.stored()).isEqualTo("absent");
                });
        assertThat(check.differences())
                .extracting(JdbcReports.Difference::table)
                .contains("evaluation_review");

        d.storage.reports().rebuildAggregates();

        assertThat(d.storage.reports().verifyAggregates().exact()).isTrue();
        assertThat(d.counts("Huyện")).isEqualTo(before);
        d.agreesWithTheReport();
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void admissionsAreCountedPerMonthForAnySubtree(Kind kind) {
        District d = new District(databases.dataSource(kind, dir));

        assertThat(d.storage.reports().admissions(ADMIN, id("Huyện"), Year.of(2010)))
                .containsExactly(Map.entry(YearMonth.of(2010, Month.MARCH), 2), Map.entry(YearMonth.of(2010, 5), 1));
        assertThat(d.storage.reports().admissions(ADMIN, id("Xã B"), Year.of(2011)))
                .containsExactly(Map.entry(YearMonth.of(2011, 1), 1));
        assertThat(d.storage.reports().admissions(ADMIN, id("Xã B"), Year.of(2010)))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY"})
    void aSubtreeActorCountsOnlyInsideItsSubtreeAndOnlyWhatExisted(Kind kind) {
        District d = new District(databases.dataSource(kind, dir));
        Actor xaA = Actor.forSubtree("xa-a", id("Xã A"));

        assertThat(d.storage.reports().gradeCounts(xaA, id("Thôn 2"), Y2021).membersRated())
                .isEqualTo(1);
        assertThatThrownBy(() -> d.storage.reports().gradeCounts(xaA, id("Xã B"), Y2021))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> d.storage.reports().gradeCounts(ADMIN, id("Xã A"), Year.of(1999)))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void migratingADatabaseOfVersion1FillsTheAncestorPathsAndTheAdmissionCounts(Kind kind) throws SQLException {
        DataSource dataSource = databases.dataSource(kind, dir);
        Flyway.configure(JdbcChibo.class.getClassLoader())
                .dataSource(dataSource)
                .locations(JdbcChibo.MIGRATIONS)
                .table(JdbcChibo.HISTORY_TABLE)
                .target("1")
                .load()
                .migrate();
        Sql version = Sql.of("INSERT INTO organization_version (organization_id, version) VALUES (?, 1)");
        Sql state = Sql.of("INSERT INTO organization_state (organization_id, valid_from, valid_until, kind, name,"
                + " parent_id) VALUES (?, ?, DATE '9999-12-31', ?, ?, ?)");
        Sql member = Sql.of("INSERT INTO member_version (member_id, version) VALUES (?, 1)");
        Sql admission = Sql.of("INSERT INTO member_fact (member_id, seq, fact_type, effective_on, recorded_at,"
                + " recorded_nano, recorded_by, recorded_reason, cell_id, considered_on, decided_by, readmission)"
                + " VALUES (?, 0, 'ADMISSION_DECIDED', ?, TIMESTAMP WITH TIME ZONE '2010-04-01 00:00:00+00', 0,"
                + " 'v1', '', ?, ?, 'QĐ', ?)");
        try (Connection c = dataSource.getConnection()) {
            String parent = null;
            for (String name : List.of("Tỉnh", "Xã A", "Thôn 1")) {
                version.update(c, id(name).value());
                state.update(
                        c,
                        id(name).value(),
                        Y2000,
                        name.equals("Thôn 1") ? "CELL" : "GRASSROOTS_COMMITTEE",
                        name,
                        parent == null ? null : id(parent).value());
                parent = name;
            }
            for (String name : List.of("An", "Bình")) {
                member.update(c, MemberTestData.id(name).value());
                admission.update(
                        c,
                        MemberTestData.id(name).value(),
                        LocalDate.of(2010, 3, 1),
                        id("Thôn 1").value(),
                        LocalDate.of(2010, 2, 20),
                        name.equals("Bình"));
            }
        }

        JdbcChibo storage = JdbcChibo.create(dataSource);

        JdbcReports.AggregateCheck check = storage.reports().verifyAggregates();
        assertThat(check.differences()).isEmpty();
        assertThat(check.rowsCompared())
                .containsEntry("organization_ancestor", 6)
                .containsEntry("admission_count", 2);
        assertThat(storage.reports().admissions(ADMIN, id("Tỉnh"), Year.of(2010)))
                .containsExactly(Map.entry(YearMonth.of(2010, 3), 2));
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void migratingADatabaseOfVersion4RollsItsCountsUpToEveryAncestor(Kind kind) throws SQLException {
        District d = new District(databases.dataSource(kind, dir));
        GradeCounts before = d.counts("Tỉnh");
        run(d, Sql.of("DROP TABLE evaluation_rollup"));
        run(d, Sql.of("DELETE FROM \"chibo_schema_history\" WHERE \"version\" = '5'"));

        JdbcChibo storage = JdbcChibo.create(d.dataSource);

        JdbcReports.AggregateCheck check = storage.reports().verifyAggregates();
        assertThat(check.differences()).isEmpty();
        // Xã A: 2 grades of members and 2 of cells; Xã B and Trường: 1 and 1 each; Huyện and Tỉnh:
        // 3 and 3 each; a cell inside a grassroots committee holds none
        assertThat(check.rowsCompared()).containsEntry("evaluation_rollup", 20);
        assertThat(storage.reports().gradeCounts(ADMIN, id("Tỉnh"), Y2021)).isEqualTo(before);
        assertThat(before.membersRated()).isEqualTo(5);
        d.agreesWithTheReport();
    }

    private static void run(District d, Sql sql, Object... params) throws SQLException {
        try (Connection c = d.dataSource.getConnection()) {
            sql.update(c, params);
        }
    }
}

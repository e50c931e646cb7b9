package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;
import static vn.chibo.testkit.data.OrganizationTestData.id;
import static vn.chibo.testkit.data.OrganizationTestData.renamed;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;
import vn.chibo.testkit.data.ResidenceTestData;

/**
 * A connection lost in the middle of an append leaves the database exactly as it was: for every
 * statement an append runs, the connection is cut right there, and every table keeps its rows (the
 * maintained counts their sums).
 */
class AppendFaultIT {
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate Y2025 = LocalDate.of(2025, 7, 1);
    private static final MeetingId MEETING = MeetingId.of(new UUID(3, 25));

    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aConnectionLostAtAnyStatementOfAnOrganisationAppendLeavesNothingBehind(Kind kind) throws SQLException {
        Fixture f = fixture(kind);
        OrganizationAppend append = OrganizationAppend.of(
                versionsOf(f.storage, List.of(id("Khu phố 3"), id("Khu phố 4"))),
                List.of(
                        renamed("Khu phố 3", "Chi bộ Khu phố 3", Y2025),
                        founded("Khu phố 4", OrganizationKind.CELL, "Phường 5", Y2025)));

        int statements = cutEverywhere(f, s -> s.organizations().append(ADMIN, append));

        assertThat(statements).isGreaterThan(5);
        assertThat(f.storage.organizations().find(ADMIN, id("Khu phố 4"))).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aConnectionLostAtAnyStatementOfAMemberAppendLeavesNothingBehind(Kind kind) throws SQLException {
        Fixture f = fixture(kind);
        MemberId an = MemberTestData.id("An");
        long version = f.storage.members().find(ADMIN, an).orElseThrow().version();
        List<MemberFact> facts = new ArrayList<>(
                MemberTestData.admittedAndRecognized("Cường", id("Khu phố 3"), LocalDate.of(2021, 3, 1)));
        facts.add(MemberTestData.transferred("An", id("Khu phố 3"), id("Khu phố 9"), Y2025));
        MemberAppend append = MemberAppend.of(Map.of(an, version, MemberTestData.id("Cường"), 0L), facts);

        int statements = cutEverywhere(f, s -> s.members().append(ADMIN, append));

        assertThat(statements).isGreaterThan(10);
        assertThat(f.storage.members().find(ADMIN, MemberTestData.id("Cường"))).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aConnectionLostAtAnyStatementOfAMeetingCorrectionLeavesNothingBehind(Kind kind) throws SQLException {
        Fixture f = fixture(kind);
        Meeting first = TestMeetings.regular(MEETING, id("Khu phố 3"), List.of("Thông báo thời sự"));
        f.storage.meetings().record(ADMIN, first, OrganizationTestData.recorded(), 0);
        Meeting corrected = TestMeetings.regular(
                MEETING, id("Khu phố 3"), List.of("Thông báo thời sự", "Đính chính: nghị quyết tháng 3"));

        int statements =
                cutEverywhere(f, s -> s.meetings().record(ADMIN, corrected, OrganizationTestData.recorded(), 1));

        assertThat(statements).isGreaterThan(4);
        assertThat(f.storage.meetings().versions(ADMIN, MEETING)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aConnectionLostAtAnyStatementOfAResidenceAppendLeavesNothingBehind(Kind kind) throws SQLException {
        Fixture f = fixture(kind);
        MemberId cuong = ResidenceTestData.id("Cường");
        ResidenceLiaisonAppend append = ResidenceLiaisonAppend.of(
                Map.of(cuong, 0L),
                List.of(
                        ResidenceTestData.registered("Cường", id("Khu phố 3"), LocalDate.of(2021, 3, 1)),
                        ResidenceTestData.present("Cường", LocalDate.of(2021, 6, 1))));

        int statements = cutEverywhere(f, s -> s.residenceLiaisons().append(ADMIN, append));

        assertThat(statements).isGreaterThan(4);
        assertThat(f.storage.residenceLiaisons().find(ADMIN, cuong)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aConnectionLostAtAnyStatementOfAReviewAppendOrOfATreeChangeMovingItLeavesNothingBehind(Kind kind)
            throws SQLException {
        Fixture f = fixture(kind);
        Year year = Year.of(2021);
        EvaluationKey an = EvaluationKey.of(MemberTestData.id("An"), year);
        EvaluationRegime regime = EvaluationRegimes.qd132hd21();
        Finding finding = Finding.of(
                EvaluationRegime.DISCIPLINE,
                Severity.INFO,
                "An 2021",
                Label.of("Không bị kỷ luật", "Not disciplined"),
                regime.sourceOf(EvaluationRegime.DISCIPLINE),
                regime);
        EvaluationAppend decide = EvaluationAppend.of(
                an,
                0,
                List.of(new EvaluationEntry.Decided(
                        an,
                        Grade.GOOD,
                        null,
                        true,
                        PolicyRef.of(regime),
                        ImmutableList.of(finding),
                        OrganizationTestData.recorded())));

        int statements = cutEverywhere(f, s -> s.evaluations().append(ADMIN, decide));

        assertThat(statements).isGreaterThan(5);
        OrganizationAppend move = OrganizationAppend.of(
                versionsOf(f.storage, List.of(id("Phường 1"), id("Khu phố 3"))),
                List.of(
                        founded("Phường 1", OrganizationKind.GRASSROOTS_COMMITTEE, "Tỉnh", Y2020),
                        OrganizationTestData.reparented("Khu phố 3", "Phường 1", LocalDate.of(2021, 6, 1))));

        assertThat(cutEverywhere(f, s -> s.organizations().append(ADMIN, move))).isGreaterThan(10);
        assertThat(f.storage.reports().gradeCounts(ADMIN, id("Phường 1"), year).members(Grade.GOOD))
                .isEqualTo(1);
        assertThat(f.storage.reports().gradeCounts(ADMIN, id("Phường 5"), year).membersRated())
                .isZero();
        assertThat(f.storage.reports().verifyAggregates().differences()).isEmpty();
    }

    /**
     * Runs {@code append} with the connection cut at its first statement, then its second, and so
     * on until it completes; after each cut every table has its rows as before and the store reads
     * the same. Returns how many statements the append needed.
     */
    private static int cutEverywhere(Fixture f, Consumer<JdbcChibo> append) throws SQLException {
        List<Long> counts = StoredRows.counts(f.raw);
        List<OrganizationHistory> organizations = f.storage.organizations().all(ADMIN);
        List<MemberHistory> members = f.storage.members().all(ADMIN);
        for (int n = 1; n < 500; n++) {
            f.failing.failAt(n);
            try {
                append.accept(f.storage);
            } catch (StorageException e) {
                assertThat(f.failing.armed()).as("cut at statement %s", n).isFalse();
                assertThat(StoredRows.counts(f.raw))
                        .as("rows after a cut at statement %s", n)
                        .isEqualTo(counts);
                f.failing.disarm();
                assertThat(f.storage.organizations().all(ADMIN)).hasSameSizeAs(organizations);
                assertThat(facts(f.storage.organizations().all(ADMIN))).isEqualTo(facts(organizations));
                assertThat(memberFacts(f.storage.members().all(ADMIN))).isEqualTo(memberFacts(members));
                continue;
            }
            assertThat(f.failing.armed())
                    .as("the append completed before statement %s", n)
                    .isTrue();
            f.failing.disarm();
            assertThat(StoredRows.counts(f.raw)).isNotEqualTo(counts);
            return n - 1;
        }
        throw new AssertionError("the append never completed");
    }

    private Fixture fixture(Kind kind) {
        DataSource raw = databases.dataSource(kind, dir);
        FailingDataSource failing = new FailingDataSource(raw);
        JdbcChibo storage = JdbcChibo.create(failing);
        List<OrganizationFact> tree = List.of(
                founded("Tỉnh", OrganizationKind.PROVINCIAL_COMMITTEE, null, Y2020.minusYears(20)),
                founded("Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, "Tỉnh", Y2020.minusYears(20)),
                founded("Khu phố 3", OrganizationKind.CELL, "Phường 5", Y2020.minusYears(20)),
                founded("Khu phố 9", OrganizationKind.CELL, "Phường 5", Y2020.minusYears(20)));
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        tree.forEach(f -> versions.put(f.organization(), 0L));
        storage.organizations().append(ADMIN, OrganizationAppend.of(versions, tree));
        storage.members()
                .append(
                        ADMIN,
                        MemberAppend.of(
                                Map.of(MemberTestData.id("An"), 0L),
                                MemberTestData.admittedAndRecognized("An", id("Khu phố 3"), LocalDate.of(2010, 3, 1))));
        return new Fixture(raw, failing, storage);
    }

    private record Fixture(DataSource raw, FailingDataSource failing, JdbcChibo storage) {}

    private static Map<OrganizationId, Long> versionsOf(JdbcChibo storage, List<OrganizationId> ids) {
        Map<OrganizationId, Long> out = new LinkedHashMap<>();
        for (OrganizationId id : ids) {
            out.put(
                    id,
                    storage.organizations()
                            .find(ADMIN, id)
                            .map(OrganizationHistory::version)
                            .orElse(0L));
        }
        return out;
    }

    private static List<List<OrganizationFact>> facts(List<OrganizationHistory> histories) {
        return histories.stream().map(h -> (List<OrganizationFact>) h.facts()).toList();
    }

    private static List<List<MemberFact>> memberFacts(List<MemberHistory> histories) {
        return histories.stream().map(h -> (List<MemberFact>) h.facts()).toList();
    }
}

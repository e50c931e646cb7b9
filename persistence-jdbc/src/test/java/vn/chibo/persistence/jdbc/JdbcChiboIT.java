package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;
import static vn.chibo.testkit.data.OrganizationTestData.id;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.testkit.data.OrganizationTestData;
import vn.chibo.testkit.data.ResidenceTestData;

/**
 * The entry point: migrations, the H2 file, plugging into a Chibo, exact instants; a cycle in the
 * tree. (Concurrent writers: {@link ConcurrentUpdatesIT}.)
 */
class JdbcChiboIT {
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);

    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keepsTheRecordedInstantToTheNanosecond(Kind kind) {
        JdbcChibo storage = databases.fresh(kind, dir);
        Instant at = Instant.parse("2026-03-04T05:06:07.123456789Z");
        OrganizationFact.Founded fact = new OrganizationFact.Founded(
                id("Tỉnh"),
                Y2020,
                OrganizationKind.PROVINCIAL_COMMITTEE,
                "Tỉnh",
                null,
                null,
                OrganizationTestData.recorded(at));

        storage.organizations().append(ADMIN, OrganizationAppend.of(Map.of(id("Tỉnh"), 0L), List.of(fact)));

        assertThat(storage.organizations().find(ADMIN, id("Tỉnh")).orElseThrow().facts())
                .containsExactly(fact);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void migratesOnceAndNamesTheDatabase(Kind kind) {
        DataSource dataSource = databases.dataSource(kind, dir);
        JdbcChibo first = JdbcChibo.create(dataSource);
        first.organizations().append(ADMIN, province());

        JdbcChibo second = JdbcChibo.create(dataSource);

        assertThat(second.organizations().find(ADMIN, id("Tỉnh"))).isPresent();
        assertThat(second.databaseProduct()).isEqualTo(kind == Kind.POSTGRESQL ? "PostgreSQL" : "H2");
    }

    @Test
    void anH2FileKeepsItsDataWhenReopened() {
        Path file = dir.resolve("data").resolve("chibo");
        try (JdbcChibo storage = JdbcChibo.h2File(file)) {
            storage.organizations().append(ADMIN, province());
        }
        assertThat(Files.exists(dir.resolve("data").resolve("chibo.mv.db"))).isTrue();

        try (JdbcChibo reopened = JdbcChibo.h2File(dir.resolve("data").resolve("chibo.mv.db"))) {
            assertThat(reopened.organizations().find(ADMIN, id("Tỉnh"))).isPresent();
        }
    }

    @Test
    void configurePlugsTheStoresIntoAChibo() {
        JdbcChibo storage = databases.fresh(Kind.H2_MEMORY, dir);
        storage.organizations().append(ADMIN, province());
        MeetingId meeting = MeetingId.random();
        storage.meetings()
                .record(
                        ADMIN,
                        TestMeetings.regular(meeting, id("Tỉnh"), List.of()),
                        OrganizationTestData.recorded(),
                        0);
        MemberId resident = ResidenceTestData.id("Cường");
        storage.residenceLiaisons()
                .append(
                        ADMIN,
                        ResidenceLiaisonAppend.of(
                                Map.of(resident, 0L),
                                List.of(ResidenceTestData.registered("Cường", id("Tỉnh"), Y2020))));

        Chibo.Builder builder = Chibo.builder();
        Chibo chibo = storage.configure(builder).build();

        assertThat(storage.configure(builder)).isSameAs(builder);
        assertThat(chibo.organizations().find(ADMIN, id("Tỉnh"))).isPresent();
        assertThat(chibo.meetings().find(ADMIN, meeting)).isPresent();
        assertThat(chibo.residences().find(ADMIN, resident)).isPresent();
    }

    @Test
    void anUnreachableDatabaseIsAStorageException() {
        org.h2.jdbcx.JdbcDataSource nowhere = new org.h2.jdbcx.JdbcDataSource();
        nowhere.setURL("jdbc:h2:file:" + dir.resolve("missing").toAbsolutePath() + ";IFEXISTS=TRUE");

        assertThatThrownBy(() -> JdbcChibo.create(nowhere))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("Cannot connect");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCycleLetInThroughThePortEndsEveryWalkAsInMemory(Kind kind) {
        JdbcChibo storage = databases.fresh(kind, dir);
        InMemoryOrganizations memory = new InMemoryOrganizations();
        OrganizationAppend tree = OrganizationAppend.of(
                Map.of(id("A"), 0L, id("B"), 0L, id("C"), 0L),
                List.of(
                        founded("A", OrganizationKind.CELL, null, Y2020),
                        founded("B", OrganizationKind.CELL, "A", Y2020),
                        founded("C", OrganizationKind.CELL, "B", Y2020)));
        // The planner refuses this; the port takes what it is given.
        OrganizationAppend loop = OrganizationAppend.of(
                Map.of(id("A"), 1L), List.of(OrganizationTestData.reparented("A", "C", Y2020.plusYears(1))));
        for (Organizations store : List.of(storage.organizations(), memory)) {
            store.append(ADMIN, tree);
            store.append(ADMIN, loop);
        }
        Actor forB = Actor.forSubtree("clerk", id("B"));

        assertThat(storage.organizations().all(forB).stream().map(h -> h.id()))
                .containsExactlyElementsOf(
                        memory.all(forB).stream().map(h -> h.id()).toList());
    }

    private static OrganizationAppend province() {
        return OrganizationAppend.of(
                Map.of(id("Tỉnh"), 0L), List.of(founded("Tỉnh", OrganizationKind.PROVINCIAL_COMMITTEE, null, Y2020)));
    }
}

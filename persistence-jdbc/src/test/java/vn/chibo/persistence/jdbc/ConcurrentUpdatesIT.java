package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;
import static vn.chibo.testkit.data.OrganizationTestData.id;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.persistence.jdbc.internal.Sql;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;

/**
 * Eight writers update the same aggregate at once, each reading the current version, appending at
 * it, and on a {@link ConcurrentUpdateException} reading again and retrying: every update is
 * applied exactly once and none is lost, on H2 and on PostgreSQL. The
 * writers start together behind a latch so that they do collide; the outcome, not the number of
 * collisions, is what is checked.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(
        value = Kind.class,
        names = {"H2_MEMORY", "POSTGRESQL"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentUpdatesIT {
    private static final int WRITERS = 8;
    private static final int UPDATES_PER_WRITER = 3;
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final MemberId AN = MemberTestData.id("An");

    /** What is stored for one member: its facts, the distinct and the highest seq, and its version. */
    private static final Sql MEMBER_ROWS = Sql.of("SELECT COUNT(*), COUNT(DISTINCT f.seq), MAX(f.seq), MAX(v.version)"
            + " FROM member_fact f JOIN member_version v ON v.member_id = f.member_id WHERE f.member_id = ?");

    private final ReusedStorage storage = new ReusedStorage();

    @Parameter
    @Nullable
    Kind kind;

    @TempDir
    Path dir;

    @BeforeEach
    void storeACellWithOneMember() {
        storage.freshOrganizations(Objects.requireNonNull(kind, "kind"), dir);
        jdbc().organizations()
                .append(
                        ADMIN,
                        OrganizationAppend.of(
                                Map.of(id("Tỉnh"), 0L, id("Khu phố 3"), 0L),
                                List.of(
                                        founded("Tỉnh", OrganizationKind.PROVINCIAL_COMMITTEE, null, Y2020),
                                        founded("Khu phố 3", OrganizationKind.CELL, "Tỉnh", Y2020))));
        jdbc().members()
                .append(
                        ADMIN,
                        MemberAppend.of(
                                Map.of(AN, 0L),
                                MemberTestData.admittedAndRecognized("An", id("Khu phố 3"), Y2020.plusYears(1))));
    }

    @AfterParameterizedClassInvocation
    void closeDatabase() throws Exception {
        storage.close();
    }

    private JdbcChibo jdbc() {
        return storage.storage();
    }

    @Test
    void eightWritersRetryingOnConflictApplyEveryMemberUpdateExactlyOnce() throws Exception {
        int before = jdbc().members().find(ADMIN, AN).orElseThrow().facts().size();
        List<MemberFact> updates = new ArrayList<>();

        int applied = race(updates, (writer, update) -> {
            MemberFact fact = new MemberFact.ConditionBegan(
                    AN,
                    Y2020.plusYears(2).plusDays(writer * 100L + update),
                    UUID.randomUUID(),
                    ConditionKind.EXEMPTION,
                    null,
                    "writer " + writer + ", update " + update,
                    OrganizationTestData.recorded());
            return new Attempt<>(fact, () -> {
                long version = jdbc().members().find(ADMIN, AN).orElseThrow().version();
                jdbc().members().append(ADMIN, MemberAppend.of(Map.of(AN, version), List.of(fact)));
            });
        });

        MemberHistory history = jdbc().members().find(ADMIN, AN).orElseThrow();
        int total = before + WRITERS * UPDATES_PER_WRITER;
        assertThat(applied).isEqualTo(WRITERS * UPDATES_PER_WRITER);
        assertThat(history.facts()).hasSize(total);
        assertThat(occurrences(history.facts().subList(before, total), updates))
                .as("how often each update is stored")
                .containsOnlyKeys(updates)
                .allSatisfy((fact, times) -> assertThat(times).isEqualTo(1L));
        assertThat(history.version()).isEqualTo(total);
        assertThat(memberRows()).containsExactly((long) total, (long) total, total - 1L, (long) total);
    }

    @Test
    void eightWritersRetryingOnConflictKeepEveryCorrectionOfAMeetingExactlyOnce() throws Exception {
        Meeting first = meeting(MeetingId.random(), "biên bản");
        jdbc().meetings().record(ADMIN, first, OrganizationTestData.recorded(), 0);
        List<String> updates = new ArrayList<>();

        int applied = race(updates, (writer, update) -> {
            String item = "đính chính " + writer + "/" + update;
            Recorded stamp = OrganizationTestData.recorded();
            return new Attempt<>(item, () -> {
                long version =
                        jdbc().meetings().find(ADMIN, first.id()).orElseThrow().version();
                jdbc().meetings().record(ADMIN, meeting(first.id(), item), stamp, version);
            });
        });

        List<MeetingRecord> versions = jdbc().meetings().versions(ADMIN, first.id());
        int total = 1 + WRITERS * UPDATES_PER_WRITER;
        assertThat(applied).isEqualTo(WRITERS * UPDATES_PER_WRITER);
        assertThat(versions).extracting(MeetingRecord::version).containsExactlyElementsOf(numbers(total));
        List<String> kept = versions.subList(1, total).stream()
                .map(r -> r.meeting().agenda().get(0))
                .toList();
        assertThat(occurrences(kept, updates))
                .as("how often each correction is stored")
                .containsOnlyKeys(updates)
                .allSatisfy((item, times) -> assertThat(times).isEqualTo(1L));
        assertThat(jdbc().meetings().find(ADMIN, first.id()).orElseThrow().version())
                .isEqualTo(total);
    }

    /** One update: what it stores, and the read-then-write that stores it. */
    private record Attempt<T>(T update, Runnable readAndWrite) {}

    /** The update number {@code update} of writer {@code writer}. */
    @FunctionalInterface
    private interface Updates<T> {
        Attempt<T> of(int writer, int update);
    }

    /**
     * Runs {@link #WRITERS} writers at once, each applying its {@link #UPDATES_PER_WRITER} updates
     * in turn and retrying each on a conflict; collects every update made into {@code made} and
     * returns how many attempts succeeded.
     */
    private static <T> int race(List<T> made, Updates<T> updates) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                List<Attempt<T>> mine = new ArrayList<>();
                for (int i = 0; i < UPDATES_PER_WRITER; i++) {
                    Attempt<T> attempt = updates.of(w, i);
                    mine.add(attempt);
                    made.add(attempt.update());
                }
                results.add(pool.submit(() -> {
                    start.await();
                    int succeeded = 0;
                    for (Attempt<T> attempt : mine) {
                        while (true) {
                            try {
                                attempt.readAndWrite().run();
                                succeeded++;
                                break;
                            } catch (ConcurrentUpdateException lost) {
                                // someone else appended since the read: read again and retry
                            }
                        }
                    }
                    return succeeded;
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Integer> f : results) {
                succeeded += f.get(120, TimeUnit.SECONDS);
            }
            return succeeded;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Map<T, Long> occurrences(List<T> stored, List<T> expected) {
        Map<T, Long> out = stored.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        expected.forEach(e -> out.putIfAbsent(e, 0L));
        return out;
    }

    private static List<Long> numbers(int upTo) {
        List<Long> out = new ArrayList<>();
        for (long i = 1; i <= upTo; i++) {
            out.add(i);
        }
        return out;
    }

    /** The rows stored for An, as {@link #MEMBER_ROWS} counts them. */
    private List<Long> memberRows() throws SQLException {
        try (Connection c = storage.raw().getConnection();
                PreparedStatement statement = MEMBER_ROWS.prepareWith(c, AN.value());
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
        }
    }

    private static Meeting meeting(MeetingId meeting, String agenda) {
        return TestMeetings.regular(meeting, id("Khu phố 3"), List.of(agenda));
    }
}

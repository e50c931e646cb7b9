package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;
import static vn.chibo.testkit.data.OrganizationTestData.id;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.TransferKind;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.persistence.jdbc.JdbcReports.Source;
import vn.chibo.persistence.jdbc.JdbcReports.TreeWalk;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;

/**
 * Writers racing for the same counts: six threads decide the members of one grassroots
 * organisation (every decision adds to the same few rows), while one thread moves a cell between
 * two grassroots organisations and another moves a member between them, each retrying when it
 * loses a race. Afterwards every decision is counted exactly once, where the tree and the member
 * stand, and the maintained tables equal their recomputation.
 */
class AggregateConcurrencyIT {
    private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);
    private static final Year Y2021 = Year.of(2021);
    private static final int WRITERS = 6;
    private static final int PER_WRITER = 4;
    private static final int MOVES = 6;

    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"H2_MEMORY", "POSTGRESQL"})
    void everyDecisionIsCountedOnceWhereItStandsWhileTheTreeAndTheMembersMove(Kind kind) throws Exception {
        JdbcChibo storage = databases.fresh(kind, dir);
        List<OrganizationFact> tree = List.of(
                founded("Tỉnh", OrganizationKind.PROVINCIAL_COMMITTEE, null, Y2000),
                founded("Xã A", OrganizationKind.GRASSROOTS_COMMITTEE, "Tỉnh", Y2000),
                founded("Xã B", OrganizationKind.GRASSROOTS_COMMITTEE, "Tỉnh", Y2000),
                founded("Thôn 0", OrganizationKind.CELL, "Xã A", Y2000),
                founded("Thôn 1", OrganizationKind.CELL, "Xã A", Y2000),
                founded("Thôn 2", OrganizationKind.CELL, "Xã B", Y2000));
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        tree.forEach(f -> versions.put(f.organization(), 0L));
        storage.organizations().append(ADMIN, OrganizationAppend.of(versions, tree));
        List<MemberFact> admitted = new ArrayList<>();
        Map<MemberId, Long> memberVersions = new LinkedHashMap<>();
        for (int i = 0; i < WRITERS * PER_WRITER; i++) {
            admitted.addAll(MemberTestData.admittedAndRecognized(
                    "M" + i, id(i % 2 == 0 ? "Thôn 0" : "Thôn 1"), LocalDate.of(2010, 3, 1)));
            memberVersions.put(MemberTestData.id("M" + i), 0L);
        }
        storage.members().append(ADMIN, MemberAppend.of(memberVersions, admitted));

        List<Callable<Integer>> work = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            work.add(() -> {
                int conflicts = 0;
                for (int i = writer * PER_WRITER; i < (writer + 1) * PER_WRITER; i++) {
                    conflicts += decide(storage, i);
                }
                return conflicts;
            });
        }
        work.add(() -> {
            int conflicts = 0;
            for (int i = 0; i < MOVES; i++) {
                String parent = i % 2 == 0 ? "Xã B" : "Xã A";
                conflicts += retrying(() -> moveCell(storage, parent));
            }
            return conflicts;
        });
        work.add(() -> {
            int conflicts = 0;
            for (int i = 0; i < MOVES; i++) {
                OrganizationId to = id(i % 2 == 0 ? "Thôn 2" : "Thôn 1");
                OrganizationId from = id(i % 2 == 0 ? "Thôn 1" : "Thôn 2");
                conflicts += retrying(() -> moveMember(storage, from, to));
            }
            return conflicts;
        });
        run(work);

        JdbcReports reports = storage.reports();
        assertThat(reports.verifyAggregates().differences()).isEmpty();
        GradeCounts all = reports.gradeCounts(ADMIN, id("Tỉnh"), Y2021);
        assertThat(all.membersRated()).isEqualTo(WRITERS * PER_WRITER);
        assertThat(all.members(Grade.EXCELLENT)).isEqualTo(WRITERS * PER_WRITER / 2);
        int a = reports.gradeCounts(ADMIN, id("Xã A"), Y2021).membersRated();
        int b = reports.gradeCounts(ADMIN, id("Xã B"), Y2021).membersRated();
        assertThat(a + b).isEqualTo(WRITERS * PER_WRITER);
        assertThat(b).as("Thôn 0 ends in Xã A, the member in Thôn 1").isZero();
        for (String name : List.of("Tỉnh", "Xã A", "Xã B", "Thôn 0", "Thôn 1", "Thôn 2")) {
            assertThat(reports.gradeCounts(ADMIN, id(name), Y2021))
                    .isEqualTo(reports.gradeCounts(ADMIN, id(name), Y2021, Source.REVIEW_ROWS, TreeWalk.RECURSIVE_CTE));
        }
    }

    private static int decide(JdbcChibo storage, int member) {
        EvaluationKey key = EvaluationKey.of(MemberTestData.id("M" + member), Y2021);
        EvaluationEntry decided = new EvaluationEntry.Decided(
                key,
                member % 2 == 0 ? Grade.EXCELLENT : Grade.GOOD,
                null,
                true,
                PolicyRef.of(EvaluationRegimes.qd132hd21()),
                ImmutableList.of(),
                OrganizationTestData.recorded());
        return retrying(() -> storage.evaluations().append(ADMIN, EvaluationAppend.of(key, 0, List.of(decided))));
    }

    private static void moveCell(JdbcChibo storage, String parent) {
        OrganizationId cell = id("Thôn 0");
        long version = storage.organizations().find(ADMIN, cell).orElseThrow().version();
        storage.organizations()
                .append(
                        ADMIN,
                        OrganizationAppend.of(
                                Map.of(cell, version),
                                List.of(OrganizationTestData.reparented("Thôn 0", parent, LocalDate.of(2021, 6, 1)))));
    }

    private static void moveMember(JdbcChibo storage, OrganizationId from, OrganizationId to) {
        MemberId m = MemberTestData.id("M1");
        long version = storage.members().find(ADMIN, m).orElseThrow().version();
        MemberFact move = new MemberFact.Transferred(
                m,
                LocalDate.of(2021, 7, 1),
                TransferKind.PERMANENT,
                from,
                to,
                null,
                LocalDate.of(2021, 6, 10),
                LocalDate.of(2021, 6, 20),
                false,
                OrganizationTestData.recorded());
        storage.members().append(ADMIN, MemberAppend.of(Map.of(m, version), List.of(move)));
    }

    /** Runs {@code append} until it wins; returns how many races it lost. */
    private static int retrying(Runnable append) {
        int lost = 0;
        while (true) {
            try {
                append.run();
                return lost;
            } catch (ConcurrentUpdateException e) {
                lost++;
            }
        }
    }

    private static void run(List<Callable<Integer>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (Callable<Integer> w : work) {
                results.add(pool.submit(() -> {
                    start.await();
                    return w.call();
                }));
            }
            start.countDown();
            for (Future<Integer> f : results) {
                f.get(180, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
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
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;

/**
 * Not a test: prints how long the roll-ups take from each source and walk on a generated province
 * (grassroots committees of cells of members, every member decided), for comparing the forms kept
 * for the benchmarks. Runs only with {@code -Dchibo.measure=true}; sizes from {@code
 * chibo.measure.grassroots} (default 50), five cells each, {@code chibo.measure.members} per cell
 * (default 20). It asserts only that every form gives the same counts.
 *
 * <pre>
 * mvn -pl persistence-jdbc -am verify -Dchibo.measure=true -Dit.test=RollupMeasurementIT -Dtest=none
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(named = "chibo.measure", matches = "true")
class RollupMeasurementIT {
    private static final Year YEAR = Year.of(2021);
    private static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);
    private static final int CELLS = 5;

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
    void printsTheTimeOfEveryForm(Kind kind) {
        int grassroots = Integer.getInteger("chibo.measure.grassroots", 50);
        int perCell = Integer.getInteger("chibo.measure.members", 20);
        JdbcChibo storage = databases.fresh(kind, dir);
        long start = System.nanoTime();
        List<OrganizationFact> tree = new ArrayList<>();
        tree.add(OrganizationTestData.founded("M", OrganizationKind.PROVINCIAL_COMMITTEE, null, FOUNDED));
        for (int d = 0; d < grassroots / 10 + 1; d++) {
            tree.add(OrganizationTestData.founded("M/" + d, OrganizationKind.DISTRICT_COMMITTEE, "M", FOUNDED));
        }
        List<String> cells = new ArrayList<>();
        for (int g = 0; g < grassroots; g++) {
            String name = "M/" + (g / 10) + "/" + g;
            tree.add(OrganizationTestData.founded(
                    name, OrganizationKind.GRASSROOTS_COMMITTEE, "M/" + (g / 10), FOUNDED));
            for (int c = 0; c < CELLS; c++) {
                tree.add(OrganizationTestData.founded(name + "/" + c, OrganizationKind.CELL, name, FOUNDED));
                cells.add(name + "/" + c);
            }
        }
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        tree.forEach(f -> versions.put(f.organization(), 0L));
        storage.organizations().append(ADMIN, OrganizationAppend.of(versions, tree));
        long treeDone = System.nanoTime();
        PolicyRef regime = PolicyRef.of(EvaluationRegimes.qd132hd21());
        int members = 0;
        for (String cell : cells) {
            List<MemberFact> facts = new ArrayList<>();
            Map<MemberId, Long> memberVersions = new LinkedHashMap<>();
            List<EvaluationEntry> decisions = new ArrayList<>();
            Map<EvaluationKey, Long> reviewVersions = new LinkedHashMap<>();
            for (int m = 0; m < perCell; m++) {
                String name = cell + "#" + m;
                facts.addAll(MemberTestData.admittedAndRecognized(
                        name, OrganizationTestData.id(cell), LocalDate.of(2010, 1 + m % 12, 1)));
                memberVersions.put(MemberTestData.id(name), 0L);
                EvaluationKey key = EvaluationKey.of(MemberTestData.id(name), YEAR);
                decisions.add(new EvaluationEntry.Decided(
                        key,
                        Grade.values()[members % 4],
                        null,
                        true,
                        regime,
                        ImmutableList.of(),
                        OrganizationTestData.recorded()));
                reviewVersions.put(key, 0L);
                members++;
            }
            storage.members().append(ADMIN, MemberAppend.of(memberVersions, facts));
            storage.evaluations().append(ADMIN, EvaluationAppend.of(reviewVersions, decisions));
        }
        long loaded = System.nanoTime();
        OrganizationId root = OrganizationTestData.id("M");
        OrganizationId oneGrassroots = OrganizationTestData.id("M/0/0");
        System.out.printf(
                Locale.ROOT,
                "%n[measure] %s: %d organisations, %d members and reviews; tree %.0f ms, members and reviews"
                        + " %.0f ms (%.2f ms a member)%n",
                kind,
                tree.size(),
                members,
                ms(treeDone - start),
                ms(loaded - treeDone),
                ms(loaded - treeDone) / members);
        GradeCounts reference =
                storage.reports().gradeCounts(ADMIN, root, YEAR, Source.REVIEW_ROWS, TreeWalk.RECURSIVE_CTE);
        assertThat(reference.membersRated()).isEqualTo(members);
        for (OrganizationId org : List.of(root, oneGrassroots)) {
            for (Source source : Source.values()) {
                for (TreeWalk walk : TreeWalk.values()) {
                    GradeCounts[] seen = new GradeCounts[1];
                    double median =
                            median(() -> seen[0] = storage.reports().gradeCounts(ADMIN, org, YEAR, source, walk));
                    if (org.equals(root)) {
                        assertThat(seen[0]).isEqualTo(reference);
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "[measure] %s %s %s %s: median %.2f ms%n",
                            kind,
                            org.equals(root) ? "province" : "one grassroots",
                            source,
                            walk,
                            median);
                }
            }
        }
        long verifyStart = System.nanoTime();
        JdbcReports.AggregateCheck check = storage.reports().verifyAggregates();
        long verifyEnd = System.nanoTime();
        assertThat(check.exact()).isTrue();
        String moved = cells.get(0);
        OrganizationFact move = OrganizationTestData.reparented(moved, "M/0/1", LocalDate.of(2021, 6, 1));
        long moveStart = System.nanoTime();
        storage.organizations()
                .append(ADMIN, OrganizationAppend.of(Map.of(OrganizationTestData.id(moved), 1L), List.of(move)));
        long moveEnd = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "[measure] %s verifyAggregates %.0f ms over %s; moving one cell of %d members %.0f ms%n",
                kind,
                ms(verifyEnd - verifyStart),
                check.rowsCompared(),
                perCell,
                ms(moveEnd - moveStart));
        assertThat(storage.reports().verifyAggregates().exact()).isTrue();
    }

    private static double median(Runnable run) {
        run.run();
        double[] times = new double[7];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            run.run();
            times[i] = ms(System.nanoTime() - t);
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

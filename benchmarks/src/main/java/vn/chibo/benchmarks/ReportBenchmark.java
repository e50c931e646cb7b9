package vn.chibo.benchmarks;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.examples.generate.NationalGenerator;

/**
 * (b) The report of a review year recomputed in memory from every stored decision, per grade, for
 * the whole party and each province (the subtrees as they stood on 31/12): the domain's {@code
 * EvaluationService.gradeCounts} on in-memory stores, one call for every subtree, against {@link
 * HandReport}, one hand-written streaming pass over the same reviews, histories and tree. For
 * reference, {@link #reports()} makes the whole {@code EvaluationService.report} of each subtree
 * (quota, roster, admissions, residences besides the counts), once per subtree. All three give the
 * same counts ({@code BenchmarksTest} checks it). Time per set of subtrees.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {
    private static final Actor ACTOR = NationalGenerator.loader();

    /** The share of the country generated. */
    @Param("0.001")
    public double scale;

    /** The review year. */
    @Param("2024")
    public int year;

    @SuppressWarnings("NullAway.Init") // set up by JMH before any benchmark
    private Chibo chibo;

    @SuppressWarnings("NullAway.Init") // set up by JMH before any benchmark
    private OrganizationTree tree;

    @SuppressWarnings("NullAway.Init") // set up by JMH before any benchmark
    private Map<MemberId, MemberHistory> histories;

    private final List<EvaluationRecord> records = new ArrayList<>();
    private final List<OrganizationId> subtrees = new ArrayList<>();

    /** Loads the data into in-memory stores and lists the subtrees. */
    @Setup
    public void setUp() {
        Dataset data = Dataset.at(scale);
        chibo = data.inMemory();
        histories = data.histories;
        tree = chibo.organizations().tree(ACTOR);
        for (BulkRecord r : data.records) {
            if (r instanceof BulkRecord.Evaluation e) {
                records.add(EvaluationRecord.of(e.key(), e.entries()));
            }
        }
        OrganizationId party = data.generator.party();
        subtrees.add(party);
        LocalDate end = Year.of(year).atMonth(12).atEndOfMonth();
        for (OrganizationState s : tree.on(end).children(party)) {
            if (s.kind() == OrganizationKind.PROVINCIAL_COMMITTEE) {
                subtrees.add(s.id());
            }
        }
    }

    /** The domain's counts of every subtree, in one call. */
    @Benchmark
    public List<GradeCounts> domain() {
        return chibo.evaluations().gradeCounts(ACTOR, subtrees, Year.of(year));
    }

    /** The domain's whole reports, one per subtree, as counts. */
    @Benchmark
    public List<GradeCounts> reports() {
        List<GradeCounts> out = new ArrayList<>(subtrees.size());
        for (OrganizationId s : subtrees) {
            out.add(GradeCounts.of(chibo.evaluations().report(ACTOR, s, Year.of(year), QuotaBase.GOOD)));
        }
        return out;
    }

    /** The hand-written counts. */
    @Benchmark
    public List<GradeCounts> baseline() {
        return HandReport.counts(records, histories, tree, subtrees, Year.of(year));
    }
}

package vn.chibo.benchmarks;

import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.evaluation.Classification;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.member.MemberHistory;

/**
 * (a) Classifying every member reviewed in a year under the year's regime: the domain's {@link
 * Classification#rate} (with its findings, labels and policy reference) against {@link
 * HandClassification}, a hand-written loop applying the same caps to the same objects. Both give
 * the same grade for every member ({@code BenchmarksTest} checks it). Time per pass over all of
 * them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClassificationBenchmark {
    /** The share of the country generated. */
    @Param("0.001")
    public double scale;

    /** The review year: 2024 is judged under QĐ 124, 2025 under QĐ 366 with its scores. */
    @Param({"2024", "2025"})
    public int year;

    private MemberHistory[] histories = new MemberHistory[0];
    private MemberReview[] reviews = new MemberReview[0];

    @SuppressWarnings("NullAway.Init") // set up by JMH before any benchmark
    private EvaluationRegime regime;

    /** Makes the data and picks the year's regime. */
    @Setup
    public void setUp() {
        List<Dataset.Review> all = Dataset.memberReviews(scale, Year.of(year));
        histories = new MemberHistory[all.size()];
        reviews = new MemberReview[all.size()];
        for (int i = 0; i < all.size(); i++) {
            histories[i] = all.get(i).history();
            reviews[i] = all.get(i).review();
        }
        regime = ChiboPolicies.central()
                .findForReviewYear(EvaluationRegime.KIND, Year.of(year), List.of(), "benchmark")
                .policy()
                .orElseThrow();
    }

    /** How many members are classified per pass. */
    public int members() {
        return reviews.length;
    }

    /** The domain's classification of every member: their grades ({@code null} when not rated). */
    @Benchmark
    public Grade[] domain() {
        Grade[] grades = new Grade[reviews.length];
        for (int i = 0; i < reviews.length; i++) {
            grades[i] = Classification.rate(histories[i], reviews[i], regime)
                    .gradeIfRated()
                    .orElse(null);
        }
        return grades;
    }

    /** The hand-written classification of every member. */
    @Benchmark
    public Grade[] baseline() {
        Grade[] grades = new Grade[reviews.length];
        for (int i = 0; i < reviews.length; i++) {
            grades[i] = HandClassification.grade(histories[i], reviews[i], regime);
        }
        return grades;
    }
}

package vn.chibo.benchmarks;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.examples.generate.GeneratorSettings;
import vn.chibo.examples.generate.NationalGenerator;

/**
 * The generated national data a benchmark works on, made once per scale in a JVM: every record,
 * each member's history, each year's member reviews as proposed.
 */
final class Dataset {
    /** The seed of every benchmark's data. */
    static final long SEED = 20_250_701L;

    private static final Map<Double, Dataset> MADE = new ConcurrentHashMap<>();

    final NationalGenerator generator;
    final ImmutableList<BulkRecord> records;
    final Map<MemberId, MemberHistory> histories = new HashMap<>();

    private Dataset(double scale) {
        generator = NationalGenerator.of(GeneratorSettings.of(scale, SEED));
        List<BulkRecord> all = new ArrayList<>();
        BulkSource source = generator.source();
        ViolationCollector problems = ViolationCollector.create();
        for (Optional<BulkRecord> r = source.next(problems); r.isPresent(); r = source.next(problems)) {
            all.add(r.get());
            if (r.get() instanceof BulkRecord.Member m) {
                histories.put(m.id(), MemberHistory.of(m.id(), m.facts()));
            }
        }
        records = ImmutableList.copyOf(all);
    }

    /** The data at {@code scale}, made on first use. */
    static Dataset at(double scale) {
        return MADE.computeIfAbsent(scale, Dataset::new);
    }

    /**
     * One member's yearly review as the cell proposed it, with the member's history.
     *
     * @param history the member's history
     * @param review the review
     */
    record Review(MemberHistory history, MemberReview review) {}

    /** The member reviews of {@code year}, in the order generated. */
    List<Review> reviews(Year year) {
        List<Review> out = new ArrayList<>();
        for (BulkRecord r : records) {
            addProposals(r, year, histories, out);
        }
        return out;
    }

    /**
     * The member reviews of {@code year} at {@code scale}, as {@link #reviews(Year)} gives them (same
     * order, equal values), made without keeping the other records when the data at that scale was
     * not made already: one pass over the generator holding the members' histories and the year's
     * proposals only (about a third of the memory of every record), so that the whole country's
     * classification fits in one JVM.
     */
    static List<Review> memberReviews(double scale, Year year) {
        Dataset made = MADE.get(scale);
        if (made != null) {
            return made.reviews(year);
        }
        Streamed last = lastStreamed;
        if (last != null && last.scale() == scale && last.year().equals(year)) {
            return last.reviews();
        }
        List<Review> reviews = streamMemberReviews(scale, year);
        lastStreamed = new Streamed(scale, year, reviews);
        return reviews;
    }

    /**
     * The last reviews {@link #memberReviews} streamed: a whole country's year is made once for the
     * chibo and the hand-written benchmark when both run in one JVM (JMH's {@code -f 0}), and only
     * one year is kept.
     */
    private static volatile @Nullable Streamed lastStreamed;

    private record Streamed(double scale, Year year, List<Review> reviews) {}

    private static List<Review> streamMemberReviews(double scale, Year year) {
        Map<MemberId, MemberHistory> histories = new HashMap<>();
        List<Review> out = new ArrayList<>();
        BulkSource source =
                NationalGenerator.of(GeneratorSettings.of(scale, SEED)).source();
        ViolationCollector problems = ViolationCollector.create();
        for (Optional<BulkRecord> r = source.next(problems); r.isPresent(); r = source.next(problems)) {
            if (r.get() instanceof BulkRecord.Member m) {
                histories.put(m.id(), MemberHistory.of(m.id(), m.facts()));
            } else {
                addProposals(r.get(), year, histories, out);
            }
        }
        return out;
    }

    private static void addProposals(
            BulkRecord record, Year year, Map<MemberId, MemberHistory> histories, List<Review> out) {
        if (record instanceof BulkRecord.Evaluation e
                && e.key().year().equals(year)
                && e.key().subject() instanceof EvaluationSubject.OfMember m) {
            for (EvaluationEntry entry : e.entries()) {
                if (entry instanceof EvaluationEntry.Proposed p && p.review() instanceof MemberReview review) {
                    out.add(new Review(Objects.requireNonNull(histories.get(m.member())), review));
                }
            }
        }
    }

    /**
     * The organisations, then the members, of {@link #records}: what every store's bulk loader
     * keeps (the JDBC one keeps nothing else yet).
     */
    ImmutableList<BulkRecord> organizationsAndMembers() {
        ImmutableList.Builder<BulkRecord> out = ImmutableList.builder();
        records.stream().filter(BulkRecord.Organization.class::isInstance).forEach(out::add);
        records.stream().filter(BulkRecord.Member.class::isInstance).forEach(out::add);
        return out.build();
    }

    /** A chibo on fresh in-memory stores holding every record. */
    Chibo inMemory() {
        Chibo chibo = Chibo.builder().build();
        chibo.bulkLoader().load(NationalGenerator.loader(), BulkSource.of(records), BulkProgress.none());
        return chibo;
    }
}

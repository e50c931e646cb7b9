package vn.chibo.examples.generate;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;

/**
 * The generated records read kind by kind ({@link NationalGenerator#reader}): one pass of the
 * generator per kind, each keeping only its kind, so that memory stays that of one grassroots
 * organisation whatever the scale, at the price of generating {@value #PASSES} times.
 */
final class GeneratedReader implements BulkReader {
    /** The kinds the generator makes, in {@link BulkReader}'s order (it makes no residence histories). */
    static final ImmutableList<Class<? extends BulkRecord>> KINDS = ImmutableList.of(
            BulkRecord.Organization.class,
            BulkRecord.Member.class,
            BulkRecord.Meeting.class,
            BulkRecord.Schedule.class,
            BulkRecord.Evaluation.class);

    /** How many times the records are generated: once per kind. */
    static final int PASSES = 5;

    private final NationalGenerator generator;
    private final NationalGenerator.Listener listener;

    GeneratedReader(NationalGenerator generator, NationalGenerator.Listener listener) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void read(Actor actor, BulkSelection selection, Consumer<? super BulkRecord> sink) {
        Objects.requireNonNull(sink, "sink");
        if (!(actor.scope() instanceof Scope.WholeParty)) {
            throw new OutOfScopeException(actor, "the generated party, read whole");
        }
        if (selection.rootIfAny().isPresent()) {
            throw new IllegalArgumentException("generated data is read whole, not the subtree of " + selection.root()
                    + ": load it and export that");
        }
        for (int pass = 0; pass < PASSES; pass++) {
            Class<? extends BulkRecord> kind = KINDS.get(pass);
            int before = pass;
            BulkSource source = generator.source(
                    (done, total, members) -> listener.unitDone(before * total + done, PASSES * total, members));
            ViolationCollector problems = ViolationCollector.create();
            for (Optional<BulkRecord> r = source.next(problems); r.isPresent(); r = source.next(problems)) {
                if (kind.isInstance(r.get())) {
                    sink.accept(r.get());
                }
            }
            problems.throwIfAny("generated records");
        }
    }
}

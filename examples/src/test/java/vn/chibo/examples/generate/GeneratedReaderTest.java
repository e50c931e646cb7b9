package vn.chibo.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;

/** The generated records read kind by kind, for a snapshot without a database. */
class GeneratedReaderTest {
    private static final NationalGenerator GENERATOR = NationalGenerator.of(GeneratorSettings.of(0.00005, 42));
    private static final BulkSelection WHOLE = BulkSelection.wholeParty(NationalGenerator.lastDay());

    @Test
    void theReaderGivesEveryGeneratedRecordOnceGroupedByKindInTheReadersOrder() {
        List<BulkRecord> streamed = new ArrayList<>();
        BulkSource source = GENERATOR.source();
        ViolationCollector problems = ViolationCollector.create();
        for (Optional<BulkRecord> r = source.next(problems); r.isPresent(); r = source.next(problems)) {
            streamed.add(r.get());
        }
        List<BulkRecord> read = new ArrayList<>();

        GENERATOR.reader().read(NationalGenerator.loader(), WHOLE, read::add);

        List<BulkRecord> expected = new ArrayList<>();
        for (Class<? extends BulkRecord> kind : GeneratedReader.KINDS) {
            streamed.stream().filter(kind::isInstance).forEach(expected::add);
        }
        assertThat(read).hasSize(streamed.size()).containsExactlyElementsOf(expected);
        assertThat(read).hasAtLeastOneElementOfType(BulkRecord.Meeting.class);
        assertThat(read).hasAtLeastOneElementOfType(BulkRecord.Schedule.class);
        assertThat(streamed).noneMatch(BulkRecord.Residence.class::isInstance);
    }

    @Test
    void theListenerCountsTheGrassrootsOrganisationsOfAllFivePassesToTheEnd() {
        List<long[]> told = new ArrayList<>();

        GENERATOR
                .reader((done, total, members) -> told.add(new long[] {done, total}))
                .read(NationalGenerator.loader(), WHOLE, r -> {});

        int grassroots = GENERATOR.plan().grassroots();
        assertThat(told).hasSize(GeneratedReader.PASSES * grassroots);
        assertThat(told.get(0)).containsExactly(1, GeneratedReader.PASSES * grassroots);
        assertThat(told.get(told.size() - 1))
                .containsExactly(GeneratedReader.PASSES * grassroots, GeneratedReader.PASSES * grassroots);
    }

    @Test
    void anActorForASubtreeIsOutOfScopeAndASubtreeSelectionIsRefusedBeforeAnyRecord() {
        List<BulkRecord> read = new ArrayList<>();
        Actor subtree = Actor.forSubtree("cell", GENERATOR.grassroots(0));

        assertThatThrownBy(() -> GENERATOR.reader().read(subtree, WHOLE, read::add))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> GENERATOR
                        .reader()
                        .read(
                                NationalGenerator.loader(),
                                BulkSelection.subtree(GENERATOR.grassroots(0), NationalGenerator.lastDay()),
                                read::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("read whole")
                .hasMessageContaining(GENERATOR.grassroots(0).toString());
        assertThat(read).isEmpty();
    }
}

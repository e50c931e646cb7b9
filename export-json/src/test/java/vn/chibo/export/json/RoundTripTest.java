package vn.chibo.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;

class RoundTripTest {
    private static List<BulkRecord> read(Chibo chibo) {
        List<BulkRecord> out = new ArrayList<>();
        chibo.bulkReader().read(Fixtures.ADMIN, BulkSelection.wholeParty(RandomRecords.AS_OF), out::add);
        return out;
    }

    private static List<BulkRecord> parse(byte[] document) {
        SnapshotSource source = SnapshotSource.of(new ByteArrayInputStream(document), Fixtures.VALIDATOR);
        ViolationCollector problems = ViolationCollector.create();
        List<BulkRecord> out = new ArrayList<>();
        for (Optional<BulkRecord> r = source.next(problems); r.isPresent(); r = source.next(problems)) {
            out.add(r.get());
        }
        assertThat(problems.kept()).isEmpty();
        return out;
    }

    /** The record whole but for its origin, compared by value. */
    static List<Object> content(BulkRecord r) {
        if (r instanceof BulkRecord.Organization o) {
            return List.of("O", o.id(), o.facts());
        } else if (r instanceof BulkRecord.Member m) {
            return List.of("M", m.id(), m.facts());
        } else if (r instanceof BulkRecord.Residence x) {
            return List.of("R", x.member(), x.facts());
        } else if (r instanceof BulkRecord.Meeting m) {
            return List.of("T", m.id(), m.versions());
        } else if (r instanceof BulkRecord.Schedule s) {
            return List.of("S", s.schedule(), s.recorded());
        }
        BulkRecord.Evaluation e = (BulkRecord.Evaluation) r;
        return List.of("E", e.key(), e.entries());
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void exportThenImportThenExportGivesTheSameBytesAndEveryFactBack(@ForAll long seed) {
        List<BulkRecord> records = RandomRecords.of(seed);
        Chibo source = Fixtures.holding(records);
        byte[] first = Fixtures.export(source);

        Chibo copy = Fixtures.chibo();
        ImportReceipt receipt = Fixtures.importInto(copy, first);
        byte[] second = Fixtures.export(copy);

        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        List<List<Object>> parsed =
                parse(first).stream().map(RoundTripTest::content).toList();
        List<List<Object>> stored =
                read(source).stream().map(RoundTripTest::content).toList();
        assertThat(parsed.equals(stored))
                .as("the document holds every stored fact")
                .isTrue();
        assertThat(receipt.stored().records()).isEqualTo(read(source).size());
        SchemaCheck.assertValid(first);
    }

    @Test
    void theSameDataGivesTheSameBytesWhateverTheClockAndTheTimeOnlyWhenAsked() {
        Chibo chibo = Fixtures.holding(RandomRecords.of(7));
        byte[] once = Fixtures.export(chibo);
        byte[] again = Fixtures.export(chibo);

        assertThat(again).isEqualTo(once);
        assertThat(new String(once, StandardCharsets.UTF_8)).contains("\"generatedAt\": null");
        java.io.ByteArrayOutputStream stamped = new java.io.ByteArrayOutputStream();
        ChiboJson.exporter(chibo)
                .withGenerationTime()
                .export(Fixtures.ADMIN, BulkSelection.wholeParty(RandomRecords.AS_OF), stamped);
        assertThat(stamped.toString(StandardCharsets.UTF_8))
                .contains("\"generatedAt\": \"2026-11-28T03:04:05.123456789Z\"");
    }
}

package vn.chibo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.testkit.jvm.ForkedJvm;

/**
 * 100,000 members imported and exported through {@code chibo-export-json} in a JVM of 32 MB, with
 * the same peak live heap at 10,000 and at 100,000 members. Each store runs in its own JVM ({@link
 * JsonHeapProbe}). The H2 file and PostgreSQL stores join the list once {@code JdbcChibo} configures
 * its streaming bulk loader and reader (today it configures the in-memory-staging {@code
 * PortBulkLoader}, which holds a whole load): add them to {@code names} below.
 */
class JsonFlatHeapIT {
    private static final Pattern LINE =
            Pattern.compile("imported=(\\d+) exported=(\\d+) bytes=(\\d+) peakLiveHeap=(\\d+)");
    // The peak is sampled every 250 ms, so it wanders by a few MB; a store or codec that kept
    // records would need tens of MB more at 100,000 members (and fail at -Xmx32m).
    private static final long SLACK = 6L * 1024 * 1024;

    private static long[] probe(JsonHeapProbe.Store store, int members) throws Exception {
        Path dir = Files.createTempDirectory("json-heap-" + store);
        String out = ForkedJvm.run(
                JsonHeapProbe.class,
                List.of("-Xmx32m", "-XX:+UseSerialGC"),
                store.name(),
                Integer.toString(members),
                dir.toString());
        Matcher m = LINE.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return new long[] {
            Long.parseLong(m.group(1)),
            Long.parseLong(m.group(2)),
            Long.parseLong(m.group(3)),
            Long.parseLong(m.group(4))
        };
    }

    @ParameterizedTest
    @EnumSource(
            value = JsonHeapProbe.Store.class,
            names = {"GENERATED"})
    void aHundredThousandMembersImportAndExportInThirtyTwoMegabytesWithAFlatHeap(JsonHeapProbe.Store store)
            throws Exception {
        long[] small = probe(store, 10_000);
        long[] large = probe(store, 100_000);
        System.out.printf(
                "%s: 10,000 members peak live heap %,d bytes (%,d bytes of JSON); 100,000 members %,d bytes (%,d bytes)%n",
                store, small[3], small[2], large[3], large[2]);

        assertThat(small[0]).isEqualTo(10_000);
        assertThat(large[0]).isEqualTo(100_000);
        assertThat(large[1]).isEqualTo(100_000);
        assertThat(large[3]).isLessThanOrEqualTo(small[3] + SLACK);
    }
}

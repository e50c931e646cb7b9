package vn.chibo.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.chibo.testkit.jvm.ForkedJvm;

/**
 * The JSON code holds one record at a time: 100,000 members go out and back in through a pipe in
 * a JVM of 32 MB, and the heap in use at 10,000 and at 100,000 members is the same.
 */
class FlatHeapTest {
    private static final Pattern LINE = Pattern.compile("members=(\\d+) peakLiveHeap=(\\d+)");
    /** What two runs may differ by: collections never give the same figure twice. */
    private static final long SLACK = 2L * 1024 * 1024;

    private static long[] probe(int members) throws IOException, InterruptedException {
        String out = ForkedJvm.run(HeapProbe.class, List.of("-Xmx32m", "-XX:+UseSerialGC"), Integer.toString(members));
        Matcher m = LINE.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    @Test
    void aHundredThousandMembersGoOutAndBackInA32MegabyteHeapThatStaysFlat() throws Exception {
        long started = System.nanoTime();
        long[] small = probe(10_000);
        long between = System.nanoTime();
        long[] large = probe(100_000);
        System.out.printf(
                "flat heap: 10,000 members %,d bytes (%d ms), 100,000 members %,d bytes (%d ms)%n",
                small[1], (between - started) / 1_000_000, large[1], (System.nanoTime() - between) / 1_000_000);

        assertThat(small[0]).isEqualTo(10_000);
        assertThat(large[0]).isEqualTo(100_000);
        assertThat(large[1])
                .as("peak live heap at 100,000 members (%s bytes) against 10,000 (%s bytes)", large[1], small[1])
                .isLessThanOrEqualTo(small[1] + SLACK);
    }
}

package vn.chibo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.Violation;

/** How the program words a refused load: one line, then the first violations when there are more. */
class ChiboCliTest {
    private static BulkLoadRejectedException rejected(int kept, long total) {
        ImmutableList<Violation> violations = IntStream.rangeClosed(1, kept)
                .mapToObj(i -> Violation.of("/members/" + i + "/id", "BULK-EXISTS", "x", "is already\n stored"))
                .collect(ImmutableList.toImmutableList());
        return new BulkLoadRejectedException("bulk load", violations, total);
    }

    @Test
    void oneViolationIsOneLineWithNothingUnderIt() {
        BulkLoadRejectedException one = rejected(1, 1);

        assertThat(ChiboCli.oneLine(one))
                .isEqualTo("refused, nothing stored: 1 violation: /members/1/id: is already stored [BULK-EXISTS]");
        assertThat(ChiboCli.violations(one)).isEmpty();
    }

    @Test
    void manyViolationsAreCountedOnTheLineAndTheFirstTenListedUnderItWithHowManyMore() {
        BulkLoadRejectedException many = rejected(1_000, 2_345);

        assertThat(ChiboCli.oneLine(many))
                .isEqualTo("refused, nothing stored: 2345 violations, the first: /members/1/id: is already stored"
                        + " [BULK-EXISTS]");
        assertThat(ChiboCli.violations(many))
                .hasSize(ChiboCli.VIOLATIONS_LISTED + 1)
                .startsWith("  /members/1/id [BULK-EXISTS]: is already stored")
                .contains("  /members/10/id [BULK-EXISTS]: is already stored")
                .doesNotContain("  /members/11/id [BULK-EXISTS]: is already stored")
                .endsWith("  … 2335 more");
    }

    @Test
    void aFewViolationsAreAllListedWithNothingMore() {
        assertThat(ChiboCli.violations(rejected(2, 2)))
                .containsExactly(
                        "  /members/1/id [BULK-EXISTS]: is already stored",
                        "  /members/2/id [BULK-EXISTS]: is already stored");
    }
}

package vn.chibo.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2025, 6, 30);

    /** Day 0 of the ranges the properties draw, and how many days they count. */
    private static final LocalDate BASE = LocalDate.of(2025, 1, 1);

    private static final int HORIZON = 80;

    private final DateRange firstHalf = DateRange.of(JAN_1, JUL_1);

    @Test
    void containsItsFirstDayAndItsLastDayButNotItsExclusiveEnd() {
        assertThat(firstHalf.contains(JAN_1)).isTrue();
        assertThat(firstHalf.contains(JUN_30)).isTrue();
        assertThat(firstHalf.contains(JUL_1)).isFalse();
        assertThat(firstHalf.contains(JAN_1.minusDays(1))).isFalse();
    }

    @Test
    void anOpenEndedRangeContainsEveryDayFromItsStart() {
        DateRange open = DateRange.startingOn(JUL_1);

        assertThat(open.contains(LocalDate.of(2999, 12, 31))).isTrue();
        assertThat(open.contains(JUN_30)).isFalse();
        assertThat(open.end()).isEmpty();
        assertThat(firstHalf.end()).contains(JUL_1);
    }

    @Test
    void backToBackRangesDoNotOverlapButOneSharedDayDoes() {
        DateRange secondHalf = DateRange.startingOn(JUL_1);
        DateRange fromLastDayOfJune = DateRange.startingOn(JUN_30);

        assertThat(firstHalf.overlaps(secondHalf)).isFalse();
        assertThat(secondHalf.overlaps(firstHalf)).isFalse();
        assertThat(firstHalf.overlaps(fromLastDayOfJune)).isTrue();
        assertThat(fromLastDayOfJune.overlaps(firstHalf)).isTrue();
    }

    @Test
    void twoOpenEndedRangesAlwaysOverlap() {
        assertThat(DateRange.startingOn(JAN_1).overlaps(DateRange.startingOn(LocalDate.of(2090, 1, 1))))
                .isTrue();
    }

    @Test
    void enclosesARangeEndingOnTheSameExclusiveEndButNotOneDayLonger() {
        assertThat(firstHalf.encloses(DateRange.of(JAN_1, JUL_1))).isTrue();
        assertThat(firstHalf.encloses(DateRange.of(LocalDate.of(2025, 3, 1), JUL_1)))
                .isTrue();
        assertThat(firstHalf.encloses(DateRange.of(JAN_1, JUL_1.plusDays(1)))).isFalse();
        assertThat(firstHalf.encloses(DateRange.of(JAN_1.minusDays(1), JUN_30))).isFalse();
    }

    @Test
    void aClosedRangeNeverEnclosesAnOpenOneButAnOpenRangeEnclosesBoth() {
        DateRange open = DateRange.startingOn(JAN_1);

        assertThat(firstHalf.encloses(open)).isFalse();
        assertThat(open.encloses(firstHalf)).isTrue();
        assertThat(open.encloses(DateRange.startingOn(JUL_1))).isTrue();
    }

    @Test
    void endingOnCutsTheRangeAndTheEndMustFollowTheStart() {
        assertThat(DateRange.startingOn(JAN_1).endingOn(JUL_1)).isEqualTo(firstHalf);
        assertThat(firstHalf).hasToString("[2025-01-01, 2025-07-01)");
        assertThat(DateRange.startingOn(JAN_1)).hasToString("[2025-01-01, …)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateRange.of(JAN_1, JAN_1))
                .withMessage("until (2025-01-01) must be after from (2025-01-01)");
    }

    // ---------------------------------------------------------------- properties: DateRange agrees with counting days

    @Property
    void overlapsExactlyWhenSomeDayLiesInBoth(
            @ForAll @IntRange(max = 40) int aFrom,
            @ForAll @IntRange(max = 12) int aLength,
            @ForAll @IntRange(max = 40) int bFrom,
            @ForAll @IntRange(max = 12) int bLength) {
        DateRange a = range(aFrom, aLength);
        DateRange b = range(bFrom, bLength);

        boolean someDayInBoth =
                IntStream.range(0, HORIZON).mapToObj(BASE::plusDays).anyMatch(d -> a.contains(d) && b.contains(d));

        assertThat(a.overlaps(b)).isEqualTo(someDayInBoth);
        assertThat(b.overlaps(a)).isEqualTo(someDayInBoth);
    }

    @Property
    void enclosesExactlyWhenEveryDayOfTheOtherLiesInside(
            @ForAll @IntRange(max = 40) int aFrom,
            @ForAll @IntRange(max = 12) int aLength,
            @ForAll @IntRange(max = 40) int bFrom,
            @ForAll @IntRange(max = 12) int bLength) {
        DateRange a = range(aFrom, aLength);
        DateRange b = range(bFrom, bLength);

        boolean everyDayInside =
                IntStream.range(0, HORIZON).mapToObj(BASE::plusDays).allMatch(d -> !b.contains(d) || a.contains(d));

        assertThat(a.encloses(b)).isEqualTo(everyDayInside);
    }

    /** A length of 0 stands for an open-ended range. */
    private static DateRange range(int from, int length) {
        return length == 0
                ? DateRange.startingOn(BASE.plusDays(from))
                : DateRange.of(BASE.plusDays(from), BASE.plusDays(from + length));
    }
}

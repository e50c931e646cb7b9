package vn.chibo.domain.member.dues;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Violation;

/**
 * A member's dues month by month: immutable, at most one {@link DuesEntry} per month. It totals what
 * was owed and paid in a year and lists the months left unpaid, the input of the removal trigger
 * "does not pay dues for 3 months in a year without good reason" (Charter Art. 8.1; QĐ 01-QĐ/TW
 * 2026): by calendar year by default, over the rolling twelve months as an option ({@link
 * UnpaidCounting}). Whether a reason was good is the cell's to judge; the ledger only counts.
 *
 * <p>A month counts as unpaid as of a date when it has ended by that date (the member had the
 * whole month to pay: March counts as of 31/3, not as of 30/3), owes something, and less than that
 * was paid on or before the date. A month without an entry is not counted: the ledger only knows
 * what it was told. Amounts are sensitive: {@link #toString()} shows none.
 */
public final class DuesLedger {
    /** The rule code of a second entry for a month already in the ledger. */
    public static final String DUPLICATE_MONTH = "DUES-LEDGER-DUPLICATE-MONTH";

    private final MemberId member;
    private final ImmutableSortedMap<YearMonth, DuesEntry> entries;

    private DuesLedger(MemberId member, ImmutableSortedMap<YearMonth, DuesEntry> entries) {
        this.member = member;
        this.entries = entries;
    }

    /** A ledger without entries. */
    public static DuesLedger empty(MemberId member) {
        return new DuesLedger(Objects.requireNonNull(member, "member"), ImmutableSortedMap.of());
    }

    /**
     * A ledger of {@code entries}, in any order.
     *
     * @throws InvalidInputException naming every entry whose month came earlier in the list
     */
    public static DuesLedger of(MemberId member, Iterable<DuesEntry> entries) {
        Objects.requireNonNull(member, "member");
        TreeMap<YearMonth, DuesEntry> byMonth = new TreeMap<>();
        List<Violation> violations = new ArrayList<>();
        int i = 0;
        for (DuesEntry e : entries) {
            if (byMonth.putIfAbsent(e.month(), e) != null) {
                violations.add(Violation.of(
                        "entries[" + i + "].month",
                        DUPLICATE_MONTH,
                        e.month().toString(),
                        Label.of("tháng này đã có trong sổ đảng phí", "the ledger already has this month")));
            }
            i++;
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("Dues ledger", violations);
        }
        return new DuesLedger(member, ImmutableSortedMap.copyOfSorted(byMonth));
    }

    /** A copy with {@code entry} in place of any entry of its month. */
    public DuesLedger with(DuesEntry entry) {
        TreeMap<YearMonth, DuesEntry> byMonth = new TreeMap<>(entries);
        byMonth.put(entry.month(), entry);
        return new DuesLedger(member, ImmutableSortedMap.copyOfSorted(byMonth));
    }

    /** The member. */
    public MemberId member() {
        return member;
    }

    /** Every entry, oldest month first. */
    public ImmutableList<DuesEntry> entries() {
        return entries.values().asList();
    }

    /** The entry of {@code month}, if any. */
    public Optional<DuesEntry> entry(YearMonth month) {
        return Optional.ofNullable(entries.get(month));
    }

    /** What the months of {@code year} owed, in VND. */
    public long totalDue(Year year) {
        return sum(year, DuesEntry::amountDue);
    }

    /** What was paid for the months of {@code year} (whenever it was paid), in VND. */
    public long totalPaid(Year year) {
        return sum(year, DuesEntry::amountPaid);
    }

    /**
     * The months of {@code year} ended by {@code asOf} and left unpaid as of {@code asOf}; oldest
     * first.
     */
    public ImmutableList<YearMonth> unpaidMonths(Year year, LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf);
        YearMonth first = year.atMonth(1);
        YearMonth end = year.atMonth(12);
        return unpaidBetween(first, end.isBefore(last) ? end : last, asOf);
    }

    /**
     * Of the twelve months ending with the month of {@code asOf}, those ended by {@code asOf} and
     * left unpaid as of {@code asOf}; oldest first.
     */
    public ImmutableList<YearMonth> unpaidMonthsInRollingYear(LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf);
        return unpaidBetween(last.minusMonths(11), last, asOf);
    }

    /** The unpaid months as of {@code asOf}, counted as {@code counting} says. */
    public ImmutableList<YearMonth> unpaidMonths(UnpaidCounting counting, LocalDate asOf) {
        return switch (counting) {
            case CALENDAR_YEAR -> unpaidMonths(Year.from(asOf), asOf);
            case ROLLING_TWELVE_MONTHS -> unpaidMonthsInRollingYear(asOf);
        };
    }

    private ImmutableList<YearMonth> unpaidBetween(YearMonth first, YearMonth upTo, LocalDate asOf) {
        YearMonth current = YearMonth.from(asOf);
        YearMonth lastEnded = asOf.equals(current.atEndOfMonth()) ? current : current.minusMonths(1);
        YearMonth last = upTo.isBefore(lastEnded) ? upTo : lastEnded;
        if (last.isBefore(first)) {
            return ImmutableList.of();
        }
        return entries.subMap(first, true, last, true).values().stream()
                .filter(e -> e.unpaidAsOf(asOf))
                .map(DuesEntry::month)
                .collect(ImmutableList.toImmutableList());
    }

    private long sum(Year year, ToLongFunction<DuesEntry> amount) {
        long total = 0;
        for (DuesEntry e :
                entries.subMap(year.atMonth(1), true, year.atMonth(12), true).values()) {
            total = Math.addExact(total, amount.applyAsLong(e));
        }
        return total;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof DuesLedger other && other.member.equals(member) && other.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(member, entries);
    }

    /** The member and the months held, without any amount. */
    @Override
    public String toString() {
        return "DuesLedger{member=" + member
                + ", months="
                + (entries.isEmpty() ? "none" : entries.firstKey() + ".." + entries.lastKey())
                + ", entries=" + entries.size()
                + "}";
    }
}

package vn.chibo.domain.member.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Violation;

class DuesLedgerTest {
    private static final MemberId MEMBER = MemberId.of(new UUID(0, 2));
    private static final long DUE = 30_000;

    private static YearMonth ym(int year, int month) {
        return YearMonth.of(year, month);
    }

    private static DuesEntry paidOnTime(int year, int month) {
        YearMonth m = ym(year, month);
        return DuesEntry.paid(m, DUE, DUE, m.atDay(25), PaymentChannel.NATIONAL_PUBLIC_SERVICE_PORTAL);
    }

    /** 2025 with January, March and the given extra months unpaid, every other month paid on the 25th. */
    private static DuesLedger year2025Unpaid(int... unpaid) {
        DuesLedger ledger = DuesLedger.empty(MEMBER);
        for (int month = 1; month <= 12; month++) {
            ledger = ledger.with(paidOnTime(2025, month));
        }
        for (int month : unpaid) {
            ledger = ledger.with(DuesEntry.unpaid(ym(2025, month), DUE));
        }
        return ledger;
    }

    @Test
    void totalsPerYearCountOnlyThatYearsMonths() {
        DuesLedger ledger = DuesLedger.of(
                MEMBER,
                List.of(
                        paidOnTime(2024, 12),
                        paidOnTime(2025, 1),
                        DuesEntry.unpaid(ym(2025, 2), DUE),
                        DuesEntry.paid(ym(2025, 3), DUE, 50_000, LocalDate.of(2025, 3, 2), PaymentChannel.CELL)));

        assertThat(ledger.totalDue(Year.of(2025))).isEqualTo(90_000);
        assertThat(ledger.totalPaid(Year.of(2025))).isEqualTo(80_000);
        assertThat(ledger.totalDue(Year.of(2024))).isEqualTo(30_000);
        assertThat(ledger.totalPaid(Year.of(2026))).isZero();
    }

    @Test
    void twoUnpaidMonthsInACalendarYearStayTwoAndAThirdMakesThree() {
        LocalDate yearEnd = LocalDate.of(2025, 12, 31);

        assertThat(year2025Unpaid(1, 3).unpaidMonths(Year.of(2025), yearEnd)).containsExactly(ym(2025, 1), ym(2025, 3));
        assertThat(year2025Unpaid(1, 3, 10).unpaidMonths(Year.of(2025), yearEnd))
                .containsExactly(ym(2025, 1), ym(2025, 3), ym(2025, 10));
    }

    @Test
    void monthsAfterTheAsOfDateAreNotCounted() {
        DuesLedger ledger = year2025Unpaid(1, 3, 10);

        assertThat(ledger.unpaidMonths(Year.of(2025), LocalDate.of(2025, 9, 30)))
                .containsExactly(ym(2025, 1), ym(2025, 3));
        assertThat(ledger.unpaidMonths(Year.of(2026), LocalDate.of(2025, 12, 31)))
                .isEmpty();
    }

    @Test
    void aMonthCountsOnlyOnceItHasEndedSinceTheMemberHasTheWholeMonthToPay() {
        DuesLedger ledger = DuesLedger.of(MEMBER, List.of(DuesEntry.unpaid(ym(2026, 3), DUE)));

        assertThat(ledger.unpaidMonths(Year.of(2026), LocalDate.of(2026, 3, 30)))
                .isEmpty();
        assertThat(ledger.unpaidMonthsInRollingYear(LocalDate.of(2026, 3, 30))).isEmpty();
        assertThat(ledger.unpaidMonths(Year.of(2026), LocalDate.of(2026, 3, 31)))
                .containsExactly(ym(2026, 3));
        assertThat(ledger.unpaidMonthsInRollingYear(LocalDate.of(2026, 3, 31))).containsExactly(ym(2026, 3));
    }

    @Test
    void aPaymentMadeAfterTheAsOfDateLeavesTheMonthUnpaidAsOfThatDate() {
        DuesLedger ledger = year2025Unpaid()
                .with(DuesEntry.paid(ym(2025, 2), DUE, DUE, LocalDate.of(2025, 6, 10), PaymentChannel.BANK));

        assertThat(ledger.unpaidMonths(Year.of(2025), LocalDate.of(2025, 5, 31)))
                .containsExactly(ym(2025, 2));
        assertThat(ledger.unpaidMonths(Year.of(2025), LocalDate.of(2025, 6, 30)))
                .isEmpty();
    }

    @Test
    void aPartPaymentLeavesTheMonthUnpaidAndAnOverpaymentDoesNot() {
        DuesLedger ledger = year2025Unpaid()
                .with(DuesEntry.paid(ym(2025, 4), DUE, DUE - 1, LocalDate.of(2025, 4, 25), PaymentChannel.CELL))
                .with(DuesEntry.paid(ym(2025, 5), DUE, DUE + 20_000, LocalDate.of(2025, 5, 25), PaymentChannel.CELL));

        assertThat(ledger.unpaidMonths(Year.of(2025), LocalDate.of(2025, 12, 31)))
                .containsExactly(ym(2025, 4));
    }

    @Test
    void exemptedMonthsOwingNothingNeverCountAsUnpaid() {
        DuesLedger ledger = year2025Unpaid()
                .with(DuesEntry.exempt(ym(2025, 6)))
                .with(DuesEntry.exempt(ym(2025, 7)))
                .with(DuesEntry.exempt(ym(2025, 8)));

        assertThat(ledger.unpaidMonths(Year.of(2025), LocalDate.of(2025, 12, 31)))
                .isEmpty();
        assertThat(ledger.unpaidMonthsInRollingYear(LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void theRollingYearCountsAcrossTheYearBoundaryWhereTheCalendarYearDoesNot() {
        DuesLedger ledger = DuesLedger.of(
                MEMBER,
                List.of(
                        DuesEntry.unpaid(ym(2025, 3), DUE), // outside the rolling year ending 3/2026
                        paidOnTime(2025, 10),
                        DuesEntry.unpaid(ym(2025, 11), DUE),
                        DuesEntry.unpaid(ym(2025, 12), DUE),
                        paidOnTime(2026, 1),
                        DuesEntry.unpaid(ym(2026, 2), DUE),
                        paidOnTime(2026, 3)));
        LocalDate asOf = LocalDate.of(2026, 3, 31);

        assertThat(ledger.unpaidMonthsInRollingYear(asOf)).containsExactly(ym(2025, 11), ym(2025, 12), ym(2026, 2));
        assertThat(ledger.unpaidMonths(Year.of(2026), asOf)).containsExactly(ym(2026, 2));
        assertThat(ledger.unpaidMonths(UnpaidCounting.ROLLING_TWELVE_MONTHS, asOf))
                .hasSize(3);
        assertThat(ledger.unpaidMonths(UnpaidCounting.CALENDAR_YEAR, asOf)).hasSize(1);
    }

    @Test
    void payingOneOfThreeRollingMonthsLeavesTwo() {
        DuesLedger ledger = DuesLedger.of(
                        MEMBER,
                        List.of(
                                DuesEntry.unpaid(ym(2025, 11), DUE),
                                DuesEntry.unpaid(ym(2025, 12), DUE),
                                DuesEntry.unpaid(ym(2026, 2), DUE)))
                .with(DuesEntry.paid(ym(2025, 12), DUE, DUE, LocalDate.of(2026, 1, 5), PaymentChannel.BANK));

        assertThat(ledger.unpaidMonthsInRollingYear(LocalDate.of(2026, 3, 31)))
                .containsExactly(ym(2025, 11), ym(2026, 2));
        assertThat(ledger.unpaidMonthsInRollingYear(LocalDate.of(2026, 10, 31)))
                .containsExactly(ym(2025, 11), ym(2026, 2));
        assertThat(ledger.unpaidMonthsInRollingYear(LocalDate.of(2026, 11, 1))).containsExactly(ym(2026, 2));
    }

    @Test
    void twoEntriesForOneMonthAreRefusedNamingTheSecond() {
        assertThatThrownBy(() -> DuesLedger.of(
                        MEMBER,
                        List.of(
                                DuesEntry.unpaid(ym(2025, 1), DUE),
                                paidOnTime(2025, 2),
                                DuesEntry.unpaid(ym(2025, 1), DUE))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                                .containsExactly(tuple("entries[2].month", DuesLedger.DUPLICATE_MONTH, "2025-01")));
    }

    @Test
    void entriesComeOldestFirstWhateverTheOrderGiven() {
        DuesLedger ledger = DuesLedger.of(MEMBER, List.of(paidOnTime(2025, 3), paidOnTime(2024, 11)));

        assertThat(ledger.entries()).extracting(DuesEntry::month).containsExactly(ym(2024, 11), ym(2025, 3));
        assertThat(ledger.entry(ym(2025, 3))).contains(paidOnTime(2025, 3));
        assertThat(ledger.entry(ym(2025, 4))).isEmpty();
    }

    @Test
    void aPaymentDateGoesWithAPaymentAndOnlyWithOne() {
        assertThatThrownBy(() -> new DuesEntry(ym(2025, 1), DUE, 0, LocalDate.of(2025, 1, 5), null, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DuesEntry(ym(2025, 1), DUE, DUE, null, null, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

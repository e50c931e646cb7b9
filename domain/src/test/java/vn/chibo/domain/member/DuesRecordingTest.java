package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.member.dues.DuesEntry;
import vn.chibo.domain.member.dues.PaymentChannel;
import vn.chibo.domain.organization.OrganizationCommand;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.ReorganizationKind;

/** Recording the dues ledger through the member service, and counting unpaid months from it. */
class DuesRecordingTest {
    private static final Actor ADMIN = Actor.wholeParty("admin");
    private static final OrganizationId WARD = OrganizationId.random();
    private static final OrganizationId CELL = OrganizationId.random();
    private final MemberId member = MemberId.random();
    private Chibo chibo;

    @BeforeEach
    void admitAMemberIn2011() {
        chibo = Chibo.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneOffset.UTC))
                .build();
        chibo.organizations()
                .execute(
                        ADMIN,
                        new OrganizationCommand.Reorganize(
                                UUID.randomUUID(),
                                ReorganizationKind.FOUNDING,
                                LocalDate.of(2010, 1, 1),
                                "QĐ 1",
                                "",
                                List.of(
                                        new OrganizationCommand.Found(
                                                WARD, OrganizationKind.GRASSROOTS_COMMITTEE, "Đảng bộ Phường 5", null),
                                        new OrganizationCommand.Found(
                                                CELL, OrganizationKind.CELL, "Chi bộ Khu phố 3", WARD))));
        // Imported as history from 2011–2012, before the first membership policy (25/7/2016): kept, not judged.
        chibo.members()
                .executeAll(
                        ADMIN,
                        List.of(
                                new MemberCommand.Admit(
                                        member,
                                        MemberProfile.of("Trần Thị Bình", LocalDate.of(1990, 5, 5), Sex.FEMALE),
                                        CELL,
                                        LocalDate.of(2011, 1, 10),
                                        LocalDate.of(2011, 2, 1),
                                        "QĐ 10-QĐ/ĐU",
                                        List.of(),
                                        LocalDate.of(2010, 6, 1),
                                        9,
                                        9,
                                        null,
                                        false,
                                        LocalDate.of(2011, 2, 15),
                                        "import"),
                                new MemberCommand.Recognize(member, LocalDate.of(2012, 2, 20), 9, 9, "import")));
    }

    private void pay(YearMonth month, long due, long paid) {
        DuesEntry entry = paid == 0
                ? DuesEntry.unpaid(month, due)
                : DuesEntry.paid(month, due, paid, month.atDay(25), PaymentChannel.CELL);
        chibo.members().execute(ADMIN, new MemberCommand.RecordDues(member, entry, "sổ đảng phí"));
    }

    @Test
    void threeUnpaidMonthsInAYearAreCountedFromTheLedger() {
        pay(YearMonth.of(2026, 1), 60_000, 60_000);
        pay(YearMonth.of(2026, 2), 60_000, 0);
        pay(YearMonth.of(2026, 3), 60_000, 0);
        pay(YearMonth.of(2026, 4), 60_000, 30_000);

        assertThat(chibo.members().unpaidDues(ADMIN, member, Year.of(2026), LocalDate.of(2026, 3, 31)))
                .containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(chibo.members().unpaidDues(ADMIN, member, Year.of(2026), LocalDate.of(2026, 4, 30)))
                .containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    }

    @Test
    void aLaterRecordForTheSameMonthReplacesTheEarlierOne() {
        pay(YearMonth.of(2026, 2), 60_000, 0);
        pay(YearMonth.of(2026, 2), 60_000, 60_000);

        assertThat(chibo.members().unpaidDues(ADMIN, member, Year.of(2026), LocalDate.of(2026, 12, 31)))
                .isEmpty();
        assertThat(chibo.members()
                        .find(ADMIN, member)
                        .orElseThrow()
                        .duesLedger()
                        .entries())
                .hasSize(1);
    }

    @Test
    void duesForAMonthBeforeTheMemberJoinedAreRefusedAndNothingIsStored() {
        long before = chibo.members().find(ADMIN, member).orElseThrow().version();

        assertThatThrownBy(() -> pay(YearMonth.of(2010, 12), 5_000, 5_000))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "entry.month", MemberPlanner.NOT_MEMBER, "2010-12")));
        assertThat(chibo.members().find(ADMIN, member).orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void theDuesFactNeverShowsTheAmounts() {
        pay(YearMonth.of(2026, 2), 73_457, 73_457);

        String shown = chibo.members().find(ADMIN, member).orElseThrow().facts().toString();
        assertThat(shown).contains("DuesRecorded").doesNotContain("73457").doesNotContain("73,457");
    }
}

package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.member.MemberTestData.KHU_PHO_9;
import static vn.chibo.domain.member.MemberTestData.SPONSOR_A;
import static vn.chibo.domain.member.MemberTestData.SPONSOR_B;
import static vn.chibo.domain.member.MemberTestData.permanentTransfer;
import static vn.chibo.domain.member.MemberTestData.temporaryTransfer;
import static vn.chibo.domain.member.MemberTestData.transfer;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;

/**
 * Transfers (chuyển sinh hoạt đảng), permanent and temporary. {@link MemberTestData#SPONSOR_A} and
 * {@link MemberTestData#SPONSOR_B}, full members of Khu phố 7, are the ones who move.
 */
class TransferTest {
    private static final String QD294_TEMPORARY_SOURCE = "QĐ 294-QĐ/TW (26/5/2025), item 6.3.2 a [SOURCE_SEEN]";

    private final MemberTestData.World world = MemberTestData.world();

    // ---------------------------------------------------------------- temporary: how long

    @Test
    void aTemporaryTransferOf2Months29DaysIsRefusedAndOneOfExactly3MonthsIsAccepted() {
        LocalDate start = LocalDate.of(2026, 3, 1);

        InvalidInputException e =
                world.refused(temporaryTransfer(SPONSOR_A, KHU_PHO_3, start, LocalDate.of(2026, 5, 30)));
        world.run(temporaryTransfer(SPONSOR_A, KHU_PHO_3, start, LocalDate.of(2026, 6, 1)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "until",
                        "MEM-TEMPORARY-TRANSFER",
                        "2 months 29 days",
                        "an absence under 3 months needs no transfer — " + QD294_TEMPORARY_SOURCE));
        assertThat(world.history(SPONSOR_A).temporaryTransferOn(LocalDate.of(2026, 5, 31)))
                .map(MemberFact.Transferred::to)
                .contains(KHU_PHO_3);
    }

    @Test
    void aTemporaryTransferOf11Months30DaysIsAcceptedAndOneOf12MonthsIsRefused() {
        LocalDate start = LocalDate.of(2026, 1, 1);

        InvalidInputException e =
                world.refused(temporaryTransfer(SPONSOR_A, KHU_PHO_3, start, LocalDate.of(2027, 1, 1)));
        world.run(temporaryTransfer(SPONSOR_A, KHU_PHO_3, start, LocalDate.of(2026, 12, 31)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "until",
                        "MEM-TEMPORARY-TRANSFER",
                        "12 months 0 days",
                        "an absence of 12 months or more needs a permanent transfer — " + QD294_TEMPORARY_SOURCE));
        assertThat(world.history(SPONSOR_A).transfers()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TransferKind.TEMPORARY);
            assertThat(t.until()).isEqualTo(LocalDate.of(2026, 12, 31));
        });
    }

    @Test
    void aStudyTransferOf24MonthsIsAcceptedAndOneOf24MonthsAndADayIsRefused() {
        LocalDate start = LocalDate.of(2024, 9, 1);
        String qd24Source = "QĐ 24-QĐ/TW (30/7/2021), item 6.3.2 a [SOURCE_SEEN]";

        InvalidInputException e = world.refused(transfer(
                SPONSOR_A, TransferKind.TEMPORARY, KHU_PHO_3, start, LocalDate.of(2026, 9, 2), start, start, true));
        world.run(transfer(
                SPONSOR_A, TransferKind.TEMPORARY, KHU_PHO_3, start, LocalDate.of(2026, 9, 1), start, start, true));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "until",
                        "MEM-TEMPORARY-TRANSFER",
                        "24 months 1 days",
                        "study over 24 months needs a permanent transfer — " + qd24Source));
        assertThat(world.history(SPONSOR_A).transfers())
                .singleElement()
                .satisfies(t -> assertThat(t.study()).isTrue());
    }

    @Test
    void aTemporaryTransferOf24MonthsNotForStudyIsRefused() {
        LocalDate start = LocalDate.of(2024, 9, 1);

        InvalidInputException e =
                world.refused(temporaryTransfer(SPONSOR_A, KHU_PHO_3, start, LocalDate.of(2026, 9, 1)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("until", "MEM-TEMPORARY-TRANSFER", "24 months 0 days"));
    }

    @Test
    void aTemporaryTransferWithoutItsEndIsRefused() {
        InvalidInputException e = world.refused(transfer(
                SPONSOR_A,
                TransferKind.TEMPORARY,
                KHU_PHO_3,
                LocalDate.of(2026, 3, 2),
                null,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2),
                false));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "until",
                        "MEM-TEMPORARY-TRANSFER",
                        "null",
                        "a temporary transfer needs its end — " + QD294_TEMPORARY_SOURCE));
    }

    @Test
    void overlappingTemporaryTransfersAreRefused() {
        world.run(temporaryTransfer(SPONSOR_A, KHU_PHO_3, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1)));

        InvalidInputException e = world.refused(
                temporaryTransfer(SPONSOR_A, KHU_PHO_3, LocalDate.of(2026, 5, 31), LocalDate.of(2026, 9, 1)));
        world.run(temporaryTransfer(SPONSOR_A, KHU_PHO_3, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "effective",
                        "MEM-OVERLAP",
                        "[2026-05-31, 2026-09-01)",
                        "overlaps the temporary transfer [2026-01-01, 2026-06-01)"));
        assertThat(world.history(SPONSOR_A).transfers()).hasSize(2);
    }

    // ---------------------------------------------------------------- where the member belongs

    @Test
    void duringATemporaryTransferTheHomeCellStaysAndTheActivityCellIsTheHost() {
        world.run(temporaryTransfer(SPONSOR_A, KHU_PHO_3, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)));

        MemberHistory h = world.history(SPONSOR_A);

        assertThat(h.homeCellOn(LocalDate.of(2026, 2, 28))).contains(KHU_PHO_7);
        assertThat(h.activityCellOn(LocalDate.of(2026, 2, 28))).contains(KHU_PHO_7);
        assertThat(h.homeCellOn(LocalDate.of(2026, 3, 1))).contains(KHU_PHO_7);
        assertThat(h.activityCellOn(LocalDate.of(2026, 3, 1))).contains(KHU_PHO_3);
        assertThat(h.activityCellOn(LocalDate.of(2026, 5, 31))).contains(KHU_PHO_3);
        assertThat(h.activityCellOn(LocalDate.of(2026, 6, 1))).contains(KHU_PHO_7);
        assertThat(h.standingOn(LocalDate.of(2026, 4, 15)).isTemporarilyAway()).isTrue();
        assertThat(h.standingOn(LocalDate.of(2026, 6, 1)).isTemporarilyAway()).isFalse();
        assertThat(world.service()
                        .roster(ADMIN, KHU_PHO_3, LocalDate.of(2026, 4, 15))
                        .full())
                .isZero();
        assertThat(world.service()
                        .roster(ADMIN, KHU_PHO_7, LocalDate.of(2026, 4, 15))
                        .full())
                .isEqualTo(2);
    }

    @Test
    void aPermanentTransferMovesTheHomeCellAndTheRoster() {
        LocalDate moved = LocalDate.of(2026, 4, 1);

        world.run(permanentTransfer(SPONSOR_A, KHU_PHO_3, moved));

        MemberHistory h = world.history(SPONSOR_A);
        assertThat(h.homeCellOn(moved.minusDays(1))).contains(KHU_PHO_7);
        assertThat(h.homeCellOn(moved)).contains(KHU_PHO_3);
        assertThat(h.activityCellOn(moved)).contains(KHU_PHO_3);
        assertThat(h.transfers()).singleElement().satisfies(t -> {
            assertThat(t.from()).isEqualTo(KHU_PHO_7);
            assertThat(t.to()).isEqualTo(KHU_PHO_3);
            assertThat(t.until()).isNull();
        });
        assertThat(world.service().roster(ADMIN, KHU_PHO_3, moved.minusDays(1)).full())
                .isZero();
        assertThat(world.service().roster(ADMIN, KHU_PHO_3, moved).full()).isEqualTo(1);
        assertThat(world.service().roster(ADMIN, KHU_PHO_7, moved).full()).isEqualTo(1);
    }

    @Test
    void aTransferToACellDissolvedBeforeTheDateIsRefusedAndTheDayBeforeIsAccepted() {
        InvalidInputException e = world.refused(permanentTransfer(SPONSOR_A, KHU_PHO_9, LocalDate.of(2024, 1, 1)));
        world.run(permanentTransfer(SPONSOR_B, KHU_PHO_9, LocalDate.of(2023, 12, 31)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "to",
                        "MEM-CELL",
                        KHU_PHO_9 + " on 2024-01-01",
                        "the cell does not exist (not yet founded, or dissolved) on 2024-01-01"));
        assertThat(e.getMessage()).contains("to [MEM-CELL] = " + KHU_PHO_9 + " on 2024-01-01");
        assertThat(world.history(SPONSOR_B).homeCellOn(LocalDate.of(2023, 12, 31)))
                .contains(KHU_PHO_9);
    }

    @Test
    void aTransferToTheMembersOwnCellIsRefused() {
        InvalidInputException e = world.refused(permanentTransfer(SPONSOR_A, KHU_PHO_7, LocalDate.of(2026, 4, 1)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::message)
                .containsExactly(tuple("to", "MEM-CELL", "already the member's cell"));
    }

    @Test
    void someoneWhoIsNotAMemberOnTheDayCannotBeTransferred() {
        InvalidInputException e = world.refused(permanentTransfer(SPONSOR_A, KHU_PHO_3, LocalDate.of(2005, 3, 14)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("effective", "MEM-NOT-MEMBER", SPONSOR_A + " on 2005-03-14"));
    }

    @Test
    void aLetterDatedAfterTheStartIsRefused() {
        LocalDate start = LocalDate.of(2026, 4, 1);

        InvalidInputException e = world.refused(
                transfer(SPONSOR_A, TransferKind.PERMANENT, KHU_PHO_3, start, null, start, start.plusDays(1), false));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("letterIssued", "MEM-DATE-ORDER", "2026-04-02"));
    }

    // ---------------------------------------------------------------- deadlines

    @Test
    void aPermanentTransferStartingOnThe60thWorkingDayAfterItsTriggerIsOnTimeAndOnThe61stIsLate() {
        LocalDate trigger = LocalDate.of(2026, 6, 1);
        LocalDate letter = LocalDate.of(2026, 8, 20);

        MemberResult onTime = world.run(transfer(
                SPONSOR_A, TransferKind.PERMANENT, KHU_PHO_3, LocalDate.of(2026, 8, 24), null, trigger, letter, false));
        MemberResult late = world.run(transfer(
                SPONSOR_B, TransferKind.PERMANENT, KHU_PHO_3, LocalDate.of(2026, 8, 25), null, trigger, letter, false));

        assertThat(onTime.findings()).isEmpty();
        assertThat(late.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MEM-TRANSFER-START");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message().en())
                    .isEqualTo("The permanent transfer on 2026-08-25 is later than 60 working days after 2026-06-01"
                            + " (last day 2026-08-24)");
            assertThat(f.source())
                    .isEqualTo(RuleSource.of(
                            "QĐ 294-QĐ/TW (26/5/2025)", "item 6.3.1 a", Confidence.SOURCE_SEEN, "60 working days"));
            assertThat(f.policy()).isEqualTo(PolicyRef.of(MembershipPolicies.qd294()));
        });
        assertThat(world.history(SPONSOR_B).homeCellOn(LocalDate.of(2026, 8, 25)))
                .contains(KHU_PHO_3);
    }

    @Test
    void aLetterPresented31CalendarDaysLaterIsLateUnderQd29ButOnTimeUnderQd24() {
        MemberResult qd29 = world.run(transfer(
                SPONSOR_A,
                TransferKind.PERMANENT,
                KHU_PHO_3,
                LocalDate.of(2019, 4, 1),
                null,
                LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 3, 1),
                false));
        MemberResult qd24 = world.run(transfer(
                SPONSOR_B,
                TransferKind.PERMANENT,
                KHU_PHO_3,
                LocalDate.of(2022, 4, 1),
                null,
                LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 3, 1),
                false));

        assertThat(qd29.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MEM-TRANSFER-LETTER");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message().en()).isEqualTo("Introduction letter presented after 30 days (2019-04-01)");
            assertThat(f.source())
                    .isEqualTo(RuleSource.of(
                            "QĐ 29-QĐ/TW",
                            "item 6.3",
                            Confidence.RECALLED,
                            "30 days from the introduction letter; one older source, calendar days (rules-2.md §D3)"));
            assertThat(f.policy()).isEqualTo(PolicyRef.of(MembershipPolicies.qd29()));
        });
        assertThat(qd24.findings()).isEmpty();
    }

    @Test
    void underQd29ALetterPresented30CalendarDaysLaterIsOnTime() {
        MemberResult result = world.run(transfer(
                SPONSOR_A,
                TransferKind.PERMANENT,
                KHU_PHO_3,
                LocalDate.of(2019, 3, 31),
                null,
                LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 3, 1),
                false));

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void underQd24ALetterPresentedOnThe30thWorkingDayIsOnTimeAndOnThe31stIsLate() {
        LocalDate letter = LocalDate.of(2022, 3, 1);

        MemberResult onTime = world.run(transfer(
                SPONSOR_A, TransferKind.PERMANENT, KHU_PHO_3, LocalDate.of(2022, 4, 13), null, letter, letter, false));
        MemberResult late = world.run(transfer(
                SPONSOR_B, TransferKind.PERMANENT, KHU_PHO_3, LocalDate.of(2022, 4, 14), null, letter, letter, false));

        assertThat(onTime.findings()).isEmpty();
        assertThat(late.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MEM-TRANSFER-LETTER");
            assertThat(f.message().en())
                    .isEqualTo("Presenting the introduction letter on 2022-04-14 is later than 30 working days after"
                            + " 2022-03-01 (last day 2022-04-13)");
            assertThat(f.source())
                    .isEqualTo(RuleSource.of(
                            "QĐ 24-QĐ/TW (30/7/2021)",
                            "item 6.3.1 c",
                            Confidence.SOURCE_SEEN,
                            "within 30 working days of the introduction letter (rules-2.md §D3)"));
        });
    }

    // ---------------------------------------------------------------- before any policy

    @Test
    void aTemporaryTransferWithoutItsEndIsRefusedEvenBeforeAnyPolicy() {
        LocalDate start = LocalDate.of(2010, 3, 1);

        InvalidInputException e =
                world.refused(transfer(SPONSOR_A, TransferKind.TEMPORARY, KHU_PHO_3, start, null, start, start, false));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(
                        tuple("until", "MEM-TEMPORARY-TRANSFER", "null", "a temporary transfer needs its end"));
    }

    @Test
    void aPermanentTransferWithAnEndIsRefusedEvenBeforeAnyPolicy() {
        LocalDate start = LocalDate.of(2010, 3, 1);

        InvalidInputException e = world.refused(transfer(
                SPONSOR_A, TransferKind.PERMANENT, KHU_PHO_3, start, LocalDate.of(2010, 9, 1), start, start, false));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(
                        tuple("until", "MEM-TEMPORARY-TRANSFER", "2010-09-01", "a permanent transfer has no end"));
    }

    @Test
    void aTemporaryTransferEndingOnItsFirstDayIsRefusedEvenBeforeAnyPolicy() {
        LocalDate start = LocalDate.of(2010, 3, 1);

        InvalidInputException e = world.refused(temporaryTransfer(SPONSOR_A, KHU_PHO_3, start, start));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple("until", "MEM-DATE-ORDER", "2010-03-01", "the end must be after the start"));
    }

    @Test
    void aTransferBeforeAnyPolicyIsRecordedWithANoPolicyFinding() {
        LocalDate start = LocalDate.of(2010, 3, 1);

        MemberResult result = world.run(temporaryTransfer(SPONSOR_A, KHU_PHO_3, start, LocalDate.of(2010, 4, 1)));

        assertThat(result.findings()).extracting(f -> f.code()).containsExactly("NO_POLICY");
        assertThat(world.history(SPONSOR_A).activityCellOn(LocalDate.of(2010, 3, 15)))
                .contains(KHU_PHO_3);
    }
}

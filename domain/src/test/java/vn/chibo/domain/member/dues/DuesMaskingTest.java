package vn.chibo.domain.member.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Masking;
import vn.chibo.domain.common.MemberId;

class DuesMaskingTest {
    private static final MemberId MEMBER = MemberId.of(new UUID(0, 3));
    private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

    private static DuesBasis salaried() {
        return DuesBasis.builder()
                .member(MEMBER)
                .month(MARCH_2026)
                .category(DuesCategory.COMPULSORY_SOCIAL_INSURANCE)
                .basisAmount(7_345_678)
                .partyAgeYears(12)
                .build();
    }

    @Test
    void theBasisHidesTheSalaryAndTheExemptionGrounds() {
        DuesBasis basis = DuesBasis.builder()
                .from(salaried())
                .addExemptionGrounds(ExemptionGround.SERIOUS_ILLNESS)
                .build();

        assertThat(basis.toString())
                .contains("basisAmount=" + Masking.MASK, "exemptionGrounds=" + Masking.MASK)
                .doesNotContain("7345678", "7,345,678", "7.345.678", "SERIOUS_ILLNESS");
    }

    @Test
    void theAssessmentAndItsComputationHideTheAmountAndTheSalary() {
        DuesAssessment a = DuesCalculator.assess(
                salaried(),
                DuesPolicies.registerCentral(vn.chibo.domain.rule.PolicyRegistry.builder())
                        .build());
        assertThat(a.amountDue()).hasValue(73_457);

        assertThat(a.toString()).contains("amountDue=" + Masking.MASK).doesNotContain("73457", "7345678");
        assertThat(a.computation().orElseThrow().toString())
                .contains("amountDue=" + Masking.MASK, "basisAmount=" + Masking.MASK)
                .doesNotContain("73457", "7345678");
    }

    @Test
    void anExemptionAndAHardshipDecisionHideWhatTheyReveal() {
        assertThat(new DuesRelief.Exemption(ExemptionGround.POOR_OR_NEAR_POOR_HOUSEHOLD).toString())
                .doesNotContain("POOR");
        assertThat(HardshipDecision.reduction(70, MARCH_2026, MARCH_2026).toString())
                .contains("2026-03", Masking.MASK)
                .doesNotContain("70");
    }

    @Test
    void aLedgerEntryHidesTheAmountsAndTheNote() {
        DuesEntry entry = DuesEntry.paid(MARCH_2026, 73_457, 80_000, LocalDate.of(2026, 3, 25), PaymentChannel.BANK)
                .withNote("receipt 918273");

        assertThat(entry.toString()).contains("2026-03", "BANK").doesNotContain("73457", "80000", "918273");
    }

    @Test
    void theLedgerShowsNoAmount() {
        DuesLedger ledger = DuesLedger.of(
                MEMBER, List.of(DuesEntry.unpaid(YearMonth.of(2026, 2), 64_321), DuesEntry.unpaid(MARCH_2026, 73_457)));

        assertThat(ledger.toString()).contains("2026-02..2026-03", "entries=2").doesNotContain("64321", "73457");
    }

    @Test
    void aRefusalDoesNotPrintTheSalary() {
        DuesBasis wrongCategory = DuesBasis.builder()
                .from(salaried())
                .category(DuesCategory.STATE_SALARIED)
                .build();
        try {
            DuesPolicies.qd01of2026().assess(wrongCategory);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).contains("STATE_SALARIED").doesNotContain("7345678");
            return;
        }
        throw new AssertionError("expected a refusal");
    }
}

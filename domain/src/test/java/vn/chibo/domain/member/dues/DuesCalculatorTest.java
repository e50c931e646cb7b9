package vn.chibo.domain.member.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.Severity;

class DuesCalculatorTest {
    static final MemberId MEMBER = MemberId.of(new UUID(0, 1));
    static final PolicyRegistry CENTRAL =
            DuesPolicies.registerCentral(PolicyRegistry.builder()).build();

    /** A month under QĐ 342. */
    static final YearMonth JUNE_2025 = YearMonth.of(2025, 6);
    /** A month under QĐ 01. */
    static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

    static DuesBasis.Builder basis(YearMonth month, DuesCategory category) {
        DuesBasis.Builder b = DuesBasis.builder();
        b.member(MEMBER).month(month).category(category).partyAgeYears(10);
        return b;
    }

    static long due(DuesBasis basis) {
        return DuesCalculator.assess(basis, CENTRAL).amountDue().orElseThrow();
    }

    static InvalidInputException refused(DuesBasis basis) {
        try {
            DuesCalculator.assess(basis, CENTRAL);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected the basis to be refused: " + basis);
    }

    // ------------------------------------------------------------- QĐ 342 with HD 03/2016

    @Test
    void underQd342AStateSalariedMemberPaysOnePercentOfSalaryAndAllowances() {
        assertThat(due(basis(JUNE_2025, DuesCategory.STATE_SALARIED)
                        .basisAmount(8_500_000)
                        .build()))
                .isEqualTo(85_000);
    }

    @Test
    void underQd342AnEnterpriseEmployeePaysOnePercentOfThePayrollSalary() {
        assertThat(due(basis(JUNE_2025, DuesCategory.ENTERPRISE_OR_PUBLIC_UNIT)
                        .basisAmount(12_345_600)
                        .build()))
                .isEqualTo(123_456);
    }

    @Test
    void underQd342APensionerPaysHalfAPercentOfThePensionRoundedHalfUp() {
        // 0.5% of 4,321,990 is 21,609.95
        assertThat(due(basis(JUNE_2025, DuesCategory.PENSIONER)
                        .basisAmount(4_321_990)
                        .build()))
                .isEqualTo(21_610);
    }

    @ParameterizedTest(name = "{0}: {1} VND, past working age {2} VND")
    @CsvSource({
        "CENTRAL_CITY_INNER_DISTRICT, 10000, 5000",
        "URBAN_CLASS_I_TO_III, 8000, 4000",
        "REGION_III, 4000, 2000",
        "ELSEWHERE, 6000, 3000"
    })
    void underQd342OtherMembersPayTheHd03AmountOfTheirAreaAndHalfOfItPastWorkingAge(
            DuesArea area, long amount, long pastWorkingAge) {
        assertThat(due(basis(JUNE_2025, DuesCategory.OTHER).area(area).build())).isEqualTo(amount);
        assertThat(due(basis(JUNE_2025, DuesCategory.OTHER)
                        .area(area)
                        .pastWorkingAge(true)
                        .build()))
                .isEqualTo(pastWorkingAge);
    }

    @Test
    void underQd342APupilPaysTheFixedAmountOfTheAreaLikeOtherMembers() {
        assertThat(due(basis(JUNE_2025, DuesCategory.PUPIL_OR_STUDENT)
                        .area(DuesArea.REGION_III)
                        .build()))
                .isEqualTo(4_000);
    }

    @Test
    void thePastWorkingAgeShareIsRecordedWithItsSource() {
        DuesComputation c = DuesCalculator.assess(
                        basis(JUNE_2025, DuesCategory.OTHER)
                                .area(DuesArea.ELSEWHERE)
                                .pastWorkingAge(true)
                                .build(),
                        CENTRAL)
                .computation()
                .orElseThrow();
        assertThat(c.factorPercent()).isEqualTo(50);
        assertThat(c.area()).contains(DuesArea.ELSEWHERE);
        assertThat(c.factorSource()).contains(DuesPolicies.qd342().sourceOf(DuesPolicy.PAST_WORKING_AGE));
    }

    // ------------------------------------------------------------- QĐ 01-QĐ/TW 2026

    @Test
    void underQd01ACompulsoryInsuranceMemberPaysOnePercentOfTheBaseRoundedHalfUpToTheDong() {
        // 1% of 7,345,678 is 73,456.78
        assertThat(due(basis(MARCH_2026, DuesCategory.COMPULSORY_SOCIAL_INSURANCE)
                        .basisAmount(7_345_678)
                        .build()))
                .isEqualTo(73_457);
    }

    @Test
    void underQd01AMemberOnSickLeavePaysOnePercentOfTheBenefit() {
        // 1% of 5,200,050 is 52,000.5
        assertThat(due(basis(MARCH_2026, DuesCategory.SOCIAL_INSURANCE_LEAVE)
                        .basisAmount(5_200_050)
                        .build()))
                .isEqualTo(52_001);
    }

    @Test
    void underQd01APensionerPaysHalfAPercentOfThePension() {
        assertThat(due(basis(MARCH_2026, DuesCategory.PENSIONER)
                        .basisAmount(6_000_000)
                        .build()))
                .isEqualTo(30_000);
    }

    @Test
    void underQd01APupilOrStudentPaysFiveThousandWhateverTheArea() {
        assertThat(due(basis(MARCH_2026, DuesCategory.PUPIL_OR_STUDENT).build()))
                .isEqualTo(5_000);
        assertThat(due(basis(MARCH_2026, DuesCategory.PUPIL_OR_STUDENT)
                        .area(DuesArea.CENTRAL_CITY_INNER_DISTRICT)
                        .build()))
                .isEqualTo(5_000);
    }

    @Test
    void underQd01AnOtherMemberPaysTheCarriedOverAreaAmountByDefaultMarkedAsAnOpenQuestion() {
        DuesAssessment a = DuesCalculator.assess(
                basis(MARCH_2026, DuesCategory.OTHER)
                        .area(DuesArea.CENTRAL_CITY_INNER_DISTRICT)
                        .build(),
                CENTRAL);
        assertThat(a.amountDue()).hasValue(10_000);
        assertThat(a.source().orElseThrow().confidence()).isEqualTo(Confidence.OPEN_QUESTION);
        assertThat(due(basis(MARCH_2026, DuesCategory.OTHER)
                        .area(DuesArea.CENTRAL_CITY_INNER_DISTRICT)
                        .pastWorkingAge(true)
                        .build()))
                .isEqualTo(5_000);
    }

    // ------------------------------------------------------------- which policy

    @Test
    void aPupilPaysTheAreaAmountForJanuary2026AndFiveThousandForFebruary2026() {
        DuesAssessment january = DuesCalculator.assess(
                basis(YearMonth.of(2026, 1), DuesCategory.PUPIL_OR_STUDENT)
                        .area(DuesArea.ELSEWHERE)
                        .build(),
                CENTRAL);
        DuesAssessment february = DuesCalculator.assess(
                basis(YearMonth.of(2026, 2), DuesCategory.PUPIL_OR_STUDENT)
                        .area(DuesArea.ELSEWHERE)
                        .build(),
                CENTRAL);

        assertThat(january.amountDue()).hasValue(6_000);
        assertThat(january.policy().orElseThrow().id()).isEqualTo("member.dues/QĐ342-2010");
        assertThat(february.amountDue()).hasValue(5_000);
        assertThat(february.policy().orElseThrow().id()).isEqualTo("member.dues/QĐ01-2026");
    }

    @Test
    void aMonthBeforeQd342GivesANoPolicyFindingAndNoAmount() {
        DuesAssessment a = DuesCalculator.assess(
                basis(YearMonth.of(2011, 3), DuesCategory.STATE_SALARIED)
                        .basisAmount(3_000_000)
                        .build(),
                CENTRAL);

        assertThat(a.judged()).isFalse();
        assertThat(a.amountDue()).isEmpty();
        assertThat(a.policy()).isEmpty();
        assertThat(a.findings()).extracting(Finding::code).containsExactly(Finding.NO_POLICY);
    }

    @Test
    void theAssessmentRecordsThePolicyAndTheFingerprintOfItsParameters() {
        DuesPolicy qd01 = DuesPolicies.qd01of2026();
        DuesAssessment a = DuesCalculator.assess(
                basis(MARCH_2026, DuesCategory.PENSIONER).basisAmount(6_000_000).build(), CENTRAL);

        assertThat(a.policy()).contains(new PolicyRef("member.dues/QĐ01-2026", qd01.fingerprint()));
        assertThat(a.computation().orElseThrow().policy()).isEqualTo(a.policy().orElseThrow());
        assertThat(a.source()).contains(qd01.sourceOf(DuesCategory.PENSIONER));
    }

    @Test
    void aProvinceOverlayAppliesInItsSubtreeAndIsToldApartByItsFingerprint() {
        OrganizationId province = OrganizationId.of(new UUID(1, 1));
        OrganizationId cell = OrganizationId.of(new UUID(1, 2));
        DuesPolicy qd01 = DuesPolicies.qd01of2026();
        Map<DuesCategory, DuesRate> rates = new EnumMap<>(qd01.rates());
        rates.put(DuesCategory.PUPIL_OR_STUDENT, DuesRate.flat(6_000));
        DuesPolicy overlay = DuesPolicy.builder()
                .from(qd01)
                .id("member.dues/QĐ01-2026/province")
                .rates(rates)
                .build();
        PolicyRegistry registry = DuesPolicies.registerCentral(PolicyRegistry.builder())
                .overlay(DuesPolicy.KIND, overlay, Applicability.from(DuesPolicies.QD01_2026_FROM), province)
                .build();
        DuesBasis pupil = basis(MARCH_2026, DuesCategory.PUPIL_OR_STUDENT).build();

        DuesAssessment inProvince = DuesCalculator.assess(pupil, registry, List.of(province, cell));
        DuesAssessment central = DuesCalculator.assess(pupil, registry);

        assertThat(inProvince.amountDue()).hasValue(6_000);
        assertThat(inProvince.policy()).contains(PolicyRef.of(overlay));
        assertThat(central.amountDue()).hasValue(5_000);
        assertThat(inProvince.policy().orElseThrow().fingerprint())
                .isNotEqualTo(central.policy().orElseThrow().fingerprint());
    }

    @Test
    void aCategoryOfOneRegulationIsRefusedInAMonthOfTheOther() {
        InvalidInputException underQd01 = refused(basis(MARCH_2026, DuesCategory.STATE_SALARIED)
                .basisAmount(8_000_000)
                .build());
        InvalidInputException underQd342 = refused(basis(JUNE_2025, DuesCategory.COMPULSORY_SOCIAL_INSURANCE)
                .basisAmount(8_000_000)
                .build());

        assertThat(underQd01.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("category", DuesPolicy.CATEGORY, "STATE_SALARIED"));
        assertThat(underQd342.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("category", DuesPolicy.CATEGORY, "COMPULSORY_SOCIAL_INSURANCE"));
    }

    @Test
    void aShareWithoutItsBasisAmountAndAFixedAmountWithoutItsAreaAreRefused() {
        assertThat(refused(basis(MARCH_2026, DuesCategory.PENSIONER).build()).violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("basisAmount", DuesPolicy.BASIS_REQUIRED));
        assertThat(refused(basis(JUNE_2025, DuesCategory.OTHER).build()).violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("area", DuesPolicy.AREA_REQUIRED));
    }

    // ------------------------------------------------------------- rounding

    @Test
    void roundingIsAPolicyParameterHalfUpByDefault() {
        // 1% of 1,234,450 is 12,344.5
        DuesBasis basis = basis(MARCH_2026, DuesCategory.COMPULSORY_SOCIAL_INSURANCE)
                .basisAmount(1_234_450)
                .build();
        DuesPolicy central = DuesPolicies.qd01of2026();

        assertThat(central.assess(basis).amountDue()).hasValue(12_345);
        assertThat(withRounding(central, RoundingMode.HALF_EVEN, 1)
                        .assess(basis)
                        .amountDue())
                .hasValue(12_344);
        assertThat(withRounding(central, RoundingMode.DOWN, 1).assess(basis).amountDue())
                .hasValue(12_344);
    }

    @Test
    void roundingDownTruncatesOnePercentOf7345678To73456() {
        DuesBasis basis = basis(MARCH_2026, DuesCategory.COMPULSORY_SOCIAL_INSURANCE)
                .basisAmount(7_345_678)
                .build();
        assertThat(withRounding(DuesPolicies.qd01of2026(), RoundingMode.DOWN, 1)
                        .assess(basis)
                        .amountDue())
                .hasValue(73_456);
    }

    @Test
    void aRoundingUnitOfAThousandRoundsToWholeThousands() {
        DuesPolicy thousands = withRounding(DuesPolicies.qd01of2026(), RoundingMode.HALF_UP, 1_000);
        assertThat(thousands
                        .assess(basis(MARCH_2026, DuesCategory.COMPULSORY_SOCIAL_INSURANCE)
                                .basisAmount(7_345_678)
                                .build())
                        .amountDue())
                .hasValue(73_000);
        assertThat(thousands
                        .assess(basis(MARCH_2026, DuesCategory.COMPULSORY_SOCIAL_INSURANCE)
                                .basisAmount(7_350_000)
                                .build())
                        .amountDue())
                .hasValue(74_000);
    }

    @Test
    void aReductionIsRoundedOnceOnTheExactAmountNotOnARoundedOne() {
        // 1% of 7,345,650 is 73,456.5 (73,457 rounded); half of it is 36,728.25, so 36,728 and not 36,729
        DuesAssessment a = DuesCalculator.assess(
                basis(MARCH_2026, DuesCategory.COMPULSORY_SOCIAL_INSURANCE)
                        .basisAmount(7_345_650)
                        .hardshipDecision(HardshipDecision.reduction(50, MARCH_2026, MARCH_2026))
                        .build(),
                CENTRAL);
        DuesComputation c = a.computation().orElseThrow();

        assertThat(c.amountBeforeRelief()).isEqualTo(73_457);
        assertThat(c.amountDue()).isEqualTo(36_728);
        assertThat(c.reductionPercent()).isEqualTo(50);
    }

    private static DuesPolicy withRounding(DuesPolicy policy, RoundingMode mode, long unit) {
        return DuesPolicy.builder()
                .from(policy)
                .roundingMode(mode)
                .roundingUnit(unit)
                .build();
    }

    // ------------------------------------------------------------- statutory exemptions

    @Test
    void underQd01A49YearPartyAgeDoesNotExemptEvenWhenClaimed() {
        DuesAssessment a = DuesCalculator.assess(
                basis(MARCH_2026, DuesCategory.PENSIONER)
                        .basisAmount(6_000_000)
                        .partyAgeYears(49)
                        .addExemptionGrounds(ExemptionGround.LONG_PARTY_AGE)
                        .build(),
                CENTRAL);

        assertThat(a.amountDue()).hasValue(30_000);
        assertThat(a.computation().orElseThrow().relief()).isEmpty();
        assertThat(a.findings(DuesPolicy.EXEMPTION_NOT_APPLIED))
                .extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
    }

    @Test
    void underQd01A50YearPartyAgeExemptsOnApplication() {
        DuesAssessment a = DuesCalculator.assess(
                basis(MARCH_2026, DuesCategory.PENSIONER)
                        .basisAmount(6_000_000)
                        .partyAgeYears(50)
                        .addExemptionGrounds(ExemptionGround.LONG_PARTY_AGE)
                        .build(),
                CENTRAL);
        DuesComputation c = a.computation().orElseThrow();

        assertThat(a.amountDue()).hasValue(0);
        assertThat(c.amountBeforeRelief()).isEqualTo(30_000);
        assertThat(c.relief()).contains(new DuesRelief.Exemption(ExemptionGround.LONG_PARTY_AGE));
        assertThat(c.reliefSource().orElseThrow().article()).isEqualTo("Điều 5");
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void underQd01A50YearPartyAgeWithoutApplicationStillPaysAndIsToldOfTheExemption() {
        DuesAssessment a = DuesCalculator.assess(
                basis(MARCH_2026, DuesCategory.PENSIONER)
                        .basisAmount(6_000_000)
                        .partyAgeYears(50)
                        .build(),
                CENTRAL);

        assertThat(a.amountDue()).hasValue(30_000);
        assertThat(a.findings(DuesPolicy.EXEMPTION_AVAILABLE))
                .extracting(Finding::severity)
                .containsExactly(Severity.INFO);
    }

    @Test
    void underQd342EvenFiftyFiveYearsOfPartyAgeExemptsNothing() {
        DuesAssessment a = DuesCalculator.assess(
                basis(JUNE_2025, DuesCategory.PENSIONER)
                        .basisAmount(6_000_000)
                        .partyAgeYears(55)
                        .addExemptionGrounds(ExemptionGround.LONG_PARTY_AGE)
                        .build(),
                CENTRAL);

        assertThat(a.amountDue()).hasValue(30_000);
        assertThat(a.findings()).extracting(Finding::code).containsExactly(DuesPolicy.EXEMPTION_NOT_APPLIED);
    }

    @ParameterizedTest
    @EnumSource(
            value = ExemptionGround.class,
            names = {"SOCIAL_PENSION", "POOR_OR_NEAR_POOR_HOUSEHOLD", "SERIOUS_ILLNESS"})
    void underQd01TheOtherStatutoryGroundsExemptWhateverThePartyAge(ExemptionGround ground) {
        DuesAssessment a = DuesCalculator.assess(
                basis(MARCH_2026, DuesCategory.OTHER)
                        .area(DuesArea.ELSEWHERE)
                        .partyAgeYears(3)
                        .addExemptionGrounds(ground)
                        .build(),
                CENTRAL);

        assertThat(a.amountDue()).hasValue(0);
        assertThat(a.computation().orElseThrow().relief()).contains(new DuesRelief.Exemption(ground));
    }

    // ------------------------------------------------------------- hardship decisions

    @ParameterizedTest(name = "{0}% off 30,000 leaves {1}")
    @CsvSource({"30, 21000", "50, 15000", "70, 9000", "100, 0"})
    void underQd01AHardshipDecisionReducesBy30Or50Or70PercentOrExempts(int percent, long expected) {
        DuesAssessment a = DuesCalculator.assess(
                basis(MARCH_2026, DuesCategory.PENSIONER)
                        .basisAmount(6_000_000)
                        .hardshipDecision(new HardshipDecision(YearMonth.of(2026, 2), YearMonth.of(2026, 7), percent))
                        .build(),
                CENTRAL);

        assertThat(a.amountDue()).hasValue(expected);
        assertThat(a.computation().orElseThrow().reliefSource())
                .contains(DuesPolicies.qd01of2026().sourceOf(DuesPolicy.HARDSHIP));
    }

    @Test
    void aReductionOf40PercentIsRefusedNamingTheFieldTheValueAndTheRule() {
        InvalidInputException e = refused(basis(MARCH_2026, DuesCategory.PENSIONER)
                .basisAmount(6_000_000)
                .hardshipDecision(HardshipDecision.reduction(40, MARCH_2026, MARCH_2026))
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("hardshipDecision.reductionPercent", DuesPolicy.HARDSHIP_PERCENT, "40"));
        assertThat(e.getMessage()).contains("[30%, 50%, 70%]", "QĐ 01-QĐ/TW (03/02/2026), Điều 5");
    }

    @Test
    void aDecisionOf12MonthsIsAcceptedAndOneOf13MonthsRefused() {
        HardshipDecision twelve = HardshipDecision.reduction(50, YearMonth.of(2026, 2), YearMonth.of(2027, 1));
        HardshipDecision thirteen = HardshipDecision.reduction(50, YearMonth.of(2026, 2), YearMonth.of(2027, 2));

        assertThat(twelve.months()).isEqualTo(12);
        assertThat(due(basis(MARCH_2026, DuesCategory.PENSIONER)
                        .basisAmount(6_000_000)
                        .hardshipDecision(twelve)
                        .build()))
                .isEqualTo(15_000);
        assertThat(refused(basis(MARCH_2026, DuesCategory.PENSIONER)
                                .basisAmount(6_000_000)
                                .hardshipDecision(thirteen)
                                .build())
                        .violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(
                        tuple("hardshipDecision.months", DuesPolicy.HARDSHIP_MAX_MONTHS, "13 (2026-02 to 2027-02)"));
    }

    @Test
    void aWrongShareAndAnOverlongDecisionAreReportedTogether() {
        InvalidInputException e = refused(basis(MARCH_2026, DuesCategory.PENSIONER)
                .basisAmount(6_000_000)
                .hardshipDecision(HardshipDecision.reduction(40, YearMonth.of(2026, 2), YearMonth.of(2027, 6)))
                .build());

        assertThat(e.violations())
                .extracting(Violation::rule)
                .containsExactly(DuesPolicy.HARDSHIP_PERCENT, DuesPolicy.HARDSHIP_MAX_MONTHS);
    }

    @Test
    void aHardshipDecisionLowersOnlyTheMonthsItCovers() {
        DuesBasis.Builder b = basis(MARCH_2026, DuesCategory.PENSIONER)
                .basisAmount(6_000_000)
                .hardshipDecision(HardshipDecision.exemption(YearMonth.of(2026, 5), YearMonth.of(2026, 6)));

        assertThat(due(b.build())).isEqualTo(30_000);
        assertThat(due(b.month(YearMonth.of(2026, 5)).build())).isEqualTo(0);
    }

    @Test
    void underQd342AHardshipDecisionIsRefusedSinceNoReliefRuleIsEncoded() {
        InvalidInputException e = refused(basis(JUNE_2025, DuesCategory.PENSIONER)
                .basisAmount(6_000_000)
                .hardshipDecision(HardshipDecision.exemption(JUNE_2025, JUNE_2025))
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("hardshipDecision.reductionPercent", DuesPolicy.HARDSHIP_PERCENT));
    }

    @Test
    void aStatutoryExemptionPrevailsOverAHardshipReduction() {
        DuesAssessment a = DuesCalculator.assess(
                basis(MARCH_2026, DuesCategory.PENSIONER)
                        .basisAmount(6_000_000)
                        .addExemptionGrounds(ExemptionGround.SOCIAL_PENSION)
                        .hardshipDecision(HardshipDecision.reduction(30, MARCH_2026, MARCH_2026))
                        .build(),
                CENTRAL);

        assertThat(a.amountDue()).hasValue(0);
        assertThat(a.computation().orElseThrow().relief())
                .contains(new DuesRelief.Exemption(ExemptionGround.SOCIAL_PENSION));
    }
}

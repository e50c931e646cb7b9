package vn.chibo.domain.member.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRegistry;

class DuesPoliciesTest {
    private static final PolicyRegistry CENTRAL =
            DuesPolicies.registerCentral(PolicyRegistry.builder()).build();

    private static String idOn(LocalDate day) {
        return CENTRAL.find(DuesPolicy.KIND, day).policy().map(DuesPolicy::id).orElse("none");
    }

    @Test
    void qd342AppliesOn31January2026AndQd01On1February2026() {
        assertThat(idOn(LocalDate.of(2026, 1, 31))).isEqualTo("member.dues/QĐ342-2010");
        assertThat(idOn(LocalDate.of(2026, 2, 1))).isEqualTo("member.dues/QĐ01-2026");
    }

    @Test
    void qd342AppliesFrom1April2011AndNothingBefore() {
        assertThat(idOn(LocalDate.of(2011, 4, 1))).isEqualTo("member.dues/QĐ342-2010");
        PolicyLookup<DuesPolicy> before = CENTRAL.find(DuesPolicy.KIND, LocalDate.of(2011, 3, 31));
        assertThat(before).isInstanceOf(PolicyLookup.Missing.class);
        assertThat(((PolicyLookup.Missing<DuesPolicy>) before).finding().code()).isEqualTo(Finding.NO_POLICY);
    }

    @Test
    void everyRateOfBothPoliciesNamesItsOwnSource() {
        for (DuesPolicy policy : new DuesPolicy[] {DuesPolicies.qd342(), DuesPolicies.qd01of2026()}) {
            for (DuesCategory category : policy.rates().keySet()) {
                assertThat(policy.ruleSources())
                        .as(policy.id() + " " + category)
                        .containsKey(category.ruleCode());
            }
            assertThat(policy.ruleSources())
                    .containsKeys(
                            DuesPolicy.PAST_WORKING_AGE,
                            DuesPolicy.EXEMPTION,
                            DuesPolicy.HARDSHIP,
                            DuesPolicy.ROUNDING,
                            DuesPolicy.CELL_RETENTION);
        }
    }

    @Test
    void qd342RatesAndHd03AmountsAreSourceSeenAndItsCellSplitToo() {
        DuesPolicy qd342 = DuesPolicies.qd342();
        for (DuesCategory category : qd342.rates().keySet()) {
            assertThat(qd342.sourceOf(category).confidence()).isEqualTo(Confidence.SOURCE_SEEN);
        }
        assertThat(qd342.sourceOf(DuesCategory.OTHER).document()).isEqualTo("HD 03-HD/VPTW (06/7/2016)");
        assertThat(qd342.sourceOf(DuesPolicy.CELL_RETENTION).confidence()).isEqualTo(Confidence.SOURCE_SEEN);
    }

    @Test
    void theQd01AmountForOtherMembersTheRoundingAndTheQd01SplitAreOpenQuestions() {
        DuesPolicy qd01 = DuesPolicies.qd01of2026();
        assertThat(qd01.sourceOf(DuesCategory.OTHER).confidence()).isEqualTo(Confidence.OPEN_QUESTION);
        assertThat(qd01.sourceOf(DuesPolicy.CELL_RETENTION).confidence()).isEqualTo(Confidence.OPEN_QUESTION);
        assertThat(qd01.sourceOf(DuesPolicy.ROUNDING).confidence()).isEqualTo(Confidence.OPEN_QUESTION);
        assertThat(qd01.sourceOf(DuesCategory.PUPIL_OR_STUDENT).confidence()).isEqualTo(Confidence.SOURCE_SEEN);
        assertThat(qd01.sourceOf(DuesPolicy.HARDSHIP).article()).isEqualTo("Điều 5");
    }

    @Test
    void theTwoRegulationsAcceptDifferentCategories() {
        assertThat(DuesPolicies.qd342().rates().keySet())
                .containsExactlyInAnyOrder(
                        DuesCategory.STATE_SALARIED,
                        DuesCategory.ENTERPRISE_OR_PUBLIC_UNIT,
                        DuesCategory.PENSIONER,
                        DuesCategory.PUPIL_OR_STUDENT,
                        DuesCategory.OTHER);
        assertThat(DuesPolicies.qd01of2026().rates().keySet())
                .containsExactlyInAnyOrder(
                        DuesCategory.COMPULSORY_SOCIAL_INSURANCE,
                        DuesCategory.SOCIAL_INSURANCE_LEAVE,
                        DuesCategory.PENSIONER,
                        DuesCategory.PUPIL_OR_STUDENT,
                        DuesCategory.OTHER);
    }

    @Test
    void ratesAreKeptAsExactIntegersInTheParameters() {
        assertThat(DuesPolicies.qd01of2026().parameters())
                .containsEntry("rate.PENSIONER", "percentage:50bp")
                .containsEntry("rate.COMPULSORY_SOCIAL_INSURANCE", "percentage:100bp")
                .containsEntry("rate.PUPIL_OR_STUDENT", "flat:5000")
                .containsEntry(
                        "rate.OTHER",
                        "fixedByArea:CENTRAL_CITY_INNER_DISTRICT=10000,ELSEWHERE=6000,REGION_III=4000,"
                                + "URBAN_CLASS_I_TO_III=8000")
                .containsEntry("hardshipReductionPercents", "30,50,70")
                .containsEntry("hardshipMaxMonths", "12")
                .containsEntry("roundingMode", "HALF_UP")
                .containsEntry("roundingUnit", "1");
        assertThat(DuesPolicies.qd342().parameters())
                .containsEntry("hardshipReductionPercents", "")
                .containsEntry("hardshipMaxMonths", "none")
                .containsEntry("exemptionGrounds", "");
    }

    @Test
    void changingOneParameterChangesTheFingerprintAndTheSameParametersKeepIt() {
        DuesPolicy central = DuesPolicies.qd01of2026();
        DuesPolicy same = DuesPolicy.builder().from(central).build();
        DuesPolicy roundedDown = DuesPolicy.builder()
                .from(central)
                .roundingMode(RoundingMode.DOWN)
                .build();

        assertThat(same.fingerprint()).isEqualTo(central.fingerprint());
        assertThat(roundedDown.fingerprint()).isNotEqualTo(central.fingerprint());
        assertThat(DuesPolicies.qd342().fingerprint()).isNotEqualTo(central.fingerprint());
    }

    @Test
    void aSubordinateCellKeepsThirtyPercentAndRemitsTheRest() {
        DuesPolicy qd342 = DuesPolicies.qd342();
        assertThat(qd342.cellRetention(100_000)).isEqualTo(30_000);
        // 30% of 12,345 is 3,703.5: half-up keeps 3,704 and remits 8,641
        assertThat(qd342.cellRetention(12_345)).isEqualTo(3_704);
        assertThat(12_345 - qd342.cellRetention(12_345)).isEqualTo(8_641);
    }
}

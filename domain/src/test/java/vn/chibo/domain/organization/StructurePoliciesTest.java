package vn.chibo.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.Policy;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.RuleSource;

class StructurePoliciesTest {
    private final PolicyRegistry central =
            StructurePolicies.registerCentral(PolicyRegistry.builder()).build();

    @Test
    void theLastDayOfFourLevelsFallsUnderTheCharterPolicy() {
        assertThat(policyIdOn(LocalDate.of(2025, 6, 30))).contains("organization.structure/ĐL2011");
    }

    @Test
    void theFirstDayOfThreeLevelsFallsUnderQd294() {
        assertThat(policyIdOn(LocalDate.of(2025, 7, 1))).contains("organization.structure/QĐ294-2025");
    }

    @Test
    void theDayBeforeTheCharterOf2011HasNoPolicyAndItsFirstDayHasOne() {
        PolicyLookup<StructurePolicy> lookup = central.find(StructurePolicy.KIND, LocalDate.of(2011, 1, 18));

        assertThat(lookup).isInstanceOf(PolicyLookup.Missing.class);
        assertThat(((PolicyLookup.Missing<StructurePolicy>) lookup).finding().code())
                .isEqualTo(Finding.NO_POLICY);
        assertThat(policyIdOn(LocalDate.of(2011, 1, 19))).contains("organization.structure/ĐL2011");
    }

    @Test
    void chibosCentralRegistryHoldsExactlyTheTwoStructurePolicies() {
        assertThat(ChiboPolicies.central().registrations().stream()
                        .filter(r -> r.kind().equals(StructurePolicy.KIND)))
                .extracting(r -> r.policy().id())
                .containsExactly("organization.structure/ĐL2011", "organization.structure/QĐ294-2025");
    }

    @Test
    void aDistrictCommitteeMayHaveGrassrootsCommitteesBeforeJuly2025ButNotAfter() {
        assertThat(StructurePolicies.charter2011()
                        .allows(OrganizationKind.DISTRICT_COMMITTEE, OrganizationKind.GRASSROOTS_COMMITTEE))
                .isTrue();
        assertThat(StructurePolicies.threeLevels2025()
                        .allows(OrganizationKind.DISTRICT_COMMITTEE, OrganizationKind.GRASSROOTS_COMMITTEE))
                .isFalse();
    }

    @Test
    void aCommuneCommitteeMayHaveGrassrootsCellsAfterJuly2025ButNotBefore() {
        assertThat(StructurePolicies.threeLevels2025()
                        .allows(OrganizationKind.COMMUNE_COMMITTEE, OrganizationKind.GRASSROOTS_CELL))
                .isTrue();
        assertThat(StructurePolicies.charter2011()
                        .allows(OrganizationKind.COMMUNE_COMMITTEE, OrganizationKind.GRASSROOTS_CELL))
                .isFalse();
    }

    @Test
    void aPartyGroupSitsUnderACellInBothPeriodsButNeverUnderAGrassrootsCommittee() {
        for (StructurePolicy p :
                new StructurePolicy[] {StructurePolicies.charter2011(), StructurePolicies.threeLevels2025()}) {
            assertThat(p.allows(OrganizationKind.CELL, OrganizationKind.PARTY_GROUP))
                    .isTrue();
            assertThat(p.allows(OrganizationKind.GRASSROOTS_CELL, OrganizationKind.PARTY_GROUP))
                    .isTrue();
            assertThat(p.allows(OrganizationKind.GRASSROOTS_COMMITTEE, OrganizationKind.PARTY_GROUP))
                    .isFalse();
        }
    }

    @Test
    void theCharterNumbersAreTheSameInBothPeriodsAndOnlyQd294AllowsThePilot() {
        StructurePolicy charter = StructurePolicies.charter2011();
        StructurePolicy qd294 = StructurePolicies.threeLevels2025();

        for (StructurePolicy p : new StructurePolicy[] {charter, qd294}) {
            assertThat(p.minFullMembersToFound()).isEqualTo(3);
            assertThat(p.grassrootsCommitteeMinMembers()).isEqualTo(30);
            assertThat(p.cellCommitteeMinFullMembers()).isEqualTo(9);
            assertThat(p.cellCommitteeMaxMembers()).isEqualTo(7);
            assertThat(p.cellDeputySecretariesMax()).isEqualTo(1);
            assertThat(p.grassrootsTermYears()).isEqualTo(5);
            assertThat(p.cellCongressesPerFiveYears()).isEqualTo(2);
        }
        assertThat(charter.cellOneCongressPilotAllowed()).isFalse();
        assertThat(qd294.cellOneCongressPilotAllowed()).isTrue();
    }

    @Test
    void eachRuleNamesItsSourceAndARuleWithoutOneFallsBackToThePolicysSource() {
        StructurePolicy charter = StructurePolicies.charter2011();

        assertThat(charter.sourceOf(StructurePolicy.FOUND_MIN_FULL_MEMBERS))
                .extracting(RuleSource::document, RuleSource::article, RuleSource::confidence)
                .containsExactly("Điều lệ Đảng 2011", "Điều 21 khoản 2; Điều 24 khoản 1", Confidence.SOURCE_SEEN);
        assertThat(charter.sourceOf(StructurePolicy.TERM_LENGTH).confidence()).isEqualTo(Confidence.RECALLED);
        assertThat(StructurePolicies.threeLevels2025()
                        .sourceOf(StructurePolicy.PARENT_KIND)
                        .article())
                .isEqualTo("QĐ 298 Điều 4");
        assertThat(charter.sourceOf("ORG-NO-SUCH-RULE")).isEqualTo(charter.source());
    }

    @Test
    void theFingerprintIsStableForEqualParametersAndChangesWithAnyParameter() {
        StructurePolicy charter = StructurePolicies.charter2011();
        String fingerprint = charter.fingerprint();

        assertThat(fingerprint).matches("[0-9a-f]{16}");
        assertThat(StructurePolicies.charter2011().fingerprint()).isEqualTo(fingerprint);
        assertThat(StructurePolicy.builder().from(charter).build().fingerprint())
                .isEqualTo(fingerprint);
        assertThat(StructurePolicy.builder()
                        .from(charter)
                        .title(Label.of("Tên khác", "Another title"))
                        .build()
                        .fingerprint())
                .as("the title is not a parameter")
                .isEqualTo(fingerprint);
        assertThat(StructurePolicy.builder()
                        .from(charter)
                        .cellCommitteeMaxMembers(5)
                        .build()
                        .fingerprint())
                .isNotEqualTo(fingerprint);
        assertThat(StructurePolicy.builder()
                        .from(charter)
                        .putAllowedChildren(OrganizationKind.CELL, OrganizationKind.CELL)
                        .build()
                        .fingerprint())
                .isNotEqualTo(fingerprint);
        assertThat(StructurePolicy.builder()
                        .from(charter)
                        .cellOneCongressPilotAllowed(true)
                        .build()
                        .fingerprint())
                .isNotEqualTo(fingerprint);
        assertThat(StructurePolicies.threeLevels2025().fingerprint()).isNotEqualTo(fingerprint);
    }

    private Optional<String> policyIdOn(LocalDate day) {
        return central.find(StructurePolicy.KIND, day).policy().map(Policy::id);
    }
}

package vn.chibo.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.DONG_HA;
import static vn.chibo.domain.organization.OrganizationTestData.FOUNDED;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.LAST_FOUR_LEVEL_DAY;
import static vn.chibo.domain.organization.OrganizationTestData.MID_2023;
import static vn.chibo.domain.organization.OrganizationTestData.NOW;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.PROVINCE;
import static vn.chibo.domain.organization.OrganizationTestData.THREE_LEVELS;
import static vn.chibo.domain.organization.OrganizationTestData.approve;
import static vn.chibo.domain.organization.OrganizationTestData.found;
import static vn.chibo.domain.organization.OrganizationTestData.founded;
import static vn.chibo.domain.organization.OrganizationTestData.fullMembers;
import static vn.chibo.domain.organization.OrganizationTestData.histories;
import static vn.chibo.domain.organization.OrganizationTestData.member;
import static vn.chibo.domain.organization.OrganizationTestData.openTerm;
import static vn.chibo.domain.organization.OrganizationTestData.org;
import static vn.chibo.domain.organization.OrganizationTestData.reorganize;
import static vn.chibo.domain.organization.OrganizationTestData.seat;
import static vn.chibo.domain.organization.OrganizationTestData.seatTaken;
import static vn.chibo.domain.organization.OrganizationTestData.seeded;
import static vn.chibo.domain.organization.OrganizationTestData.treeOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.Severity;

class StructureAssessmentTest {
    private static final StructurePolicy CHARTER = StructurePolicies.charter2011();
    private static final StructurePolicy QD294 = StructurePolicies.threeLevels2025();
    private static final OrganizationId GRASSROOTS_CELL = org(20);
    private static final String GRASSROOTS_CELL_NAME = "Chi bộ Trường THCS Nguyễn Du";

    private final Chibo chibo = seeded();

    // ---------------------------------------------------------------- founding minimum (rules.md §1.1, §1.3)

    @Test
    void cellWithTwoFullMembersBreaksTheFoundingMinimum() {
        StructureReport report = assess(new RosterSnapshot(KHU_PHO_3, MID_2023, 2, 4, 1));

        assertThat(report.organization()).isEqualTo(KHU_PHO_3);
        assertThat(report.asOf()).isEqualTo(MID_2023);
        assertThat(report.policy()).isEqualTo(PolicyRef.of(CHARTER));
        assertThat(report.hasViolations()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ORG-FOUND-MIN-FULL-MEMBERS");
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.subject()).isEqualTo(KHU_PHO_3_NAME + " [" + KHU_PHO_3 + "]");
            assertThat(f.message().en()).isEqualTo("2 full members; at least 3 are needed.");
            assertThat(f.message().vi()).isEqualTo("Có 2 đảng viên chính thức; cần ít nhất 3.");
            assertThat(f.source()).isEqualTo(CHARTER.sourceOf(StructurePolicy.FOUND_MIN_FULL_MEMBERS));
            assertThat(f.source().article()).isEqualTo("Điều 21 khoản 2; Điều 24 khoản 1");
            assertThat(f.policy()).isEqualTo(PolicyRef.of(CHARTER));
        });
    }

    @Test
    void cellWithThreeFullMembersMeetsTheFoundingMinimum() {
        StructureReport report = assess(fullMembers(KHU_PHO_3, MID_2023, 3));

        assertThat(report.findings()).isEmpty();
        assertThat(report.hasViolations()).isFalse();
        assertThat(report.appliedPolicy()).contains(PolicyRef.of(CHARTER));
    }

    @Test
    void probationaryMembersDoNotCountTowardTheFoundingMinimumOfAGrassrootsCommittee() {
        StructureReport report = assess(new RosterSnapshot(PHUONG_5, MID_2023, 2, 28, 0));

        assertThat(codes(report)).containsExactly(StructurePolicy.FOUND_MIN_FULL_MEMBERS);
    }

    // ---------------------------------------------------------------- grassroots size (rules.md §1.2)

    @Test
    void grassrootsCellOf29MembersIsInOrder() {
        foundGrassrootsCell();

        assertThat(assess(fullMembers(GRASSROOTS_CELL, MID_2023, 29)).findings())
                .isEmpty();
    }

    @Test
    void grassrootsCellOf30MembersOfAnyStatusNeedsTheSuperiorsApproval() {
        foundGrassrootsCell();

        StructureReport report = assess(new RosterSnapshot(GRASSROOTS_CELL, MID_2023, 20, 9, 1));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ORG-GRASSROOTS-SIZE");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message().en())
                    .isEqualTo("A grassroots cell of 30 members (30 or more make a grassroots committee);"
                            + " needs the superior committee's written approval.");
            assertThat(f.source().article()).isEqualTo("Điều 21 khoản 3");
        });
    }

    @Test
    void grassrootsCellOf30MembersWithAnApprovalOnRecordIsOnlyInformationFromTheApprovalsFirstDay() {
        foundGrassrootsCell();
        LocalDate approved = LocalDate.of(2023, 6, 1);
        chibo.organizations().execute(ADMIN, approve(GRASSROOTS_CELL, "ORG-GRASSROOTS-SIZE", approved));

        assertThat(assess(fullMembers(GRASSROOTS_CELL, approved.minusDays(1), 30))
                        .findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("ORG-GRASSROOTS-SIZE", Severity.WARNING));
        assertThat(assess(fullMembers(GRASSROOTS_CELL, approved, 30)).findings())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("ORG-GRASSROOTS-SIZE");
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message().en())
                            .isEqualTo("A grassroots cell of 30 members (30 or more make a grassroots committee);"
                                    + " approved by the superior in writing.");
                });
    }

    @Test
    void anApprovalOfAnotherRuleLeavesTheSizeWarning() {
        foundGrassrootsCell();
        chibo.organizations().execute(ADMIN, approve(GRASSROOTS_CELL, "ORG-TERM-LENGTH", FOUNDED));

        assertThat(assess(fullMembers(GRASSROOTS_CELL, MID_2023, 30)).findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("ORG-GRASSROOTS-SIZE", Severity.WARNING));
    }

    @Test
    void grassrootsCommitteeOf29MembersNeedsTheSuperiorsApproval() {
        StructureReport report = assess(fullMembers(PHUONG_5, MID_2023, 29));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ORG-GRASSROOTS-SIZE");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo(PHUONG_5_NAME + " [" + PHUONG_5 + "]");
            assertThat(f.message().en())
                    .isEqualTo("A grassroots committee of 29 members (under 30 make a grassroots cell);"
                            + " needs the superior committee's written approval.");
        });
    }

    @Test
    void grassrootsCommitteeOf30MembersIsInOrder() {
        assertThat(assess(fullMembers(PHUONG_5, MID_2023, 30)).findings()).isEmpty();
    }

    // ---------------------------------------------------------------- cell committee (rules.md §1.4)

    @Test
    void cellWithACommitteeMemberAndEightFullMembersBreaksTheCommitteeThreshold() {
        seatLeadersAndOneMemberInKhuPho3();

        StructureReport report = assess(new RosterSnapshot(KHU_PHO_3, MID_2023, 8, 3, 0));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ORG-CELL-COMMITTEE-THRESHOLD");
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.message().en())
                    .isEqualTo("The cell has 8 full members, under 9: it elects a secretary and a deputy, not a"
                            + " committee.");
        });
    }

    @Test
    void cellWithACommitteeMemberAndNineFullMembersMeetsTheCommitteeThreshold() {
        seatLeadersAndOneMemberInKhuPho3();

        assertThat(assess(fullMembers(KHU_PHO_3, MID_2023, 9)).findings()).isEmpty();
    }

    @Test
    void cellWithOnlyASecretaryAndADeputyNeedsNoNineFullMembers() {
        chibo.organizations()
                .executeAll(
                        ADMIN,
                        List.of(
                                seat(KHU_PHO_3, CommitteeRole.SECRETARY).build(),
                                seat(KHU_PHO_3, CommitteeRole.DEPUTY_SECRETARY).build()));

        assertThat(assess(fullMembers(KHU_PHO_3, MID_2023, 8)).findings()).isEmpty();
    }

    @Test
    void cellWithEightCommitteeSeatsBreaksTheCommitteeMaximum() {
        StructureReport report = StructureAssessment.assess(
                khuPho3WithCommitteeSeats(8, 1), fullMembers(KHU_PHO_3, MID_2023, 20), ChiboPolicies.central());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ORG-CELL-COMMITTEE-MAX");
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.message().en()).isEqualTo("The cell committee has 8 members; at most 7.");
            assertThat(f.message().vi()).isEqualTo("Chi ủy có 8 ủy viên; tối đa 7.");
        });
    }

    @Test
    void cellWithSevenCommitteeSeatsIsInOrder() {
        StructureReport report = StructureAssessment.assess(
                khuPho3WithCommitteeSeats(7, 1), fullMembers(KHU_PHO_3, MID_2023, 20), ChiboPolicies.central());

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void cellWithTwoDeputySecretariesBreaksTheDeputyMaximum() {
        StructureReport report = StructureAssessment.assess(
                khuPho3WithCommitteeSeats(3, 2), fullMembers(KHU_PHO_3, MID_2023, 20), ChiboPolicies.central());

        assertThat(report.findings())
                .extracting(Finding::code, f -> f.message().en())
                .containsExactly(tuple("ORG-CELL-DEPUTY-MAX", "The cell has 2 deputy secretaries; at most 1."));
    }

    // ---------------------------------------------------------------- terms (rules.md §1.5, §1.6)

    @Test
    void grassrootsTermOf2020To2025IsInOrder() {
        chibo.organizations().execute(ADMIN, openTerm(PHUONG_5, 13, LocalDate.of(2020, 8, 15), 2025));

        assertThat(assess(fullMembers(PHUONG_5, MID_2023, 30)).findings()).isEmpty();
    }

    @Test
    void grassrootsTermOf2020To2024IsWarned() {
        chibo.organizations().execute(ADMIN, openTerm(PHUONG_5, 13, LocalDate.of(2020, 8, 15), 2024));

        assertThat(assess(fullMembers(PHUONG_5, MID_2023, 30)).findings())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("ORG-TERM-LENGTH");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message().en()).isEqualTo("Term 2020–2024, XIII Congress lasts 4 years; the rule: 5.");
                    assertThat(f.source()).isEqualTo(CHARTER.sourceOf(StructurePolicy.TERM_LENGTH));
                });
    }

    @Test
    void cellTermsOfTwoOrThreeYearsAreInOrder() {
        assertThat(cellTermFindings(2024, MID_2023)).isEmpty();
        assertThat(cellTermFindings(2025, MID_2023)).isEmpty();
    }

    @Test
    void cellTermsOfOneOrFourYearsAreWarned() {
        assertThat(cellTermFindings(2023, MID_2023))
                .extracting(f -> f.message().en())
                .containsExactly("Term 2022–2023, IV Congress lasts 1 years; the rule: 2/5.");
        assertThat(cellTermFindings(2026, THREE_LEVELS))
                .extracting(f -> f.message().en())
                .containsExactly("Term 2022–2026, IV Congress lasts 4 years; the rule: 2/5 (pilot 1/5).");
    }

    @Test
    void cellTermOfFiveYearsIsWarnedUntilJune2025AndAllowedAsThePilotFromJuly2025() {
        assertThat(cellTermFindings(2027, LAST_FOUR_LEVEL_DAY))
                .extracting(Finding::code, Finding::severity, f -> f.message().en(), Finding::policy)
                .containsExactly(tuple(
                        "ORG-TERM-LENGTH",
                        Severity.WARNING,
                        "Term 2022–2027, IV Congress lasts 5 years; the rule: 2/5.",
                        PolicyRef.of(CHARTER)));
        assertThat(cellTermFindings(2027, THREE_LEVELS)).isEmpty();
    }

    // ---------------------------------------------------------------- parent kind (rules.md §1.12)

    @Test
    void districtCommitteeStillStandingOnFirstOfJuly2025PutsItsGrassrootsChildOutOfPlace() {
        StructureReport before = assess(fullMembers(PHUONG_5, LAST_FOUR_LEVEL_DAY, 30));
        StructureReport after = assess(fullMembers(PHUONG_5, THREE_LEVELS, 30));

        assertThat(before.findings()).isEmpty();
        assertThat(before.policy()).isEqualTo(PolicyRef.of(CHARTER));
        assertThat(after.policy()).isEqualTo(PolicyRef.of(QD294));
        assertThat(after.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ORG-PARENT-KIND");
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.message().en())
                    .isEqualTo("A grassroots party committee may not sit under a district party committee.");
            assertThat(f.source()).isEqualTo(QD294.sourceOf(StructurePolicy.PARENT_KIND));
            assertThat(f.source().document()).isEqualTo("QĐ 294-QĐ/TW; QĐ 298-QĐ/TW");
            assertThat(f.policy()).isEqualTo(PolicyRef.of(QD294));
        });
    }

    // ---------------------------------------------------------------- policies

    @Test
    void aDateBeforeTheCharterOf2011GivesOneNoPolicyFindingAndNoException() {
        OrganizationId old = org(30);
        chibo.organizations()
                .execute(
                        ADMIN,
                        found(
                                old,
                                OrganizationKind.GRASSROOTS_CELL,
                                "Chi bộ Xí nghiệp Gạch",
                                null,
                                LocalDate.of(2010, 5, 1)));

        StructureReport before = assess(fullMembers(old, LocalDate.of(2011, 1, 18), 2));
        StructureReport first = assess(fullMembers(old, LocalDate.of(2011, 1, 19), 2));

        assertThat(before.policy()).isNull();
        assertThat(before.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Finding.NO_POLICY);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.subject()).isEqualTo("Chi bộ Xí nghiệp Gạch [" + old + "]");
            assertThat(f.policy()).isNull();
        });
        assertThat(first.policy()).isEqualTo(PolicyRef.of(CHARTER));
        assertThat(codes(first)).containsExactly(StructurePolicy.FOUND_MIN_FULL_MEMBERS);
    }

    @Test
    void aProvincialOverlayJudgesItsOwnSubtreeAndTheCentralPolicyJudgesTheRest() {
        StructurePolicy overlay = StructurePolicy.builder()
                .from(CHARTER)
                .id("organization.structure/ĐL2011+QT")
                .cellCommitteeMinFullMembers(7)
                .build();
        PolicyRegistry policies = ChiboPolicies.central().toBuilder()
                .overlay(
                        StructurePolicy.KIND,
                        overlay,
                        Applicability.between(StructurePolicies.CHARTER_2011, StructurePolicies.THREE_LEVELS),
                        PROVINCE)
                .build();
        Chibo withOverlay = OrganizationTestData.chibo(policies);
        OrganizationId quangBinh = org(40);
        OrganizationId dongPhu = org(41);
        OrganizationId otherCell = org(42);
        withOverlay.organizations().execute(ADMIN, OrganizationTestData.seedTree());
        withOverlay
                .organizations()
                .execute(
                        ADMIN,
                        reorganize(ReorganizationKind.FOUNDING, FOUNDED)
                                .found(
                                        quangBinh,
                                        OrganizationKind.PROVINCIAL_COMMITTEE,
                                        "Đảng bộ tỉnh Quảng Bình",
                                        null)
                                .found(
                                        dongPhu,
                                        OrganizationKind.GRASSROOTS_COMMITTEE,
                                        "Đảng bộ Phường Đồng Phú",
                                        quangBinh)
                                .found(otherCell, OrganizationKind.CELL, "Chi bộ Tổ dân phố 2", dongPhu)
                                .build());
        withOverlay
                .organizations()
                .executeAll(
                        ADMIN,
                        List.of(
                                seat(KHU_PHO_3, CommitteeRole.MEMBER).build(),
                                seat(otherCell, CommitteeRole.MEMBER).build()));

        StructureReport inside = withOverlay.organizations().assess(ADMIN, fullMembers(KHU_PHO_3, MID_2023, 8));
        StructureReport outside = withOverlay.organizations().assess(ADMIN, fullMembers(otherCell, MID_2023, 8));

        assertThat(inside.policy()).isEqualTo(PolicyRef.of(overlay));
        assertThat(inside.findings()).isEmpty();
        assertThat(outside.policy()).isEqualTo(PolicyRef.of(CHARTER));
        assertThat(outside.findings())
                .extracting(Finding::code, Finding::policy)
                .containsExactly(tuple("ORG-CELL-COMMITTEE-THRESHOLD", PolicyRef.of(CHARTER)));
    }

    @Test
    void assessingAnOrganisationOnADayItDidNotExistIsACallerBug() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assess(fullMembers(KHU_PHO_3, FOUNDED.minusDays(1), 5)))
                .withMessage("organisation " + KHU_PHO_3 + " does not exist on 2019-12-31");
    }

    // ---------------------------------------------------------------- helpers

    private StructureReport assess(RosterSnapshot roster) {
        return chibo.organizations().assess(ADMIN, roster);
    }

    private static List<String> codes(StructureReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    private void foundGrassrootsCell() {
        chibo.organizations()
                .execute(
                        ADMIN,
                        found(
                                GRASSROOTS_CELL,
                                OrganizationKind.GRASSROOTS_CELL,
                                GRASSROOTS_CELL_NAME,
                                DONG_HA,
                                FOUNDED));
    }

    private void seatLeadersAndOneMemberInKhuPho3() {
        chibo.organizations()
                .executeAll(
                        ADMIN,
                        List.of(
                                seat(KHU_PHO_3, CommitteeRole.SECRETARY).build(),
                                seat(KHU_PHO_3, CommitteeRole.DEPUTY_SECRETARY).build(),
                                seat(KHU_PHO_3, CommitteeRole.MEMBER).build()));
    }

    /** The findings on Khu phố 3 (5 full members) with a term opened on 10/3/2022 ending in {@code plannedEnd}. */
    private static List<Finding> cellTermFindings(int plannedEnd, LocalDate asOf) {
        Chibo fresh = seeded();
        fresh.organizations().execute(ADMIN, openTerm(KHU_PHO_3, 4, LocalDate.of(2022, 3, 10), plannedEnd));
        return fresh.organizations()
                .assess(ADMIN, fullMembers(KHU_PHO_3, asOf, 5))
                .findings();
    }

    /**
     * Phường 5 and Khu phố 3 built from facts, bypassing the commands that would refuse an eighth
     * committee seat or a second deputy: a secretary, {@code deputies} deputies and members up to
     * {@code seats}.
     */
    private static OrganizationTree khuPho3WithCommitteeSeats(int seats, int deputies) {
        List<OrganizationFact> cell = new ArrayList<>();
        cell.add(founded(KHU_PHO_3, FOUNDED, OrganizationKind.CELL, KHU_PHO_3_NAME, PHUONG_5, NOW));
        LocalDate elected = LocalDate.of(2021, 1, 1);
        cell.add(seatTaken(KHU_PHO_3, elected, CommitteeRole.SECRETARY, member(1)));
        for (int i = 0; i < deputies; i++) {
            cell.add(seatTaken(KHU_PHO_3, elected, CommitteeRole.DEPUTY_SECRETARY, member(2 + i)));
        }
        for (int i = 1 + deputies; i < seats; i++) {
            cell.add(seatTaken(KHU_PHO_3, elected, CommitteeRole.MEMBER, member(10 + i)));
        }
        return treeOf(histories()
                .put(
                        PHUONG_5,
                        List.<OrganizationFact>of(founded(
                                PHUONG_5, FOUNDED, OrganizationKind.GRASSROOTS_COMMITTEE, PHUONG_5_NAME, null, NOW)))
                .put(KHU_PHO_3, cell)
                .build());
    }
}

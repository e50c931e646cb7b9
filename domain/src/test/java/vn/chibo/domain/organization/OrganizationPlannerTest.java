package vn.chibo.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.FOUNDED;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.NEW_WARD;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.THREE_LEVELS;
import static vn.chibo.domain.organization.OrganizationTestData.dissolve;
import static vn.chibo.domain.organization.OrganizationTestData.found;
import static vn.chibo.domain.organization.OrganizationTestData.member;
import static vn.chibo.domain.organization.OrganizationTestData.org;
import static vn.chibo.domain.organization.OrganizationTestData.refusedUnchanged;
import static vn.chibo.domain.organization.OrganizationTestData.rename;
import static vn.chibo.domain.organization.OrganizationTestData.reorganize;
import static vn.chibo.domain.organization.OrganizationTestData.restructuring2025;
import static vn.chibo.domain.organization.OrganizationTestData.seat;
import static vn.chibo.domain.organization.OrganizationTestData.seeded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Violation;

/** The hard invariants of organisation commands, checked through {@code Chibo.organizations()}. */
class OrganizationPlannerTest {
    private static final LocalDate MARCH_2023 = LocalDate.of(2023, 3, 1);
    private static final LocalDate JAN_2023 = LocalDate.of(2023, 1, 1);
    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
    private static final OrganizationId GROUP_1 = org(31);
    private static final OrganizationId GROUP_2 = org(32);

    private final Chibo chibo = seeded();

    // ---------------------------------------------------------------- parent kind, cycles, parent validity

    @Test
    void partyGroupUnderAGrassrootsCommitteeBreaksTheParentKindRule() {
        InvalidInputException e = refused(reorganize(ReorganizationKind.FOUNDING, MARCH_2023)
                .found(GROUP_1, OrganizationKind.PARTY_GROUP, "Tổ đảng số 1", KHU_PHO_3)
                .found(GROUP_2, OrganizationKind.PARTY_GROUP, "Tổ đảng số 2", PHUONG_5)
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "steps[1].parent",
                        "ORG-PARENT-KIND",
                        "PARTY_GROUP under GRASSROOTS_COMMITTEE",
                        "a party group may not sit under a grassroots party committee under"
                                + " organization.structure/ĐL2011 (Điều lệ Đảng 2011, Điều 10, 21, 24 [SOURCE_SEEN])"));
        assertThat(e.violations().get(0).messageVi())
                .startsWith("Tổ đảng không được trực thuộc Đảng bộ cơ sở theo organization.structure/ĐL2011");
    }

    @Test
    void partyGroupUnderACellIsAccepted() {
        chibo.organizations()
                .execute(ADMIN, found(GROUP_1, OrganizationKind.PARTY_GROUP, "Tổ đảng số 1", KHU_PHO_3, MARCH_2023));

        assertThat(chibo.organizations().treeOn(ADMIN, MARCH_2023).children(KHU_PHO_3))
                .extracting(OrganizationState::id)
                .containsExactly(GROUP_1);
    }

    @Test
    void reparentingAnOrganisationUnderItsOwnChildIsACycle() {
        InvalidInputException e = refused(reorganize(ReorganizationKind.REPARENT, MARCH_2023)
                .reparent(PHUONG_5, KHU_PHO_3)
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(
                        tuple("steps[0].parent", "ORG-CYCLE", PHUONG_5_NAME + " [" + PHUONG_5 + "]"),
                        tuple("steps[0].parent", "ORG-CYCLE", KHU_PHO_3_NAME + " [" + KHU_PHO_3 + "]"));
    }

    @Test
    void mergingAnOrganisationIntoItselfIsACycle() {
        InvalidInputException e = refused(reorganize(ReorganizationKind.MERGE, MARCH_2023)
                .dissolveInto(KHU_PHO_7, KHU_PHO_7)
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("steps[0].mergedInto", "ORG-CYCLE"));
    }

    @Test
    void childFoundedUnderAParentThatIsDissolvedLaterBreaksParentValidity() {
        chibo.organizations().execute(ADMIN, dissolve(KHU_PHO_7, JAN_2024));

        InvalidInputException e =
                refused(found(GROUP_1, OrganizationKind.PARTY_GROUP, "Tổ đảng số 1", KHU_PHO_7, MARCH_2023));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "steps[0].parent",
                        "ORG-PARENT-VALIDITY",
                        GROUP_1 + " [2023-03-01, …) under " + KHU_PHO_7_NAME + " [" + KHU_PHO_7
                                + "] [2020-01-01, 2024-01-01)",
                        "the organisation would be valid on days its parent does not exist"));
    }

    @Test
    void dissolvingAParentWhileItsChildrenRemainBreaksParentValidityForEachChild() {
        InvalidInputException e = refused(dissolve(PHUONG_5, JAN_2024));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(
                        tuple(
                                "steps[0].parent",
                                "ORG-PARENT-VALIDITY",
                                KHU_PHO_3_NAME + " [" + KHU_PHO_3 + "] [2024-01-01, …) under " + PHUONG_5_NAME + " ["
                                        + PHUONG_5 + "] [2020-01-01, 2024-01-01)"),
                        tuple(
                                "steps[0].parent",
                                "ORG-PARENT-VALIDITY",
                                KHU_PHO_7_NAME + " [" + KHU_PHO_7 + "] [2024-01-01, …) under " + PHUONG_5_NAME + " ["
                                        + PHUONG_5 + "] [2020-01-01, 2024-01-01)"));
    }

    @Test
    void dissolvingAParentTogetherWithItsChildrenIsAccepted() {
        List<OrganizationFact> facts = chibo.organizations()
                .execute(
                        ADMIN,
                        reorganize(ReorganizationKind.DISSOLUTION, JAN_2024)
                                .dissolve(PHUONG_5)
                                .dissolve(KHU_PHO_3)
                                .dissolve(KHU_PHO_7)
                                .build());

        assertThat(facts).hasSize(3).allMatch(OrganizationFact.Dissolved.class::isInstance);
        assertThat(chibo.organizations().treeOn(ADMIN, JAN_2024).get(KHU_PHO_3)).isEmpty();
    }

    @Test
    void restructuringOf2025WithoutMakingTheCellsGrassrootsCellsBreaksTheParentKindRule() {
        InvalidInputException e = refused(restructuring2025(false));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(
                        tuple("steps[3].parent", "ORG-PARENT-KIND", "CELL under COMMUNE_COMMITTEE"),
                        tuple("steps[4].parent", "ORG-PARENT-KIND", "CELL under COMMUNE_COMMITTEE"));
        assertThat(e.violations().get(0).message()).contains("organization.structure/QĐ294-2025");
        assertThat(chibo.organizations().treeOn(ADMIN, THREE_LEVELS).get(NEW_WARD))
                .isEmpty();
    }

    // ---------------------------------------------------------------- existence

    @Test
    void aReorganisationDatedBeforeTheOrganisationWasFoundedIsRefused() {
        InvalidInputException e = refused(rename(KHU_PHO_3, "Chi bộ Khu phố 3A", FOUNDED.minusDays(1)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "steps[0].organization",
                        "ORG-BEFORE-FOUNDED",
                        KHU_PHO_3_NAME + " [" + KHU_PHO_3 + "] on 2019-12-31",
                        "2019-12-31 is before the organisation was founded on 2020-01-01"));
    }

    @Test
    void aReorganisationDatedOnTheDissolutionIsRefusedAndTheDayBeforeIsAccepted() {
        chibo.organizations().execute(ADMIN, dissolve(KHU_PHO_7, JAN_2024));

        InvalidInputException e = refused(rename(KHU_PHO_7, "Chi bộ Khu phố 7A", JAN_2024));
        chibo.organizations().execute(ADMIN, rename(KHU_PHO_7, "Chi bộ Khu phố 7A", JAN_2024.minusDays(1)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple(
                        "steps[0].organization",
                        "ORG-DISSOLVED",
                        KHU_PHO_7_NAME + " [" + KHU_PHO_7 + "] on 2024-01-01"));
        assertThat(chibo.organizations()
                        .treeOn(ADMIN, JAN_2024.minusDays(1))
                        .get(KHU_PHO_7)
                        .orElseThrow()
                        .name())
                .isEqualTo("Chi bộ Khu phố 7A");
    }

    @Test
    void foundingAnExistingIdentityOrRenamingAnUnknownOneIsRefused() {
        InvalidInputException e = refused(reorganize(ReorganizationKind.FOUNDING, MARCH_2023)
                .found(KHU_PHO_3, OrganizationKind.CELL, "Chi bộ trùng mã", PHUONG_5)
                .rename(org(99), "Không có")
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(
                        tuple("steps[0].organization", "ORG-DUPLICATE-ID", KHU_PHO_3.toString()),
                        tuple("steps[1].organization", "ORG-UNKNOWN", org(99).toString()));
    }

    // ---------------------------------------------------------------- seats

    @Test
    void twoSecretariesOverlappingBreakTheSeatOverlapRule() {
        chibo.organizations()
                .execute(
                        ADMIN,
                        seat(KHU_PHO_3, CommitteeRole.SECRETARY).from(JAN_2023).build());

        InvalidInputException e =
                refused(seat(KHU_PHO_3, CommitteeRole.SECRETARY).from(JAN_2024).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "role",
                        "ORG-SEAT-OVERLAP",
                        "SECRETARY [2024-01-01, …)",
                        "secretary is already held during [2023-01-01, …)"));
    }

    @Test
    void theSameMemberInTwoOverlappingSeatsBreaksTheSeatOverlapRule() {
        chibo.organizations()
                .execute(
                        ADMIN,
                        seat(KHU_PHO_3, CommitteeRole.MEMBER)
                                .member(member(1))
                                .from(JAN_2023)
                                .until(LocalDate.of(2025, 1, 1))
                                .build());

        InvalidInputException e = refused(seat(KHU_PHO_3, CommitteeRole.DEPUTY_SECRETARY)
                .member(member(1))
                .from(LocalDate.of(2024, 6, 1))
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "member",
                        "ORG-SEAT-OVERLAP",
                        member(1) + " [2024-06-01, …)",
                        "the member already holds committee member during [2023-01-01, 2025-01-01)"));
    }

    @Test
    void backToBackSeatsAreFineAndOneSharedDayIsAnOverlap() {
        chibo.organizations()
                .execute(
                        ADMIN,
                        seat(KHU_PHO_3, CommitteeRole.SECRETARY)
                                .member(member(1))
                                .from(JAN_2023)
                                .until(JAN_2024)
                                .build());

        InvalidInputException oneDayEarly = refused(seat(KHU_PHO_3, CommitteeRole.SECRETARY)
                .member(member(2))
                .from(JAN_2024.minusDays(1))
                .build());
        chibo.organizations()
                .execute(
                        ADMIN,
                        seat(KHU_PHO_3, CommitteeRole.SECRETARY)
                                .member(member(2))
                                .from(JAN_2024)
                                .build());

        assertThat(oneDayEarly.violations()).extracting(Violation::rule).containsExactly("ORG-SEAT-OVERLAP");
        OrganizationHistory khuPho3 =
                chibo.organizations().find(ADMIN, KHU_PHO_3).orElseThrow();
        assertThat(khuPho3.seatsOn(JAN_2024.minusDays(1)))
                .extracting(CommitteeSeat::member)
                .containsExactly(member(1));
        assertThat(khuPho3.seatsOn(JAN_2024)).extracting(CommitteeSeat::member).containsExactly(member(2));
    }

    @Test
    void aSeventhCellCommitteeMemberIsAcceptedAndAnEighthRefused() {
        List<OrganizationCommand> seven = new ArrayList<>();
        seven.add(seat(KHU_PHO_3, CommitteeRole.SECRETARY).from(JAN_2023).build());
        seven.add(seat(KHU_PHO_3, CommitteeRole.DEPUTY_SECRETARY).from(JAN_2023).build());
        for (int i = 0; i < 5; i++) {
            seven.add(seat(KHU_PHO_3, CommitteeRole.MEMBER).from(JAN_2023).build());
        }
        chibo.organizations().executeAll(ADMIN, seven);

        InvalidInputException e =
                refused(seat(KHU_PHO_3, CommitteeRole.MEMBER).from(JAN_2024).build());

        assertThat(chibo.organizations().find(ADMIN, KHU_PHO_3).orElseThrow().seatsOn(JAN_2024))
                .hasSize(7);
        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "role",
                        "ORG-CELL-COMMITTEE-MAX",
                        "8",
                        "a cell committee has at most 7 members (Điều lệ Đảng 2011; QĐ 29-QĐ/TW, Điều 24 khoản 4"
                                + " [SOURCE_SEEN])"));
    }

    @Test
    void anEighthSeatFromTheDayAnotherEndsIsAccepted() {
        List<OrganizationCommand> seven = new ArrayList<>();
        seven.add(seat(KHU_PHO_3, CommitteeRole.SECRETARY).from(JAN_2023).build());
        seven.add(seat(KHU_PHO_3, CommitteeRole.MEMBER)
                .from(JAN_2023)
                .until(JAN_2024)
                .build());
        for (int i = 0; i < 5; i++) {
            seven.add(seat(KHU_PHO_3, CommitteeRole.MEMBER).from(JAN_2023).build());
        }
        chibo.organizations().executeAll(ADMIN, seven);

        InvalidInputException dayBefore = refused(seat(KHU_PHO_3, CommitteeRole.MEMBER)
                .from(JAN_2024.minusDays(1))
                .build());
        chibo.organizations()
                .execute(
                        ADMIN,
                        seat(KHU_PHO_3, CommitteeRole.MEMBER).from(JAN_2024).build());

        assertThat(dayBefore.violations()).extracting(Violation::rule).containsExactly("ORG-CELL-COMMITTEE-MAX");
        assertThat(chibo.organizations().find(ADMIN, KHU_PHO_3).orElseThrow().seatsOn(JAN_2024))
                .hasSize(7);
    }

    @Test
    void aSecondDeputySecretaryInACellIsRefused() {
        chibo.organizations()
                .execute(
                        ADMIN,
                        seat(KHU_PHO_3, CommitteeRole.DEPUTY_SECRETARY)
                                .from(JAN_2023)
                                .build());

        InvalidInputException e = refused(
                seat(KHU_PHO_3, CommitteeRole.DEPUTY_SECRETARY).from(JAN_2023).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "role",
                        "ORG-CELL-DEPUTY-MAX",
                        "2",
                        "a cell has at most 1 deputy secretary (Điều lệ Đảng 2011; QĐ 29-QĐ/TW, Điều 24 khoản 4"
                                + " [SOURCE_SEEN])"));
    }

    @Test
    void twoDeputySecretariesInAGrassrootsCommitteeAreAccepted() {
        chibo.organizations()
                .executeAll(
                        ADMIN,
                        List.of(
                                seat(PHUONG_5, CommitteeRole.DEPUTY_SECRETARY)
                                        .from(JAN_2023)
                                        .build(),
                                seat(PHUONG_5, CommitteeRole.DEPUTY_SECRETARY)
                                        .from(JAN_2023)
                                        .build()));

        assertThat(chibo.organizations().find(ADMIN, PHUONG_5).orElseThrow().seatsOn(JAN_2023))
                .extracting(CommitteeSeat::role)
                .containsExactly(CommitteeRole.DEPUTY_SECRETARY, CommitteeRole.DEPUTY_SECRETARY);
    }

    @Test
    void aPartyGroupRoleInACellBreaksTheRoleKindRule() {
        InvalidInputException e =
                refused(seat(KHU_PHO_3, PartyGroupRole.LEADER).from(JAN_2023).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "role",
                        "ORG-SEAT-ROLE-KIND",
                        "LEADER in CELL",
                        "a party-group role exists only in a party group"));
    }

    @Test
    void aCommitteeRoleInAPartyGroupBreaksTheRoleKindRuleAndAGroupLeaderIsAccepted() {
        chibo.organizations()
                .execute(ADMIN, found(GROUP_1, OrganizationKind.PARTY_GROUP, "Tổ đảng số 1", KHU_PHO_3, JAN_2023));

        InvalidInputException e =
                refused(seat(GROUP_1, CommitteeRole.SECRETARY).from(JAN_2023).build());
        chibo.organizations()
                .execute(
                        ADMIN,
                        seat(GROUP_1, PartyGroupRole.LEADER).from(JAN_2023).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "role",
                        "ORG-SEAT-ROLE-KIND",
                        "SECRETARY in PARTY_GROUP",
                        "a party group has no committee; use leader and deputy leader"));
        assertThat(chibo.organizations().find(ADMIN, GROUP_1).orElseThrow().seats())
                .extracting(CommitteeSeat::role)
                .containsExactly(PartyGroupRole.LEADER);
    }

    @Test
    void aSeatBeforeTheOrganisationWasFoundedIsOutsideItsExistence() {
        InvalidInputException e = refused(seat(KHU_PHO_3, CommitteeRole.SECRETARY)
                .from(FOUNDED.minusDays(1))
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("from", "ORG-OUTSIDE-EXISTENCE", "[2019-12-31, …)"));
    }

    // ---------------------------------------------------------------- helpers

    /** Executes a command that must be refused, and checks that nothing was recorded. */
    private InvalidInputException refused(OrganizationCommand command) {
        return refusedUnchanged(chibo, () -> chibo.organizations().execute(ADMIN, command));
    }
}

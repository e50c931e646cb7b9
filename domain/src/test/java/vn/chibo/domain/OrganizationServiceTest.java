package vn.chibo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.DONG_HA;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_1;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_1;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.PROVINCE;
import static vn.chibo.domain.organization.OrganizationTestData.found;
import static vn.chibo.domain.organization.OrganizationTestData.member;
import static vn.chibo.domain.organization.OrganizationTestData.org;
import static vn.chibo.domain.organization.OrganizationTestData.refusedUnchanged;
import static vn.chibo.domain.organization.OrganizationTestData.rename;
import static vn.chibo.domain.organization.OrganizationTestData.reorganize;
import static vn.chibo.domain.organization.OrganizationTestData.seat;
import static vn.chibo.domain.organization.OrganizationTestData.seeded;
import static vn.chibo.domain.organization.OrganizationTestData.siblingWard;
import static vn.chibo.domain.organization.OrganizationTestData.supervise;
import static vn.chibo.domain.organization.OrganizationTestData.versions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationCommand;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.PartyGroupRole;
import vn.chibo.domain.organization.ReorganizationKind;

/** Commands as a host sends them: boundary validation, all or nothing, scope and supervision. */
class OrganizationServiceTest {
    private static final LocalDate JAN_2023 = LocalDate.of(2023, 1, 1);
    private static final OrganizationId NEW_CELL = org(50);
    private static final Actor PHUONG_5_SECRETARY = Actor.forSubtree("bi-thu-phuong-5", PHUONG_5);

    private final Chibo chibo = seeded();

    // ---------------------------------------------------------------- boundary validation

    @Test
    void aBlankNameIsRefusedNamingItsPathRuleAndValue() {
        InvalidInputException e = refused(ADMIN, found(NEW_CELL, OrganizationKind.CELL, "   ", PHUONG_5, JAN_2023));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple("steps[0].name", "validation:NotBlank", "   ", "must not be blank"));
    }

    @Test
    void aNameOf201CharactersIsRefusedAndOneOf200IsAccepted() {
        String name201 = "Chi bộ " + "x".repeat(194);
        String name200 = "Chi bộ " + "y".repeat(193);

        InvalidInputException e = refused(ADMIN, found(NEW_CELL, OrganizationKind.CELL, name201, PHUONG_5, JAN_2023));
        chibo.organizations().execute(ADMIN, found(NEW_CELL, OrganizationKind.CELL, name200, PHUONG_5, JAN_2023));

        assertThat(name201).hasSize(201);
        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "steps[0].name",
                        "validation:Size",
                        name201.substring(0, 117) + "… (201 characters)",
                        "size must be between 0 and 200"));
        assertThat(chibo.organizations().treeOn(ADMIN, JAN_2023).get(NEW_CELL))
                .map(OrganizationState::name)
                .contains(name200);
    }

    @Test
    void everyProblemOfACommandIsReportedAtOnceAndTheMessageNamesEachPathRuleAndValue() {
        OrganizationId otherCell = org(51);
        InvalidInputException e = refused(
                ADMIN,
                reorganize(ReorganizationKind.FOUNDING, JAN_2023)
                        .found(NEW_CELL, OrganizationKind.CELL, "", PHUONG_5)
                        .found(otherCell, OrganizationKind.CELL, "z".repeat(201), PHUONG_5)
                        .decision(" ")
                        .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        tuple("decision", "validation:NotBlank"),
                        tuple("steps[0].name", "validation:NotBlank"),
                        tuple("steps[1].name", "validation:Size"));
        assertThat(e.getMessage())
                .startsWith("Reorganize rejected, 3 violations, nothing changed:")
                .contains("decision [validation:NotBlank] =  : must not be blank")
                .contains("steps[0].name [validation:NotBlank] = : must not be blank")
                .contains("steps[1].name [validation:Size] = " + "z".repeat(117) + "… (201 characters)");
    }

    // ---------------------------------------------------------------- all or nothing

    @Test
    void executeAllReportsEveryViolationOfEveryCommandWithItsIndexAndRecordsNothing() {
        List<OrganizationCommand> commands = List.of(
                rename(KHU_PHO_3, "Chi bộ Khu phố 3A", JAN_2023),
                found(org(52), OrganizationKind.PARTY_GROUP, "Tổ đảng số 1", PHUONG_5, JAN_2023),
                seat(KHU_PHO_3, PartyGroupRole.LEADER).from(JAN_2023).build(),
                rename(KHU_PHO_7, " ", JAN_2023));

        InvalidInputException e = refused(() -> chibo.organizations().executeAll(ADMIN, commands));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(
                        tuple("commands[3].steps[0].name", "validation:NotBlank", " "),
                        tuple(
                                "commands[1].steps[0].parent",
                                "ORG-PARENT-KIND",
                                "PARTY_GROUP under GRASSROOTS_COMMITTEE"),
                        tuple("commands[2].role", "ORG-SEAT-ROLE-KIND", "LEADER in CELL"));
        assertThat(e.getMessage())
                .startsWith("4 organisation commands rejected, 3 violations, nothing changed:")
                .contains("commands[3].steps[0].name [validation:NotBlank]")
                .contains("commands[1].steps[0].parent [ORG-PARENT-KIND] = PARTY_GROUP under GRASSROOTS_COMMITTEE")
                .contains("commands[2].role [ORG-SEAT-ROLE-KIND] = LEADER in CELL");
        assertThat(chibo.organizations().treeOn(ADMIN, JAN_2023).get(KHU_PHO_3))
                .map(OrganizationState::name)
                .contains(KHU_PHO_3_NAME);
    }

    @Test
    void executeAllLetsEachCommandSeeTheFactsOfThoseBeforeIt() {
        OrganizationId group = org(53);

        List<OrganizationFact> facts = chibo.organizations()
                .executeAll(
                        ADMIN,
                        List.of(
                                found(group, OrganizationKind.PARTY_GROUP, "Tổ đảng số 1", KHU_PHO_3, JAN_2023),
                                seat(group, PartyGroupRole.LEADER)
                                        .from(JAN_2023)
                                        .build()));

        assertThat(facts).extracting(f -> f.getClass().getSimpleName()).containsExactly("Founded", "SeatTaken");
        assertThat(chibo.organizations().find(ADMIN, group).orElseThrow().version())
                .isEqualTo(2);
    }

    // ---------------------------------------------------------------- scope

    @Test
    void aWardActorMayRenameACellOfItsWard() {
        chibo.organizations().execute(ADMIN, siblingWard());

        chibo.organizations().execute(PHUONG_5_SECRETARY, rename(KHU_PHO_3, "Chi bộ Khu phố 3A", JAN_2023));

        assertThat(chibo.organizations().treeOn(ADMIN, JAN_2023).get(KHU_PHO_3))
                .map(OrganizationState::name)
                .contains("Chi bộ Khu phố 3A");
    }

    @Test
    void aWardActorMayNotReadAnOrganisationOfASiblingWard() {
        chibo.organizations().execute(ADMIN, siblingWard());

        assertThatExceptionOfType(OutOfScopeException.class)
                .isThrownBy(() -> chibo.organizations().find(PHUONG_5_SECRETARY, KHU_PHO_1))
                .withMessage("Actor bi-thu-phuong-5 acting for the subtree of " + PHUONG_5
                        + " may not reach organisation " + KHU_PHO_1);
        assertThatExceptionOfType(OutOfScopeException.class)
                .isThrownBy(() -> chibo.organizations().find(PHUONG_5_SECRETARY, PHUONG_1));
        assertThat(chibo.organizations().tree(PHUONG_5_SECRETARY).histories().keySet())
                .containsExactlyInAnyOrder(PROVINCE, DONG_HA, PHUONG_5, KHU_PHO_3, KHU_PHO_7);
    }

    @Test
    void aWardActorMayNotChangeAnOrganisationOfASiblingWard() {
        chibo.organizations().execute(ADMIN, siblingWard());
        Map<OrganizationId, Long> before = versions(chibo);

        assertThatExceptionOfType(OutOfScopeException.class)
                .isThrownBy(() -> chibo.organizations()
                        .execute(PHUONG_5_SECRETARY, rename(KHU_PHO_1, "Chi bộ Khu phố 1A", JAN_2023)));
        assertThatExceptionOfType(OutOfScopeException.class)
                .isThrownBy(() -> chibo.organizations()
                        .execute(
                                PHUONG_5_SECRETARY,
                                found(org(54), OrganizationKind.CELL, "Chi bộ mới", PHUONG_1, JAN_2023)));

        assertThat(versions(chibo)).isEqualTo(before);
    }

    @Test
    void aWardActorMayReadItsAncestorsButNotChangeThem() {
        Map<OrganizationId, Long> before = versions(chibo);

        assertThat(chibo.organizations().find(PHUONG_5_SECRETARY, DONG_HA)).isPresent();
        assertThat(chibo.organizations().find(PHUONG_5_SECRETARY, PROVINCE)).isPresent();
        assertThatExceptionOfType(OutOfScopeException.class)
                .isThrownBy(() -> chibo.organizations()
                        .execute(PHUONG_5_SECRETARY, rename(DONG_HA, "Đảng bộ TP. Đông Hà", JAN_2023)));
        assertThat(versions(chibo)).isEqualTo(before);
    }

    @Test
    void aWholePartyActorMayChangeAnyOrganisation() {
        chibo.organizations().execute(ADMIN, siblingWard());

        chibo.organizations()
                .executeAll(
                        ADMIN,
                        List.of(
                                rename(KHU_PHO_1, "Chi bộ Khu phố 1A", JAN_2023),
                                rename(DONG_HA, "Đảng bộ TP. Đông Hà", JAN_2023)));

        assertThat(chibo.organizations().treeOn(ADMIN, JAN_2023).get(KHU_PHO_1))
                .map(OrganizationState::name)
                .contains("Chi bộ Khu phố 1A");
        assertThat(chibo.organizations().treeOn(ADMIN, JAN_2023).get(DONG_HA))
                .map(OrganizationState::name)
                .contains("Đảng bộ TP. Đông Hà");
    }

    // ---------------------------------------------------------------- supervision

    @Test
    void aWardCommitteeMemberMayBeAssignedToFollowACellOfTheWard() {
        chibo.organizations()
                .execute(
                        ADMIN,
                        seat(PHUONG_5, CommitteeRole.MEMBER)
                                .member(member(7))
                                .from(LocalDate.of(2021, 1, 1))
                                .build());

        chibo.organizations().execute(PHUONG_5_SECRETARY, supervise(KHU_PHO_3, member(7), PHUONG_5, JAN_2023));

        OrganizationHistory khuPho3 =
                chibo.organizations().find(ADMIN, KHU_PHO_3).orElseThrow();
        assertThat(khuPho3.supervisions()).singleElement().satisfies(s -> {
            assertThat(s.supervisor()).isEqualTo(member(7));
            assertThat(s.committeeOf()).isEqualTo(PHUONG_5);
            assertThat(s.effective()).isEqualTo(JAN_2023);
        });
    }

    @Test
    void someoneWithoutACommitteeSeatOnTheDayMayNotFollowACell() {
        chibo.organizations()
                .execute(
                        ADMIN,
                        seat(PHUONG_5, CommitteeRole.MEMBER)
                                .member(member(7))
                                .from(JAN_2023.plusDays(1))
                                .build());

        InvalidInputException noSeat = refused(ADMIN, supervise(KHU_PHO_3, member(8), PHUONG_5, JAN_2023));
        InvalidInputException notYet = refused(ADMIN, supervise(KHU_PHO_3, member(7), PHUONG_5, JAN_2023));

        assertThat(noSeat.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "supervisor",
                        "ORG-SUPERVISOR-NOT-ON-COMMITTEE",
                        member(8).toString(),
                        "the supervisor holds no committee seat in " + PHUONG_5_NAME + " [" + PHUONG_5
                                + "] on 2023-01-01"));
        assertThat(notYet.violations()).extracting(Violation::rule).containsExactly("ORG-SUPERVISOR-NOT-ON-COMMITTEE");
    }

    @Test
    void aCellMayBeFollowedOnlyFromACommitteeAboveIt() {
        chibo.organizations()
                .execute(
                        ADMIN,
                        seat(KHU_PHO_7, CommitteeRole.SECRETARY)
                                .member(member(7))
                                .build());

        InvalidInputException e = refused(ADMIN, supervise(KHU_PHO_3, member(7), KHU_PHO_7, JAN_2023));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("organization", "ORG-SUPERVISION-SCOPE"));
    }

    // ---------------------------------------------------------------- helpers

    private InvalidInputException refused(Actor actor, OrganizationCommand command) {
        return refused(() -> chibo.organizations().execute(actor, command));
    }

    private InvalidInputException refused(ThrowingCallable call) {
        return refusedUnchanged(chibo, call);
    }
}

package vn.chibo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.member.MemberTestData.SPONSOR_A;
import static vn.chibo.domain.member.MemberTestData.SPONSOR_B;
import static vn.chibo.domain.member.MemberTestData.admit;
import static vn.chibo.domain.member.MemberTestData.member;
import static vn.chibo.domain.member.MemberTestData.recognize;
import static vn.chibo.domain.member.MemberTestData.remove;
import static vn.chibo.domain.member.MemberTestData.temporaryTransfer;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.DONG_HA;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.MemberService.BadgeDue;
import vn.chibo.domain.MemberService.ProbationEnd;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.member.Badges;
import vn.chibo.domain.member.MemberCommand;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.member.MemberResult;
import vn.chibo.domain.member.MemberTestData;
import vn.chibo.domain.member.MembershipStatus;
import vn.chibo.domain.organization.RosterSnapshot;
import vn.chibo.domain.organization.StructurePolicy;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.Severity;

/** The member area's questions as of a date: roster, structure, recognition due and overdue, badges. */
class MemberServiceTest {
    private static final LocalDate JUNE_2026 = LocalDate.of(2026, 6, 1);

    private final MemberTestData.World world = MemberTestData.world();
    private final MemberService members = world.service();

    // ---------------------------------------------------------------- roster and structure

    @Test
    void theRosterCountsFullProbationaryAndAwaitingMembersByHomeCellInTheSubtree() {
        world.fullMember(member(1), LocalDate.of(2024, 2, 16), LocalDate.of(2024, 3, 1));
        world.admitted(member(2), LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 5));
        world.admitted(member(3), LocalDate.of(2025, 2, 17), LocalDate.of(2025, 3, 1));
        world.admitted(member(4), LocalDate.of(2024, 2, 16), LocalDate.of(2024, 3, 1));
        world.run(remove(member(4), LocalDate.of(2026, 5, 1)));
        world.run(temporaryTransfer(SPONSOR_B, KHU_PHO_3, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 1)));

        assertThat(members.roster(ADMIN, KHU_PHO_3, JUNE_2026))
                .isEqualTo(new RosterSnapshot(KHU_PHO_3, JUNE_2026, 1, 1, 1));
        assertThat(members.roster(ADMIN, KHU_PHO_7, JUNE_2026))
                .isEqualTo(new RosterSnapshot(KHU_PHO_7, JUNE_2026, 2, 0, 0));
        assertThat(members.roster(ADMIN, PHUONG_5, JUNE_2026))
                .isEqualTo(new RosterSnapshot(PHUONG_5, JUNE_2026, 3, 1, 1));
        assertThat(members.roster(ADMIN, DONG_HA, JUNE_2026))
                .isEqualTo(new RosterSnapshot(DONG_HA, JUNE_2026, 3, 1, 1));
        assertThat(members.roster(ADMIN, KHU_PHO_3, LocalDate.of(2026, 4, 30)))
                .isEqualTo(new RosterSnapshot(KHU_PHO_3, LocalDate.of(2026, 4, 30), 1, 1, 2));
    }

    @Test
    void theStructureOfACellWithTwoFullMembersIsFlaggedAndWithThreeItIsNot() {
        LocalDate asOf = LocalDate.of(2024, 6, 3);

        List<Finding> two =
                members.assessStructure(ADMIN, KHU_PHO_7, asOf).findings(StructurePolicy.FOUND_MIN_FULL_MEMBERS);
        world.run(admit(member(5))
                .cell(KHU_PHO_7)
                .considered(LocalDate.of(2022, 2, 21))
                .ceremony(LocalDate.of(2022, 3, 1))
                .build());
        world.run(recognize(member(5), LocalDate.of(2023, 3, 1)));
        List<Finding> three =
                members.assessStructure(ADMIN, KHU_PHO_7, asOf).findings(StructurePolicy.FOUND_MIN_FULL_MEMBERS);

        assertThat(two).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.message().en()).isEqualTo("2 full members; at least 3 are needed.");
        });
        assertThat(three).isEmpty();
    }

    // ---------------------------------------------------------------- recognition due and overdue

    @Test
    void dueForRecognitionListsTheUnrecognisedMembersWhoseProbationEndsInTheWindow() {
        world.admitted(member(1), LocalDate.of(2025, 5, 19), LocalDate.of(2025, 6, 1));
        world.admitted(member(2), LocalDate.of(2025, 6, 17), LocalDate.of(2025, 7, 1));
        world.admitted(member(3), LocalDate.of(2025, 5, 19), LocalDate.of(2025, 6, 1));
        world.run(recognize(member(3), JUNE_2026));

        assertThat(members.dueForRecognition(ADMIN, PHUONG_5, JUNE_2026, LocalDate.of(2026, 6, 30)))
                .containsExactly(new ProbationEnd(member(1), JUNE_2026));
        assertThat(members.dueForRecognition(ADMIN, PHUONG_5, JUNE_2026, LocalDate.of(2026, 7, 1)))
                .containsExactly(
                        new ProbationEnd(member(1), JUNE_2026), new ProbationEnd(member(2), LocalDate.of(2026, 7, 1)));
        assertThat(members.dueForRecognition(ADMIN, PHUONG_5, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 30)))
                .isEmpty();
        assertThat(members.dueForRecognition(ADMIN, KHU_PHO_7, JUNE_2026, LocalDate.of(2026, 7, 1)))
                .isEmpty();
    }

    @Test
    void recognitionIsOverdueOnlyAfterThe30thWorkingDayAfterProbationEnds() {
        world.admitted(member(1), LocalDate.of(2025, 5, 19), LocalDate.of(2025, 6, 1));

        assertThat(members.overdueRecognition(ADMIN, PHUONG_5, LocalDate.of(2026, 7, 10)))
                .isEmpty();
        assertThat(members.overdueRecognition(ADMIN, PHUONG_5, LocalDate.of(2026, 7, 13)))
                .isEmpty();
        assertThat(members.overdueRecognition(ADMIN, PHUONG_5, LocalDate.of(2026, 7, 14)))
                .containsExactly(new ProbationEnd(member(1), JUNE_2026));
        assertThat(world.chibo.calendar().workingDaysBetween(JUNE_2026, LocalDate.of(2026, 7, 13)))
                .isEqualTo(30);
    }

    @Test
    void aRecognisedOrRefusedMemberIsNoLongerOverdue() {
        world.admitted(member(1), LocalDate.of(2025, 5, 19), LocalDate.of(2025, 6, 1));
        world.admitted(member(2), LocalDate.of(2025, 5, 19), LocalDate.of(2025, 6, 1));
        world.run(recognize(member(1), LocalDate.of(2026, 8, 3)));
        world.run(MemberTestData.refuseRecognition(member(2), LocalDate.of(2026, 8, 3)));

        assertThat(members.overdueRecognition(ADMIN, PHUONG_5, LocalDate.of(2026, 8, 4)))
                .isEmpty();
    }

    @Test
    void overdueRecognitionIgnoresAMemberWhoseProbationEndsInAYearTheCalendarDoesNotCover() {
        world.admitted(member(1), LocalDate.of(2025, 5, 19), LocalDate.of(2025, 6, 1));
        world.admitted(member(2), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25));

        assertThat(members.overdueRecognition(ADMIN, PHUONG_5, LocalDate.of(2026, 11, 28)))
                .containsExactly(new ProbationEnd(member(1), JUNE_2026));
    }

    // ---------------------------------------------------------------- badges

    @Test
    void badgesDueListsWhoReachedAMilestoneAndWhoseBadgeIsDeferred() {
        MemberId due = member(10);
        MemberId deferred = member(11);
        MemberId notYet = member(12);
        for (MemberId id : List.of(due, deferred, notYet)) {
            LocalDate decided = id.equals(notYet) ? LocalDate.of(1996, 5, 20) : LocalDate.of(1996, 2, 4);
            world.run(admit(id)
                    .born(LocalDate.of(1970, 1, 10))
                    .considered(decided)
                    .build());
            world.run(recognize(id, decided.plusYears(1).plusDays(20)));
        }
        world.run(MemberTestData.discipline(deferred, MemberDiscipline.WARNING, LocalDate.of(2026, 3, 2), "vi phạm"));

        List<BadgeDue> founding = members.badgesDue(ADMIN, PHUONG_5, Badges.Occasion.PARTY_FOUNDING, 2026);
        List<BadgeDue> may = members.badgesDue(ADMIN, PHUONG_5, Badges.Occasion.HO_CHI_MINH_BIRTHDAY, 2026);

        assertThat(founding).isEmpty();
        assertThat(may)
                .extracting(BadgeDue::member, b -> b.decision().getClass().getSimpleName())
                .containsExactly(tuple(due, "Due"), tuple(deferred, "Deferred"));
        assertThat(may.get(0).decision()).isEqualTo(new Badges.Decision.Due(30, LocalDate.of(2026, 2, 4), false));
        assertThat(members.badgesDue(ADMIN, KHU_PHO_7, Badges.Occasion.HO_CHI_MINH_BIRTHDAY, 2026))
                .isEmpty();
    }

    // ---------------------------------------------------------------- executeAll, standing

    @Test
    void executeAllLetsARecognitionSeeTheAdmissionBeforeIt() {
        MemberResult result = members.executeAll(
                ADMIN,
                List.of(
                        admit(member(1))
                                .considered(LocalDate.of(2025, 5, 19))
                                .ceremony(LocalDate.of(2025, 6, 1))
                                .build(),
                        recognize(member(1), JUNE_2026)));

        assertThat(result.facts())
                .extracting(f -> f.getClass().getSimpleName())
                .containsExactly("ProfileRecorded", "AdmissionDecided", "CeremonyHeld", "Recognized");
        assertThat(world.history(member(1)).version()).isEqualTo(4);
        assertThat(members.standing(ADMIN, member(1), JUNE_2026).orElseThrow().membershipStatus())
                .contains(MembershipStatus.FULL);
    }

    @Test
    void executeAllRecordsNothingWhenOneCommandIsRefusedAndPrefixesItsPaths() {
        InvalidInputException e = world.refusedUnchanged(() -> members.executeAll(
                ADMIN,
                List.<MemberCommand>of(
                        admit(member(1))
                                .considered(LocalDate.of(2025, 5, 19))
                                .ceremony(LocalDate.of(2025, 6, 1))
                                .build(),
                        recognize(member(1), LocalDate.of(2026, 5, 31)),
                        MemberTestData.discipline(SPONSOR_A, MemberDiscipline.WARNING, JUNE_2026, " "))));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        tuple("commands[2].violation", "validation:NotBlank"),
                        tuple("commands[1].decided", "MEM-PROBATION"));
        assertThat(e.getMessage()).startsWith("3 member commands rejected, 2 violations, nothing changed:");
        assertThat(members.find(ADMIN, member(1))).isEmpty();
    }
}

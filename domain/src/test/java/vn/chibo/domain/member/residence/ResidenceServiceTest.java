package vn.chibo.domain.member.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.domain.member.residence.ResidenceFixture.ADMIN;
import static vn.chibo.domain.member.residence.ResidenceFixture.WARD_5;
import static vn.chibo.domain.member.residence.ResidenceFixture.comment;
import static vn.chibo.domain.member.residence.ResidenceFixture.id;
import static vn.chibo.domain.member.residence.ResidenceFixture.meeting;
import static vn.chibo.domain.member.residence.ResidenceFixture.pathsAndRules;
import static vn.chibo.domain.member.residence.ResidenceFixture.register;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_1;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_1;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.organization.RosterSnapshot;
import vn.chibo.domain.port.MemberAppend;

class ResidenceServiceTest {
    private static final LocalDate LETTER = LocalDate.of(2023, 5, 1);
    private static final LocalDate ON = LocalDate.of(2023, 6, 1);

    private final ResidenceFixture fx = new ResidenceFixture();

    /** A full member of {@code cell} since 2010, stored in the member port. */
    private void admitted(String name, vn.chibo.domain.common.OrganizationId cell) {
        MemberId m = id(name);
        LocalDate decided = LocalDate.of(2010, 3, 1);
        LocalDate ceremony = decided.plusDays(14);
        var stamp = OrganizationTestData.recordedAt(OrganizationTestData.NOW);
        fx.members.append(
                ADMIN,
                MemberAppend.of(
                        Map.of(m, 0L),
                        List.of(
                                new MemberFact.ProfileRecorded(
                                        m,
                                        decided,
                                        MemberProfile.of(name, LocalDate.of(1980, 1, 1), Sex.FEMALE),
                                        stamp),
                                new MemberFact.AdmissionDecided(
                                        m, decided, cell, decided.minusDays(10), "QĐ kết nạp", List.of(), false, stamp),
                                new MemberFact.CeremonyHeld(m, ceremony, cell, stamp),
                                new MemberFact.Recognized(
                                        m, ceremony.plusMonths(12), ceremony.plusMonths(12), stamp))));
    }

    @Test
    void aServingMemberResidingInACellNeverAppearsInThatCellsRoster() {
        admitted("Trần Thị Hà", KHU_PHO_3);
        admitted("Nguyễn Thị Lan", KHU_PHO_1);
        fx.chibo.residences().execute(ADMIN, register("Nguyễn Thị Lan", KHU_PHO_3, LETTER, ON));

        assertThat(fx.chibo.members().roster(ADMIN, KHU_PHO_3, ON))
                .isEqualTo(new RosterSnapshot(KHU_PHO_3, ON, 1, 0, 0));
        assertThat(fx.chibo.members().roster(ADMIN, PHUONG_5, ON)).isEqualTo(new RosterSnapshot(PHUONG_5, ON, 1, 0, 0));
        assertThat(fx.chibo.members().roster(ADMIN, KHU_PHO_1, ON))
                .isEqualTo(new RosterSnapshot(KHU_PHO_1, ON, 1, 0, 0));
        assertThat(fx.members.ofOrganization(ADMIN, PHUONG_5, ON))
                .extracting(MemberHistory::id)
                .containsExactly(id("Trần Thị Hà"));
        assertThat(fx.chibo.residences().registered(ADMIN, PHUONG_5, ON))
                .extracting(ResidenceLiaisonHistory::id)
                .containsExactly(id("Nguyễn Thị Lan"));
    }

    @Test
    void theSeedWardCountsItsTwentyFourHundredServingMembersByCellOutsideItsRoster() {
        List<ResidenceCommand> commands = new ArrayList<>();
        for (int i = 0; i < 2400; i++) {
            commands.add(register("Đảng viên " + i, i < 1500 ? KHU_PHO_3 : KHU_PHO_7, LETTER, ON.plusDays(i % 20)));
        }
        fx.chibo.residences().executeAll(WARD_5, commands);
        LocalDate endOfJune = LocalDate.of(2023, 6, 30);

        ResidenceCensus census = fx.chibo.residences().census(WARD_5, PHUONG_5, endOfJune);
        assertThat(census.registered()).isEqualTo(2400);
        assertThat(census.inCell(KHU_PHO_3)).isEqualTo(1500);
        assertThat(census.inCell(KHU_PHO_7)).isEqualTo(900);
        assertThat(census.exemptFromActivity()).isZero();
        assertThat(fx.chibo.residences().census(WARD_5, PHUONG_5, ON).registered())
                .isEqualTo(120);
        assertThat(fx.chibo.members().roster(WARD_5, PHUONG_5, endOfJune).total())
                .isZero();
    }

    @Test
    @SuppressWarnings("NullAway") // a host passing null is what the validator must report
    void badInputIsReportedAllAtOnceAndNothingIsStored() {
        fx.chibo.residences().execute(WARD_5, register("An", KHU_PHO_3, LETTER, ON));
        List<ResidenceCommand> commands = List.of(
                new ResidenceCommand.Register(
                        id("Bình"), " ", null, new Workplace("", null), LETTER, ON, null, "giấy giới thiệu"),
                register("Cường", PHUONG_5, LETTER, ON),
                register("Dũng", KHU_PHO_3, ON.plusDays(1), ON, ExemptionCategory.PERMANENT_COMBAT_READINESS),
                meeting("Em", ON, MeetingPresence.PRESENT, null),
                comment("An", 2023, LocalDate.of(2023, 11, 1), CommentVerdict.FULFILS),
                comment("An", 2023, LocalDate.of(2023, 11, 2), CommentVerdict.FULFILS),
                meeting("An", ON.minusDays(1), MeetingPresence.PRESENT, null),
                register("Giang", KHU_PHO_3, LETTER, ON));

        InvalidInputException e = fx.refused(() -> fx.chibo.residences().executeAll(WARD_5, commands));

        assertThat(pathsAndRules(e))
                .containsExactly(
                        "commands[0].fullName validation:NotBlank",
                        "commands[0].residentialCell validation:NotNull",
                        "commands[0].workplace.name validation:NotBlank",
                        "commands[1].residentialCell " + ResidencePlanner.CELL,
                        "commands[2].letterIssued " + ResidencePlanner.DATE_ORDER,
                        "commands[2].exemption " + ResidencePolicy.EXEMPTION,
                        "commands[3].member " + ResidencePlanner.UNKNOWN,
                        "commands[5].year " + ResidencePlanner.COMMENT_TWICE,
                        "commands[6].held " + ResidencePlanner.NOT_ACTIVE);
        assertThat(e.getMessage()).startsWith("8 residence commands rejected, 9 violations, nothing changed:");
        assertThat(fx.liaisons.all(ADMIN))
                .extracting(ResidenceLiaisonHistory::id)
                .containsExactly(id("An"));
        assertThat(fx.liaisons.find(ADMIN, id("An")).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aWardCannotAskAboutAnotherWard() {
        assertThatThrownBy(() -> fx.chibo.residences().missingComments(WARD_5, PHUONG_1, Year.of(2023), ON))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> fx.chibo.residences().attendance(WARD_5, PHUONG_1, Year.of(2023), ON))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> fx.chibo.residences().census(WARD_5, PHUONG_1, ON))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void theCentralPolicyIsFoundFromTheSecondOfJanuary2020() {
        assertThat(fx.chibo.residences().policy(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(fx.chibo.residences().policy(LocalDate.of(2020, 1, 2)))
                .map(ResidencePolicy::id)
                .contains("member.residence/QĐ213-2020");
    }
}

package vn.chibo.domain.member.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.member.residence.ResidenceFixture.ADMIN;
import static vn.chibo.domain.member.residence.ResidenceFixture.WARD_5;
import static vn.chibo.domain.member.residence.ResidenceFixture.id;
import static vn.chibo.domain.member.residence.ResidenceFixture.pathsAndRules;
import static vn.chibo.domain.member.residence.ResidenceFixture.register;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.organization.ReorganizationKind;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.Severity;

class ResidenceRegistrationTest {
    private static final LocalDate LETTER = LocalDate.of(2021, 3, 1);

    private final ResidenceFixture fx = new ResidenceFixture();

    @Test
    void aLetterPresentedOnTheThirtiethDayIsOnTime() {
        ResidenceResult result = fx.chibo
                .residences()
                .execute(WARD_5, register("Lê Văn An", KHU_PHO_3, LETTER, LocalDate.of(2021, 3, 31)));

        assertThat(result.findings()).isEmpty();
        assertThat(result.facts()).hasSize(1);
        ResidenceLiaisonHistory h =
                fx.chibo.residences().find(WARD_5, id("Lê Văn An")).orElseThrow();
        assertThat(h.residentialCellOn(LocalDate.of(2021, 3, 31))).contains(KHU_PHO_3);
        assertThat(h.residentialCellOn(LocalDate.of(2021, 3, 30))).isEmpty();
        assertThat(h.workplaceOn(LocalDate.of(2021, 3, 31))).contains(ResidenceFixture.WORKPLACE);
    }

    @Test
    void aLetterPresentedOnTheThirtyFirstDayIsLateButTheRegistrationStands() {
        ResidenceResult result = fx.chibo
                .residences()
                .execute(WARD_5, register("Lê Văn An", KHU_PHO_3, LETTER, LocalDate.of(2021, 4, 1)));

        assertThat(result.facts()).hasSize(1);
        assertThat(result.findings()).hasSize(1);
        Finding late = result.findings().get(0);
        assertThat(late.code()).isEqualTo(ResidencePolicy.REGISTRATION_DEADLINE);
        assertThat(late.severity()).isEqualTo(Severity.WARNING);
        assertThat(late.subject()).isEqualTo(ResidenceFixture.subject("Lê Văn An"));
        assertThat(late.source().confidence()).isEqualTo(Confidence.RECALLED);
        assertThat(late.message().en())
                .isEqualTo("Introduction letter presented on 2021-04-01, later than 30 days after the letter of"
                        + " 2021-03-01 (last day 2021-03-31)");
        assertThat(late.producedBy().orElseThrow().id()).isEqualTo("member.residence/QĐ213-2020");
    }

    @Test
    void aProvinceCountingWorkingDaysMovesTheDeadlinePastTheWeekends() {
        ResidencePolicy workingDays = ResidencePolicy.builder()
                .from(ResidencePolicies.qd213())
                .id("member.residence/QĐ213-2020+ngày-làm-việc")
                .registrationDeadlineInWorkingDays(true)
                .build();
        PolicyRegistry policies = ChiboPolicies.central().toBuilder()
                .overlay(
                        ResidencePolicy.KIND,
                        workingDays,
                        Applicability.from(ResidencePolicies.QD213),
                        OrganizationTestData.PROVINCE)
                .build();
        ResidenceFixture province = new ResidenceFixture(policies);

        ResidenceResult onTime = province.chibo
                .residences()
                .execute(ADMIN, register("An", KHU_PHO_3, LETTER, LocalDate.of(2021, 4, 12)));
        ResidenceResult late = province.chibo
                .residences()
                .execute(ADMIN, register("Bình", KHU_PHO_3, LETTER, LocalDate.of(2021, 4, 13)));

        assertThat(onTime.findings()).isEmpty();
        assertThat(late.findings())
                .extracting(Finding::code, f -> f.producedBy().orElseThrow().id())
                .containsExactly(org.assertj.core.api.Assertions.tuple(
                        ResidencePolicy.REGISTRATION_DEADLINE, "member.residence/QĐ213-2020+ngày-làm-việc"));
    }

    @Test
    void aRegistrationBeforeQd213IsKeptAndJudgedNoPolicyEvenWhenLate() {
        ResidenceResult result = fx.chibo
                .residences()
                .execute(ADMIN, register("An", KHU_PHO_3, LocalDate.of(2019, 10, 1), LocalDate.of(2020, 1, 1)));

        assertThat(result.facts()).hasSize(1);
        assertThat(result.findings()).extracting(Finding::code).containsExactly(Finding.NO_POLICY);
        assertThat(fx.liaisons.find(ADMIN, id("An")).orElseThrow().isActiveOn(LocalDate.of(2020, 1, 1)))
                .isTrue();
    }

    @Test
    void theFirstDayOfQd213IsJudged() {
        ResidenceResult result = fx.chibo
                .residences()
                .execute(ADMIN, register("An", KHU_PHO_3, LocalDate.of(2019, 10, 1), LocalDate.of(2020, 1, 2)));

        assertThat(result.findings()).extracting(Finding::code).containsExactly(ResidencePolicy.REGISTRATION_DEADLINE);
    }

    @Test
    void aRegistrationWithACellDissolvedBeforeIsRefused() {
        fx.chibo.organizations().execute(ADMIN, OrganizationTestData.dissolve(KHU_PHO_7, LocalDate.of(2022, 1, 1)));

        InvalidInputException e = fx.refused(() -> fx.chibo
                .residences()
                .execute(WARD_5, register("An", KHU_PHO_7, LocalDate.of(2022, 1, 20), LocalDate.of(2022, 2, 1))));

        assertThat(pathsAndRules(e)).containsExactly("residentialCell " + ResidencePlanner.CELL);
        assertThat(e.violations().get(0).message())
                .isEqualTo("the residential cell does not exist (not yet founded, or dissolved) on 2022-02-01");
        assertThat(fx.liaisons.find(ADMIN, id("An"))).isEmpty();
    }

    @Test
    void aRegistrationWithTheWardCommitteeRatherThanACellIsRefused() {
        InvalidInputException e = fx.refused(
                () -> fx.chibo.residences().execute(WARD_5, register("An", PHUONG_5, LETTER, LETTER.plusDays(5))));

        assertThat(pathsAndRules(e)).containsExactly("residentialCell " + ResidencePlanner.CELL);
        assertThat(e.violations().get(0).rejectedValue()).isEqualTo("Đảng bộ Phường 5 (GRASSROOTS_COMMITTEE)");
    }

    @Test
    void aGrassrootsCellAfterTheRestructuringIsAResidentialCell() {
        fx.chibo
                .organizations()
                .execute(
                        ADMIN,
                        OrganizationTestData.reorganize(
                                        ReorganizationKind.DISSOLUTION, OrganizationTestData.THREE_LEVELS)
                                .dissolve(OrganizationTestData.KHU_PHO_1)
                                .dissolve(OrganizationTestData.PHUONG_1)
                                .build());
        fx.chibo.organizations().execute(ADMIN, OrganizationTestData.restructuring2025(true));
        LocalDate day = LocalDate.of(2025, 8, 1);
        assertThat(fx.chibo
                        .organizations()
                        .treeOn(ADMIN, day)
                        .get(KHU_PHO_3)
                        .orElseThrow()
                        .kind())
                .isEqualTo(OrganizationKind.GRASSROOTS_CELL);

        ResidenceResult result = fx.chibo.residences().execute(ADMIN, register("An", KHU_PHO_3, day.minusDays(3), day));

        assertThat(result.findings()).isEmpty();
        assertThat(fx.chibo
                        .residences()
                        .census(ADMIN, OrganizationTestData.NEW_WARD, day)
                        .registered())
                .isEqualTo(1);
    }

    @Test
    void aCategoryExemptFromIntroductionIsRefusedWithAClearError() {
        InvalidInputException e = fx.refused(() -> fx.chibo
                .residences()
                .execute(
                        WARD_5,
                        register(
                                "An",
                                KHU_PHO_3,
                                LETTER,
                                LETTER.plusDays(5),
                                ExemptionCategory.SPECIAL_MISSION_PROTECTED_IDENTITY)));

        assertThat(pathsAndRules(e)).containsExactly("exemption " + ResidencePolicy.EXEMPTION);
        assertThat(e.violations().get(0).message())
                .startsWith("the member is exempt from being introduced to the residence at all: armed forces member"
                        + " on a special mission with a protected identity — HD 33-HD/BTCTW (30/10/2020), item 1");
        assertThat(e.violations().get(0).messageVi())
                .startsWith("đảng viên thuộc diện không giới thiệu về nơi cư trú: ");
    }

    @Test
    void anIntroducedButExemptMemberIsRegisteredInTheirCategoryUntilItEnds() {
        fx.chibo
                .residences()
                .execute(WARD_5, register("An", KHU_PHO_3, LETTER, LETTER.plusDays(5), ExemptionCategory.STUDENT_AWAY));
        fx.chibo
                .residences()
                .execute(
                        WARD_5,
                        new ResidenceCommand.RecordExemption(id("An"), LocalDate.of(2022, 7, 1), null, "tốt nghiệp"));

        ResidenceLiaisonHistory h = fx.liaisons.find(ADMIN, id("An")).orElseThrow();
        assertThat(h.exemptionOn(LETTER.plusDays(5))).contains(ExemptionCategory.STUDENT_AWAY);
        assertThat(h.exemptionOn(LocalDate.of(2022, 6, 30))).contains(ExemptionCategory.STUDENT_AWAY);
        assertThat(h.exemptionOn(LocalDate.of(2022, 7, 1))).isEmpty();
        assertThat(fx.chibo.residences().census(WARD_5, PHUONG_5, LocalDate.of(2022, 6, 30)))
                .extracting(ResidenceCensus::registered, ResidenceCensus::exemptFromActivity)
                .containsExactly(1, 1);
    }

    @Test
    void aCategoryExemptFromIntroductionCannotBeRecordedLaterEither() {
        fx.chibo.residences().execute(WARD_5, register("An", KHU_PHO_3, LETTER, LETTER.plusDays(5)));

        InvalidInputException e = fx.refused(() -> fx.chibo
                .residences()
                .execute(
                        WARD_5,
                        new ResidenceCommand.RecordExemption(
                                id("An"), LocalDate.of(2022, 1, 1), ExemptionCategory.PERMANENT_COMBAT_READINESS, "")));

        assertThat(pathsAndRules(e)).containsExactly("exemption " + ResidencePolicy.EXEMPTION);
    }

    @Test
    void aSecondRegistrationWhileRegisteredIsRefusedButOneAfterTheEndIsNot() {
        fx.chibo.residences().execute(WARD_5, register("An", KHU_PHO_3, LETTER, LETTER.plusDays(5)));

        InvalidInputException e = fx.refused(() -> fx.chibo
                .residences()
                .execute(WARD_5, register("An", KHU_PHO_7, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 5))));
        assertThat(pathsAndRules(e)).containsExactly("registered " + ResidencePlanner.OVERLAP);

        fx.chibo
                .residences()
                .executeAll(
                        WARD_5,
                        java.util.List.of(
                                ResidenceFixture.end("An", LocalDate.of(2022, 1, 5), EndReason.MOVED_AWAY),
                                register("An", KHU_PHO_7, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 5))));
        ResidenceLiaisonHistory h = fx.liaisons.find(ADMIN, id("An")).orElseThrow();
        assertThat(h.residentialCellOn(LocalDate.of(2022, 1, 4))).contains(KHU_PHO_3);
        assertThat(h.residentialCellOn(LocalDate.of(2022, 1, 5))).contains(KHU_PHO_7);
        assertThat(h.registrations())
                .extracting(r -> r.ended().orElse(null))
                .containsExactly(EndReason.MOVED_AWAY, null);
    }
}

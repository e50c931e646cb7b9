package vn.chibo.domain.member.residence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.WorkingCalendar;

class ResidencePoliciesTest {
    private final PolicyRegistry central = ChiboPolicies.central();

    @Test
    void theFirstOfJanuary2020HasNoResidencePolicyAndTheSecondHasQd213() {
        PolicyLookup<ResidencePolicy> before = central.find(ResidencePolicy.KIND, LocalDate.of(2020, 1, 1));
        PolicyLookup<ResidencePolicy> on = central.find(ResidencePolicy.KIND, LocalDate.of(2020, 1, 2));

        assertThat(before).isInstanceOf(PolicyLookup.Missing.class);
        assertThat(((PolicyLookup.Missing<ResidencePolicy>) before).finding().code())
                .isEqualTo(Finding.NO_POLICY);
        assertThat(on.policy().map(ResidencePolicy::id)).contains("member.residence/QĐ213-2020");
        assertThat(central.find(ResidencePolicy.KIND, LocalDate.of(2000, 6, 15)).policy())
                .isEmpty();
    }

    @Test
    void chibosCentralRegistryHoldsExactlyOneResidencePolicy() {
        assertThat(central.registrations().stream().filter(r -> r.kind().equals(ResidencePolicy.KIND)))
                .extracting(r -> r.policy().id())
                .containsExactly("member.residence/QĐ213-2020");
    }

    @Test
    void theDefaultsAreSixMonthlyMeetingsThirtyCalendarDaysFifteenNovemberAndTheRatingCap() {
        ResidencePolicy p = ResidencePolicies.qd213();

        assertThat(p.meetingIntervalMonths()).isEqualTo(6);
        assertThat(p.registrationDeadlineDays()).isEqualTo(30);
        assertThat(p.registrationDeadlineInWorkingDays()).isFalse();
        assertThat(p.commentDeadline()).isEqualTo(MonthDay.of(11, 15));
        assertThat(p.negativeCommentCapsAtCompleted()).isTrue();
        assertThat(p.exemptFromIntroduction())
                .containsExactlyInAnyOrder(
                        ExemptionCategory.SPECIAL_MISSION_PROTECTED_IDENTITY,
                        ExemptionCategory.PERMANENT_COMBAT_READINESS);
        assertThat(p.parameters())
                .containsEntry("commentDeadline", "--11-15")
                .containsEntry(
                        "exemptFromIntroduction", "[PERMANENT_COMBAT_READINESS, SPECIAL_MISSION_PROTECTED_IDENTITY]")
                .hasSize(6);
    }

    @Test
    void everyRuleNamesItsSourceWithTheConfidenceOfItsReading() {
        ResidencePolicy p = ResidencePolicies.qd213();

        assertThat(p.sourceOf(ResidencePolicy.MEETINGS).confidence()).isEqualTo(Confidence.SOURCE_SEEN);
        assertThat(p.sourceOf(ResidencePolicy.MEETINGS).article()).isEqualTo("Điều 4");
        assertThat(p.sourceOf(ResidencePolicy.JOINT_COMMENT).confidence()).isEqualTo(Confidence.SOURCE_SEEN);
        assertThat(p.sourceOf(ResidencePolicy.EXEMPTION).document()).isEqualTo("HD 33-HD/BTCTW (30/10/2020)");
        assertThat(p.sourceOf(ResidencePolicy.EXEMPTION).confidence()).isEqualTo(Confidence.SOURCE_SEEN);
        assertThat(p.sourceOf(ResidencePolicy.REGISTRATION_DEADLINE).confidence())
                .isEqualTo(Confidence.RECALLED);
        assertThat(p.sourceOf(ResidencePolicy.COMMENT_DEADLINE).confidence()).isEqualTo(Confidence.RECALLED);
        assertThat(p.sourceOf(ResidencePolicy.RATING_CAP).confidence()).isEqualTo(Confidence.OPEN_QUESTION);
        assertThat(p.ruleSources()).hasSize(6);
    }

    @Test
    void aChangedParameterChangesTheFingerprint() {
        ResidencePolicy p = ResidencePolicies.qd213();

        assertThat(ResidencePolicy.builder().from(p).build().fingerprint()).isEqualTo(p.fingerprint());
        assertThat(ResidencePolicy.builder()
                        .from(p)
                        .commentDeadline(MonthDay.of(12, 1))
                        .build()
                        .fingerprint())
                .isNotEqualTo(p.fingerprint());
        assertThat(ResidencePolicy.builder()
                        .from(p)
                        .negativeCommentCapsAtCompleted(false)
                        .build()
                        .fingerprint())
                .isNotEqualTo(p.fingerprint());
    }

    @Test
    void theRegistrationDeadlineIsThirtyCalendarDaysOrThirtyWorkingDaysWhenAHostSaysSo() {
        ResidencePolicy calendarDays = ResidencePolicies.qd213();
        ResidencePolicy workingDays = ResidencePolicy.builder()
                .from(calendarDays)
                .registrationDeadlineInWorkingDays(true)
                .build();
        WorkingCalendar vietnam = WorkingCalendar.vietnam();
        LocalDate letter = LocalDate.of(2021, 3, 1);

        assertThat(calendarDays.registrationLastDay(letter, vietnam)).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(calendarDays.registeredInTime(letter, LocalDate.of(2021, 3, 31), vietnam))
                .isTrue();
        assertThat(calendarDays.registeredInTime(letter, LocalDate.of(2021, 4, 1), vietnam))
                .isFalse();
        assertThat(workingDays.registrationLastDay(letter, vietnam)).isEqualTo(LocalDate.of(2021, 4, 12));
        assertThat(workingDays.registeredInTime(letter, LocalDate.of(2021, 4, 12), vietnam))
                .isTrue();
        assertThat(workingDays.registeredInTime(letter, LocalDate.of(2021, 4, 13), vietnam))
                .isFalse();
    }

    @Test
    void fiveCategoriesAreIntroducedButExemptAndTwoAreNotIntroducedEachWithBothLabels() {
        ResidencePolicy p = ResidencePolicies.qd213();

        assertThat(Arrays.stream(ExemptionCategory.values())
                        .filter(c -> !p.exemptFromIntroduction().contains(c)))
                .containsExactly(
                        ExemptionCategory.ARMED_FORCES_IN_BARRACKS,
                        ExemptionCategory.MOBILE_OR_AWAY_WORKER,
                        ExemptionCategory.ROTATED_CADRE_IN_STAFF_HOUSING,
                        ExemptionCategory.FULL_TIME_STUDY,
                        ExemptionCategory.STUDENT_AWAY);
        assertThat(ExemptionCategory.STUDENT_AWAY.label().vi()).isEqualTo("Học sinh, sinh viên đi học xa nhà");
        assertThat(ExemptionCategory.STUDENT_AWAY.label().en()).isEqualTo("pupil or student studying away from home");
        assertThat(ExemptionCategory.FULL_TIME_STUDY.label().vi())
                .isEqualTo("Cán bộ, công chức đi học tập trung 12 tháng trong năm");
    }
}

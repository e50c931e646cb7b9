package vn.chibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.meeting.MeetingTestData.ADMIN;
import static vn.chibo.domain.meeting.MeetingTestData.KHU_PHO_3;
import static vn.chibo.domain.meeting.MeetingTestData.codes;
import static vn.chibo.domain.meeting.MeetingTestData.secret;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;

/**
 * Each meeting is judged under the meeting policy of its date, and each vote under the vote policy
 * of its date; every result records the policy it used.
 */
class MeetingPolicySelectionTest {
    private final MeetingTestData data = new MeetingTestData();

    @BeforeEach
    void fiveMembers() {
        data.full(MeetingTestData.names("Đảng viên", 5));
    }

    /** The findings on an 89-minute meeting on {@code day}, materials posted the same day. */
    private List<Finding> shortMeetingOn(LocalDate day) {
        return data.record(data.meeting(day).minutes(89).materialsPublished(day).build());
    }

    @Test
    void aMeetingOnTheFifthOfJuly2018PrecedesHd12AndIsNotJudged() {
        List<Finding> findings = shortMeetingOn(LocalDate.of(2018, 7, 5));

        assertThat(codes(findings)).containsExactly(Finding.NO_POLICY);
        assertThat(findings.get(0).policy()).isNull();
    }

    @Test
    void aMeetingOnTheSixthOfJuly2018IsJudgedUnderHd12() {
        List<Finding> findings = shortMeetingOn(LocalDate.of(2018, 7, 6));

        assertThat(codes(findings)).containsExactly(MeetingPolicy.DURATION);
        assertThat(findings.get(0).policy()).isEqualTo(PolicyRef.of(MeetingPolicies.hd12()));
        assertThat(findings.get(0).producedBy().orElseThrow().id()).isEqualTo("meeting.quality/HD12-2018");
    }

    @Test
    void thePartyGroupPilotPolicyAppliesFromTheTwentySeventhOfDecember2022() {
        assertThat(shortMeetingOn(LocalDate.of(2022, 12, 26))
                        .get(0)
                        .producedBy()
                        .orElseThrow()
                        .id())
                .isEqualTo("meeting.quality/HD12-2018");
        assertThat(shortMeetingOn(LocalDate.of(2022, 12, 27)).get(0).policy())
                .isEqualTo(PolicyRef.of(MeetingPolicies.hd12WithPilot()));
    }

    @Test
    void hd42AppliesFromTheTwentyEighthOfOctober2025WithItsMaterialsRule() {
        List<Finding> before = shortMeetingOn(LocalDate.of(2025, 10, 27));
        List<Finding> after = shortMeetingOn(LocalDate.of(2025, 10, 28));

        assertThat(codes(before)).containsExactly(MeetingPolicy.DURATION);
        assertThat(before.get(0).producedBy().orElseThrow().id()).isEqualTo("meeting.quality/HD12-HD03-2022");
        assertThat(codes(after)).containsExactly(MeetingPolicy.DURATION, MeetingPolicy.MATERIALS);
        assertThat(after).extracting(Finding::policy).containsOnly(PolicyRef.of(MeetingPolicies.hd42()));
        assertThat(after.get(0).source().document()).isEqualTo("HD 42-HD/BTCTW (28/10/2025)");
    }

    @Test
    void aComplianceReportRecordsEveryMeetingPolicyItApplied() {
        data.record(data.meeting(LocalDate.of(2025, 10, 25)).build());
        data.record(data.meeting(LocalDate.of(2025, 11, 25)).build());

        assertThat(data.chibo
                        .meetings()
                        .compliance(ADMIN, KHU_PHO_3, YearMonth.of(2025, 10), YearMonth.of(2025, 11))
                        .policies())
                .containsExactly(PolicyRef.of(MeetingPolicies.hd12WithPilot()), PolicyRef.of(MeetingPolicies.hd42()));
    }

    @Test
    void aVoteIsCountedUnderQd29UntilTheTwentyNinthOfJuly2021AndUnderQd24From() {
        Meeting before = data.meeting(LocalDate.of(2021, 7, 29))
                .resolution(MeetingTestData.ordinary(secret(5, 0, 0, 0)))
                .build();
        Meeting after = data.meeting(LocalDate.of(2021, 7, 30))
                .resolution(MeetingTestData.ordinary(secret(5, 0, 0, 0)))
                .build();
        data.record(before);
        data.record(after);

        assertThat(data.chibo.meetings().votes(ADMIN, before.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.policy()).isEqualTo(PolicyRef.of(VotePolicies.qd29())));
        assertThat(data.chibo.meetings().votes(ADMIN, after.id()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.policy()).isEqualTo(PolicyRef.of(VotePolicies.qd24()));
                    assertThat(r.policy().id()).isEqualTo("meeting.vote/QĐ24-2021");
                });
    }

    @Test
    void aProvinceOverlayOfTheMeetingPolicyJudgesTheMeetingsOfItsCells() {
        MeetingPolicy stricter = MeetingPolicy.builder()
                .from(MeetingPolicies.hd12WithPilot())
                .id("meeting.quality/tinh-90-phan-tram")
                .attendanceAbovePercent(90)
                .build();
        MeetingTestData province = new MeetingTestData(ChiboPolicies.central().toBuilder()
                .overlay(
                        MeetingPolicy.KIND,
                        stricter,
                        Applicability.between(LocalDate.of(2024, 1, 1), MeetingPolicies.HD42),
                        MeetingTestData.PROVINCE)
                .build());
        province.full(MeetingTestData.names("Đảng viên", 10));
        Meeting nineOfTen = province.meeting(LocalDate.of(2024, 3, 25))
                .excused("Đảng viên 10", "ốm")
                .build();

        List<Finding> findings = province.record(nineOfTen);

        assertThat(codes(findings)).containsExactly(MeetingPolicy.ATTENDANCE);
        assertThat(findings.get(0).policy()).isEqualTo(PolicyRef.of(stricter));
        assertThat(province.chibo
                        .meetings()
                        .compliance(ADMIN, KHU_PHO_3, YearMonth.of(2024, 3), YearMonth.of(2024, 3))
                        .policies())
                .containsExactly(PolicyRef.of(stricter));
        // Before the overlay applies, the central 85 % does: 9/10 is above it.
        assertThat(province.record(province.meeting(LocalDate.of(2023, 12, 25))
                        .excused("Đảng viên 10", "ốm")
                        .build()))
                .isEmpty();
    }
}

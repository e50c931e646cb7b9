package vn.chibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.meeting.MeetingTestData.codes;
import static vn.chibo.domain.meeting.MeetingTestData.names;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.member.MembershipStatus;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;

/**
 * The attendance criteria of a meeting (HD 12-HD/BTCTW; rules.md §3.4): attendance above 85 %,
 * compared exactly, with exempted members and members on special duty out of both counts; no
 * unexcused absence.
 */
class AttendanceQualityTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 25);

    private final MeetingTestData data = new MeetingTestData();

    @Test
    void seventeenOfTwentyIsEightyFivePointZeroPercentAndAFinding() {
        List<String> members = names("Đảng viên", 20);
        data.full(members);

        List<Finding> findings = data.record(data.meeting(DAY)
                .excused(members.subList(17, 20), "đi công tác")
                .build());

        assertThat(codes(findings)).containsExactly(MeetingPolicy.ATTENDANCE);
        Finding f = findings.get(0);
        assertThat(f.message(Label.VIETNAMESE)).isEqualTo("Có mặt 85,0 % (17/20), cần trên 85 %.");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("Attendance 85.0% (17/20); above 85% is required.");
        assertThat(f.subject()).isEqualTo("Chi bộ Khu phố 3 (Sinh hoạt chi bộ thường kỳ) 2024-03-25");
        assertThat(f.policy()).isEqualTo(PolicyRef.of(MeetingPolicies.hd12WithPilot()));
        assertThat(f.source().document()).isEqualTo("HD 12-HD/BTCTW (06/7/2018)");
    }

    @Test
    void fortyOfFortySevenIsEightyFivePointOnePercentAndNoFinding() {
        List<String> members = names("Đảng viên", 47);
        data.full(members);

        List<Finding> findings = data.record(data.meeting(DAY)
                .excused(members.subList(40, 47), "đi công tác")
                .build());

        assertThat(findings).isEmpty();
    }

    @Test
    void eightHundredFiftyOfAThousandIsAFindingAndEightHundredFiftyOneIsNot() {
        assertThat(codes(judgeAttendance(1000, 850))).containsExactly(MeetingPolicy.ATTENDANCE);
        assertThat(judgeAttendance(1000, 850).get(0).message(Locale.ENGLISH))
                .isEqualTo("Attendance 85.0% (850/1000); above 85% is required.");
        assertThat(judgeAttendance(1000, 851)).isEmpty();
    }

    @Test
    void exemptedAndSpecialDutyMembersWhoAreAbsentLeaveBothCounts() {
        List<String> members = names("Đảng viên", 20);
        data.full(members).full("Miễn", "Đặc biệt");
        data.condition("Miễn", ConditionKind.EXEMPTION, LocalDate.of(2023, 1, 1))
                .condition("Đặc biệt", ConditionKind.SPECIAL_DUTY, LocalDate.of(2023, 1, 1));

        // 18 of the 20 counted: 90 %; counting the two absent would give 18/22 = 81.8 %.
        List<Finding> findings = data.record(data.meeting(DAY)
                .excused(members.subList(18, 20), "ốm")
                .excused("Miễn", "được miễn sinh hoạt")
                .excused("Đặc biệt", "làm nhiệm vụ đặc biệt")
                .build());

        assertThat(findings).isEmpty();
    }

    @Test
    void exemptedAndSpecialDutyMembersWhoArePresentLeaveBothCountsToo() {
        List<String> members = names("Đảng viên", 20);
        data.full(members).full("Miễn", "Đặc biệt");
        data.condition("Miễn", ConditionKind.EXEMPTION, LocalDate.of(2023, 1, 1))
                .condition("Đặc biệt", ConditionKind.SPECIAL_DUTY, LocalDate.of(2023, 1, 1));

        // 17 of 20 counted; counting the two present would give 19/22 = 86.4 %.
        List<Finding> findings = data.record(
                data.meeting(DAY).excused(members.subList(17, 20), "ốm").build());

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.message(Locale.ENGLISH))
                        .isEqualTo("Attendance 85.0% (17/20); above 85% is required."));
    }

    @Test
    void anUnexcusedAbsenceIsAFindingEvenWithAttendanceAboveTheThreshold() {
        List<String> members = names("Đảng viên", 10);
        data.full(members);

        List<Finding> findings =
                data.record(data.meeting(DAY).unexcused(members.get(9)).build());

        assertThat(codes(findings)).containsExactly(MeetingPolicy.UNEXCUSED);
        assertThat(findings.get(0).message(Label.VIETNAMESE)).isEqualTo("1 đảng viên vắng không lý do.");
        assertThat(findings.get(0).message(Locale.ENGLISH)).isEqualTo("1 members absent without reason.");
    }

    @Test
    void anUnexcusedAbsenceOfAMemberOnSpecialDutyIsNotCounted() {
        data.full(names("Đảng viên", 10)).full("Đặc biệt");
        data.condition("Đặc biệt", ConditionKind.SPECIAL_DUTY, LocalDate.of(2023, 1, 1));

        assertThat(data.record(data.meeting(DAY).unexcused("Đặc biệt").build())).isEmpty();
    }

    @Test
    void aCommitteeMeetingIsNotJudgedOnAttendance() {
        data.full("Bí thư", "Phó bí thư", "Chi ủy viên");
        data.seat(MeetingTestData.KHU_PHO_3, "Bí thư", vn.chibo.domain.organization.CommitteeRole.SECRETARY)
                .seat(
                        MeetingTestData.KHU_PHO_3,
                        "Phó bí thư",
                        vn.chibo.domain.organization.CommitteeRole.DEPUTY_SECRETARY)
                .seat(MeetingTestData.KHU_PHO_3, "Chi ủy viên", vn.chibo.domain.organization.CommitteeRole.MEMBER);

        List<Finding> findings = data.record(data.meeting(MeetingTestData.KHU_PHO_3, MeetingKind.COMMITTEE, DAY)
                .excused("Phó bí thư", "ốm")
                .unexcused("Chi ủy viên")
                .minutes(30)
                .build());

        assertThat(findings).isEmpty();
    }

    /** The findings on a meeting of {@code counted} full members, {@code present} of them present. */
    private static List<Finding> judgeAttendance(int counted, int present) {
        Map<MemberId, MemberStanding> standings = new HashMap<>();
        List<Attendance> roll = new ArrayList<>();
        for (int i = 0; i < counted; i++) {
            MemberId m = MemberId.random();
            standings.put(
                    m,
                    new MemberStanding(
                            m,
                            DAY,
                            MembershipStatus.FULL,
                            MeetingTestData.KHU_PHO_3,
                            MeetingTestData.KHU_PHO_3,
                            null,
                            ImmutableSet.of()));
            roll.add(i < present ? Attendance.present(m) : Attendance.excused(m, "đi công tác"));
        }
        Meeting meeting = new Meeting(
                MeetingId.random(),
                MeetingTestData.KHU_PHO_3,
                MeetingKind.REGULAR,
                false,
                DAY,
                java.time.LocalTime.of(19, 0),
                java.time.LocalTime.of(21, 0),
                null,
                List.of(),
                List.of(),
                roll,
                null,
                List.of());
        return MeetingCompliance.ofMeeting(meeting, standings, ChiboPolicies.central(), List.of(), "Chi bộ");
    }
}

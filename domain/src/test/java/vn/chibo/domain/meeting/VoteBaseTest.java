package vn.chibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.meeting.MeetingTestData.ADMIN;
import static vn.chibo.domain.meeting.MeetingTestData.KHU_PHO_3;
import static vn.chibo.domain.meeting.MeetingTestData.KHU_PHO_7;
import static vn.chibo.domain.meeting.MeetingTestData.about;
import static vn.chibo.domain.meeting.MeetingTestData.id;
import static vn.chibo.domain.meeting.MeetingTestData.ordinary;
import static vn.chibo.domain.meeting.MeetingTestData.secret;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.member.MembershipStatus;

/**
 * Who is in the base of a vote (rules.md §3.5–3.6), one exclusion at a time: ten full members are
 * present and counted, and one more member is summoned whose standing decides the base.
 */
class VoteBaseTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 25);
    private static final LocalDate QD29_DAY = LocalDate.of(2020, 3, 25);
    private static final String ONE = "Trần Văn Một";

    private final MeetingTestData data = new MeetingTestData();

    @BeforeEach
    void tenFullMembers() {
        data.full(MeetingTestData.names("Đảng viên", 10));
    }

    /** Records {@code meeting} and counts its only resolution. */
    private VoteResult count(Meeting meeting) {
        data.record(meeting);
        return data.chibo.meetings().votes(ADMIN, meeting.id()).get(0);
    }

    private static List<VoteResult.Exclusion> only(ExclusionReason reason) {
        return List.of(new VoteResult.Exclusion(id(ONE), reason));
    }

    @Test
    void tenFullMembersPresentAreABaseOfTen() {
        VoteResult r =
                count(data.meeting(DAY).resolution(ordinary(secret(6, 4, 0, 0))).build());

        assertThat(r.summoned()).isEqualTo(10);
        assertThat(r.base()).isEqualTo(10);
        assertThat(r.exclusions()).isEmpty();
    }

    @Test
    void aProbationaryMemberIsNeverInTheBase() {
        data.probationary(ONE, LocalDate.of(2023, 9, 1));
        assertThat(data.standing(ONE, DAY).status()).isEqualTo(MembershipStatus.PROBATIONARY);

        VoteResult r =
                count(data.meeting(DAY).resolution(ordinary(secret(6, 4, 0, 0))).build());

        assertThat(r.summoned()).isEqualTo(11);
        assertThat(r.base()).isEqualTo(10);
        assertThat(r.exclusions()).isEqualTo(only(ExclusionReason.NOT_FULL));
    }

    @Test
    void aMemberAwaitingRecognitionIsNotInTheBase() {
        data.probationary(ONE, LocalDate.of(2022, 9, 1));
        assertThat(data.standing(ONE, DAY).status()).isEqualTo(MembershipStatus.AWAITING_RECOGNITION);

        VoteResult r =
                count(data.meeting(DAY).resolution(ordinary(secret(6, 4, 0, 0))).build());

        assertThat(r.base()).isEqualTo(10);
        assertThat(r.exclusions()).isEqualTo(only(ExclusionReason.NOT_FULL));
    }

    @Test
    void aMemberTemporarilyTransferredOutMayStayOnTheHomeRollAndTheVoteNamesTheExclusion() {
        data.full(ONE).temporarilyTransferred(ONE, KHU_PHO_7, LocalDate.of(2024, 1, 15));
        Meeting onTheRoll = data.meeting(DAY)
                .attendance(Attendance.excused(id(ONE), "sinh hoạt tạm thời nơi khác"))
                .resolution(ordinary(secret(6, 4, 0, 0)))
                .build();

        data.record(onTheRoll);

        VoteResult r = data.chibo.meetings().votes(ADMIN, onTheRoll.id()).get(0);
        assertThat(r.summoned()).isEqualTo(11);
        assertThat(r.base()).isEqualTo(10);
        assertThat(r.exclusions())
                .containsExactly(new VoteResult.Exclusion(id(ONE), ExclusionReason.TEMPORARILY_TRANSFERRED_OUT));
    }

    @Test
    void aMemberTemporarilyTransferredOutIsLeftOutOfTheBaseWhenOnTheRoll() {
        data.full(ONE).temporarilyTransferred(ONE, KHU_PHO_7, LocalDate.of(2024, 1, 15));
        Map<MemberId, MemberStanding> standings = data.standings(KHU_PHO_3, DAY);
        Meeting m = data.meeting(DAY)
                .attendance(Attendance.excused(id(ONE), "sinh hoạt tạm thời nơi khác"))
                .resolution(ordinary(secret(6, 4, 0, 0)))
                .build();

        VoteResult r = Votes.count(m, m.resolutions().get(0), standings, VotePolicies.qd24());

        assertThat(r.summoned()).isEqualTo(11);
        assertThat(r.base()).isEqualTo(10);
        assertThat(r.exclusions()).isEqualTo(only(ExclusionReason.TEMPORARILY_TRANSFERRED_OUT));
    }

    @Test
    void aMemberTemporarilyAttachedHereIsInTheBaseOfAnOrdinaryResolution() {
        data.fullIn(KHU_PHO_7, ONE).temporarilyTransferred(ONE, KHU_PHO_3, LocalDate.of(2024, 1, 15));

        VoteResult r =
                count(data.meeting(DAY).resolution(ordinary(secret(6, 5, 0, 0))).build());

        assertThat(r.summoned()).isEqualTo(11);
        assertThat(r.base()).isEqualTo(11);
        assertThat(r.exclusions()).isEmpty();
    }

    @Test
    void aMemberTemporarilyAttachedHereIsNotInTheBaseOfAMembershipMatter() {
        data.fullIn(KHU_PHO_7, ONE).temporarilyTransferred(ONE, KHU_PHO_3, LocalDate.of(2024, 1, 15));

        VoteResult r = count(data.meeting(DAY)
                .resolution(about(ResolutionKind.ADMISSION, "Quần chúng Ưu", secret(7, 3, 0, 0)))
                .build());

        assertThat(r.base()).isEqualTo(10);
        assertThat(r.exclusions()).isEqualTo(only(ExclusionReason.TEMPORARILY_ATTACHED));
        assertThat(r.required()).isEqualTo(7);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void anExemptedMemberWhoIsAbsentIsNotInTheBase() {
        data.full(ONE).condition(ONE, ConditionKind.EXEMPTION, LocalDate.of(2023, 1, 1));

        VoteResult r = count(data.meeting(DAY)
                .excused(ONE, "được miễn sinh hoạt")
                .resolution(ordinary(secret(6, 4, 0, 0)))
                .build());

        assertThat(r.summoned()).isEqualTo(11);
        assertThat(r.base()).isEqualTo(10);
        assertThat(r.exclusions()).isEqualTo(only(ExclusionReason.EXEMPTED_ABSENT));
    }

    @Test
    void anExemptedMemberWhoAttendsIsInTheBaseAndVotes() {
        data.full(ONE).condition(ONE, ConditionKind.EXEMPTION, LocalDate.of(2023, 1, 1));

        VoteResult r = count(
                data.meeting(DAY).resolution(ordinary(secret(11, 0, 0, 0))).build());

        assertThat(r.base()).isEqualTo(11);
        assertThat(r.exclusions()).isEmpty();
        assertThat(r.required()).isEqualTo(6);
    }

    @Test
    void aSuspendedMemberIsNotInTheBaseEvenWhenPresent() {
        data.full(ONE).condition(ONE, ConditionKind.SUSPENSION, LocalDate.of(2024, 1, 1));

        VoteResult r =
                count(data.meeting(DAY).resolution(ordinary(secret(6, 4, 0, 0))).build());

        assertThat(r.base()).isEqualTo(10);
        assertThat(r.exclusions()).isEqualTo(only(ExclusionReason.SUSPENDED));
    }

    @Test
    void aMemberProsecutedOrInCustodyIsNotInTheBase() {
        data.full(ONE).condition(ONE, ConditionKind.PROSECUTION, LocalDate.of(2024, 1, 1));

        VoteResult r = count(data.meeting(DAY)
                .excused(ONE, "bị tạm giam")
                .resolution(ordinary(secret(6, 4, 0, 0)))
                .build());

        assertThat(r.base()).isEqualTo(10);
        assertThat(r.exclusions()).isEqualTo(only(ExclusionReason.PROSECUTED));
    }

    @Test
    void underQd24AMemberAbsentWithAnAcceptedReasonLeavesTheBase() {
        data.full(ONE);

        VoteResult r = count(data.meeting(DAY)
                .excused(ONE, "đi công tác")
                .resolution(ordinary(secret(6, 4, 0, 0)))
                .build());

        assertThat(r.base()).isEqualTo(10);
        assertThat(r.exclusions()).isEqualTo(only(ExclusionReason.ACCEPTED_ABSENCE));
        assertThat(r.policy().id()).isEqualTo("meeting.vote/QĐ24-2021");
    }

    @Test
    void underQd29AMemberAbsentWithAnAcceptedReasonStaysInTheBase() {
        data.full(ONE);

        VoteResult r = count(data.meeting(QD29_DAY)
                .excused(ONE, "đi công tác")
                .resolution(ordinary(secret(6, 4, 0, 0)))
                .build());

        assertThat(r.base()).isEqualTo(11);
        assertThat(r.exclusions()).isEmpty();
        assertThat(r.policy().id()).isEqualTo("meeting.vote/QĐ29-2016");
    }

    @Test
    void underQd24AnExcusedAbsenceTheConvenerDidNotAcceptStaysInTheBase() {
        data.full(ONE);

        VoteResult r = count(data.meeting(DAY)
                .attendance(new Attendance(id(ONE), AttendanceStatus.EXCUSED, "việc gia đình", false, true))
                .resolution(ordinary(secret(6, 4, 0, 0)))
                .build());

        assertThat(r.base()).isEqualTo(11);
        assertThat(r.exclusions()).isEmpty();
    }

    @Test
    void underQd24AMemberAbsentForPartOfTheSessionStaysInTheBase() {
        data.full(ONE);

        VoteResult r = count(data.meeting(DAY)
                .attendance(new Attendance(id(ONE), AttendanceStatus.EXCUSED, "về sớm", true, false))
                .resolution(ordinary(secret(6, 4, 0, 0)))
                .build());

        assertThat(r.base()).isEqualTo(11);
    }

    @Test
    void anUnexcusedAbsenceStaysInTheBase() {
        data.full(ONE);

        VoteResult r = count(data.meeting(DAY)
                .unexcused(ONE)
                .resolution(ordinary(secret(6, 4, 0, 0)))
                .build());

        assertThat(r.base()).isEqualTo(11);
        assertThat(r.required()).isEqualTo(6);
    }
}

package vn.chibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.meeting.MeetingTestData.ADMIN;
import static vn.chibo.domain.meeting.MeetingTestData.KHU_PHO_3;
import static vn.chibo.domain.meeting.MeetingTestData.KHU_PHO_7;
import static vn.chibo.domain.meeting.MeetingTestData.id;
import static vn.chibo.domain.meeting.MeetingTestData.ordinary;
import static vn.chibo.domain.meeting.MeetingTestData.pathsAndRules;
import static vn.chibo.domain.meeting.MeetingTestData.secret;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.organization.OrganizationTestData;

/**
 * Recording a meeting: a record that is impossible is refused with every reason at once and
 * nothing is kept (attendance for someone not summoned, a member missing from the roll, a vote by
 * someone absent or probationary, a tally that does not add up or has more ballots than voters, a
 * meeting that ends before it starts); a correction is a new version.
 */
class MeetingRecordingTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 25);
    private static final String NEIGHBOUR = "Hoàng Văn Láng Giềng";
    private static final String CANDIDATE = "Vũ Thị Dự Bị";

    private final MeetingTestData data = new MeetingTestData();

    @BeforeEach
    void fiveMembersAndANeighbour() {
        data.full(MeetingTestData.names("Đảng viên", 5)).fullIn(KHU_PHO_7, NEIGHBOUR);
    }

    private InvalidInputException refused(Meeting m) {
        return data.refused(m.id(), () -> data.record(m));
    }

    private static Meeting withAttendance(Meeting m, List<Attendance> attendance) {
        return new Meeting(
                m.id(),
                m.organization(),
                m.kind(),
                m.alsoThematic(),
                m.date(),
                m.start(),
                m.end(),
                m.materialsPublished(),
                m.agenda(),
                m.guests(),
                attendance,
                m.minutesSecretary(),
                m.resolutions());
    }

    private static Ballot.Open open(Map<String, VoteChoice> votes) {
        Map<MemberId, VoteChoice> byId = new LinkedHashMap<>();
        votes.forEach((name, choice) -> byId.put(id(name), choice));
        return Ballot.Open.of(byId);
    }

    @Test
    void aValidMeetingIsKeptWithItsRecordStamp() {
        Meeting m = data.meeting(DAY)
                .guest("Nguyễn Văn Trưởng", GuestRole.RESIDENTIAL_GROUP_LEADER)
                .secretary("Đảng viên 02")
                .resolution(ordinary(secret(5, 0, 0, 0)))
                .build();

        data.record(m);

        MeetingRecord kept = data.chibo.meetings().find(ADMIN, m.id()).orElseThrow();
        assertThat(kept.meeting()).isEqualTo(m);
        assertThat(kept.version()).isEqualTo(1);
        assertThat(kept.recorded()).isEqualTo(new Recorded(OrganizationTestData.NOW, ADMIN.id(), "biên bản họp"));
    }

    @Test
    void aCorrectionIsANewVersion() {
        Meeting first = data.meeting(DAY).build();
        data.record(first);
        Meeting corrected =
                data.meeting(DAY).withId(first.id()).unexcused("Đảng viên 05").build();

        data.record(corrected);

        MeetingRecord kept = data.chibo.meetings().find(ADMIN, first.id()).orElseThrow();
        assertThat(kept.version()).isEqualTo(2);
        assertThat(kept.meeting()).isEqualTo(corrected);
        assertThat(data.allMeetings()).containsExactly(corrected);
    }

    @Test
    void attendanceForAMemberOfAnotherCellIsRefused() {
        Meeting m =
                data.meeting(DAY).attendance(Attendance.present(id(NEIGHBOUR))).build();

        InvalidInputException e = refused(m);

        assertThat(e.violations())
                .containsExactly(new Violation(
                        "attendance[5].member",
                        MeetingPlanner.NOT_SUMMONED,
                        id(NEIGHBOUR).toString(),
                        "not among those summoned to this meeting on 2024-03-25",
                        "không thuộc diện triệu tập của cuộc họp này ngày 2024-03-25"));
    }

    @Test
    void aMemberOfTheCellMissingFromTheRollIsRefused() {
        Meeting m = data.meeting(DAY).omit("Đảng viên 03").build();

        InvalidInputException e = refused(m);

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("attendance");
            assertThat(v.rule()).isEqualTo(MeetingPlanner.ATTENDANCE_ROLL);
            assertThat(v.rejectedValue()).isEqualTo(id("Đảng viên 03").toString());
            assertThat(v.message()).isEqualTo("a member summoned has no attendance");
        });
    }

    @Test
    void anExemptedMemberMayBeLeftOffTheRoll() {
        data.condition("Đảng viên 03", ConditionKind.EXEMPTION, LocalDate.of(2023, 1, 1));
        Meeting m = data.meeting(DAY).omit("Đảng viên 03").build();

        data.record(m);

        assertThat(data.chibo.meetings().find(ADMIN, m.id())).isPresent();
    }

    @Test
    void aMemberOnTheRollTwiceIsRefused() {
        Meeting built = data.meeting(DAY).build();
        List<Attendance> twice = new ArrayList<>(built.attendance());
        twice.add(Attendance.unexcused(id("Đảng viên 01")));

        assertThat(pathsAndRules(refused(withAttendance(built, twice))))
                .containsExactly("attendance[5].member " + MeetingPlanner.ATTENDANCE_ROLL);
    }

    @Test
    void anOpenBallotWithMoreVotesThanMembersPresentIsRefused() {
        Meeting m = data.meeting(DAY)
                .unexcused("Đảng viên 05")
                .resolution(ordinary(open(Map.of(
                        "Đảng viên 01", VoteChoice.YES,
                        "Đảng viên 02", VoteChoice.YES,
                        "Đảng viên 03", VoteChoice.YES,
                        "Đảng viên 04", VoteChoice.NO,
                        "Đảng viên 05", VoteChoice.YES))))
                .build();

        InvalidInputException e = refused(m);

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("resolutions[0].ballot.votes[" + id("Đảng viên 05") + "]");
            assertThat(v.rule()).isEqualTo(MeetingPlanner.VOTER);
            assertThat(v.rejectedValue()).isEqualTo("YES");
            assertThat(v.message()).isEqualTo("the voter was not present");
        });
    }

    @Test
    void aVoteBySomeoneNotOnTheRollIsRefused() {
        Meeting m = data.meeting(DAY)
                .resolution(ordinary(open(Map.of("Đảng viên 01", VoteChoice.YES, NEIGHBOUR, VoteChoice.YES))))
                .build();

        assertThat(pathsAndRules(refused(m)))
                .containsExactly("resolutions[0].ballot.votes[" + id(NEIGHBOUR) + "] " + MeetingPlanner.VOTER);
    }

    @Test
    void aSecretTallyThatDoesNotAddUpIsRefused() {
        Meeting m = data.meeting(DAY)
                .resolution(ordinary(new Ballot.Secret(5, 3, 1, 0, 0)))
                .build();

        InvalidInputException e = refused(m);

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("resolutions[0].ballot");
            assertThat(v.rule()).isEqualTo(MeetingPlanner.TALLY);
            assertThat(v.rejectedValue()).isEqualTo("3+1+0+0 vs 5");
            assertThat(v.message()).isEqualTo("the tally does not add up to the ballots cast");
        });
    }

    @Test
    void aSecretTallyWithMoreBallotsThanVotersPresentIsRefused() {
        Meeting m = data.meeting(DAY)
                .excused("Đảng viên 05", "ốm")
                .resolution(ordinary(secret(3, 1, 1, 0)))
                .build();

        InvalidInputException e = refused(m);

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("resolutions[0].ballot.cast");
            assertThat(v.rule()).isEqualTo(MeetingPlanner.TALLY);
            assertThat(v.rejectedValue()).isEqualTo("5 > 4");
        });
    }

    @Test
    void aSecretTallyAsLargeAsTheVotersPresentIsKept() {
        Meeting m = data.meeting(DAY)
                .excused("Đảng viên 05", "ốm")
                .resolution(ordinary(secret(3, 1, 0, 0)))
                .build();

        data.record(m);

        assertThat(data.chibo.meetings().find(ADMIN, m.id())).isPresent();
    }

    @Test
    void probationaryMembersPresentDoNotCountAsVoters() {
        data.probationary(CANDIDATE, LocalDate.of(2023, 9, 1));
        Meeting m = data.meeting(DAY).resolution(ordinary(secret(6, 0, 0, 0))).build();

        assertThat(refused(m).violations())
                .singleElement()
                .satisfies(v -> assertThat(v.rejectedValue()).isEqualTo("6 > 5"));
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefused() {
        Meeting m = data.meeting(DAY)
                .times(LocalTime.of(21, 0), LocalTime.of(19, 0))
                .build();

        InvalidInputException e = refused(m);

        assertThat(e.violations())
                .containsExactly(new Violation(
                        "end",
                        MeetingPlanner.TIMES,
                        "21:00–19:00",
                        "the meeting must end after it starts",
                        "giờ kết thúc phải sau giờ bắt đầu"));
    }

    @Test
    void aMeetingThatEndsWhenItStartsIsRefused() {
        Meeting m = data.meeting(DAY)
                .times(LocalTime.of(19, 0), LocalTime.of(19, 0))
                .build();

        assertThat(pathsAndRules(refused(m))).containsExactly("end " + MeetingPlanner.TIMES);
    }

    @Test
    void aVoteByAProbationaryMemberIsRefusedCitingTheSource() {
        data.probationary(CANDIDATE, LocalDate.of(2023, 9, 1));
        Meeting m = data.meeting(DAY)
                .resolution(ordinary(open(Map.of("Đảng viên 01", VoteChoice.YES, CANDIDATE, VoteChoice.YES))))
                .build();

        InvalidInputException e = refused(m);

        String source = VotePolicies.qd24().sourceOf(VotePolicy.VOTERS).toString();
        assertThat(source).isEqualTo("Điều lệ Đảng, Điều 3 khoản 4; Điều 7 [SOURCE_SEEN]");
        assertThat(e.violations())
                .containsExactly(new Violation(
                        "resolutions[0].ballot.votes[" + id(CANDIDATE) + "]",
                        MeetingPlanner.VOTER,
                        "YES",
                        "a probationary member does not vote (" + source + ")",
                        "đảng viên dự bị không biểu quyết (" + source + ")"));
    }

    @Test
    void anOpenVoteByASuspendedMemberIsRefused() {
        data.condition("Đảng viên 05", ConditionKind.SUSPENSION, LocalDate.of(2024, 1, 1));
        Meeting m = data.meeting(DAY)
                .resolution(ordinary(open(Map.of("Đảng viên 01", VoteChoice.YES, "Đảng viên 05", VoteChoice.YES))))
                .build();

        assertThat(refused(m).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(MeetingPlanner.VOTER);
            assertThat(v.message()).isEqualTo("the member is not in the base of this resolution");
        });
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        data.probationary(CANDIDATE, LocalDate.of(2023, 9, 1));
        Meeting m = data.meeting(DAY)
                .times(LocalTime.of(21, 0), LocalTime.of(19, 0))
                .attendance(Attendance.present(id(NEIGHBOUR)))
                .omit("Đảng viên 02")
                .resolution(ordinary(new Ballot.Secret(4, 1, 1, 1, 0)))
                .resolution(ordinary(open(Map.of(CANDIDATE, VoteChoice.NO))))
                .build();

        assertThat(pathsAndRules(refused(m)))
                .containsExactly(
                        "end " + MeetingPlanner.TIMES,
                        "attendance[5].member " + MeetingPlanner.NOT_SUMMONED,
                        "attendance " + MeetingPlanner.ATTENDANCE_ROLL,
                        "resolutions[0].ballot " + MeetingPlanner.TALLY,
                        "resolutions[1].ballot.votes[" + id(CANDIDATE) + "] " + MeetingPlanner.VOTER);
    }

    @Test
    void anExcusedAbsenceWithoutAReasonIsRefused() {
        Meeting m = data.meeting(DAY)
                .attendance(new Attendance(id("Đảng viên 04"), AttendanceStatus.EXCUSED, " ", true, true))
                .build();

        assertThat(pathsAndRules(refused(m))).containsExactly("attendance[3].reason " + MeetingPlanner.REASON);
    }

    @Test
    void aMinutesSecretaryWhoWasAbsentIsRefused() {
        Meeting m = data.meeting(DAY)
                .excused("Đảng viên 02", "ốm")
                .secretary("Đảng viên 02")
                .build();

        assertThat(pathsAndRules(refused(m))).containsExactly("minutesSecretary " + MeetingPlanner.FIELD);
    }

    @Test
    void onlyARegularMeetingCombinesAThematicOne() {
        Meeting m = data.meeting(KHU_PHO_3, MeetingKind.EXTRAORDINARY, DAY)
                .alsoThematic()
                .build();

        assertThat(pathsAndRules(refused(m))).containsExactly("alsoThematic " + MeetingPlanner.FIELD);
    }

    @Test
    void aMeetingBeforeTheCellWasFoundedIsRefused() {
        Meeting m = data.meeting(LocalDate.of(2009, 12, 25)).build();

        assertThat(pathsAndRules(refused(m))).containsExactly("organization " + MeetingPlanner.ORGANIZATION);
    }

    @Test
    void aPartyGroupMeetingHeldByACellIsRefused() {
        Meeting m = data.meeting(KHU_PHO_3, MeetingKind.PARTY_GROUP, DAY).build();

        assertThat(pathsAndRules(refused(m))).startsWith("kind " + MeetingPlanner.ORGANIZATION);
    }

    @Test
    void aBlankGuestNameIsRefusedByValidation() {
        Meeting m = data.meeting(DAY).guest(" ", GuestRole.OTHER).build();

        assertThat(pathsAndRules(refused(m))).containsExactly("guests[0].name validation:NotBlank");
    }
}

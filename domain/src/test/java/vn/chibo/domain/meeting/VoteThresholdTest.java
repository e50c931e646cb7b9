package vn.chibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.meeting.MeetingTestData.ADMIN;
import static vn.chibo.domain.meeting.MeetingTestData.about;
import static vn.chibo.domain.meeting.MeetingTestData.names;
import static vn.chibo.domain.meeting.MeetingTestData.ordinary;
import static vn.chibo.domain.meeting.MeetingTestData.secret;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The thresholds of a resolution, compared exactly (conventions.md): more than half of the base
 * ({@code 2 * yes > base}) for an ordinary resolution, a reprimand or warning and a removal; at
 * least two thirds ({@code 3 * yes >= 2 * base}) for admission, recognition, dismissal and
 * expulsion.
 */
class VoteThresholdTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 25);

    private final MeetingTestData data = new MeetingTestData();

    /** The count of {@code resolution} at a meeting of {@code members} full members, all present. */
    private VoteResult vote(int members, Resolution resolution) {
        data.full(names("Đảng viên", members));
        Meeting m = data.meeting(DAY).resolution(resolution).build();
        data.record(m);
        return data.chibo.meetings().votes(ADMIN, m.id()).get(0);
    }

    @Test
    void fiveYesOfABaseOfTenIsHalfAndNotEnough() {
        VoteResult r = vote(10, ordinary(secret(5, 5, 0, 0)));

        assertThat(r.base()).isEqualTo(10);
        assertThat(r.required()).isEqualTo(6);
        assertThat(r.twoThirds()).isFalse();
        assertThat(r.passed()).isFalse();
    }

    @Test
    void sixYesOfABaseOfTenIsMoreThanHalf() {
        VoteResult r = vote(10, ordinary(secret(6, 4, 0, 0)));

        assertThat(r.required()).isEqualTo(6);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void fiveYesOfABaseOfNineIsMoreThanHalf() {
        VoteResult r = vote(9, ordinary(secret(5, 2, 1, 1)));

        assertThat(r.base()).isEqualTo(9);
        assertThat(r.required()).isEqualTo(5);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void abstentionsAndInvalidBallotsAreNotVotesInFavour() {
        VoteResult r = vote(10, ordinary(secret(5, 0, 3, 2)));

        assertThat(r.yes()).isEqualTo(5);
        assertThat(r.abstain()).isEqualTo(3);
        assertThat(r.invalid()).isEqualTo(2);
        assertThat(r.passed()).isFalse();
    }

    @Test
    void fiveYesOfABaseOfNineIsJustUnderTwoThirds() {
        VoteResult r = vote(9, about(ResolutionKind.ADMISSION, "Quần chúng Ưu", secret(5, 4, 0, 0)));

        assertThat(r.twoThirds()).isTrue();
        assertThat(r.required()).isEqualTo(6);
        assertThat(r.passed()).isFalse();
    }

    @Test
    void sixYesOfABaseOfNineIsExactlyTwoThirds() {
        VoteResult r = vote(9, about(ResolutionKind.ADMISSION, "Quần chúng Ưu", secret(6, 3, 0, 0)));

        assertThat(r.required()).isEqualTo(6);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void sixYesOfABaseOfTenIsUnderTwoThirds() {
        VoteResult r = vote(10, about(ResolutionKind.EXPULSION, "Đảng viên 01", secret(6, 4, 0, 0)));

        assertThat(r.required()).isEqualTo(7);
        assertThat(r.passed()).isFalse();
    }

    @Test
    void sevenYesOfABaseOfTenIsAtLeastTwoThirds() {
        VoteResult r = vote(10, about(ResolutionKind.EXPULSION, "Đảng viên 01", secret(7, 3, 0, 0)));

        assertThat(r.required()).isEqualTo(7);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void anOpenVoteCountsEachMembersChoice() {
        data.full(names("Đảng viên", 3));
        Meeting m = data.meeting(DAY)
                .resolution(ordinary(Ballot.Open.of(java.util.Map.of(
                        MeetingTestData.id("Đảng viên 01"), VoteChoice.YES,
                        MeetingTestData.id("Đảng viên 02"), VoteChoice.YES,
                        MeetingTestData.id("Đảng viên 03"), VoteChoice.ABSTAIN))))
                .build();
        data.record(m);

        VoteResult r = data.chibo.meetings().votes(ADMIN, m.id()).get(0);

        assertThat(r.yes()).isEqualTo(2);
        assertThat(r.no()).isZero();
        assertThat(r.abstain()).isEqualTo(1);
        assertThat(r.required()).isEqualTo(2);
        assertThat(r.passed()).isTrue();
    }

    @ParameterizedTest(name = "{0}: fewest votes more than half of {0} is {1}, at least two thirds {2}")
    @CsvSource({"1, 1, 1", "2, 2, 2", "3, 2, 2", "4, 3, 3", "9, 5, 6", "10, 6, 7", "17, 9, 12", "20, 11, 14"})
    void theVotesRequiredAreTheFewestThatMeetTheThreshold(int base, int majority, int twoThirds) {
        assertThat(Votes.requiredMajority(base)).isEqualTo(majority);
        assertThat(Votes.requiredTwoThirds(base)).isEqualTo(twoThirds);
        assertThat(2 * majority > base && 2 * (majority - 1) <= base).isTrue();
        assertThat(3 * twoThirds >= 2 * base && 3 * (twoThirds - 1) < 2 * base).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ResolutionKind.class)
    void fiveYesOfNinePassesExactlyTheKindsDecidedByMoreThanHalf(ResolutionKind kind) {
        VoteResult r = vote(9, about(kind, null, secret(5, 4, 0, 0)));

        boolean twoThirds = kind == ResolutionKind.ADMISSION
                || kind == ResolutionKind.RECOGNITION
                || kind == ResolutionKind.DISMISSAL
                || kind == ResolutionKind.EXPULSION;
        assertThat(r.twoThirds()).isEqualTo(twoThirds);
        assertThat(r.passed()).isEqualTo(!twoThirds);
        assertThat(r.source())
                .isEqualTo(VotePolicies.qd24().sourceOf(twoThirds ? VotePolicy.TWO_THIRDS : VotePolicy.MAJORITY));
    }
}

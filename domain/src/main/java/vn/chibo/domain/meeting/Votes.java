package vn.chibo.domain.meeting;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.member.MembershipStatus;
import vn.chibo.domain.rule.PolicyRef;

/**
 * Counts a resolution of a cell meeting (rules.md §3.5, §3.6): the base is the full members
 * summoned minus those temporarily transferred out, exempted members who are absent, suspended
 * members, members prosecuted or in custody, and (by the policy's reading) members absent for the
 * whole session with an accepted reason; members temporarily attached from elsewhere leave it for
 * membership matters. Thresholds compare exactly: more than half is {@code 2 * yes > base}, at
 * least two thirds {@code 3 * yes >= 2 * base}.
 */
public final class Votes {
    private Votes() {}

    /**
     * Who of the meeting's summoned members is out of the base, and why.
     *
     * @param standings each summoned member's standing on the meeting's date
     */
    public static ImmutableList<VoteResult.Exclusion> exclusions(
            Meeting meeting, ResolutionKind kind, Map<MemberId, MemberStanding> standings, VotePolicy policy) {
        List<VoteResult.Exclusion> out = new ArrayList<>();
        for (Attendance a : meeting.attendance()) {
            exclusion(meeting.organization(), a, kind, standings.get(a.member()), policy)
                    .ifPresent(r -> out.add(new VoteResult.Exclusion(a.member(), r)));
        }
        return ImmutableList.copyOf(out);
    }

    static Optional<ExclusionReason> exclusion(
            OrganizationId organization,
            Attendance a,
            ResolutionKind kind,
            @Nullable MemberStanding standing,
            VotePolicy policy) {
        if (standing == null || standing.status() != MembershipStatus.FULL) {
            return Optional.of(ExclusionReason.NOT_FULL);
        }
        boolean home = organization.equals(standing.homeCell());
        boolean here = organization.equals(standing.activityCell());
        if (home && !here) {
            return Optional.of(ExclusionReason.TEMPORARILY_TRANSFERRED_OUT);
        }
        if (!home && here && kind.isMembershipMatter()) {
            return Optional.of(ExclusionReason.TEMPORARILY_ATTACHED);
        }
        if (standing.has(ConditionKind.SUSPENSION)) {
            return Optional.of(ExclusionReason.SUSPENDED);
        }
        if (standing.has(ConditionKind.PROSECUTION)) {
            return Optional.of(ExclusionReason.PROSECUTED);
        }
        if (standing.has(ConditionKind.EXEMPTION) && !a.isPresent()) {
            return Optional.of(ExclusionReason.EXEMPTED_ABSENT);
        }
        if (policy.acceptedAbsenceLeavesBase()
                && a.status() == AttendanceStatus.EXCUSED
                && a.accepted()
                && a.wholeSession()) {
            return Optional.of(ExclusionReason.ACCEPTED_ABSENCE);
        }
        return Optional.empty();
    }

    /** Counts {@code resolution} of {@code meeting}. */
    public static VoteResult count(
            Meeting meeting, Resolution resolution, Map<MemberId, MemberStanding> standings, VotePolicy policy) {
        ImmutableList<VoteResult.Exclusion> excluded = exclusions(meeting, resolution.kind(), standings, policy);
        int summoned = meeting.attendance().size();
        int base = summoned - excluded.size();
        Ballot b = resolution.ballot();
        boolean twoThirds = resolution.kind().needsTwoThirds();
        int required = twoThirds ? requiredTwoThirds(base) : requiredMajority(base);
        boolean passed = base > 0 && (twoThirds ? 3L * b.yes() >= 2L * base : 2L * b.yes() > base);
        return new VoteResult(
                resolution.title(),
                resolution.kind(),
                summoned,
                base,
                excluded,
                b.yes(),
                b.no(),
                b.abstain(),
                b.invalid(),
                twoThirds,
                required,
                passed,
                PolicyRef.of(policy),
                policy.sourceOf(twoThirds ? VotePolicy.TWO_THIRDS : VotePolicy.MAJORITY));
    }

    /** The fewest votes that are more than half of {@code base}. */
    public static int requiredMajority(int base) {
        return base / 2 + 1;
    }

    /** The fewest votes that are at least two thirds of {@code base}. */
    public static int requiredTwoThirds(int base) {
        return (2 * base + 2) / 3;
    }
}

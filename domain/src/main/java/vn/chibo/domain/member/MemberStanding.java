package vn.chibo.domain.member;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * Where a member stood on one date: what the meeting rules (vote bases, attendance) and the
 * evaluation rules (who is rated) read.
 *
 * @param member the member
 * @param asOf the date
 * @param status the status, or {@code null} when not a member that day
 * @param homeCell the home cell, or {@code null}
 * @param activityCell where the member takes part in meetings (differs during a temporary transfer)
 * @param partyGroup the party group, or {@code null}
 * @param conditions the conditions holding
 */
public record MemberStanding(
        MemberId member,
        LocalDate asOf,
        @Nullable MembershipStatus status,
        @Nullable OrganizationId homeCell,
        @Nullable OrganizationId activityCell,
        @Nullable OrganizationId partyGroup,
        ImmutableSet<ConditionKind> conditions) {
    public MemberStanding {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(conditions, "conditions");
    }

    /** The status, if a member that day. */
    public Optional<MembershipStatus> membershipStatus() {
        return Optional.ofNullable(status);
    }

    /** Whether a member that day. */
    public boolean isMember() {
        return status != null;
    }

    /** Whether the condition holds. */
    public boolean has(ConditionKind kind) {
        return conditions.contains(kind);
    }

    /** Whether temporarily transferred out of the home cell. */
    public boolean isTemporarilyAway() {
        return homeCell != null && !homeCell.equals(activityCell);
    }
}

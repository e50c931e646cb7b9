package vn.chibo.domain.organization;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * A seat as it stands after every fact about it: who, which role, which days.
 *
 * @param organization the organisation
 * @param seat the seat's identity
 * @param member who holds it
 * @param role the role
 * @param valid the days held (a vacated seat ends on the vacating date)
 * @param congress the congress whose term it belongs to, if recorded
 */
public record CommitteeSeat(
        OrganizationId organization,
        UUID seat,
        MemberId member,
        Role role,
        DateRange valid,
        @Nullable Integer congress) {
    public CommitteeSeat {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(valid, "valid");
    }

    /** The congress whose term it belongs to. */
    public Optional<Integer> term() {
        return Optional.ofNullable(congress);
    }
}

package vn.chibo.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import vn.chibo.domain.common.OrganizationId;

/**
 * How many members an organisation had on a date, by status: the input the structural rules take,
 * since members are a higher area. For a committee-led organisation it counts its whole subtree.
 * Exempted members are counted (they belong to the cell's đảng số).
 *
 * @param organization the organisation
 * @param asOf the date counted
 * @param full full members (đảng viên chính thức)
 * @param probationary probationary members (đảng viên dự bị)
 * @param awaitingRecognition members whose probation ended and whom the cell has not yet decided on
 */
public record RosterSnapshot(
        OrganizationId organization, LocalDate asOf, int full, int probationary, int awaitingRecognition) {
    public RosterSnapshot {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(asOf, "asOf");
        checkArgument(full >= 0 && probationary >= 0 && awaitingRecognition >= 0, "counts are not negative");
    }

    /** Every member, whatever the status. */
    public int total() {
        return full + probationary + awaitingRecognition;
    }
}

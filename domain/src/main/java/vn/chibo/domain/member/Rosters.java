package vn.chibo.domain.member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.organization.RosterSnapshot;

/**
 * Counts members by status for the organisation rules ({@link RosterSnapshot}): every member whose
 * home cell lies in the organisation's subtree on the date. A member temporarily transferred out
 * still counts at home; exempted members count.
 */
public final class Rosters {
    private Rosters() {}

    /** The roster of {@code organization} on {@code date}. */
    public static RosterSnapshot snapshot(
            OrganizationTree tree, Collection<MemberHistory> members, OrganizationId organization, LocalDate date) {
        OrganizationTree.Snapshot snap = tree.on(date);
        int full = 0;
        int probationary = 0;
        int awaiting = 0;
        for (MemberHistory m : members) {
            Optional<MembershipStatus> status = m.statusOn(date);
            Optional<OrganizationId> home = m.homeCellOn(date);
            if (status.isEmpty() || home.isEmpty() || !snap.isUnder(home.get(), organization)) {
                continue;
            }
            switch (status.get()) {
                case FULL -> full++;
                case PROBATIONARY -> probationary++;
                case AWAITING_RECOGNITION -> awaiting++;
            }
        }
        return new RosterSnapshot(organization, date, full, probationary, awaiting);
    }
}

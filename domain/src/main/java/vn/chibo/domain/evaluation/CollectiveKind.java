package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableSet;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.Role;

/**
 * A leadership collective (tập thể lãnh đạo) reviewed apart from its organisation (HD 21 II.B.3; HD
 * 25 item 1.1): the committee of an organisation, or its standing committee. Its members are the
 * holders of the matching committee seats in the organisation tree.
 */
public enum CollectiveKind {
    /** Cấp ủy: đảng ủy, chi ủy; every committee seat. */
    COMMITTEE(
            Label.of("Cấp ủy", "committee"),
            ImmutableSet.of(
                    CommitteeRole.SECRETARY,
                    CommitteeRole.DEPUTY_SECRETARY,
                    CommitteeRole.STANDING_MEMBER,
                    CommitteeRole.MEMBER)),
    /** Ban thường vụ: the secretary, the deputies and the standing members. */
    STANDING_COMMITTEE(
            Label.of("Ban Thường vụ", "standing committee"),
            ImmutableSet.of(CommitteeRole.SECRETARY, CommitteeRole.DEPUTY_SECRETARY, CommitteeRole.STANDING_MEMBER));

    private final Label label;
    private final ImmutableSet<CommitteeRole> roles;

    CollectiveKind(Label label, ImmutableSet<CommitteeRole> roles) {
        this.label = label;
        this.roles = roles;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }

    /** Whether a seat in {@code role} makes its holder a member of this collective. */
    public boolean seats(Role role) {
        return role instanceof CommitteeRole c && roles.contains(c);
    }
}

package vn.chibo.domain.organization;

import vn.chibo.domain.common.Label;

/** A role in a party group (tổ đảng): elected by the group, belonging to the group, not a committee. */
public enum PartyGroupRole implements Role {
    /** Tổ trưởng tổ đảng. */
    LEADER(Label.of("Tổ trưởng", "group leader")),
    /** Tổ phó tổ đảng. */
    DEPUTY_LEADER(Label.of("Tổ phó", "deputy group leader"));

    private final Label label;

    PartyGroupRole(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}

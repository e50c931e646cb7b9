package vn.chibo.domain.organization;

import vn.chibo.domain.common.Label;

/** A seat in a committee (cấp ủy): đảng ủy, chi ủy, or the secretary of a cell without one. */
public enum CommitteeRole implements Role {
    /** Bí thư. */
    SECRETARY(Label.of("Bí thư", "secretary")),
    /** Phó Bí thư. */
    DEPUTY_SECRETARY(Label.of("Phó Bí thư", "deputy secretary")),
    /** Ủy viên Ban Thường vụ: only where a standing committee exists. */
    STANDING_MEMBER(Label.of("Ủy viên Ban Thường vụ", "standing committee member")),
    /** Ủy viên (đảng ủy viên, chi ủy viên). */
    MEMBER(Label.of("Ủy viên", "committee member"));

    private final Label label;

    CommitteeRole(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}

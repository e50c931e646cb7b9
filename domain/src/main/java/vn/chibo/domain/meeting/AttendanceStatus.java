package vn.chibo.domain.meeting;

import vn.chibo.domain.common.Label;

/** Whether a member summoned came. */
public enum AttendanceStatus {
    /** Có mặt. */
    PRESENT(Label.of("Có mặt", "present")),
    /** Vắng có lý do. */
    EXCUSED(Label.of("Vắng có lý do", "absent with reason")),
    /** Vắng không lý do. */
    UNEXCUSED(Label.of("Vắng không lý do", "absent without reason"));

    private final Label label;

    AttendanceStatus(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

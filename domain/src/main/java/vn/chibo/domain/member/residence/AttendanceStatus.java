package vn.chibo.domain.member.residence;

import vn.chibo.domain.common.Label;

/** How a serving member answered the meetings of one period (6 months by default). */
public enum AttendanceStatus {
    /** Present at a meeting of the period. */
    PRESENT(Label.of("có mặt", "present")),
    /** Not present; at least one absence was excused. */
    EXCUSED(Label.of("vắng có lý do", "excused")),
    /** Absent from the period's meetings without reason. */
    ABSENT(Label.of("vắng không lý do", "absent without reason")),
    /** Expected (registered and not exempt) but nothing was recorded for the period. */
    NO_RECORD(Label.of("chưa ghi nhận", "nothing recorded")),
    /** Not expected: not registered here, or exempt from residence activity, throughout the period. */
    NOT_EXPECTED(Label.of("không thuộc diện", "not expected"));

    private final Label label;

    AttendanceStatus(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

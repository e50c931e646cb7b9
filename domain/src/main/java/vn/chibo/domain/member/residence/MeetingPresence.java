package vn.chibo.domain.member.residence;

import vn.chibo.domain.common.Label;

/** How a serving member answered the invitation to a meeting the ward held with them. */
public enum MeetingPresence {
    /** Có mặt. */
    PRESENT(Label.of("có mặt", "present")),
    /** Vắng có lý do: the reason is recorded. */
    EXCUSED(Label.of("vắng có lý do", "excused")),
    /** Vắng không lý do. */
    ABSENT(Label.of("vắng không lý do", "absent without reason"));

    private final Label label;

    MeetingPresence(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

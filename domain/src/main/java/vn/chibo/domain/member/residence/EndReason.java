package vn.chibo.domain.member.residence;

import vn.chibo.domain.common.Label;

/** Why a serving member stopped keeping contact with a residence. */
public enum EndReason {
    /** The member moved to another residence (chuyển nơi cư trú). */
    MOVED_AWAY(Label.of("chuyển nơi cư trú", "moved away")),
    /** The member left the workplace (retired, resigned): no longer a serving member. */
    LEFT_WORKPLACE(Label.of("thôi công tác", "left the workplace")),
    /** The member left the Party or died. */
    NO_LONGER_A_MEMBER(Label.of("không còn là đảng viên", "no longer a party member"));

    private final Label label;

    EndReason(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

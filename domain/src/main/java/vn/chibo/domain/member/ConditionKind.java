package vn.chibo.domain.member;

import vn.chibo.domain.common.Label;

/**
 * A dated condition of a member that the meeting and evaluation rules read: each holds for a span
 * of days.
 */
public enum ConditionKind {
    /** Miễn công tác và sinh hoạt đảng: a cell decision; not rated; votes only when present. */
    EXEMPTION(Label.of("Miễn công tác và sinh hoạt đảng", "exemption from work and meetings"), false),
    /** Đình chỉ sinh hoạt đảng: not rated, not in vote bases; still pays dues. */
    SUSPENSION(Label.of("Đình chỉ sinh hoạt đảng", "suspension from party activity"), false),
    /** Bị truy tố, tạm giam: not in vote bases. */
    PROSECUTION(Label.of("Bị truy tố, tạm giam", "prosecution or custody"), false),
    /** Làm nhiệm vụ đặc biệt (lực lượng vũ trang): excluded from attendance counts. */
    SPECIAL_DUTY(Label.of("Làm nhiệm vụ đặc biệt", "special duty"), false),
    /** Nghỉ ốm: a health fact, sensitive; read by evaluation caps. */
    SICK_LEAVE(Label.of("Nghỉ ốm", "sick leave"), true),
    /** Nghỉ thai sản: a health fact, sensitive; read by evaluation caps. */
    MATERNITY_LEAVE(Label.of("Nghỉ thai sản", "maternity leave"), true),
    /** Ốm nặng: a health fact, sensitive; allows an early badge. */
    SERIOUS_ILLNESS(Label.of("Ốm nặng", "serious illness"), true),
    /** Mất liên lạc: subtracted from party age. */
    LOSS_OF_CONTACT(Label.of("Mất liên lạc", "loss of contact"), false);

    private final Label label;
    private final boolean health;

    ConditionKind(Label label, boolean health) {
        this.label = label;
        this.health = health;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }

    /** Whether it is a health fact: its notes are masked wherever shown. */
    public boolean isHealthFact() {
        return health;
    }
}

package vn.chibo.domain.meeting;

import vn.chibo.domain.common.Label;

/** Why a summoned member is not in the base of a vote (rules.md §3.5). */
public enum ExclusionReason {
    /** Probationary, or awaiting recognition: never votes, never in the base. */
    NOT_FULL(Label.of("Đảng viên dự bị (hoặc chờ công nhận)", "probationary or awaiting recognition")),
    /** Temporarily transferred to another organisation. */
    TEMPORARILY_TRANSFERRED_OUT(Label.of("Chuyển sinh hoạt tạm thời đi nơi khác", "temporarily transferred out")),
    /** Temporarily attached here from another cell: votes on membership matters at home. */
    TEMPORARILY_ATTACHED(Label.of("Sinh hoạt tạm thời, biểu quyết ở chi bộ chính thức", "temporarily attached here")),
    /** Exempted from meetings and absent. */
    EXEMPTED_ABSENT(Label.of("Được miễn sinh hoạt và vắng mặt", "exempted and absent")),
    /** Suspended from party activity. */
    SUSPENDED(Label.of("Bị đình chỉ sinh hoạt đảng", "suspended")),
    /** Prosecuted, indicted or in custody. */
    PROSECUTED(Label.of("Bị truy tố, tạm giam", "prosecuted or in custody")),
    /** Absent for the whole session with a reason the convener accepted (QĐ 24 reading). */
    ACCEPTED_ABSENCE(Label.of("Vắng cả buổi có lý do được chấp nhận", "absent with an accepted reason"));

    private final Label label;

    ExclusionReason(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

package vn.chibo.domain.member;

import vn.chibo.domain.common.Label;

/** Where a member stands on a date, derived from the facts, never stored. */
public enum MembershipStatus {
    /** Đảng viên dự bị: from the ceremony for 12 months; no vote, cannot elect or stand. */
    PROBATIONARY(Label.of("Đảng viên dự bị", "probationary member")),
    /**
     * Probation over, the cell has not decided: votes as probationary until it does; on
     * recognition, full from the end of probation.
     */
    AWAITING_RECOGNITION(Label.of("Đã hết thời kỳ dự bị, chờ công nhận", "awaiting recognition")),
    /** Đảng viên chính thức. */
    FULL(Label.of("Đảng viên chính thức", "full member"));

    private final Label label;

    MembershipStatus(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }

    /** Whether the member votes (biểu quyết): only full members do (Charter Art. 3.4). */
    public boolean votes() {
        return this == FULL;
    }
}

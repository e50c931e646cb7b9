package vn.chibo.domain.meeting;

import vn.chibo.domain.common.Label;

/** What a resolution decides, which sets its threshold. */
public enum ResolutionKind {
    /** An ordinary resolution: more than half of the base. */
    ORDINARY(Label.of("Nghị quyết, kết luận", "ordinary resolution"), false, false),
    /** Kết nạp đảng viên: at least two thirds of the full members. */
    ADMISSION(Label.of("Kết nạp đảng viên", "admission"), true, true),
    /** Công nhận đảng viên chính thức: at least two thirds. */
    RECOGNITION(Label.of("Công nhận đảng viên chính thức", "recognition"), true, true),
    /** Kỷ luật khiển trách, cảnh cáo: more than half. */
    REPRIMAND_OR_WARNING(Label.of("Kỷ luật khiển trách, cảnh cáo", "reprimand or warning"), false, true),
    /** Cách chức: at least two thirds. */
    DISMISSAL(Label.of("Kỷ luật cách chức", "dismissal"), true, true),
    /** Khai trừ: at least two thirds. */
    EXPULSION(Label.of("Kỷ luật khai trừ", "expulsion"), true, true),
    /** Xóa tên: more than half. */
    REMOVAL(Label.of("Xóa tên đảng viên", "removal from the rolls"), false, true);

    private final Label label;
    private final boolean twoThirds;
    private final boolean membershipMatter;

    ResolutionKind(Label label, boolean twoThirds, boolean membershipMatter) {
        this.label = label;
        this.twoThirds = twoThirds;
        this.membershipMatter = membershipMatter;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }

    /** Whether it needs at least two thirds rather than more than half. */
    public boolean needsTwoThirds() {
        return twoThirds;
    }

    /**
     * Whether it concerns membership: members temporarily attached from another cell vote on it
     * at home, not here.
     */
    public boolean isMembershipMatter() {
        return membershipMatter;
    }
}

package vn.chibo.domain.member;

import vn.chibo.domain.common.Label;

/** The forms of discipline of a member (kỷ luật đảng viên), lightest first. */
public enum MemberDiscipline {
    /** Khiển trách. */
    REPRIMAND(Label.of("Khiển trách", "reprimand")),
    /** Cảnh cáo. */
    WARNING(Label.of("Cảnh cáo", "warning")),
    /** Cách chức: only for a member holding a post. */
    DISMISSAL(Label.of("Cách chức", "dismissal")),
    /** Khai trừ: ends membership. */
    EXPULSION(Label.of("Khai trừ", "expulsion"));

    private final Label label;

    MemberDiscipline(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }

    /** Whether this form is at least as heavy as {@code other}. */
    public boolean atLeast(MemberDiscipline other) {
        return compareTo(other) >= 0;
    }
}

package vn.chibo.domain.evaluation;

import vn.chibo.domain.common.Label;

/** The two groups of QĐ 366's 100-point scale (Điều 10; Mẫu 2C of HD 43): 30 general, 70 results. */
public enum CriterionGroup {
    /** Nhóm tiêu chí chung: 30 points. */
    GENERAL(Label.of("Nhóm tiêu chí chung", "general criteria"), 30),
    /** Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: 70 points. */
    RESULTS(Label.of("Nhóm tiêu chí về kết quả thực hiện nhiệm vụ", "task results"), 70);

    private final Label label;
    private final int points;

    CriterionGroup(Label label, int points) {
        this.label = label;
        this.points = points;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }

    /** The points the group is worth: 30 or 70. */
    public int points() {
        return points;
    }
}

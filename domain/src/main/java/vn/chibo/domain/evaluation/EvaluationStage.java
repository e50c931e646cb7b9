package vn.chibo.domain.evaluation;

import vn.chibo.domain.common.Label;

/** The steps of the review workflow (rules.md §4.2), in order. */
public enum EvaluationStage {
    /** The member or collective placed itself in a grade. */
    SELF_ASSESSED(Label.of("Tự đánh giá, xếp loại", "Self-assessed")),
    /** The cell (or the advisory body) proposed a grade, with the review's facts. */
    PROPOSED(Label.of("Đề xuất xếp loại", "Proposed")),
    /** The competent level decided the grade. */
    DECIDED(Label.of("Cấp có thẩm quyền quyết định", "Decided")),
    /** The decision was announced. */
    PUBLISHED(Label.of("Công bố", "Published"));

    private final Label label;

    EvaluationStage(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

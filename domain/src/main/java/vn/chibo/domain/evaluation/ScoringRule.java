package vn.chibo.domain.evaluation;

import vn.chibo.domain.common.Label;

/** How a regime reaches a grade. */
public enum ScoringRule {
    /** The proposed grade, lowered by caps and disqualifications (QĐ 132, QĐ 124). */
    PROPOSED_AND_CAPPED(Label.of("Theo đề xuất, áp dụng các giới hạn", "as proposed, capped by the rules")),
    /** A 100-point score with task conditions (QĐ 366): computed, then checked against the proposal. */
    SCORED(Label.of("Chấm điểm theo thang 100", "scored on 100 points"));

    private final Label label;

    ScoringRule(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

package vn.chibo.domain.evaluation;

import vn.chibo.domain.common.Label;

/** What the 20 % excellence quota is counted against (rules.md §4.5, §7). */
public enum QuotaBase {
    /** The members rated good: HD 21's and QĐ 124's own wording. */
    GOOD(Label.of("số đảng viên xếp loại hoàn thành tốt nhiệm vụ", "members rated good")),
    /** The members rated good or above: the reading local 2025–2026 guidance applies. */
    GOOD_OR_ABOVE(Label.of("số đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên", "members rated good or above"));

    private final Label label;

    QuotaBase(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }

    /** The base for {@code excellent} and {@code good} members rated. */
    public long of(long excellent, long good) {
        return this == GOOD ? good : good + excellent;
    }
}

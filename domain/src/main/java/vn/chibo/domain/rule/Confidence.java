package vn.chibo.domain.rule;

import vn.chibo.domain.common.Label;

/** How sure chibo is of its reading of a regulation, as {@code rules.md} tags each rule. */
public enum Confidence {
    /** Read in a retrieved text (nearly always a secondary source quoting the regulation). */
    SOURCE_SEEN(Label.of("đã thấy văn bản", "source seen")),
    /** Stated from memory, to be checked: the value is a policy parameter a host can change. */
    RECALLED(Label.of("nhớ lại, cần kiểm tra", "recalled, to be checked")),
    /**
     * Not settled (conflicting or weak sources): the value is a policy parameter with a documented
     * default.
     */
    OPEN_QUESTION(Label.of("còn để ngỏ", "open question"));

    private final Label label;

    Confidence(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

package vn.chibo.domain.member;

import vn.chibo.domain.common.Label;

/** A member's sex, as the party-member record (lý lịch) states it. */
public enum Sex {
    /** Nam. */
    MALE(Label.of("Nam", "male")),
    /** Nữ. */
    FEMALE(Label.of("Nữ", "female"));

    private final Label label;

    Sex(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

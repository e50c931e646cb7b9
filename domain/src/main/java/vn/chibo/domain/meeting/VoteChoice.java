package vn.chibo.domain.meeting;

import vn.chibo.domain.common.Label;

/** A vote in an open ballot. */
public enum VoteChoice {
    /** Tán thành. */
    YES(Label.of("Tán thành", "in favour")),
    /** Không tán thành. */
    NO(Label.of("Không tán thành", "against")),
    /** Không biểu quyết. */
    ABSTAIN(Label.of("Không biểu quyết", "abstained"));

    private final Label label;

    VoteChoice(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

package vn.chibo.domain.member.residence;

import vn.chibo.domain.common.Label;

/** The conclusion of the yearly joint comment on a serving member. */
public enum CommentVerdict {
    /** The member fulfils the duties of a party member at the residence. */
    FULFILS(Label.of(
            "Thực hiện tốt trách nhiệm của đảng viên nơi cư trú", "fulfils the duties of a member at the residence")),
    /**
     * The member does not fulfil them: the workplace takes it into account in the yearly rating
     * ({@link ResidencePolicy#negativeCommentCapsAtCompleted()}).
     */
    DOES_NOT_FULFIL(Label.of(
            "Chưa thực hiện tốt trách nhiệm của đảng viên nơi cư trú",
            "does not fulfil the duties of a member at the residence"));

    private final Label label;

    CommentVerdict(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

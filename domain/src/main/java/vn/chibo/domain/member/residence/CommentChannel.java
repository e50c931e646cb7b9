package vn.chibo.domain.member.residence;

import vn.chibo.domain.common.Label;

/** How the yearly comment was requested and answered (rules-2.md §D2). */
public enum CommentChannel {
    /** On paper, through the ward committee. */
    PAPER(Label.of("văn bản giấy", "paper")),
    /** Through the National Public Service Portal (Cổng dịch vụ công quốc gia), from 2025. */
    NATIONAL_PUBLIC_SERVICE_PORTAL(Label.of("Cổng dịch vụ công quốc gia", "National Public Service Portal"));

    private final Label label;

    CommentChannel(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

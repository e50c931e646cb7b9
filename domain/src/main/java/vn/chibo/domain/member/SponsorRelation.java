package vn.chibo.domain.member;

import vn.chibo.domain.common.Label;

/** How a sponsor (người giới thiệu) knows the candidate. */
public enum SponsorRelation {
    /** Cùng công tác, lao động. */
    WORK(Label.of("Cùng công tác, lao động", "worked together")),
    /** Cùng học tập. */
    STUDY(Label.of("Cùng học tập", "studied together")),
    /** Cùng sinh hoạt nơi cư trú: allowed from QĐ 24-QĐ/TW (30/7/2021). */
    RESIDENCE(Label.of("Cùng sinh hoạt nơi cư trú", "lived in the same residential area"));

    private final Label label;

    SponsorRelation(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

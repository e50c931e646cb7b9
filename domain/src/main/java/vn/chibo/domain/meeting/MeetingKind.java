package vn.chibo.domain.meeting;

import vn.chibo.domain.common.Label;

/** The kinds of meeting. */
public enum MeetingKind {
    /** Sinh hoạt chi bộ thường kỳ: monthly; may combine a thematic meeting ({@code alsoThematic}). */
    REGULAR(Label.of("Sinh hoạt chi bộ thường kỳ", "regular cell meeting")),
    /** Sinh hoạt chuyên đề: at least once a quarter. */
    THEMATIC(Label.of("Sinh hoạt chuyên đề", "thematic meeting")),
    /** Họp bất thường. */
    EXTRAORDINARY(Label.of("Họp bất thường", "extraordinary meeting")),
    /** Họp cấp ủy, chi ủy: before the cell meets. */
    COMMITTEE(Label.of("Họp cấp ủy", "committee meeting")),
    /** Sinh hoạt theo tổ đảng (thí điểm): cells of 50 or more members, up to 3 times a year. */
    PARTY_GROUP(Label.of("Sinh hoạt theo tổ đảng", "party-group meeting"));

    private final Label label;

    MeetingKind(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

package vn.chibo.domain.member;

import vn.chibo.domain.common.Label;

/** Chuyển sinh hoạt đảng: permanent or temporary. */
public enum TransferKind {
    /** Chuyển sinh hoạt đảng chính thức: the member's cell changes. */
    PERMANENT(Label.of("Chuyển sinh hoạt đảng chính thức", "permanent transfer")),
    /**
     * Chuyển sinh hoạt đảng tạm thời (3 to under 12 months; study 3 to 24 months): rating, dues and
     * the vote on membership matters stay with the home cell.
     */
    TEMPORARY(Label.of("Chuyển sinh hoạt đảng tạm thời", "temporary transfer"));

    private final Label label;

    TransferKind(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

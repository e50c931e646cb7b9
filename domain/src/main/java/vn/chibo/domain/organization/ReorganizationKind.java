package vn.chibo.domain.organization;

import vn.chibo.domain.common.Label;

/** What a {@link OrganizationCommand.Reorganize reorganisation} does, as people name it. */
public enum ReorganizationKind {
    /** Thành lập: new organisations. */
    FOUNDING(Label.of("Thành lập", "founding")),
    /** Sáp nhập, hợp nhất: several organisations become one. */
    MERGE(Label.of("Sáp nhập", "merge")),
    /** Chia tách: one organisation becomes several. */
    SPLIT(Label.of("Chia tách", "split")),
    /** Điều chuyển: organisations move under another superior. */
    REPARENT(Label.of("Điều chuyển trực thuộc", "re-parent")),
    /** Đổi tên. */
    RENAME(Label.of("Đổi tên", "rename")),
    /** Chuyển đổi loại hình tổ chức. */
    CHANGE_OF_KIND(Label.of("Chuyển đổi loại hình", "change of kind")),
    /** Giải thể. */
    DISSOLUTION(Label.of("Giải thể", "dissolution")),
    /** Sắp xếp tổ chức bộ máy: a reorganisation of several kinds at once (e.g. 1/7/2025). */
    RESTRUCTURING(Label.of("Sắp xếp tổ chức bộ máy", "restructuring"));

    private final Label label;

    ReorganizationKind(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

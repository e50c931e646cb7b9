package vn.chibo.domain.meeting;

import vn.chibo.domain.common.Label;

/** Who a guest (khách mời) is; guests never vote. */
public enum GuestRole {
    /** Cấp ủy viên cấp trên phụ trách chi bộ. */
    SUPERVISING_COMMITTEE_MEMBER(Label.of("Cấp ủy viên cấp trên phụ trách", "supervising committee member")),
    /** Trưởng các đoàn thể. */
    MASS_ORGANIZATION_HEAD(Label.of("Trưởng đoàn thể", "head of a mass organisation")),
    /** Trưởng khu phố, tổ dân phố. */
    RESIDENTIAL_GROUP_LEADER(Label.of("Trưởng khu phố, tổ dân phố", "residential-group leader")),
    /** Tổ trưởng tổ đảng (at a committee meeting). */
    PARTY_GROUP_LEADER(Label.of("Tổ trưởng tổ đảng", "party-group leader")),
    /** Đảng viên đương chức cư trú (QĐ 213). */
    RESIDING_SERVING_MEMBER(Label.of("Đảng viên đương chức cư trú", "serving member residing here")),
    /** Khác. */
    OTHER(Label.of("Khách mời khác", "other guest"));

    private final Label label;

    GuestRole(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

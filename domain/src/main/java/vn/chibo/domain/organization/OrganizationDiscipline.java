package vn.chibo.domain.organization;

import vn.chibo.domain.common.Label;

/** The forms of discipline of a party organisation (kỷ luật tổ chức đảng), read by the evaluation. */
public enum OrganizationDiscipline {
    /** Khiển trách. */
    REPRIMAND(Label.of("Khiển trách", "reprimand")),
    /** Cảnh cáo. */
    WARNING(Label.of("Cảnh cáo", "warning")),
    /** Giải tán. */
    DISSOLUTION(Label.of("Giải tán", "dissolution"));

    private final Label label;

    OrganizationDiscipline(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

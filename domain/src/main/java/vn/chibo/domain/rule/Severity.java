package vn.chibo.domain.rule;

import vn.chibo.domain.common.Label;

/** How much a finding matters. */
public enum Severity {
    /** A rule is broken: the situation is not allowed as it stands. */
    VIOLATION(Label.of("vi phạm", "violation")),
    /** Allowed only with something not yet on record (an approval), or worth a look. */
    WARNING(Label.of("cảnh báo", "warning")),
    /** For information: the rule was checked, or could not be checked (no policy). */
    INFO(Label.of("thông tin", "information"));

    private final Label label;

    Severity(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

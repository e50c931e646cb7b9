package vn.chibo.domain.member.dues;

import vn.chibo.domain.common.Label;

/**
 * Over which months "does not pay dues for 3 months in a year" counts unpaid months. No text
 * defining it was found (rules-2.md §F1): chibo counts per calendar year by default
 * (conventions.md) and offers the rolling year as an option.
 */
public enum UnpaidCounting {
    /** The months of the calendar year of the date considered, up to its month: the default. */
    CALENDAR_YEAR(Label.of("Trong năm dương lịch", "Within the calendar year")),
    /** The twelve months ending with the month of the date considered. */
    ROLLING_TWELVE_MONTHS(Label.of("Trong 12 tháng liền trước", "Within the last twelve months"));

    private final Label label;

    UnpaidCounting(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

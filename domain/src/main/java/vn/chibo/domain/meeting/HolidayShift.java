package vn.chibo.domain.meeting;

import vn.chibo.domain.common.Label;

/** What a schedule does with a date that falls on a weekend or a public holiday. */
public enum HolidayShift {
    /** Meet on that day anyway. */
    KEEP(Label.of("Giữ nguyên ngày", "keep the day")),
    /** Meet on the working day before; if the month has none before, on the working day after. */
    EARLIER(Label.of("Họp sớm hơn vào ngày làm việc trước đó", "the working day before")),
    /** Meet on the working day after; if the month has none after, on the working day before. */
    LATER(Label.of("Họp muộn hơn vào ngày làm việc sau đó", "the working day after"));

    private final Label label;

    HolidayShift(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

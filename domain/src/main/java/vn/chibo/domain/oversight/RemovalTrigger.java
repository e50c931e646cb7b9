package vn.chibo.domain.oversight;

import vn.chibo.domain.common.Label;

/** Why a member is considered for removal from the list (rules.md §2.11). Each is sufficient on its own. */
public enum RemovalTrigger {
    /** Months of the year with an unexcused absence from a regular cell meeting reached the threshold. */
    MEETING_ABSENCE("OVERSIGHT-REMOVAL-MEETINGS", Label.of("Bỏ sinh hoạt chi bộ", "Abandoned cell meetings")),
    /** Unpaid months of dues reached the threshold. */
    UNPAID_DUES("OVERSIGHT-REMOVAL-DUES", Label.of("Không đóng đảng phí", "Did not pay dues")),
    /** Rated "not completed" in two consecutive years. */
    NOT_COMPLETED_TWO_YEARS(
            "OVERSIGHT-REMOVAL-TWO-YEARS",
            Label.of("Hai năm liền không hoàn thành nhiệm vụ", "Two consecutive years not completed")),
    /** No progress 12 months after the cell's education. */
    NO_PROGRESS_AFTER_EDUCATION(
            "OVERSIGHT-REMOVAL-EDUCATION",
            Label.of("Giáo dục sau 12 tháng không tiến bộ", "No progress 12 months after education"));

    private final String code;
    private final Label label;

    RemovalTrigger(String code, Label label) {
        this.code = code;
        this.label = label;
    }

    /** The rule code of its findings. */
    public String code() {
        return code;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

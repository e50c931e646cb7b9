package vn.chibo.domain.member;

import vn.chibo.domain.common.Label;

/** Why a member is removed from the rolls (xóa tên, Charter Art. 8; not a form of discipline). */
public enum RemovalGround {
    /** Bỏ sinh hoạt đảng hoặc không đóng đảng phí ba tháng trong năm không có lý do chính đáng. */
    ABSENCE_OR_DUES(Label.of(
            "Bỏ sinh hoạt hoặc không đóng đảng phí ba tháng trong năm",
            "abandoned meetings or dues for three months in a year")),
    /** Tự ý trả thẻ đảng viên hoặc hủy thẻ. */
    CARD_RETURNED(Label.of("Tự ý trả hoặc hủy thẻ đảng viên", "returned or destroyed the party card")),
    /** Giảm sút ý chí phấn đấu, sau 12 tháng giáo dục không tiến bộ. */
    NO_PROGRESS(Label.of("Giảm sút ý chí, 12 tháng không tiến bộ", "no progress after 12 months of education")),
    /** Hai năm liền vi phạm tư cách đảng viên. */
    TWO_YEARS_NOT_COMPLETED(
            Label.of("Hai năm liền vi phạm tư cách đảng viên", "violated membership standards two years in a row")),
    /** Không đạt tiêu chuẩn chính trị. */
    POLITICAL_STANDARDS(Label.of("Không đạt tiêu chuẩn chính trị", "does not meet the political standards")),
    /** Không được công nhận đảng viên chính thức: xóa tên trong danh sách đảng viên dự bị. */
    RECOGNITION_REFUSED(
            Label.of("Không được công nhận đảng viên chính thức", "not recognised at the end of probation"));

    private final Label label;

    RemovalGround(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

package vn.chibo.domain.member.dues;

import vn.chibo.domain.common.Label;

/** How a member paid a month's dues. */
public enum PaymentChannel {
    /** In cash, directly to the cell (nộp trực tiếp cho chi bộ). */
    CELL(Label.of("Nộp tiền mặt trực tiếp cho chi bộ", "Cash to the cell")),
    /** By transfer to the bank account of a party organisation. */
    BANK(Label.of("Chuyển khoản vào tài khoản của tổ chức đảng", "Bank transfer to the party organisation")),
    /** On the National Public Service Portal (Cổng Dịch vụ công Quốc gia), the channel of QĐ 01/2026. */
    NATIONAL_PUBLIC_SERVICE_PORTAL(Label.of("Cổng Dịch vụ công Quốc gia", "National Public Service Portal"));

    private final Label label;

    PaymentChannel(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

package vn.chibo.domain.member.dues;

import vn.chibo.domain.common.Label;

/**
 * Which dues rule applies to a member for a month (đối tượng đóng đảng phí). The category decides
 * what the {@linkplain DuesBasis#basisAmount() basis amount} means, so each regulation accepts only
 * its own categories ({@link DuesPolicy#rates()}); a member who moves from one regulation to the
 * next (31/01/2026 to 01/02/2026) changes category with it.
 *
 * <p>QĐ 342-QĐ/TW with HD 03-HD/VPTW (2016): {@link #STATE_SALARIED}, {@link
 * #ENTERPRISE_OR_PUBLIC_UNIT}, {@link #PENSIONER}, {@link #PUPIL_OR_STUDENT} and {@link #OTHER},
 * the last two paying the fixed amount of their area. QĐ 01-QĐ/TW (2026): {@link
 * #COMPULSORY_SOCIAL_INSURANCE}, {@link #SOCIAL_INSURANCE_LEAVE}, {@link #PENSIONER}, {@link
 * #PUPIL_OR_STUDENT} and {@link #OTHER}. Members abroad have rules of their own, not covered here.
 */
public enum DuesCategory {
    /**
     * QĐ 342: a member paid from an administrative body, a political or socio-political
     * organisation or the armed forces: 1% of salary and allowances (wages, living stipend).
     */
    STATE_SALARIED(Label.of(
            "Đảng viên hưởng lương trong cơ quan hành chính, tổ chức chính trị, chính trị - xã hội, lực lượng"
                    + " vũ trang",
            "Member paid in the administration, a political or socio-political organisation or the armed forces")),
    /** QĐ 342: a member working in an enterprise or a public unit: 1% of the payroll salary or wages. */
    ENTERPRISE_OR_PUBLIC_UNIT(Label.of(
            "Đảng viên làm việc trong doanh nghiệp, đơn vị sự nghiệp",
            "Member working in an enterprise or a public service unit")),
    /** Both regulations: a member drawing a social-insurance pension: 0.5% of the pension. */
    PENSIONER(Label.of("Đảng viên hưởng lương hưu", "Member drawing a pension")),
    /**
     * QĐ 01: a member subject to compulsory social insurance (BHXH bắt buộc): 1% of the salary on
     * which the previous month's compulsory contribution was based. The basis amount is that
     * previous month's salary base.
     */
    COMPULSORY_SOCIAL_INSURANCE(Label.of(
            "Đảng viên thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc",
            "Member subject to compulsory social insurance")),
    /**
     * QĐ 01: a member on sick or maternity leave paid by social insurance, owing no contribution
     * that month: 1% of the sickness or maternity benefit. Other unpaid leave is {@link #OTHER}.
     */
    SOCIAL_INSURANCE_LEAVE(Label.of(
            "Đảng viên nghỉ ốm đau, thai sản hưởng trợ cấp do cơ quan bảo hiểm xã hội chi trả",
            "Member on sick or maternity leave paid by social insurance")),
    /**
     * A pupil or student: 5,000 VND a month under QĐ 01; under QĐ 342 one of the other members,
     * paying the fixed amount of the area.
     */
    PUPIL_OR_STUDENT(Label.of("Đảng viên là học sinh, sinh viên", "Member who is a pupil or student")),
    /**
     * Any other member in the country: under QĐ 342 (farmers and others) the fixed amount of the
     * area set by HD 03-HD/VPTW (2016), half of it past working age; under QĐ 01 a member outside
     * compulsory social insurance (including unpaid leave for reasons other than sickness or
     * maternity), whose amount the sources seen do not give: see {@link DuesPolicies#qd01of2026()}.
     */
    OTHER(Label.of("Đảng viên khác ở trong nước", "Other member in the country"));

    private final Label label;

    DuesCategory(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }

    /** The code of this category's rate rule, e.g. {@code DUES-RATE-PENSIONER}. */
    public String ruleCode() {
        return "DUES-RATE-" + name().replace('_', '-');
    }
}

package vn.chibo.domain.member.residence;

import vn.chibo.domain.common.Label;

/**
 * The categories of HD 33-HD/BTCTW item 1 (30/10/2020). The first five are introduced to the
 * residence but exempt from residence activity, with no periodic yearly comment (a comment only
 * when needed: cadre work, rewards, discipline); the last two are exempt from being introduced at
 * all, and a registration naming them is refused. Which categories the registration refuses is a
 * parameter of the {@link ResidencePolicy} ({@link ResidencePolicy#exemptFromIntroduction()}).
 */
public enum ExemptionCategory {
    /** Army and police members living in barracks or staff housing who rarely go home. */
    ARMED_FORCES_IN_BARRACKS(Label.of(
            "Đảng viên lực lượng vũ trang ở trong doanh trại, nhà công vụ, ít về nơi cư trú",
            "armed forces member living in barracks or staff housing")),
    /** Members who often work away from home or are mobile. */
    MOBILE_OR_AWAY_WORKER(
            Label.of("Đảng viên thường xuyên đi công tác xa nhà, lưu động", "member often working away or mobile")),
    /** Rotated or seconded cadres living in staff housing. */
    ROTATED_CADRE_IN_STAFF_HOUSING(Label.of(
            "Cán bộ luân chuyển, điều động, biệt phái ở nhà công vụ", "rotated cadre living in staff housing")),
    /** Cadres and civil servants on full-time study for 12 months of the year. */
    FULL_TIME_STUDY(Label.of(
            "Cán bộ, công chức đi học tập trung 12 tháng trong năm",
            "cadre on full-time study for 12 months of the year")),
    /** Pupils and students studying away from home. */
    STUDENT_AWAY(Label.of("Học sinh, sinh viên đi học xa nhà", "pupil or student studying away from home")),
    /** Army and police members on special missions whose identity is protected: not introduced. */
    SPECIAL_MISSION_PROTECTED_IDENTITY(Label.of(
            "Đảng viên lực lượng vũ trang làm nhiệm vụ đặc biệt, cần giữ bí mật danh tính",
            "armed forces member on a special mission with a protected identity")),
    /** Members of units on permanent combat readiness: not introduced. */
    PERMANENT_COMBAT_READINESS(Label.of(
            "Đảng viên ở đơn vị thường trực sẵn sàng chiến đấu", "member of a unit on permanent combat readiness"));

    private final Label label;

    ExemptionCategory(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

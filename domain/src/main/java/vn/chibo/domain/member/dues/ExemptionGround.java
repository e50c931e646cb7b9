package vn.chibo.domain.member.dues;

import vn.chibo.domain.common.Label;

/**
 * A ground on which a member is exempted from dues on application to the cell (miễn đóng đảng
 * phí), as QĐ 01-QĐ/TW (2026) Điều 5 lists them. A policy says which grounds it knows ({@link
 * DuesPolicy#exemptionGrounds()}); QĐ 342 knows none. Grounds other than party age are health or
 * household facts: sensitive, and masked wherever a value is printed.
 */
public enum ExemptionGround {
    /** A party age of at least {@link DuesPolicy#exemptionMinPartyAgeYears()} years (50). */
    LONG_PARTY_AGE(Label.of("Có tuổi đảng từ 50 năm trở lên", "Party age of 50 years or more")),
    /** Receiving the social pension (trợ cấp hưu trí xã hội). */
    SOCIAL_PENSION(Label.of("Hưởng trợ cấp hưu trí xã hội", "Receiving the social pension")),
    /** Belonging to a poor or near-poor household. */
    POOR_OR_NEAR_POOR_HOUSEHOLD(Label.of("Thuộc hộ nghèo, hộ cận nghèo", "Member of a poor or near-poor household")),
    /** A serious illness. */
    SERIOUS_ILLNESS(Label.of("Mắc bệnh hiểm nghèo", "Serious illness"));

    private final Label label;

    ExemptionGround(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

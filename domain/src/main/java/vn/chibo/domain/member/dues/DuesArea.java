package vn.chibo.domain.member.dues;

import vn.chibo.domain.common.Label;

/**
 * Where a member paying a fixed amount lives, as HD 03-HD/VPTW (06/7/2016) sets the amounts (địa
 * bàn). The areas keep the names of that guidance, written before districts were abolished in 2025.
 */
public enum DuesArea {
    /** Inner districts of centrally-run cities: 10,000 VND a month under HD 03/2016. */
    CENTRAL_CITY_INNER_DISTRICT(Label.of(
            "Các quận nội thành của thành phố trực thuộc Trung ương", "Inner districts of centrally-run cities")),
    /** Inner areas of urban centres of class I to III: 8,000 VND a month under HD 03/2016. */
    URBAN_CLASS_I_TO_III(
            Label.of("Nội thành, nội thị của đô thị loại I, II, III", "Inner areas of class I–III urban centres")),
    /** Region III (mountain, remote, border, island areas): 4,000 VND a month under HD 03/2016. */
    REGION_III(Label.of(
            "Vùng III (miền núi, vùng sâu, vùng xa, biên giới, hải đảo)",
            "Region III (mountain, remote, border, island areas)")),
    /** Everywhere else: 6,000 VND a month under HD 03/2016. */
    ELSEWHERE(Label.of("Các địa bàn khác", "Elsewhere"));

    private final Label label;

    DuesArea(Label label) {
        this.label = label;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }
}

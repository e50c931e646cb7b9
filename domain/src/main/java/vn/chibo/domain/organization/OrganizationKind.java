package vn.chibo.domain.organization;

import vn.chibo.domain.common.Label;

/**
 * The kinds of party organisation. Which kind may sit under which is decided by the {@link
 * StructurePolicy} in force, never by depth: the district level existed until 30/6/2025, the
 * commune committee from 1/7/2025.
 */
public enum OrganizationKind {
    /** Đảng Cộng sản Việt Nam: the root of every tree. */
    PARTY(Label.of("Đảng Cộng sản Việt Nam", "Communist Party of Vietnam"), false),
    /** Đảng bộ tỉnh, thành phố trực thuộc Trung ương. */
    PROVINCIAL_COMMITTEE(Label.of("Đảng bộ tỉnh, thành phố", "provincial party committee"), false),
    /** Đảng bộ huyện, quận, thị xã, thành phố thuộc tỉnh: abolished from 1/7/2025. */
    DISTRICT_COMMITTEE(Label.of("Đảng bộ huyện, quận, thị xã, thành phố", "district party committee"), false),
    /**
     * Đảng bộ xã, phường, đặc khu: from 1/7/2025 the direct superior of grassroots organisations.
     */
    COMMUNE_COMMITTEE(Label.of("Đảng bộ xã, phường, đặc khu", "commune or ward party committee"), false),
    /** Đảng bộ cơ sở: a grassroots organisation with cells under it. */
    GRASSROOTS_COMMITTEE(Label.of("Đảng bộ cơ sở", "grassroots party committee"), true),
    /** Chi bộ cơ sở: a grassroots organisation too small to be a committee. */
    GRASSROOTS_CELL(Label.of("Chi bộ cơ sở", "grassroots party cell"), true),
    /** Đảng bộ bộ phận: an intermediate level inside a large grassroots committee. */
    PARTIAL_COMMITTEE(Label.of("Đảng bộ bộ phận", "partial party committee"), false),
    /** Chi bộ (trực thuộc): the unit where members meet. */
    CELL(Label.of("Chi bộ", "party cell"), false),
    /** Tổ đảng: a group inside a cell or a grassroots cell. */
    PARTY_GROUP(Label.of("Tổ đảng", "party group"), false);

    private final Label label;
    private final boolean grassroots;

    OrganizationKind(Label label, boolean grassroots) {
        this.label = label;
        this.grassroots = grassroots;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }

    /** Whether this is a grassroots organisation (tổ chức cơ sở đảng). */
    public boolean isGrassroots() {
        return grassroots;
    }

    /** Whether members meet and vote in it: a cell or a grassroots cell. */
    public boolean isCell() {
        return this == CELL || this == GRASSROOTS_CELL;
    }

    /** Whether it has a committee (cấp ủy) of its own: every kind but the party group. */
    public boolean hasCommittee() {
        return this != PARTY_GROUP;
    }
}

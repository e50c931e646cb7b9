package vn.chibo.domain.organization;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.LocalDate;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.RuleSource;

/**
 * chibo's central structure policies, one per period (rules.md §1 and §1.12, rules-2.md §E):
 *
 * <ul>
 *   <li>from 19/01/2011 (Charter of the XI Congress, implemented by QĐ 45, 29, 24 and 232) until
 *       30/6/2025: four levels, the district committee above grassroots organisations;
 *   <li>from 1/7/2025 (QĐ 294-QĐ/TW, QĐ 298-QĐ/TW, HD 31-HD/BTCTW): three levels, the commune or
 *       ward committee above grassroots organisations, and the pilot of one cell congress per
 *       five years.
 * </ul>
 *
 * <p>The reported 2026 successors (QĐ 20-QĐ/TW of 08/4/2026, QĐ 208-QĐ/TW of 26/7/2026), which may
 * make the ward a grassroots committee again, are known only from weak sources (rules-2.md §E1–E2):
 * they are not registered. A host that confirms them registers its own version from that date.
 */
public final class StructurePolicies {
    /** The first day any structure policy covers: the Charter of 19/01/2011. */
    public static final LocalDate CHARTER_2011 = LocalDate.of(2011, 1, 19);

    /** The day the three-level system took effect. */
    public static final LocalDate THREE_LEVELS = LocalDate.of(2025, 7, 1);

    private StructurePolicies() {}

    /** The four-level rules, 19/01/2011 to 30/6/2025. */
    public static StructurePolicy charter2011() {
        return common().id("organization.structure/ĐL2011")
                .title(Label.of(
                        "Cơ cấu tổ chức theo Điều lệ Đảng 2011 (bốn cấp)",
                        "Structure under the 2011 Charter (four levels)"))
                .source(RuleSource.of(
                        "Điều lệ Đảng 2011; QĐ 29-QĐ/TW (25/7/2016); QĐ 24-QĐ/TW (30/7/2021)",
                        "Điều 21, 22, 24",
                        Confidence.SOURCE_SEEN))
                .allowedChildren(ImmutableSetMultimap.<OrganizationKind, OrganizationKind>builder()
                        .put(OrganizationKind.PARTY, OrganizationKind.PROVINCIAL_COMMITTEE)
                        .putAll(
                                OrganizationKind.PROVINCIAL_COMMITTEE,
                                OrganizationKind.DISTRICT_COMMITTEE,
                                OrganizationKind.GRASSROOTS_COMMITTEE,
                                OrganizationKind.GRASSROOTS_CELL)
                        .putAll(
                                OrganizationKind.DISTRICT_COMMITTEE,
                                OrganizationKind.GRASSROOTS_COMMITTEE,
                                OrganizationKind.GRASSROOTS_CELL)
                        .putAll(lowerLevels())
                        .build())
                .cellOneCongressPilotAllowed(false)
                .putRuleSource(
                        StructurePolicy.PARENT_KIND,
                        RuleSource.of(
                                "Điều lệ Đảng 2011",
                                "Điều 10, 21, 24",
                                Confidence.SOURCE_SEEN,
                                "four levels: centre, province, district, grassroots"))
                .putRuleSource(
                        StructurePolicy.TERM_LENGTH,
                        RuleSource.of(
                                "Điều lệ Đảng 2011",
                                "Điều 22, 24 khoản 3",
                                Confidence.RECALLED,
                                "grassroots term of 5 years is recalled (rules.md §1.6); cells hold congress"
                                        + " twice in five years, ±6 months (§1.5, source seen)"))
                .build();
    }

    /** The three-level rules from 1/7/2025. */
    public static StructurePolicy threeLevels2025() {
        return common().id("organization.structure/QĐ294-2025")
                .title(Label.of(
                        "Cơ cấu tổ chức ba cấp từ 01/7/2025 (QĐ 294-QĐ/TW)",
                        "Three-level structure from 1 July 2025 (QĐ 294-QĐ/TW)"))
                .source(RuleSource.of(
                        "QĐ 294-QĐ/TW (26/5/2025, hiệu lực 01/7/2025); QĐ 298-QĐ/TW (09/6/2025); HD 31-HD/BTCTW"
                                + " (23/4/2025)",
                        "QĐ 298 Điều 4",
                        Confidence.SOURCE_SEEN))
                .allowedChildren(ImmutableSetMultimap.<OrganizationKind, OrganizationKind>builder()
                        .put(OrganizationKind.PARTY, OrganizationKind.PROVINCIAL_COMMITTEE)
                        .putAll(
                                OrganizationKind.PROVINCIAL_COMMITTEE,
                                OrganizationKind.COMMUNE_COMMITTEE,
                                OrganizationKind.GRASSROOTS_COMMITTEE,
                                OrganizationKind.GRASSROOTS_CELL)
                        .putAll(
                                OrganizationKind.COMMUNE_COMMITTEE,
                                OrganizationKind.GRASSROOTS_COMMITTEE,
                                OrganizationKind.GRASSROOTS_CELL)
                        .putAll(lowerLevels())
                        .build())
                .cellOneCongressPilotAllowed(true)
                .putRuleSource(
                        StructurePolicy.PARENT_KIND,
                        RuleSource.of(
                                "QĐ 294-QĐ/TW; QĐ 298-QĐ/TW",
                                "QĐ 298 Điều 4",
                                Confidence.SOURCE_SEEN,
                                "three levels; the commune or ward committee is the direct superior of grassroots"
                                        + " organisations (rules.md §1.12)"))
                .putRuleSource(
                        StructurePolicy.TERM_LENGTH,
                        RuleSource.of(
                                "QĐ 294-QĐ/TW",
                                "item on Điều 24 khoản 3",
                                Confidence.SOURCE_SEEN,
                                "pilot of one cell congress per five years (rules.md §1.5)"))
                .build();
    }

    /** Registers both central versions on {@code registry}. */
    public static PolicyRegistry.Builder registerCentral(PolicyRegistry.Builder registry) {
        return registry.register(StructurePolicy.KIND, charter2011(), Applicability.between(CHARTER_2011, THREE_LEVELS))
                .register(StructurePolicy.KIND, threeLevels2025(), Applicability.from(THREE_LEVELS));
    }

    private static ImmutableSetMultimap<OrganizationKind, OrganizationKind> lowerLevels() {
        return ImmutableSetMultimap.<OrganizationKind, OrganizationKind>builder()
                .putAll(
                        OrganizationKind.GRASSROOTS_COMMITTEE,
                        OrganizationKind.PARTIAL_COMMITTEE,
                        OrganizationKind.CELL)
                .put(OrganizationKind.PARTIAL_COMMITTEE, OrganizationKind.CELL)
                .put(OrganizationKind.CELL, OrganizationKind.PARTY_GROUP)
                .put(OrganizationKind.GRASSROOTS_CELL, OrganizationKind.PARTY_GROUP)
                .build();
    }

    private static StructurePolicy.Builder common() {
        StructurePolicy.Builder b = StructurePolicy.builder();
        b.minFullMembersToFound(3)
                .grassrootsCommitteeMinMembers(30)
                .cellCommitteeMinFullMembers(9)
                .cellCommitteeMaxMembers(7)
                .cellDeputySecretariesMax(1)
                .grassrootsTermYears(5)
                .cellCongressesPerFiveYears(2)
                .ruleSources(ImmutableMap.of(
                        StructurePolicy.FOUND_MIN_FULL_MEMBERS,
                        RuleSource.of(
                                "Điều lệ Đảng 2011",
                                "Điều 21 khoản 2; Điều 24 khoản 1",
                                Confidence.SOURCE_SEEN,
                                "at least three full (chính thức) members; probationary members do not count"),
                        StructurePolicy.GRASSROOTS_SIZE,
                        RuleSource.of(
                                "Điều lệ Đảng 2011",
                                "Điều 21 khoản 3",
                                Confidence.SOURCE_SEEN,
                                "counts all members; exceptions need the superior committee's written approval"),
                        StructurePolicy.CELL_COMMITTEE_THRESHOLD,
                        RuleSource.of(
                                "Điều lệ Đảng 2011; QĐ 29-QĐ/TW",
                                "Điều 24 khoản 4; QĐ 29 item 24",
                                Confidence.SOURCE_SEEN,
                                "nine full members, exempted members included; presumed unchanged by QĐ 24/294"
                                        + " (recalled)"),
                        StructurePolicy.CELL_COMMITTEE_MAX,
                        RuleSource.of("Điều lệ Đảng 2011; QĐ 29-QĐ/TW", "Điều 24 khoản 4", Confidence.SOURCE_SEEN),
                        StructurePolicy.CELL_DEPUTY_MAX,
                        RuleSource.of("Điều lệ Đảng 2011; QĐ 29-QĐ/TW", "Điều 24 khoản 4", Confidence.SOURCE_SEEN)));
        return b;
    }
}

package vn.chibo.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.DONG_HA;
import static vn.chibo.domain.organization.OrganizationTestData.DONG_HA_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.FOUNDED;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_1;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.LAST_FOUR_LEVEL_DAY;
import static vn.chibo.domain.organization.OrganizationTestData.MID_2023;
import static vn.chibo.domain.organization.OrganizationTestData.NEW_WARD;
import static vn.chibo.domain.organization.OrganizationTestData.NEW_WARD_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.NOW;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_1;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.PROVINCE;
import static vn.chibo.domain.organization.OrganizationTestData.PROVINCE_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.THREE_LEVELS;
import static vn.chibo.domain.organization.OrganizationTestData.chiboAt;
import static vn.chibo.domain.organization.OrganizationTestData.pathNames;
import static vn.chibo.domain.organization.OrganizationTestData.rename;
import static vn.chibo.domain.organization.OrganizationTestData.restructuring2025;
import static vn.chibo.domain.organization.OrganizationTestData.seedTree;
import static vn.chibo.domain.organization.OrganizationTestData.seeded;
import static vn.chibo.domain.organization.OrganizationTestData.siblingWard;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.NotFoundException;
import vn.chibo.domain.memory.InMemoryOrganizations;

class OrganizationTreeTest {
    private final Chibo chibo = seeded();

    // ---------------------------------------------------------------- the restructuring of 1/7/2025

    @Test
    void restructuringOf2025IsAcceptedAsOneCommandAndMovesTheCellsUnderTheNewWard() {
        ImmutableList<OrganizationFact> facts = chibo.organizations().execute(ADMIN, restructuring2025(true));

        assertThat(facts).hasSize(7);
        assertThat(facts)
                .allSatisfy(f -> assertThat(((OrganizationFact.Structural) f).reorganization())
                        .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(ReorganizationKind.RESTRUCTURING)));
        OrganizationTree.Snapshot june30 = chibo.organizations().treeOn(ADMIN, LAST_FOUR_LEVEL_DAY);
        OrganizationTree.Snapshot july1 = chibo.organizations().treeOn(ADMIN, THREE_LEVELS);

        assertThat(june30.pathFromRoot(KHU_PHO_3)).containsExactly(PROVINCE, DONG_HA, PHUONG_5, KHU_PHO_3);
        assertThat(pathNames(june30, KHU_PHO_3))
                .containsExactly(PROVINCE_NAME, DONG_HA_NAME, PHUONG_5_NAME, KHU_PHO_3_NAME);
        assertThat(june30.get(KHU_PHO_3).orElseThrow().kind()).isEqualTo(OrganizationKind.CELL);
        assertThat(july1.pathFromRoot(KHU_PHO_3)).containsExactly(PROVINCE, NEW_WARD, KHU_PHO_3);
        assertThat(july1.get(KHU_PHO_3).orElseThrow().kind()).isEqualTo(OrganizationKind.GRASSROOTS_CELL);
        assertThat(july1.get(KHU_PHO_7).orElseThrow().kind()).isEqualTo(OrganizationKind.GRASSROOTS_CELL);
        assertThat(july1.get(NEW_WARD).orElseThrow().kind()).isEqualTo(OrganizationKind.COMMUNE_COMMITTEE);
        assertThat(july1.get(PHUONG_5)).isEmpty();
        assertThat(july1.get(DONG_HA)).isEmpty();
        assertThat(june30.get(NEW_WARD)).isEmpty();
    }

    @Test
    void restructuringKeepsWhereTheMergedWardWentAndOverwritesNoHistory() {
        String before = chibo.organizations().render(ADMIN, PROVINCE, MID_2023, Label.VIETNAMESE);

        chibo.organizations().execute(ADMIN, restructuring2025(true));

        OrganizationTree.Snapshot mid2023 = chibo.organizations().treeOn(ADMIN, MID_2023);
        assertThat(chibo.organizations().render(ADMIN, PROVINCE, MID_2023, Label.VIETNAMESE))
                .isEqualTo(before);
        assertThat(mid2023.states()).containsOnlyKeys(PROVINCE, DONG_HA, PHUONG_5, KHU_PHO_3, KHU_PHO_7);
        assertThat(mid2023.get(KHU_PHO_3).orElseThrow())
                .extracting(OrganizationState::kind, OrganizationState::name, OrganizationState::parent)
                .containsExactly(OrganizationKind.CELL, KHU_PHO_3_NAME, PHUONG_5);
        assertThat(mid2023.get(KHU_PHO_3).orElseThrow().valid())
                .as("the state of 2023 now ends where the restructuring begins")
                .isEqualTo(DateRange.of(FOUNDED, THREE_LEVELS));
        OrganizationHistory phuong5 =
                chibo.organizations().find(ADMIN, PHUONG_5).orElseThrow();
        assertThat(phuong5.facts())
                .filteredOn(OrganizationFact.Dissolved.class::isInstance)
                .singleElement()
                .satisfies(f -> assertThat(((OrganizationFact.Dissolved) f).mergedInto())
                        .isEqualTo(NEW_WARD));
        assertThat(chibo.organizations()
                        .find(ADMIN, KHU_PHO_3)
                        .orElseThrow()
                        .facts()
                        .get(0))
                .isInstanceOfSatisfying(
                        OrganizationFact.Founded.class,
                        f -> assertThat(f.parent()).isEqualTo(PHUONG_5));
    }

    // ---------------------------------------------------------------- rendering

    @Test
    void rendersTheTreeWithKindsInVietnamese() {
        assertThat(chibo.organizations().render(ADMIN, PROVINCE, MID_2023, Label.VIETNAMESE))
                .isEqualTo("""
                        Đảng bộ tỉnh Quảng Trị (Đảng bộ tỉnh, thành phố)
                        └─ Đảng bộ thành phố Đông Hà (Đảng bộ huyện, quận, thị xã, thành phố)
                           └─ Đảng bộ Phường 5 (Đảng bộ cơ sở)
                              ├─ Chi bộ Khu phố 3 (Chi bộ)
                              └─ Chi bộ Khu phố 7 (Chi bộ)
                        """);
    }

    @Test
    void rendersTheTreeWithKindsInEnglish() {
        assertThat(chibo.organizations().treeOn(ADMIN, MID_2023).render(PHUONG_5, Locale.ENGLISH))
                .isEqualTo("""
                        Đảng bộ Phường 5 (grassroots party committee)
                        ├─ Chi bộ Khu phố 3 (party cell)
                        └─ Chi bộ Khu phố 7 (party cell)
                        """);
    }

    @Test
    void rendersTheRestructuredTreeFromJuly2025() {
        chibo.organizations().execute(ADMIN, restructuring2025(true));

        assertThat(chibo.organizations().render(ADMIN, PROVINCE, THREE_LEVELS, Label.VIETNAMESE))
                .isEqualTo(PROVINCE_NAME + " (Đảng bộ tỉnh, thành phố)\n"
                        + "└─ " + NEW_WARD_NAME + " (Đảng bộ xã, phường, đặc khu)\n"
                        + "   ├─ Chi bộ Khu phố 3 (Chi bộ cơ sở)\n"
                        + "   └─ Chi bộ Khu phố 7 (Chi bộ cơ sở)\n");
    }

    @Test
    void renderingAnOrganisationThatDidNotExistOnTheDateIsNotFound() {
        chibo.organizations().execute(ADMIN, restructuring2025(true));

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> chibo.organizations().render(ADMIN, PHUONG_5, THREE_LEVELS, Label.VIETNAMESE))
                .withMessage("Not found: organisation " + PHUONG_5 + " on 2025-07-01");
    }

    // ---------------------------------------------------------------- shape of a snapshot

    @Test
    void childrenAreListedByNameAndTheSubtreeDepthFirst() {
        chibo.organizations().execute(ADMIN, siblingWard());
        OrganizationTree.Snapshot snap = chibo.organizations().treeOn(ADMIN, MID_2023);

        assertThat(snap.children(DONG_HA))
                .extracting(OrganizationState::name)
                .containsExactly("Đảng bộ Phường 1", PHUONG_5_NAME);
        assertThat(snap.subtree(DONG_HA))
                .extracting(OrganizationState::id)
                .containsExactly(DONG_HA, PHUONG_1, KHU_PHO_1, PHUONG_5, KHU_PHO_3, KHU_PHO_7);
        assertThat(snap.isUnder(KHU_PHO_3, DONG_HA)).isTrue();
        assertThat(snap.isUnder(KHU_PHO_3, PHUONG_1)).isFalse();
        assertThat(snap.pathFromRoot(OrganizationTestData.org(99))).isEmpty();
    }

    @Test
    void aTreeGivesOneSnapshotPerDateAndAFreshTreeSeesLaterCommands() {
        OrganizationTree tree = chibo.organizations().tree(ADMIN);
        OrganizationTree.Snapshot snap = tree.on(MID_2023);

        assertThat(tree.on(MID_2023)).isSameAs(snap);
        chibo.organizations().execute(ADMIN, siblingWard());
        assertThat(tree.on(MID_2023).get(PHUONG_1)).isEmpty();
        assertThat(chibo.organizations().tree(ADMIN).on(MID_2023).children(DONG_HA))
                .extracting(OrganizationState::name)
                .containsExactly("Đảng bộ Phường 1", PHUONG_5_NAME);
    }

    @Test
    void everUnderRemembersEverySubtreeAnOrganisationWasIn() {
        chibo.organizations().execute(ADMIN, restructuring2025(true));
        OrganizationTree tree = chibo.organizations().tree(ADMIN);

        assertThat(tree.everUnder(KHU_PHO_3, PHUONG_5)).isTrue();
        assertThat(tree.everUnder(KHU_PHO_3, DONG_HA)).isTrue();
        assertThat(tree.everUnder(KHU_PHO_3, NEW_WARD)).isTrue();
        assertThat(tree.everUnder(NEW_WARD, DONG_HA)).isFalse();
        assertThat(tree.everUnder(PHUONG_5, KHU_PHO_3)).isFalse();
    }

    // ---------------------------------------------------------------- bitemporality through the service

    @Test
    void aRetroactiveRenameRecordedAfterALaterRenameAppliesOnlyUntilTheLaterOne() {
        InMemoryOrganizations store = new InMemoryOrganizations();
        Instant january = Instant.parse("2026-01-10T03:00:00Z");
        chiboAt(january, store).organizations().execute(ADMIN, seedTree());
        chiboAt(january, store)
                .organizations()
                .execute(ADMIN, rename(KHU_PHO_3, "Chi bộ Khu phố 3 mới", LocalDate.of(2024, 1, 1)));
        Chibo later = chiboAt(NOW, store);
        later.organizations().execute(ADMIN, rename(KHU_PHO_3, "Chi bộ Khu phố Ba", LocalDate.of(2022, 1, 1)));

        assertThat(nameOn(later, LocalDate.of(2021, 12, 31))).isEqualTo(KHU_PHO_3_NAME);
        assertThat(nameOn(later, LocalDate.of(2022, 1, 1))).isEqualTo("Chi bộ Khu phố Ba");
        assertThat(nameOn(later, LocalDate.of(2023, 12, 31))).isEqualTo("Chi bộ Khu phố Ba");
        assertThat(nameOn(later, LocalDate.of(2024, 1, 1))).isEqualTo("Chi bộ Khu phố 3 mới");

        OrganizationTree knownInJanuary = later.organizations().tree(ADMIN).knownAt(january);
        assertThat(knownInJanuary
                        .on(LocalDate.of(2023, 6, 1))
                        .get(KHU_PHO_3)
                        .orElseThrow()
                        .name())
                .isEqualTo(KHU_PHO_3_NAME);
        assertThat(knownInJanuary
                        .on(LocalDate.of(2024, 6, 1))
                        .get(KHU_PHO_3)
                        .orElseThrow()
                        .name())
                .isEqualTo("Chi bộ Khu phố 3 mới");
        assertThat(later.organizations()
                        .tree(ADMIN)
                        .knownAt(january.minusSeconds(1))
                        .on(MID_2023)
                        .states())
                .isEmpty();
    }

    private static String nameOn(Chibo chibo, LocalDate day) {
        return chibo.organizations()
                .treeOn(ADMIN, day)
                .get(KHU_PHO_3)
                .orElseThrow()
                .name();
    }
}

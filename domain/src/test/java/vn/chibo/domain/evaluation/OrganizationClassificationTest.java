package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.NOW;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.founded;
import static vn.chibo.domain.organization.OrganizationTestData.histories;
import static vn.chibo.domain.organization.OrganizationTestData.org;
import static vn.chibo.domain.organization.OrganizationTestData.treeOf;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;

class OrganizationClassificationTest {
    private static final EvaluationRegime HD21 = EvaluationRegimes.qd132hd21();
    private static final EvaluationRegime QD124 = EvaluationRegimes.qd124hd25();
    private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);
    private static final Year Y2021 = Year.of(2021);
    private static final Year Y2023 = Year.of(2023);

    /** Phường 5 with Khu phố 3 only. */
    private static OrganizationTree ward() {
        return treeOf(histories()
                .put(
                        PHUONG_5,
                        List.of(founded(
                                PHUONG_5, FOUNDED, OrganizationKind.GRASSROOTS_COMMITTEE, PHUONG_5_NAME, null, NOW)))
                .put(
                        KHU_PHO_3,
                        List.of(founded(KHU_PHO_3, FOUNDED, OrganizationKind.CELL, KHU_PHO_3_NAME, PHUONG_5, NOW)))
                .build());
    }

    /** Phường 5 with {@code cells} cells, the first {@code disciplined} of them disciplined on {@code on}. */
    private static OrganizationTree wardWithCells(int cells, int disciplined, LocalDate on) {
        var b = histories()
                .put(
                        PHUONG_5,
                        List.of(founded(
                                PHUONG_5, FOUNDED, OrganizationKind.GRASSROOTS_COMMITTEE, PHUONG_5_NAME, null, NOW)));
        EvaluationTestData.cells(b, cells, disciplined, FOUNDED, on);
        return treeOf(b.build());
    }

    /** {@code good} members good and the rest of 100 completed. */
    private static List<Grade> members(int good, int completed, int notCompleted) {
        List<Grade> g = new ArrayList<>();
        g.addAll(Collections.nCopies(good, Grade.GOOD));
        g.addAll(Collections.nCopies(completed, Grade.COMPLETED));
        g.addAll(Collections.nCopies(notCompleted, Grade.NOT_COMPLETED));
        return g;
    }

    private static OrganizationRating rateCell(Grade proposed, List<Grade> members) {
        return OrganizationClassification.rate(
                ward(), OrganizationReview.proposed(KHU_PHO_3, Y2021, proposed), members, HD21);
    }

    // ------------------------------------------------------------ cells against their members

    @Test
    void aCellWith80PercentOfMembersGoodMayBeExcellent() {
        OrganizationRating r = rateCell(Grade.EXCELLENT, members(80, 20, 0));

        assertThat(r.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.ORGANIZATION_THRESHOLD);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.policy()).isEqualTo(PolicyRef.of(HD21));
            assertThat(f.source()).isEqualTo(HD21.sourceOf(EvaluationRegime.ORGANIZATION_THRESHOLD));
        });
    }

    @Test
    void aCellWith79PercentOfMembersGoodIsLoweredFromExcellentToGood() {
        OrganizationRating r = rateCell(Grade.EXCELLENT, members(79, 21, 0));

        assertThat(r.proposed()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo("100/100 completed or above, 79/100 (79.0%) good or above: at most HTTNV;"
                            + " lowered from HTXSNV to HTTNV.");
            assertThat(f.message(vn.chibo.domain.common.Label.VIETNAMESE))
                    .isEqualTo("100/100 hoàn thành nhiệm vụ trở lên, 79/100 (79,0 %) hoàn thành tốt trở lên: tối đa"
                            + " HTTNV; hạ từ HTXSNV xuống HTTNV.");
        });
    }

    @Test
    void aCellWith50PercentOfMembersGoodMayBeGood() {
        assertThat(rateCell(Grade.GOOD, members(50, 50, 0)).grade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void aCellWith49PercentOfMembersGoodIsLoweredFromGoodToCompleted() {
        assertThat(rateCell(Grade.GOOD, members(49, 51, 0)).grade()).isEqualTo(Grade.COMPLETED);
    }

    @Test
    void oneMemberNotCompletedBlocksExcellentAndGood() {
        assertThat(rateCell(Grade.EXCELLENT, members(99, 0, 1)).grade()).isEqualTo(Grade.COMPLETED);
        assertThat(rateCell(Grade.GOOD, members(99, 0, 1)).grade()).isEqualTo(Grade.COMPLETED);
    }

    @Test
    void excellentMembersCountAsGoodOrAbove() {
        List<Grade> grades = new ArrayList<>(Collections.nCopies(80, Grade.EXCELLENT));
        grades.addAll(Collections.nCopies(20, Grade.COMPLETED));

        assertThat(rateCell(Grade.EXCELLENT, grades).grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void aCellProposedCompletedIsNotCheckedAgainstItsMembers() {
        OrganizationRating r = rateCell(Grade.COMPLETED, members(0, 99, 1));

        assertThat(r.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aCellFoundedLessThan6MonthsBeforeTheEndIsNotRated() {
        OrganizationTree tree = treeOf(histories()
                .put(
                        PHUONG_5,
                        List.of(founded(
                                PHUONG_5, FOUNDED, OrganizationKind.GRASSROOTS_COMMITTEE, PHUONG_5_NAME, null, NOW)))
                .put(
                        KHU_PHO_3,
                        List.of(founded(
                                KHU_PHO_3,
                                LocalDate.of(2021, 7, 1),
                                OrganizationKind.CELL,
                                KHU_PHO_3_NAME,
                                PHUONG_5,
                                NOW)))
                .build());

        OrganizationRating r = OrganizationClassification.rate(
                tree, OrganizationReview.proposed(KHU_PHO_3, Y2021, Grade.GOOD), members(100, 0, 0), HD21);

        assertThat(r.grade()).isNull();
        assertThat(r.notRatedReason()).isEqualTo(EvaluationRegime.NEW_ORGANIZATION);
    }

    @Test
    void aCellWith50PercentTargetsIsNotLoweredButWith49ItIsNotCompleted() {
        OrganizationRating fifty = OrganizationClassification.rate(
                ward(), new OrganizationReview(KHU_PHO_3, Y2021, Grade.GOOD, 50, false), members(60, 40, 0), HD21);
        OrganizationRating fortyNine = OrganizationClassification.rate(
                ward(), new OrganizationReview(KHU_PHO_3, Y2021, Grade.GOOD, 49, false), members(60, 40, 0), HD21);

        assertThat(fifty.grade()).isEqualTo(Grade.GOOD);
        assertThat(fortyNine.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(fortyNine.findings())
                .extracting(Finding::code)
                .containsExactly(EvaluationRegime.ORGANIZATION_THRESHOLD, EvaluationRegime.TARGETS);
    }

    // ------------------------------------------------------------ a collective, HD 21 against QĐ 124

    @Test
    void underQd124ACollectiveWithOneOfFourCellsDisciplinedIsNotCompleted() {
        OrganizationTree tree = wardWithCells(4, 1, LocalDate.of(2023, 5, 1));

        OrganizationRating r = OrganizationClassification.rate(
                tree,
                OrganizationReview.proposed(PHUONG_5, Y2023, Grade.GOOD),
                List.of(Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD),
                QD124);

        assertThat(r.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(r.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(
                        tuple(EvaluationRegime.ORGANIZATION_THRESHOLD, Severity.INFO),
                        tuple(EvaluationRegime.ORGANIZATION_DISCIPLINE, Severity.WARNING));
        assertThat(r.findings().get(1).message(Locale.ENGLISH))
                .isEqualTo("1/4 subordinate units disciplined, over 20%: KHTNV.");
        assertThat(r.findings().get(1).source()).isEqualTo(QD124.sourceOf(EvaluationRegime.ORGANIZATION_DISCIPLINE));
    }

    @Test
    void underQd124ACollectiveWithOneOfFiveCellsDisciplinedIsNotLowered() {
        OrganizationTree tree = wardWithCells(5, 1, LocalDate.of(2023, 5, 1));

        OrganizationRating r = OrganizationClassification.rate(
                tree,
                OrganizationReview.proposed(PHUONG_5, Y2023, Grade.GOOD),
                Collections.nCopies(5, Grade.GOOD),
                QD124);

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void underHd21ACollectiveWithOneOfFourCellsDisciplinedIsNotAffected() {
        OrganizationTree tree = wardWithCells(4, 1, LocalDate.of(2021, 5, 1));

        OrganizationRating r = OrganizationClassification.rate(
                tree,
                OrganizationReview.proposed(PHUONG_5, Y2021, Grade.GOOD),
                List.of(Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD),
                HD21);

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).extracting(Finding::code).containsExactly(EvaluationRegime.ORGANIZATION_THRESHOLD);
    }

    @Test
    void aCellDisciplinedInTheYearIsNotCompletedUnlessItFoundAndFixedTheFaultItself() {
        OrganizationTree tree = wardWithCells(1, 1, LocalDate.of(2021, 5, 1));
        OrganizationId cell = org(100);

        OrganizationRating plain = OrganizationClassification.rate(
                tree, OrganizationReview.proposed(cell, Y2021, Grade.GOOD), members(60, 40, 0), HD21);
        OrganizationRating selfFixed = OrganizationClassification.rate(
                tree, new OrganizationReview(cell, Y2021, Grade.GOOD, null, true), members(60, 40, 0), HD21);

        assertThat(plain.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(selfFixed.grade()).isEqualTo(Grade.GOOD);
        assertThat(selfFixed.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(
                        tuple(EvaluationRegime.ORGANIZATION_THRESHOLD, Severity.INFO),
                        tuple(EvaluationRegime.ORGANIZATION_DISCIPLINE, Severity.INFO));
    }
}

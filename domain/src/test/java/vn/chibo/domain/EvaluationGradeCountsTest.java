package vn.chibo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.domain.EvaluationTestData.ADMIN;
import static vn.chibo.domain.EvaluationTestData.KHU_PHO_3;
import static vn.chibo.domain.EvaluationTestData.KHU_PHO_7;
import static vn.chibo.domain.EvaluationTestData.OTHER_CELL;
import static vn.chibo.domain.EvaluationTestData.OTHER_PROVINCE;
import static vn.chibo.domain.EvaluationTestData.OTHER_WARD;
import static vn.chibo.domain.EvaluationTestData.PHUONG_5;
import static vn.chibo.domain.EvaluationTestData.Y2021;
import static vn.chibo.domain.EvaluationTestData.id;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.NotFoundException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.organization.ReorganizationKind;

/**
 * {@link EvaluationService#gradeCounts(vn.chibo.domain.common.Actor, List, Year)}: the counts of
 * several subtrees in one call are, for each, those of its report, at the boundaries of where a
 * review is placed.
 */
class EvaluationGradeCountsTest {
    private static final OrganizationId PROVINCE = OrganizationTestData.PROVINCE;

    private final EvaluationTestData data = new EvaluationTestData();
    private final EvaluationService service = data.chibo.evaluations();

    private GradeCounts reported(OrganizationId subtree, Year year) {
        return GradeCounts.of(service.report(ADMIN, subtree, year, QuotaBase.GOOD));
    }

    @Test
    void theCountsOfSeveralSubtreesInOneCallAreThoseOfEachSubtreesReportInTheOrderAsked() {
        data.otherProvince()
                .fullIn(KHU_PHO_3, "An", "Bình", "Cường")
                .fullIn(KHU_PHO_7, "Dũng")
                .fullIn(OTHER_CELL, "Giang")
                .decided("An", Y2021, Grade.GOOD)
                .decided("Bình", Y2021, Grade.GOOD)
                .decided("Cường", Y2021, Grade.EXCELLENT)
                .decided("Giang", Y2021, Grade.COMPLETED)
                .condition("Dũng", ConditionKind.EXEMPTION, LocalDate.of(2021, 3, 1));
        service.propose(ADMIN, MemberReview.proposed(id("Dũng"), Y2021, Grade.GOOD), "đề xuất");
        service.decide(ADMIN, id("Dũng"), Y2021, "QĐ 15-QĐ/ĐU");
        service.propose(ADMIN, OrganizationReview.proposed(KHU_PHO_3, Y2021, Grade.EXCELLENT), "đề xuất");
        service.decide(ADMIN, KHU_PHO_3, Y2021, "QĐ 30-QĐ/ĐU");
        List<OrganizationId> asked = List.of(PROVINCE, OTHER_PROVINCE, PHUONG_5, KHU_PHO_3, KHU_PHO_7, PROVINCE);

        List<GradeCounts> counts = service.gradeCounts(ADMIN, asked, Y2021);

        assertThat(counts).extracting(GradeCounts::organization).containsExactlyElementsOf(asked);
        for (int i = 0; i < asked.size(); i++) {
            assertThat(counts.get(i)).isEqualTo(reported(asked.get(i), Y2021));
        }
        assertThat(counts.get(0).membersByGrade())
                .containsExactly(Map.entry(Grade.EXCELLENT, 1), Map.entry(Grade.GOOD, 2));
        assertThat(counts.get(0).notRated()).containsExactly(Map.entry(EvaluationRegime.EXEMPTED, 1));
        assertThat(counts.get(0).cellsByGrade()).containsExactly(Map.entry(Grade.EXCELLENT, 1));
        assertThat(counts.get(1).membersByGrade()).containsExactly(Map.entry(Grade.COMPLETED, 1));
        assertThat(counts.get(4).membersRated()).isZero();
        assertThat(service.gradeCounts(ADMIN, KHU_PHO_7, Y2021)).isEqualTo(counts.get(4));
    }

    @Test
    void aSubtreeWithoutReviewsCountsNothingAndAnotherYearsReviewsAreNotCounted() {
        data.otherProvince().fullIn(KHU_PHO_3, "An").decided("An", Y2021, Grade.GOOD);

        List<GradeCounts> counts = service.gradeCounts(ADMIN, List.of(OTHER_PROVINCE, PROVINCE), Y2021);
        List<GradeCounts> nextYear = service.gradeCounts(ADMIN, List.of(PROVINCE), Year.of(2022));

        assertThat(counts.get(0))
                .isEqualTo(GradeCounts.of(OTHER_PROVINCE, Y2021, Map.of(), Map.of(), Map.of()))
                .isEqualTo(reported(OTHER_PROVINCE, Y2021));
        assertThat(counts.get(1).membersRated()).isEqualTo(1);
        assertThat(nextYear.get(0).membersRated()).isZero();
        assertThat(service.gradeCounts(ADMIN, List.of(), Y2021)).isEmpty();
    }

    @Test
    void anOrganisationAbsentOn31DecemberIsNotFoundAndOneFoundedTheNextYearIsCountedThen() {
        OrganizationId later = OrganizationTestData.org(30);
        data.chibo
                .organizations()
                .execute(
                        ADMIN,
                        OrganizationTestData.found(
                                later, OrganizationKind.CELL, "Chi bộ Khu phố 8", PHUONG_5, LocalDate.of(2022, 1, 1)));
        data.fullIn(KHU_PHO_3, "An").decided("An", Y2021, Grade.GOOD);

        assertThatThrownBy(() -> service.gradeCounts(ADMIN, List.of(PHUONG_5, later), Y2021))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(later.toString());
        assertThat(service.gradeCounts(ADMIN, List.of(PHUONG_5, later), Year.of(2022)))
                .extracting(GradeCounts::membersRated)
                .containsExactly(0, 0);
    }

    @Test
    void aMemberWithoutAHomeCellOn31DecemberIsCountedInTheCellOfTheLastMembership() {
        data.fullIn(KHU_PHO_3, "An").fullIn(KHU_PHO_7, "Bình");
        data.decided("An", Y2021, Grade.EXCELLENT).decided("Bình", Y2021, Grade.GOOD);
        data.died("An", LocalDate.of(2021, 11, 2));

        List<GradeCounts> counts = service.gradeCounts(ADMIN, List.of(KHU_PHO_3, KHU_PHO_7, PHUONG_5), Y2021);

        assertThat(counts.get(0).membersByGrade()).containsExactly(Map.entry(Grade.EXCELLENT, 1));
        assertThat(counts.get(1).membersByGrade()).containsExactly(Map.entry(Grade.GOOD, 1));
        assertThat(counts.get(2).membersRated()).isEqualTo(2);
        assertThat(counts.get(0)).isEqualTo(reported(KHU_PHO_3, Y2021));
        assertThat(counts.get(2)).isEqualTo(reported(PHUONG_5, Y2021));
    }

    @Test
    void aMemberTransferredAfterACountIsCountedInTheNewCellAtTheNextCount() {
        data.fullIn(KHU_PHO_3, "An").decided("An", Y2021, Grade.GOOD);
        List<OrganizationId> cells = List.of(KHU_PHO_3, KHU_PHO_7);
        List<GradeCounts> before = service.gradeCounts(ADMIN, cells, Y2021);

        data.transferred("An", KHU_PHO_3, KHU_PHO_7, LocalDate.of(2021, 12, 1));
        List<GradeCounts> after = service.gradeCounts(ADMIN, cells, Y2021);

        assertThat(before).extracting(GradeCounts::membersRated).containsExactly(1, 0);
        assertThat(after).extracting(GradeCounts::membersRated).containsExactly(0, 1);
        assertThat(after.get(1)).isEqualTo(reported(KHU_PHO_7, Y2021));
    }

    @Test
    void aCellMovedDuringTheYearIsCountedWithItsMembersUnderItsParentOn31December() {
        data.otherProvince()
                .fullIn(KHU_PHO_7, "An", "Bình")
                .decided("An", Y2021, Grade.GOOD)
                .decided("Bình", Y2021, Grade.GOOD);
        service.propose(ADMIN, OrganizationReview.proposed(KHU_PHO_7, Y2021, Grade.GOOD), "đề xuất");
        service.decide(ADMIN, KHU_PHO_7, Y2021, "QĐ 30-QĐ/ĐU");
        data.chibo
                .organizations()
                .execute(
                        ADMIN,
                        OrganizationTestData.reorganize(ReorganizationKind.REPARENT, LocalDate.of(2021, 7, 1))
                                .reparent(KHU_PHO_7, OTHER_WARD)
                                .build());

        List<GradeCounts> counts = service.gradeCounts(ADMIN, List.of(PROVINCE, OTHER_PROVINCE, OTHER_WARD), Y2021);

        assertThat(counts.get(0).membersRated()).isZero();
        assertThat(counts.get(0).cellsRated()).isZero();
        assertThat(counts.get(1).membersByGrade()).containsExactly(Map.entry(Grade.GOOD, 2));
        assertThat(counts.get(1).cellsByGrade()).containsExactly(Map.entry(Grade.GOOD, 1));
        assertThat(counts.get(2).membersByGrade()).isEqualTo(counts.get(1).membersByGrade());
        assertThat(counts.get(2).cellsByGrade()).isEqualTo(counts.get(1).cellsByGrade());
        assertThat(counts.get(0)).isEqualTo(reported(PROVINCE, Y2021));
        assertThat(counts.get(1)).isEqualTo(reported(OTHER_PROVINCE, Y2021));
    }
}

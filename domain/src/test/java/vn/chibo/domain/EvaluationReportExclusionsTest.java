package vn.chibo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.EvaluationTestData.ADMIN;
import static vn.chibo.domain.EvaluationTestData.KHU_PHO_3;
import static vn.chibo.domain.EvaluationTestData.KHU_PHO_7;
import static vn.chibo.domain.EvaluationTestData.PHUONG_5;
import static vn.chibo.domain.EvaluationTestData.Y2021;
import static vn.chibo.domain.EvaluationTestData.id;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.member.ConditionKind;

/** The report states the exclusions the roster of 31/12 shows for members without a rating decision. */
class EvaluationReportExclusionsTest {
    private final EvaluationTestData data = new EvaluationTestData();
    private final EvaluationService service = data.chibo.evaluations();

    @Test
    void membersWithoutADecisionAreStatedByTheRuleThatLeavesThemOutFromTheRosterOf31December() {
        data.fullIn(KHU_PHO_3, "An", "Bình", "Cường", "Dũng")
                .fullIn(KHU_PHO_7, "Giang")
                .decided("An", Y2021, Grade.GOOD)
                .condition("Bình", ConditionKind.EXEMPTION, LocalDate.of(2021, 3, 1))
                .condition("Cường", ConditionKind.SUSPENSION, LocalDate.of(2021, 11, 1))
                .condition("Giang", ConditionKind.EXEMPTION, LocalDate.of(2019, 1, 1))
                .admittedOn(KHU_PHO_3, "Hà", LocalDate.of(2021, 7, 1))
                .admittedOn(KHU_PHO_7, "Khánh", LocalDate.of(2021, 6, 30));

        EvaluationReport report = service.report(ADMIN, PHUONG_5, Y2021, QuotaBase.GOOD);

        // Dũng and Khánh (ceremony 30/6: 6 months on 31/12) are to be rated but have no decision yet
        assertThat(report.leftOut())
                .containsExactly(
                        Map.entry(EvaluationRegime.EXEMPTED, 2),
                        Map.entry(EvaluationRegime.NEW_MEMBER, 1),
                        Map.entry(EvaluationRegime.SUSPENDED, 1));
        assertThat(report.notRated()).isEmpty();
        assertThat(report.exclusions()).isEqualTo(report.leftOut());
        assertThat(report.membersRated()).isEqualTo(1);
        assertThat(GradeCounts.of(report).notRated())
                .as("storage's counts keep only decisions")
                .isEmpty();
    }

    @Test
    void aMemberDecidedNotRatedIsCountedOnceUnderTheStoredDecisionAndTheSubtreeBoundsTheRoster() {
        data.fullIn(KHU_PHO_3, "An").fullIn(KHU_PHO_7, "Bình");
        data.condition("An", ConditionKind.EXEMPTION, LocalDate.of(2021, 3, 1))
                .condition("Bình", ConditionKind.EXEMPTION, LocalDate.of(2021, 3, 1));
        service.propose(ADMIN, MemberReview.proposed(id("An"), Y2021, Grade.GOOD), "đề xuất");
        service.decide(ADMIN, id("An"), Y2021, "QĐ 15-QĐ/ĐU");

        EvaluationReport ward = service.report(ADMIN, PHUONG_5, Y2021, QuotaBase.GOOD);
        EvaluationReport cell = service.report(ADMIN, KHU_PHO_3, Y2021, QuotaBase.GOOD);

        assertThat(ward.notRated()).containsExactly(Map.entry(EvaluationRegime.EXEMPTED, 1));
        assertThat(ward.leftOut()).containsExactly(Map.entry(EvaluationRegime.EXEMPTED, 1));
        assertThat(ward.exclusions()).containsExactly(Map.entry(EvaluationRegime.EXEMPTED, 2));
        assertThat(cell.leftOut()).isEmpty();
    }
}

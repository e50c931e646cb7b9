package vn.chibo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.EvaluationTestData.ADMIN;
import static vn.chibo.domain.EvaluationTestData.KHU_PHO_3;
import static vn.chibo.domain.EvaluationTestData.PHUONG_5;
import static vn.chibo.domain.EvaluationTestData.Y2021;
import static vn.chibo.domain.EvaluationTestData.id;
import static vn.chibo.domain.EvaluationTestData.key;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.EvaluationStage;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.MemberRating;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationRating;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;

class EvaluationServiceTest {
    private final EvaluationTestData data = new EvaluationTestData();
    private final EvaluationService service = data.chibo.evaluations();

    @Test
    void aReviewPassesThroughSelfAssessmentProposalDecisionAndPublicationEachKeptAsAnEntry() {
        data.fullIn(KHU_PHO_3, "An");

        service.selfAssess(ADMIN, id("An"), Y2021, Grade.EXCELLENT, "bản tự kiểm điểm");
        service.propose(ADMIN, MemberReview.proposed(id("An"), Y2021, Grade.GOOD), "nghị quyết chi bộ");
        MemberRating rating = service.decide(ADMIN, id("An"), Y2021, "QĐ 15-QĐ/ĐU");
        EvaluationRecord published = service.publish(ADMIN, key("An", Y2021), "thông báo kết quả");

        assertThat(rating.gradeIfRated()).contains(Grade.GOOD);
        assertThat(rating.regime()).isEqualTo(PolicyRef.of(EvaluationRegimes.qd132hd21()));
        assertThat(published.entries())
                .extracting(e -> e.stage().orElseThrow())
                .containsExactly(
                        EvaluationStage.SELF_ASSESSED,
                        EvaluationStage.PROPOSED,
                        EvaluationStage.DECIDED,
                        EvaluationStage.PUBLISHED);
        assertThat(published.version()).isEqualTo(4);
        assertThat(published.selfAssessed().orElseThrow().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(published.published().orElseThrow().grade()).isEqualTo(Grade.GOOD);
        assertThat(published.entries().get(2).recorded().reason()).isEqualTo("QĐ 15-QĐ/ĐU");
    }

    @Test
    void aChangeAfterPublicationWithoutAReasonIsRefusedAndNothingChanges() {
        data.fullIn(KHU_PHO_3, "An").decided("An", Y2021, Grade.GOOD);
        service.publish(ADMIN, key("An", Y2021), "thông báo kết quả");
        EvaluationRecord before = service.find(ADMIN, key("An", Y2021)).orElseThrow();

        InvalidInputException e = OrganizationTestData.invalid(
                () -> service.propose(ADMIN, MemberReview.proposed(id("An"), Y2021, Grade.EXCELLENT), " "));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", EvaluationService.REASON_REQUIRED));
        assertThat(service.find(ADMIN, key("An", Y2021))).contains(before);
    }

    @Test
    void aChangeAfterPublicationWithAReasonIsAddedAndTheEarlierDecisionIsKept() {
        data.fullIn(KHU_PHO_3, "An").decided("An", Y2021, Grade.GOOD);
        service.publish(ADMIN, key("An", Y2021), "thông báo kết quả");

        service.propose(
                ADMIN, MemberReview.proposed(id("An"), Y2021, Grade.EXCELLENT), "phúc tra theo đơn, QĐ 20-QĐ/ĐU");
        service.decide(ADMIN, id("An"), Y2021, "QĐ 21-QĐ/ĐU sửa đổi kết quả");
        EvaluationRecord after = service.publish(ADMIN, key("An", Y2021), "công bố lại");

        assertThat(after.decisions())
                .extracting(EvaluationEntry.Decided::grade)
                .containsExactly(Grade.GOOD, Grade.EXCELLENT);
        assertThat(after.decisions().get(1).recorded().reason()).isEqualTo("QĐ 21-QĐ/ĐU sửa đổi kết quả");
        assertThat(after.version()).isEqualTo(6);
        assertThat(after.published().orElseThrow().grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void aCellIsNotDecidedBeforeEachOfItsRatedMembersAndNothingIsRecorded() {
        data.fullIn(KHU_PHO_3, "An", "Bình", "Cường").decided("An", Y2021, Grade.GOOD);
        service.propose(ADMIN, OrganizationReview.proposed(KHU_PHO_3, Y2021, Grade.GOOD), "đề xuất");
        EvaluationRecord before =
                service.find(ADMIN, EvaluationKey.of(KHU_PHO_3, Y2021)).orElseThrow();

        InvalidInputException e = OrganizationTestData.invalid(() -> service.decide(ADMIN, KHU_PHO_3, Y2021, "QĐ"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("members[" + id("Bình") + "]", EvaluationService.ORDER),
                        org.assertj.core.groups.Tuple.tuple("members[" + id("Cường") + "]", EvaluationService.ORDER));
        assertThat(service.find(ADMIN, EvaluationKey.of(KHU_PHO_3, Y2021))).contains(before);
    }

    @Test
    void aCellProposedExcellentWithTwoOfThreeMembersGoodIsDecidedGoodFromItsMembersDecidedGrades() {
        data.fullIn(KHU_PHO_3, "An", "Bình", "Cường")
                .decided("An", Y2021, Grade.GOOD)
                .decided("Bình", Y2021, Grade.EXCELLENT)
                .decided("Cường", Y2021, Grade.COMPLETED);
        service.propose(ADMIN, OrganizationReview.proposed(KHU_PHO_3, Y2021, Grade.EXCELLENT), "đề xuất");

        OrganizationRating rating = service.decide(ADMIN, KHU_PHO_3, Y2021, "QĐ 30-QĐ/ĐU");

        assertThat(rating.grade()).isEqualTo(Grade.GOOD);
        assertThat(rating.findings())
                .extracting(Finding::code)
                .containsExactly(EvaluationRegime.ORGANIZATION_THRESHOLD);
    }

    @Test
    void aCommitteeIsNotDecidedBeforeItsCells() {
        data.fullIn(KHU_PHO_3, "An").decided("An", Y2021, Grade.GOOD);
        service.propose(ADMIN, OrganizationReview.proposed(PHUONG_5, Y2021, Grade.GOOD), "đề xuất");

        InvalidInputException e = OrganizationTestData.invalid(() -> service.decide(ADMIN, PHUONG_5, Y2021, "QĐ"));

        assertThat(e.violations()).extracting(Violation::rule).containsOnly(EvaluationService.ORDER);
        assertThat(e.violations())
                .extracting(Violation::path)
                .containsExactlyInAnyOrder(
                        "organizations[" + KHU_PHO_3 + "]", "organizations[" + EvaluationTestData.KHU_PHO_7 + "]");
    }

    @Test
    void underQd366AProposalWithoutScoresIsRefusedNamingScoresAndNothingIsRecorded() {
        data.fullIn(KHU_PHO_3, "An");

        InvalidInputException e = OrganizationTestData.invalid(() -> service.propose(
                ADMIN, MemberReview.proposed(id("An"), Year.of(2025), Grade.GOOD), "nghị quyết chi bộ"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("scores", EvaluationService.SCORES_REQUIRED));
        assertThat(service.find(ADMIN, key("An", Year.of(2025)))).isEmpty();
    }

    @Test
    void aYearNoRegimeCoversIsRefusedWithNoPolicy() {
        data.fullIn(KHU_PHO_3, "An");

        InvalidInputException e = OrganizationTestData.invalid(() -> service.propose(
                ADMIN, MemberReview.proposed(id("An"), Year.of(2017), Grade.GOOD), "nghị quyết chi bộ"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("year", Finding.NO_POLICY));
        assertThat(service.find(ADMIN, key("An", Year.of(2017)))).isEmpty();
    }

    @Test
    void aSelfFixedDisciplineStoredNotCompletedUnderHd21WouldBeGoodUnderQd124AndNothingIsStored() {
        data.fullIn(KHU_PHO_3, "An", "Bình")
                .reprimanded("An", LocalDate.of(2021, 5, 10), true)
                .decided("An", Y2021, Grade.GOOD)
                .decided("Bình", Y2021, Grade.GOOD);
        EvaluationRecord before = service.find(ADMIN, key("An", Y2021)).orElseThrow();

        EvaluationService.Rejudgement r = service.rejudge(ADMIN, PHUONG_5, Y2021, EvaluationRegimes.qd124hd25());

        assertThat(before.decided().orElseThrow().grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(r.regime()).isEqualTo(PolicyRef.of(EvaluationRegimes.qd124hd25()));
        assertThat(r.differences()).hasSize(1);
        EvaluationService.Difference d = r.differences().get(0);
        assertThat(d.member()).isEqualTo(id("An"));
        assertThat(d.stored()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(d.rejudged()).isEqualTo(Grade.GOOD);
        assertThat(d.storedFindings()).extracting(Finding::code).containsExactly(EvaluationRegime.DISCIPLINE);
        assertThat(d.findings()).extracting(Finding::code).containsExactly(EvaluationRegime.DISCIPLINE);
        assertThat(r.notJudged()).isEmpty();
        assertThat(service.find(ADMIN, key("An", Y2021))).contains(before);
    }

    @Test
    void theReportCountsTheStoredDecisionsAndARecordedQuotaExceptionClearsTheOverrun() {
        data.fullIn(KHU_PHO_3, "An", "Bình", "Cường")
                .decided("An", Y2021, Grade.GOOD)
                .decided("Bình", Y2021, Grade.GOOD)
                .decided("Cường", Y2021, Grade.EXCELLENT);
        service.propose(ADMIN, OrganizationReview.proposed(KHU_PHO_3, Y2021, Grade.EXCELLENT), "đề xuất");
        service.decide(ADMIN, KHU_PHO_3, Y2021, "QĐ 30-QĐ/ĐU");

        EvaluationReport report = service.report(ADMIN, PHUONG_5, Y2021, QuotaBase.GOOD);

        assertThat(report.membersRated()).isEqualTo(3);
        assertThat(report.members(Grade.GOOD)).isEqualTo(2);
        assertThat(report.members(Grade.EXCELLENT)).isEqualTo(1);
        assertThat(report.cellsByGrade()).containsExactly(java.util.Map.entry(Grade.EXCELLENT, 1));
        assertThat(report.quota().excellent()).isEqualTo(1);
        assertThat(report.quota().good()).isEqualTo(2);
        assertThat(report.quota().over()).isTrue();
        assertThat(report.sentence(java.util.Locale.ENGLISH))
                .isEqualTo("In 2021, 1/1 cells were rated good or above, none did not complete its tasks; of the 3"
                        + " members rated, 2 completed their tasks well and 1 completed them excellently.");

        service.recordQuotaException(ADMIN, PHUONG_5, Y2021, "QĐ 99-QĐ/ĐU ngày 20/12/2021", "ngoại lệ");
        EvaluationReport cleared = service.report(ADMIN, PHUONG_5, Y2021, QuotaBase.GOOD);

        assertThat(cleared.quota().over()).isFalse();
        assertThat(cleared.quota().findings().get(0).message().en()).contains("QĐ 99-QĐ/ĐU ngày 20/12/2021");
    }

    @Test
    void aDecisionWithoutAProposalIsRefused() {
        data.fullIn(KHU_PHO_3, "An");

        InvalidInputException e = OrganizationTestData.invalid(() -> service.decide(ADMIN, id("An"), Y2021, "QĐ"));

        assertThat(e.violations()).extracting(Violation::rule).containsExactly(EvaluationService.STAGE_MISSING);
        assertThat(service.find(ADMIN, key("An", Y2021))).isEqualTo(Optional.empty());
    }
}

package vn.chibo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.EvaluationTestData.ADMIN;
import static vn.chibo.domain.EvaluationTestData.KHU_PHO_3;
import static vn.chibo.domain.EvaluationTestData.KHU_PHO_7;
import static vn.chibo.domain.EvaluationTestData.OTHER_CELL;
import static vn.chibo.domain.EvaluationTestData.OTHER_WARD;
import static vn.chibo.domain.EvaluationTestData.PHUONG_5;
import static vn.chibo.domain.EvaluationTestData.Y2021;
import static vn.chibo.domain.EvaluationTestData.id;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.CollectiveKind;
import vn.chibo.domain.evaluation.CollectiveRating;
import vn.chibo.domain.evaluation.CollectiveReview;
import vn.chibo.domain.evaluation.CriteriaSet;
import vn.chibo.domain.evaluation.CriteriaSets;
import vn.chibo.domain.evaluation.Criterion;
import vn.chibo.domain.evaluation.CriterionGroup;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.evaluation.QuotaCheck;
import vn.chibo.domain.evaluation.QuotaPool;
import vn.chibo.domain.evaluation.QuotaPoolKey;
import vn.chibo.domain.evaluation.QuotaPools;
import vn.chibo.domain.evaluation.Scores;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;

/**
 * What a host or a province plugs in (Annex 5 criteria sets, quota pools), leadership collectives,
 * re-judging organisations and the report's counts, through {@link EvaluationService}.
 */
class EvaluationPoolsAndOverlaysTest {
    private static final Year Y2023 = Year.of(2023);
    private static final Year Y2025 = Year.of(2025);
    private static final Scores SCORES =
            new Scores(new BigDecimal("27"), new BigDecimal("60"), true, new BigDecimal("10"), BigDecimal.ZERO, true);

    /** A host's pool: one group per cell, cleared by an exception on the cell's grassroots organisation. */
    static final class ByCell implements QuotaPool {
        @Override
        public String id() {
            return "test.quota-pool/by-cell";
        }

        @Override
        public Label title() {
            return Label.of("nhóm theo chi bộ (giả định)", "a group per cell (fictional)");
        }

        @Override
        public RuleSource source() {
            return RuleSource.of("Hướng dẫn của Đảng ủy Phường 5 (giả định)", "mục 3", Confidence.SOURCE_SEEN);
        }

        @Override
        public ImmutableSortedMap<String, String> parameters() {
            return ImmutableSortedMap.of("pool", "cell");
        }

        @Override
        public QuotaPoolKey poolOf(MemberHistory member, OrganizationTree.Snapshot tree) {
            OrganizationId cell = member.homeCellOn(tree.date()).orElseThrow();
            String name = tree.get(cell).orElseThrow().name();
            return new QuotaPoolKey("cell:" + cell, Label.of(name, name), QuotaPools.grassrootsOf(member, tree));
        }
    }

    /** Khu phố 3: 1 excellent of 5 good (exactly 20 %); Khu phố 7: 1 excellent of 2 good (50 %). */
    private static EvaluationTestData twoCells(EvaluationTestData data) {
        data.fullIn(KHU_PHO_3, "K3-1", "K3-2", "K3-3", "K3-4", "K3-5", "K3-6")
                .fullIn(KHU_PHO_7, "K7-1", "K7-2", "K7-3")
                .decided("K3-1", Y2021, Grade.EXCELLENT)
                .decided("K7-1", Y2021, Grade.EXCELLENT);
        for (String n : List.of("K3-2", "K3-3", "K3-4", "K3-5", "K3-6", "K7-2", "K7-3")) {
            data.decided(n, Y2021, Grade.GOOD);
        }
        return data;
    }

    @Test
    void twoGroupsAreCheckedApartAndTheOverrunInOneIsOneFindingNamingItWithBothReadingsAndTheSource() {
        EvaluationTestData data = twoCells(new EvaluationTestData());

        EvaluationReport report = data.chibo.evaluations().report(ADMIN, PHUONG_5, Y2021, QuotaBase.GOOD, new ByCell());

        assertThat(report.quotas()).hasSize(2);
        QuotaCheck k3 = java.util.Objects.requireNonNull(report.quotas()
                .get(new QuotaPoolKey(
                        "cell:" + KHU_PHO_3, Label.of("Chi bộ Khu phố 3", "Chi bộ Khu phố 3"), PHUONG_5)));
        assertThat(k3.excellent()).isEqualTo(1);
        assertThat(k3.good()).isEqualTo(5);
        assertThat(k3.over()).isFalse();
        assertThat(k3.findings()).isEmpty();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.QUOTA);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("Chi bộ Khu phố 7");
            assertThat(f.message(Label.VIETNAMESE))
                    .contains("1/2 = 50,0 % số HTTNV", "1/3 = 33,3 % số HTTNV trở lên", "nhóm theo chi bộ (giả định)");
            assertThat(f.source()).isEqualTo(EvaluationRegimes.qd132hd21().sourceOf(EvaluationRegime.QUOTA));
        });
        assertThat(report.quota().excellent()).isEqualTo(2);
        assertThat(report.quota().good()).isEqualTo(7);
    }

    @Test
    void aHostsPoolRegisteredForItsSubtreeIsTheOneTheReportUsesAndAnExceptionOnTheWardClearsIt() {
        EvaluationTestData data = twoCells(new EvaluationTestData(ChiboPolicies.central().toBuilder()
                .overlay(QuotaPool.KIND, new ByCell(), Applicability.reviewYears(2019, 2022), PHUONG_5)
                .build()));
        EvaluationService service = data.chibo.evaluations();

        EvaluationReport before = service.report(ADMIN, PHUONG_5, Y2021, QuotaBase.GOOD);
        service.recordQuotaException(ADMIN, PHUONG_5, Y2021, "QĐ 99-QĐ/ĐU ngày 20/12/2021", "ngoại lệ");
        EvaluationReport after = service.report(ADMIN, PHUONG_5, Y2021, QuotaBase.GOOD);

        assertThat(service.quotaPool(ADMIN, PHUONG_5, Y2021)).get().isInstanceOf(ByCell.class);
        assertThat(before.quotas()).hasSize(2);
        assertThat(before.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(after.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message(Locale.ENGLISH)).contains("QĐ 99-QĐ/ĐU ngày 20/12/2021");
        });
    }

    @Test
    void underHd21ThePoolIsTheGrassrootsOrganisationAndUnderQd124OneGroupOfItsMembersUntilTheHostSaysOtherwise() {
        EvaluationTestData data =
                new EvaluationTestData().fullIn(KHU_PHO_3, "An").fullIn(KHU_PHO_7, "Bình");
        data.decided("An", Y2021, Grade.GOOD).decided("Bình", Y2021, Grade.EXCELLENT);
        data.decided("An", Y2023, Grade.GOOD).decided("Bình", Y2023, Grade.EXCELLENT);
        EvaluationService service = data.chibo.evaluations();

        EvaluationReport y2021 = service.report(ADMIN, PHUONG_5, Y2021, QuotaBase.GOOD);
        EvaluationReport y2023 = service.report(ADMIN, PHUONG_5, Y2023, QuotaBase.GOOD);

        assertThat(y2021.quotas().keySet())
                .extracting(QuotaPoolKey::name)
                .containsExactly(Label.of(OrganizationTestData.PHUONG_5_NAME, OrganizationTestData.PHUONG_5_NAME));
        assertThat(y2021.quotas().values()).containsExactly(y2021.quota());
        assertThat(y2023.quotas().keySet())
                .extracting(k -> k.name().vi())
                .containsExactly("Đảng viên của " + OrganizationTestData.PHUONG_5_NAME);
        assertThat(y2023.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("Đảng viên của " + OrganizationTestData.PHUONG_5_NAME);
            assertThat(f.message(Label.VIETNAMESE))
                    .contains("nhóm đối tượng có vai trò, chức năng, nhiệm vụ tương đồng");
            assertThat(f.source().document()).isEqualTo("QĐ 124-QĐ/TW");
        });
    }

    @Test
    void aProvincesAnnex5SetWinsInItsSubtreeOnlyAndEachDecisionNamesTheSetItUsed() {
        RuleSource source = RuleSource.of("Hướng dẫn 05-HD/BTCTU (giả định)", "Phụ lục 2", Confidence.SOURCE_SEEN);
        CriteriaSet quangTri = CriteriaSet.builder()
                .from(CriteriaSets.annex5Default())
                .id("evaluation.criteria.annex5/quang-tri-2025")
                .source(source)
                .criteria(List.of(
                        new Criterion(
                                "TC1",
                                CriterionGroup.GENERAL,
                                Label.of("Tiêu chí chung", "General"),
                                new BigDecimal("30"),
                                source),
                        new Criterion(
                                "KQ1",
                                CriterionGroup.RESULTS,
                                Label.of("Kết quả", "Results"),
                                new BigDecimal("70"),
                                source)))
                .build();
        EvaluationTestData data = new EvaluationTestData(ChiboPolicies.central().toBuilder()
                        .overlay(
                                CriteriaSet.ANNEX_5,
                                quangTri,
                                Applicability.reviewYearsFrom(2025),
                                OrganizationTestData.PROVINCE)
                        .build())
                .otherProvince()
                .fullIn(KHU_PHO_3, "An")
                .fullIn(OTHER_CELL, "Bình");
        EvaluationService service = data.chibo.evaluations();
        for (String name : List.of("An", "Bình")) {
            service.propose(
                    ADMIN,
                    MemberReview.proposed(id(name), Y2025, Grade.GOOD)
                            .withScores(SCORES)
                            .withOutsidePoliticalSystem(true),
                    "nghị quyết chi bộ");
        }

        Finding an = annex5(service.decide(ADMIN, id("An"), Y2025, "QĐ").findings());
        Finding binh = annex5(service.decide(ADMIN, id("Bình"), Y2025, "QĐ").findings());

        assertThat(an.policy()).isEqualTo(PolicyRef.of(quangTri));
        assertThat(an.source()).isEqualTo(source);
        assertThat(binh.policy()).isEqualTo(PolicyRef.of(CriteriaSets.annex5Default()));
        assertThat(service.criteria(ADMIN, PHUONG_5, Y2025)).contains(quangTri);
        assertThat(service.criteria(ADMIN, OTHER_WARD, Y2025)).contains(CriteriaSets.annex5Default());
        assertThat(service.criteria(ADMIN, PHUONG_5, Year.of(2024))).isEmpty();
        assertThat(service.find(ADMIN, EvaluationKey.of(id("An"), Y2025))
                        .orElseThrow()
                        .decided()
                        .orElseThrow()
                        .findings())
                .extracting(Finding::code)
                .contains(EvaluationRegime.ANNEX_5);
    }

    private static Finding annex5(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.code().equals(EvaluationRegime.ANNEX_5))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void underHd21TheWardsCommitteeIsNotCompletedWhenItsSecretaryWasWarnedAndNothingIsStored() {
        EvaluationTestData data = new EvaluationTestData()
                .fullIn(KHU_PHO_3, "An", "Bình")
                .seat(PHUONG_5, CommitteeRole.SECRETARY, "An", LocalDate.of(2020, 8, 15))
                .seat(PHUONG_5, CommitteeRole.MEMBER, "Bình", LocalDate.of(2020, 8, 15))
                .disciplined("An", LocalDate.of(2021, 9, 1), MemberDiscipline.WARNING, false);
        EvaluationService service = data.chibo.evaluations();

        CollectiveRating r = service.rateCollective(
                ADMIN, CollectiveReview.proposed(PHUONG_5, CollectiveKind.COMMITTEE, Y2021, Grade.GOOD));

        assertThat(r.members()).containsExactly(id("An"), id("Bình"));
        assertThat(r.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(r.findings())
                .extracting(Finding::code)
                .containsExactly(EvaluationRegime.COLLECTIVE_MEMBER_DISCIPLINE);
        assertThat(service.ofOrganization(ADMIN, PHUONG_5, Y2021)).isEmpty();
    }

    @Test
    void reJudgingOrganisationsCarriesTheMembersNewGradesUpToTheirCellAndTheWard() {
        EvaluationTestData data = new EvaluationTestData()
                .fullIn(KHU_PHO_3, "An", "Bình")
                .reprimanded("An", LocalDate.of(2021, 5, 10), true)
                .decided("An", Y2021, Grade.GOOD)
                .decided("Bình", Y2021, Grade.GOOD);
        EvaluationService service = data.chibo.evaluations();
        for (OrganizationId cell : List.of(KHU_PHO_3, KHU_PHO_7)) {
            service.propose(ADMIN, OrganizationReview.proposed(cell, Y2021, Grade.GOOD), "đề xuất");
            service.decide(ADMIN, cell, Y2021, "QĐ");
        }
        service.propose(ADMIN, OrganizationReview.proposed(PHUONG_5, Y2021, Grade.EXCELLENT), "đề xuất");
        service.decide(ADMIN, PHUONG_5, Y2021, "QĐ");

        EvaluationService.Rejudgement r = service.rejudge(ADMIN, PHUONG_5, Y2021, EvaluationRegimes.qd124hd25());

        assertThat(r.differences())
                .extracting(EvaluationService.Difference::member)
                .containsExactly(id("An"));
        assertThat(r.organizations())
                .extracting(
                        EvaluationService.OrganizationDifference::name,
                        EvaluationService.OrganizationDifference::stored,
                        EvaluationService.OrganizationDifference::rejudged)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                OrganizationTestData.KHU_PHO_3_NAME, Grade.COMPLETED, Grade.GOOD),
                        org.assertj.core.groups.Tuple.tuple(
                                OrganizationTestData.PHUONG_5_NAME, Grade.GOOD, Grade.EXCELLENT));
        assertThat(r.organizations().get(1).findings())
                .extracting(Finding::code)
                .containsExactly(EvaluationRegime.ORGANIZATION_THRESHOLD);
        assertThat(service.find(ADMIN, EvaluationKey.of(PHUONG_5, Y2021))
                        .orElseThrow()
                        .decisions())
                .extracting(EvaluationEntry.Decided::grade)
                .containsExactly(Grade.GOOD);
    }

    @Test
    void theReportCountsTheYearsAdmissionsAndTheServingMembersResidingOnTheLastDayOfTheYear() {
        EvaluationTestData data = new EvaluationTestData()
                .fullIn(KHU_PHO_3, "An")
                .admittedOn(KHU_PHO_3, "Mới", LocalDate.of(2021, 6, 25))
                .admittedOn(KHU_PHO_7, "Năm trước", LocalDate.of(2020, 12, 20))
                .admittedOn(KHU_PHO_7, "Năm sau", LocalDate.of(2022, 1, 3))
                .residing(KHU_PHO_3, "Đương chức 1", LocalDate.of(2021, 3, 1))
                .residing(KHU_PHO_7, "Đương chức 2", LocalDate.of(2021, 12, 31))
                .residing(KHU_PHO_7, "Đương chức 3", LocalDate.of(2022, 1, 1))
                .decided("An", Y2021, Grade.GOOD);

        EvaluationReport report = data.chibo.evaluations().report(ADMIN, PHUONG_5, Y2021, QuotaBase.GOOD);

        assertThat(report.admissions()).isEqualTo(1);
        assertThat(report.residing()).isEqualTo(2);
        assertThat(report.membershipSentence(Label.VIETNAMESE))
                .isEqualTo("Năm 2021 kết nạp 1 đảng viên; 2 đảng viên đương chức cư trú trên địa bàn ngày 31/12/2021.");
        assertThat(report.membershipSentence(Locale.ENGLISH))
                .isEqualTo("In 2021, 1 member was admitted; 2 serving members resided in the area on 31/12/2021.");
    }
}

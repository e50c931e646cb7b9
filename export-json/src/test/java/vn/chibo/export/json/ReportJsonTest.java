package vn.chibo.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.EvaluationService;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.MemberRating;
import vn.chibo.domain.evaluation.OrganizationRating;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.evaluation.QuotaCheck;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;

class ReportJsonTest {
    private static final PolicyRef REGIME = new PolicyRef("evaluation.regime/QĐ132-2018", "0011223344556677");
    private static final Finding QUOTA = new Finding(
            "EVAL-QUOTA",
            Severity.WARNING,
            "Đảng bộ Phường 5",
            Label.of("Tỷ lệ hoàn thành xuất sắc nhiệm vụ: 242/1.051 = 23,0 %", "Excellence ratio: 242/1,051 = 23.0%"),
            RuleSource.of("HD 21-HD/BTCTW", "mục 2", Confidence.SOURCE_SEEN),
            REGIME);

    static ReportDocument document() {
        EvaluationReport report = new EvaluationReport(
                OrganizationTestData.id("Phường 5"),
                "Đảng bộ Phường 5",
                Year.of(2022),
                REGIME,
                ImmutableSortedMap.of(
                        Grade.EXCELLENT, 242, Grade.GOOD, 1051, Grade.COMPLETED, 31, Grade.NOT_COMPLETED, 3),
                ImmutableSortedMap.of("EVAL-NOT-RATED-EXEMPTED", 26),
                ImmutableSortedMap.of(Grade.GOOD, 24, Grade.COMPLETED, 1),
                new QuotaCheck(
                        "Đảng bộ Phường 5",
                        242,
                        1051,
                        QuotaBase.GOOD,
                        true,
                        false,
                        true,
                        REGIME,
                        ImmutableList.of(QUOTA)),
                com.google.common.collect.ImmutableMap.of(),
                ImmutableList.of(QUOTA),
                11,
                4,
                ImmutableSortedMap.of("EVAL-NEW-MEMBER", 6));
        MemberRating rated = new MemberRating.Rated(
                MemberTestData.id("An"), Year.of(2022), REGIME, Grade.EXCELLENT, Grade.GOOD, ImmutableList.of(QUOTA));
        MemberRating notRated = new MemberRating.NotRated(
                MemberTestData.id("Bình"), Year.of(2022), REGIME, "EVAL-NOT-RATED-EXEMPTED", true, ImmutableList.of());
        OrganizationRating cell = new OrganizationRating(
                OrganizationTestData.id("Khu phố 3"),
                Year.of(2022),
                REGIME,
                Grade.GOOD,
                null,
                "EVAL-NEW",
                ImmutableList.of());
        EvaluationService.Rejudgement rejudgement = new EvaluationService.Rejudgement(
                OrganizationTestData.id("Phường 5"),
                Year.of(2022),
                REGIME,
                ImmutableList.of(new EvaluationService.Difference(
                        MemberTestData.id("An"), Grade.GOOD, null, ImmutableList.of(), ImmutableList.of(QUOTA))),
                ImmutableList.of(MemberTestData.id("Bình")));
        return ReportDocument.of(List.of(report))
                .withRatings(List.of(rated, notRated), List.of(cell))
                .withRejudgements(List.of(rejudgement));
    }

    private static byte[] write(ReportDocument d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChiboJson.reports(Fixtures.chibo()).write(d, out);
        return out.toByteArray();
    }

    @Test
    void aReportDocumentIsWrittenValidAndReadBackEqual() {
        byte[] bytes = write(document());

        SchemaCheck.assertValid(bytes);
        assertThat(ChiboJson.reports(Fixtures.chibo()).read(new ByteArrayInputStream(bytes)))
                .isEqualTo(document());
        assertThat(write(document())).isEqualTo(bytes);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("\"format\": \"chibo-report\"")
                .contains(
                        "\"grade\": \"EXCELLENT\",\n          \"gradeLabel\": \"hoàn thành xuất sắc nhiệm vụ\",\n          \"count\": 242")
                .contains("\"grade\": null,\n      \"gradeLabel\": null");
    }

    @Test
    void aBrokenReportDocumentIsRefusedWithEveryProblem() {
        String text = new String(write(document()), StandardCharsets.UTF_8)
                .replaceFirst("\"count\": 242", "\"count\": \"242\"")
                .replaceFirst("\"year\": 2022", "\"year\": 20220");

        assertThatThrownBy(() -> ChiboJson.reports(Fixtures.chibo())
                        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        BulkLoadRejectedException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path().replaceAll(" \\(.*", "") + " " + v.rule())
                                .containsExactly(
                                        "/evaluationReports/0/year JSON-VALUE",
                                        "/evaluationReports/0/membersByGrade/0/count JSON-TYPE"));
    }

    @Test
    void anImportReceiptIsWrittenAsItsOwnSmallDocument() {
        ImportReceipt receipt = Fixtures.importInto(
                Fixtures.chibo(), StrictImportTest.document().getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ChiboJson.reports(Fixtures.chibo()).writeReceipt(receipt, out);

        SchemaCheck.assertValid(out.toByteArray());
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"format\": \"chibo-import-receipt\"")
                .contains("\"importedBy\": \"json-test-admin\"")
                .contains("\"importedAt\": \"2026-11-28T03:04:05.123456789Z\"");
    }
}

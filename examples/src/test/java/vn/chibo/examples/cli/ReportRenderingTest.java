package vn.chibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.NotFoundException;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.examples.generate.GeneratorSettings;
import vn.chibo.examples.generate.NationalGenerator;

/** The report's text and HTML on generated data held in memory, reviews included. */
class ReportRenderingTest {
    private static NationalGenerator generator;
    private static Chibo chibo;

    @BeforeAll
    static void load() {
        generator = NationalGenerator.of(GeneratorSettings.of(0.0001, 5));
        chibo = Chibo.builder().build();
        chibo.bulkLoader().load(NationalGenerator.loader(), generator.source(), BulkProgress.none());
    }

    private static EvaluationOverview overview(String organization, int year) {
        return EvaluationOverview.read(
                chibo,
                (org, y) -> GradeCounts.of(chibo.evaluations().report(ReportCommand.READER, org, y, QuotaBase.GOOD)),
                ReportCommand.READER,
                organization,
                Year.of(year),
                null);
    }

    private static String text(EvaluationOverview o, Locale locale) {
        StringWriter out = new StringWriter();
        TextReport.print(o, locale, new PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void theCellsMembersByGradeAddUpToTheReportAndEachCellHasItsOwnGrade() {
        EvaluationOverview o = overview(generator.grassroots(0).toString(), 2023);

        assertThat(o.reviewed()).isTrue();
        assertThat(o.byCell()).isTrue();
        for (Grade g : Grade.values()) {
            int sum = o.rows().stream().mapToInt(r -> r.members(g)).sum();
            assertThat(sum).as("%s", g).isEqualTo(o.report().members(g));
        }
        assertThat(o.rows()).allMatch(r -> r.own() != null && r.kind().isCell());
        assertThat(o.report().cellsRated()).isEqualTo(o.rows().size());
    }

    @Test
    void theTextNamesTheRegimeTheSentenceTheGradesWithSharesAndEveryCell() {
        EvaluationOverview o = overview(generator.party().toString(), 2025);
        String vi = text(o, Label.VIETNAMESE);
        String en = text(o, Locale.ENGLISH);

        assertThat(vi)
                .startsWith("Kết quả đánh giá, xếp loại năm 2025: ")
                .contains("QĐ 366")
                .contains(o.report().sentence(Label.VIETNAMESE))
                .containsPattern(
                        "Đảng viên được xếp loại: HTXSNV \\d+ \\(\\d+,\\d %\\), HTTNV [\\d.]+ \\(\\d+,\\d %\\)")
                .contains("Theo tổ chức trực thuộc (" + o.rows().size() + "):");
        assertThat(en)
                .startsWith("Quality review of 2025: ")
                .contains(o.report().sentence(Locale.ENGLISH))
                .containsPattern("Members rated: HTXSNV \\d+ \\(\\d+\\.\\d%\\)");
        for (EvaluationOverview.Row row : o.rows()) {
            assertThat(vi).contains(row.name() + " ");
        }
    }

    @Test
    void theHtmlPageChartsTheGradesPerCellInlineWithoutScriptOrNetwork() {
        EvaluationOverview o = overview(generator.grassroots(0).toString(), 2024);
        String page = HtmlReport.render(o, Label.VIETNAMESE);

        assertThat(page)
                .startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")
                .contains("<svg", "Xếp loại đảng viên theo chi bộ", "fill=\"#1b7837\"", "<title>", "HTXSNV")
                .doesNotContain("<script", "http://", "https://", "<link", "<img", "src=", "url(");
        assertThat(page.split("<text x=\"294\"", -1)).hasSize(o.rows().size() + 1);
        assertThat(HtmlReport.render(o, Locale.ENGLISH)).contains("<html lang=\"en\">", "Members&#39; grades by cell");
    }

    @Test
    void aLargeSubtreeIsShownByTheOrganisationsDirectlyUnderIt() {
        EvaluationOverview o = overview(generator.party().toString(), 2024);

        assertThat(o.report().cellsRated()).isGreaterThan(EvaluationOverview.ROW_CELLS);
        assertThat(o.byCell()).isFalse();
        assertThat(o.rows()).allMatch(r -> r.kind() == OrganizationKind.PROVINCIAL_COMMITTEE);
        assertThat(o.rows().stream().mapToInt(EvaluationOverview.Row::rated).sum())
                .isEqualTo(o.report().membersRated());
        assertThat(HtmlReport.render(o, Label.VIETNAMESE)).contains("Xếp loại đảng viên theo tổ chức trực thuộc");
    }

    @Test
    void anOrganisationIsFoundByItsExactNameOnTheLastDayOfTheYear() {
        String name = overview(generator.grassroots(0).toString(), 2024)
                .organization()
                .name();

        assertThat(overview(name, 2024).organization().id()).isEqualTo(generator.grassroots(0));
        assertThatThrownBy(() -> overview(name, 2025))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("on 2025-12-31");
    }

    @Test
    void htmlEscapesWhatItQuotes() {
        assertThat(HtmlReport.esc("<Chi bộ \"A\" & 'B'>")).isEqualTo("&lt;Chi bộ &quot;A&quot; &amp; &#39;B&#39;&gt;");
    }
}

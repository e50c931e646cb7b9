package vn.chibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.examples.ChiboCli;

/**
 * The command-line program run in-process through its entry point: {@code generate} at a tiny
 * scale into an H2 file in a temporary folder, then {@code report} from that file in Vietnamese,
 * in English and as HTML, and the errors.
 */
class ChiboCliIT {
    @TempDir
    static Path dir;

    private static String database;
    private static String organisation;
    private static Run generated;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ChiboCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeAll
    static void generate() {
        database = dir.resolve("data/chibo").toString();
        generated = run("generate", "--scale", "0.0001", "--seed", "11", "--h2", database);
        Matcher m = Pattern.compile("chibo report ([0-9a-f-]{36}) 2024").matcher(generated.out());
        assertThat(m.find()).as(generated.out() + generated.err()).isTrue();
        organisation = m.group(1);
    }

    @Test
    void generateLoadsTheDataIntoTheH2FileWithAProgressBar() {
        assertThat(generated.status()).as(generated.err()).isZero();
        assertThat(generated.out())
                .contains("Dữ liệu sinh (minh họa), hạt giống 11: ")
                .contains("Đã nạp vào " + Path.of(database).toAbsolutePath().normalize() + ".mv.db: ")
                .containsPattern("\\d+ tổ chức, [\\d.]+ đảng viên, \\d+ cuộc họp, [\\d.]+ kết quả đánh giá");
        assertThat(generated.err()).contains("Đọc [").contains("Xong ");
        assertThat(dir.resolve("data/chibo.mv.db")).isRegularFile();
    }

    @Test
    void reportPrintsTheYearsReviewInVietnamese() {
        Run report = run("report", organisation, "2024", "--h2", database);

        assertThat(report.status()).as(report.err()).isZero();
        assertThat(report.out())
                .startsWith("Kết quả đánh giá, xếp loại năm 2024: Đảng bộ ")
                .contains("Quy định: Đánh giá, xếp loại theo QĐ 124-QĐ/TW, HD 25-HD/BTCTW [evaluation/QĐ124-HD25@")
                .containsPattern("Năm 2024 có \\d+/\\d+ chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên")
                .containsPattern("Đảng viên được xếp loại: HTXSNV \\d+ \\(\\d+,\\d %\\), HTTNV [\\d.]+ ")
                .contains("Theo chi bộ (")
                .containsPattern("Chi bộ (Khu phố|Thôn) 1 +\\d+ +\\d+ +\\d+ +\\d+  HT");
    }

    @Test
    void reportSpeaksEnglishOnRequest() {
        Run report = run("report", organisation, "2024", "--lang", "en", "--h2", database);

        assertThat(report.status()).as(report.err()).isZero();
        assertThat(report.out())
                .startsWith("Quality review of 2024: ")
                .contains("(grassroots party committee)")
                .contains("Regime: Review under QĐ 124 and HD 25")
                .containsPattern("In 2024, \\d+/\\d+ cells were rated good or above")
                .containsPattern("Members rated: HTXSNV \\d+ \\(\\d+\\.\\d%\\)")
                .contains("By cell (");
    }

    @Test
    void reportWritesASelfContainedHtmlPageWithAnSvgChartAndNoScript() throws Exception {
        Path html = dir.resolve("out/report.html");
        Run report = run("report", organisation, "2024", "--h2", database, "--html", html.toString());

        assertThat(report.status()).as(report.err()).isZero();
        assertThat(report.out()).contains("Đã ghi " + html.toAbsolutePath().normalize());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"vi\">", "<meta charset=\"utf-8\">", "<svg", "<rect", "</svg>", "<table>")
                .contains("Xếp loại đảng viên theo chi bộ", "HTXSNV")
                .doesNotContain("<script", "http://", "https://", "<link", "<img", "src=", "url(");
    }

    @Test
    void aMistakenOrganisationIsOneLineAndAFailingStatusWithoutAStackTrace() {
        Run report = run("report", "Đảng bộ không có", "2024", "--h2", database);

        assertThat(report.status()).isEqualTo(1);
        assertThat(report.out()).isEmpty();
        assertThat(report.err().lines())
                .containsExactly(
                        "chibo report: Not found: organisation 'Đảng bộ không có' on 2024-12-31 (give its identity,"
                                + " or its exact name on that day)");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Run report = run("--verbose", "report", "00000000-0000-4000-8000-000000000000", "2024", "--h2", database);

        assertThat(report.status()).isEqualTo(1);
        assertThat(report.err().lines().findFirst().orElseThrow())
                .isEqualTo("chibo report: Not found: organisation 00000000-0000-4000-8000-000000000000 on 2024-12-31");
        assertThat(report.err()).contains("NotFoundException", "\tat vn.chibo.");
    }

    @Test
    void aWrongCommandLineIsOneLineAndStatus2() {
        Run report = run("report", organisation, "twenty", "--h2", database);

        assertThat(report.status()).isEqualTo(2);
        assertThat(report.err().lines())
                .hasSize(1)
                .allMatch(l -> l.startsWith("chibo report: ") && l.endsWith("(--help)"));
    }
}

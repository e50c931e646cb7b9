package vn.chibo.examples;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.export.json.ChiboJson;
import vn.chibo.export.json.ExportSummary;
import vn.chibo.export.json.ImportReceipt;
import vn.chibo.export.json.ReportDocument;

/**
 * Writes the 2022 snapshot (the party as of 31/12/2022, every record whole) and the ward's 2022
 * report as JSON files, reads both back into a fresh in-memory chibo, and says in one line whether
 * the report the fresh chibo makes from the imported records agrees with the one written and read.
 */
final class Phuong5Json {
    /** The snapshot's file name. */
    static final String SNAPSHOT = "phuong5-2022-snapshot.json";
    /** The report's file name. */
    static final String REPORT = "phuong5-2022-report.json";

    private static final Year YEAR = Year.of(2022);

    private Phuong5Json() {}

    /** Writes, reads back and compares; returns the line to print. */
    static String roundTrip(Chibo chibo, Path dir, Locale locale) throws IOException {
        Files.createDirectories(dir);
        Path snapshot = dir.resolve(SNAPSHOT);
        Path report = dir.resolve(REPORT);
        // The whole party: the ward's cells later moved under the merged ward of 1/7/2025, which a
        // subtree of 2022 does not hold, and records are whole.
        BulkSelection selection = BulkSelection.wholeParty(LocalDate.of(2022, 12, 31));
        ExportSummary written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(snapshot))) {
            written = ChiboJson.exporter(chibo).export(Phuong5Scenario.IMPORTER, selection, out);
        }
        EvaluationReport original = report(chibo);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(report))) {
            ChiboJson.reports(chibo).write(ReportDocument.of(List.of(original)), out);
        }

        Chibo fresh = Chibo.builder().clock(Clock.systemUTC()).build();
        ImportReceipt receipt;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(snapshot))) {
            receipt = ChiboJson.importer(fresh).importFrom(Phuong5Scenario.IMPORTER, in);
        }
        ReportDocument read;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(report))) {
            read = ChiboJson.reports(fresh).read(in);
        }
        EvaluationReport again = report(fresh);
        boolean agree = receipt.stored().records() == written.records()
                && read.evaluationReports().equals(List.of(original))
                && again.equals(original);
        String records = Numbers.count(written.records(), locale);
        String facts = Numbers.count(written.facts(), locale);
        return Label.of(
                        "JSON: ảnh chụp năm 2022 (" + records + " bản ghi, " + facts + " sự kiện) và báo cáo năm 2022"
                                + " đọc lại vào một chibo mới: "
                                + (agree ? "khớp" : "KHÔNG khớp") + ".",
                        "JSON: the 2022 snapshot (" + records + " records, " + facts + " facts) and the 2022 report"
                                + " read back into a fresh chibo: "
                                + (agree ? "they agree" : "they DO NOT agree") + ".")
                .in(locale);
    }

    private static EvaluationReport report(Chibo chibo) {
        return chibo.evaluations()
                .report(Phuong5Scenario.PROVINCE_CLERK, Phuong5Scenario.PHUONG_5, YEAR, QuotaBase.GOOD);
    }
}

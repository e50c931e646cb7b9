package vn.chibo.examples;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.examples.cli.CountedReport;
import vn.chibo.persistence.jdbc.JdbcChibo;

/**
 * Stores the scenario in an H2 file through {@link JdbcChibo} (every record the in-memory chibo's
 * bulk reader reads, handed to the database chibo's bulk loader in one load), then reads the ward's
 * reviews of 2021 and 2022 back from the database ({@code JdbcReports#gradeCounts}, the counts the
 * database maintains, made into the domain's report as {@code chibo report} does) and compares them
 * with the reports the in-memory chibo makes of the same data: the same counts, the same quota
 * check, the same sentence.
 */
final class Phuong5Database {
    /** The default H2 file, without H2's {@code .mv.db} ending. */
    static final String DEFAULT_FILE = "target/phuong5-db/phuong5";

    /** The review years read back. */
    static final ImmutableList<Year> YEARS = ImmutableList.of(Year.of(2021), Year.of(2022));

    private static final Actor READER = Phuong5Scenario.PROVINCE_CLERK;

    /**
     * What was stored and read back.
     *
     * @param file the database file
     * @param stored what the load stored
     * @param fromDatabase the reports made from the database's counts, one per year of {@link #YEARS}
     * @param agree whether each agrees with the in-memory report of its year
     */
    record Outcome(Path file, BulkLoadSummary stored, ImmutableList<EvaluationReport> fromDatabase, boolean agree) {}

    private Phuong5Database() {}

    /**
     * Stores {@code memory}'s records in a fresh H2 file {@code file} (a previous file of that name
     * is replaced), reads the reports back and compares them.
     *
     * @throws IOException when the previous file cannot be removed or the folder made
     */
    static Outcome storeAndCompare(Chibo memory, Path file) throws IOException {
        Path base = withoutEnding(file.toAbsolutePath().normalize());
        Path parent = base.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path data = Path.of(base + ".mv.db");
        Files.deleteIfExists(data);
        Files.deleteIfExists(Path.of(base + ".trace.db"));
        List<BulkRecord> records = new ArrayList<>();
        memory.bulkReader()
                .read(Phuong5Scenario.IMPORTER, BulkSelection.wholeParty(Phuong5Scenario.RESTRUCTURING), records::add);
        try (JdbcChibo database = JdbcChibo.h2File(base)) {
            Chibo stored =
                    database.configure(Chibo.builder().clock(Clock.systemUTC())).build();
            BulkLoadSummary summary =
                    stored.bulkLoader().load(Phuong5Scenario.IMPORTER, BulkSource.of(records), BulkProgress.none());
            records.clear();
            ImmutableList.Builder<EvaluationReport> reports = ImmutableList.builder();
            boolean agree = true;
            for (Year year : YEARS) {
                EvaluationReport inMemory =
                        memory.evaluations().report(READER, Phuong5Scenario.PHUONG_5, year, QuotaBase.GOOD);
                GradeCounts counts = database.reports().gradeCounts(READER, Phuong5Scenario.PHUONG_5, year);
                EvaluationReport fromDatabase =
                        CountedReport.of(stored, READER, counts, nameOn(stored, year), QuotaBase.GOOD);
                reports.add(fromDatabase);
                agree &= counts.equals(GradeCounts.of(inMemory))
                        && fromDatabase.organizationName().equals(inMemory.organizationName())
                        && fromDatabase.regime().equals(inMemory.regime())
                        && fromDatabase.quota().equals(inMemory.quota())
                        && fromDatabase.sentence(Label.VIETNAMESE).equals(inMemory.sentence(Label.VIETNAMESE));
            }
            return new Outcome(data, summary, reports.build(), agree);
        }
    }

    /**
     * Prints what was stored, the database's sentences, and the one line saying whether the
     * database and memory agree.
     */
    static void print(Outcome outcome, PrintWriter out, Locale locale) {
        BulkLoadSummary s = outcome.stored();
        out.println(Label.of("Lưu vào cơ sở dữ liệu H2 ", "Stored in the H2 database ")
                        .in(locale)
                + outcome.file() + ": " + Numbers.count(s.records(), locale)
                + Label.of(" bản ghi (", " records (").in(locale)
                + Numbers.count(s.organizations(), locale)
                + Label.of(" tổ chức, ", " organisations, ").in(locale)
                + Numbers.count(s.members(), locale)
                + Label.of(" đảng viên, ", " members, ").in(locale)
                + Numbers.count(s.evaluations(), locale)
                + Label.of(" kết quả đánh giá), ", " reviews), ").in(locale)
                + Numbers.count(s.facts(), locale)
                + Label.of(" sự kiện. Báo cáo đọc từ cơ sở dữ liệu:", " facts. The reports read from the database:")
                        .in(locale));
        for (EvaluationReport report : outcome.fromDatabase()) {
            out.println("  " + report.sentence(locale));
        }
        out.println(Label.of(
                        "H2: báo cáo đánh giá năm 2021 và 2022 đọc từ cơ sở dữ liệu và báo cáo trong bộ nhớ: "
                                + (outcome.agree() ? "khớp" : "KHÔNG khớp") + ".",
                        "H2: the 2021 and 2022 review reports read from the database and the ones in memory: "
                                + (outcome.agree() ? "they agree" : "they DO NOT agree") + ".")
                .in(locale));
    }

    private static String nameOn(Chibo chibo, Year year) {
        LocalDate end = year.atMonth(12).atEndOfMonth();
        return chibo.organizations()
                .find(READER, Phuong5Scenario.PHUONG_5)
                .flatMap(h -> h.on(end))
                .map(s -> s.name())
                .orElseThrow();
    }

    private static Path withoutEnding(Path file) {
        String text = file.toString();
        return text.endsWith(".mv.db") ? Path.of(text.substring(0, text.length() - ".mv.db".length())) : file;
    }
}

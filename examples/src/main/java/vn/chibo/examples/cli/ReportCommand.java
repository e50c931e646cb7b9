package vn.chibo.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.persistence.jdbc.JdbcChibo;

/**
 * {@code chibo report ORGANISATION YEAR}: the reviews of a year in an organisation's subtree, read
 * from the database (the tree as it stood on 31/12; the counts the database keeps, {@code
 * JdbcReports#gradeCounts}, made into the domain's report: the sentence, members and cells by
 * grade, the excellence quota; each cell's members by grade and its own grade), as text in
 * Vietnamese or English, and with {@code --html FILE} also as one self-contained HTML page with an
 * SVG bar chart of the grades per cell.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description =
                "Báo cáo kết quả đánh giá, xếp loại của một tổ chức trong một năm / a year's review of an organisation")
public final class ReportCommand implements Callable<Integer> {
    /** The actor reports are read as: the whole party. */
    static final Actor READER = Actor.wholeParty("chibo-cli");

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private StorageOptions storage;

    @Parameters(index = "0", paramLabel = "ORGANISATION", description = "its identity, or its exact name on 31/12")
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private String organization;

    @Parameters(index = "1", paramLabel = "YEAR", description = "the review year, e.g. 2024")
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private Year year;

    @Option(names = "--lang", defaultValue = "vi", description = "vi (default) or en")
    private String lang = "vi";

    @Option(names = "--html", paramLabel = "FILE", description = "also write the report as a self-contained HTML page")
    private @Nullable Path html;

    @Option(
            names = "--base",
            paramLabel = "GOOD|GOOD_OR_ABOVE",
            description = "the excellence quota's base (default: the regime's own reading)")
    private @Nullable QuotaBase base;

    @Override
    public Integer call() {
        Locale locale = Texts.locale(lang);
        PrintWriter out = spec.commandLine().getOut();
        EvaluationOverview overview;
        try (JdbcChibo database = storage.open()) {
            Chibo chibo = database.configure(Chibo.builder()).build();
            overview = EvaluationOverview.read(
                    chibo,
                    (org, y) -> database.reports().gradeCounts(READER, org, y),
                    READER,
                    organization,
                    year,
                    base);
        }
        TextReport.print(overview, locale, out);
        Path file = html;
        if (file != null) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(file, HtmlReport.render(overview, locale), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
            out.println(
                    Texts.t(locale, "Đã ghi ", "Wrote ") + file.toAbsolutePath().normalize());
        }
        return 0;
    }
}

package vn.chibo.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.examples.generate.GeneratorSettings;
import vn.chibo.examples.generate.NationalGenerator;
import vn.chibo.export.json.ExportSummary;
import vn.chibo.export.json.SnapshotExporter;
import vn.chibo.persistence.jdbc.JdbcChibo;

/**
 * {@code chibo generate}: generated national data ({@link NationalGenerator}) loaded into a
 * database through {@code Chibo.bulkLoader()} of the storage, with a progress bar on the error
 * stream: one load, all or nothing. The generator holds one grassroots organisation at a time; the
 * loader holds what its storage needs ({@code PortBulkLoader}, the default, holds the whole load).
 * With {@code --json FILE} no database: the records are written as a snapshot ({@link
 * NationalGenerator#reader}: once per kind, memory flat at any scale), for {@code import} later.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Sinh dữ liệu toàn quốc (minh họa) vào cơ sở dữ liệu / generate national data into a database")
public final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private StorageOptions storage;

    @Option(
            names = "--scale",
            defaultValue = "0.001",
            description = "share of the whole country (1 = about 55,000 grassroots organisations, 6 million members;"
                    + " default ${DEFAULT-VALUE})")
    private double scale = 0.001;

    @Option(
            names = "--seed",
            defaultValue = "20250701",
            description = "seed of every choice (default ${DEFAULT-VALUE})")
    private long seed = GeneratorSettings.DEFAULT_SEED;

    @Option(
            names = "--meetings",
            defaultValue = "0.01",
            description = "share of cells with a year of meetings (default ${DEFAULT-VALUE})")
    private double meetings = GeneratorSettings.DEFAULT_MEETING_SHARE;

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "write the data as a JSON snapshot to FILE (or - for the standard output) instead of a"
                    + " database: no database needed, memory flat at any scale, the records made once per kind")
    private @Nullable String json;

    @Option(names = "--lang", defaultValue = "vi", description = "vi (default) or en")
    private String lang = "vi";

    @Override
    public Integer call() throws IOException {
        String file = json;
        if (file != null) {
            refuseStorageOptions();
        }
        // a snapshot on the standard output keeps it for the JSON alone: the messages go to stderr
        PrintWriter out = file != null && SnapshotFile.isStdout(file)
                ? spec.commandLine().getErr()
                : spec.commandLine().getOut();
        Locale locale = Texts.locale(lang);
        if (!(scale > 0 && scale <= GeneratorSettings.MAX_SCALE)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--scale must be above 0 and at most " + GeneratorSettings.MAX_SCALE);
        }
        NationalGenerator generator = NationalGenerator.of(new GeneratorSettings(scale, seed, meetings));
        NationalGenerator.Plan plan = generator.plan();
        out.println(Label.of("Dữ liệu sinh (minh họa), hạt giống ", "Generated data (illustrative), seed ")
                        .in(locale)
                + seed + ": " + Numbers.count(plan.provinces(), locale)
                + Label.of(
                                " tỉnh (" + plan.provincesAfter() + " từ 01/7/2025), ",
                                " provinces (" + plan.provincesAfter() + " from 1 July 2025), ")
                        .in(locale)
                + Numbers.count(plan.districts(), locale)
                + Label.of(" huyện, ", " districts, ").in(locale)
                + Numbers.count(plan.grassroots(), locale)
                + Label.of(" tổ chức cơ sở đảng, ", " grassroots organisations, ")
                        .in(locale)
                + Numbers.count(plan.cells(), locale)
                + Label.of(" chi bộ, ", " cells, ").in(locale)
                + Numbers.count(plan.members(), locale)
                + Label.of(" đảng viên ngày 01/01/2021", " members on 1 January 2021")
                        .in(locale));
        out.flush();
        if (file != null) {
            return toJson(generator, file, locale);
        }
        try (JdbcChibo database = storage.open()) {
            Chibo chibo = database.configure(Chibo.builder()).build();
            ProgressBar progress = ProgressBar.on(spec.commandLine().getErr(), locale);
            BulkSource source = generator.source((done, total, members) -> progress.advance(done, total));
            BulkLoadSummary summary = chibo.bulkLoader().load(NationalGenerator.loader(), source, progress);
            out.println(Label.of("Đã nạp vào ", "Loaded into ").in(locale) + storage.describe() + ": "
                    + Numbers.count(summary.organizations(), locale)
                    + Label.of(" tổ chức, ", " organisations, ").in(locale)
                    + Numbers.count(summary.members(), locale)
                    + Label.of(" đảng viên, ", " members, ").in(locale)
                    + Numbers.count(summary.meetings(), locale)
                    + Label.of(" cuộc họp, ", " meetings, ").in(locale)
                    + Numbers.count(summary.evaluations(), locale)
                    + Label.of(" kết quả đánh giá (", " reviews (").in(locale)
                    + Numbers.count(summary.facts(), locale)
                    + Label.of(" sự kiện) trong ", " facts) in ").in(locale)
                    + progress.elapsed().toSeconds() + Label.of(" giây", " s").in(locale));
            out.println(Label.of("Xem báo cáo, ví dụ: ", "See a report, e.g.: ").in(locale) + "chibo report "
                    + generator.grassroots(0) + " 2024" + storage.arguments());
        }
        return 0;
    }

    private void refuseStorageOptions() {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        for (String storageOption : new String[] {"--jdbc-url", "--h2", "--user", "--password"}) {
            if (given.hasMatchedOption(storageOption)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--json writes no database: leave out " + storageOption);
            }
        }
    }

    /** Writes the generated records as a snapshot, without a database. */
    private int toJson(NationalGenerator generator, String file, Locale locale) throws IOException {
        ProgressBar progress = ProgressBar.on(spec.commandLine().getErr(), locale);
        SnapshotExporter exporter = SnapshotExporter.over(
                new ProgressReader(generator.reader((done, total, members) -> progress.advance(done, total)), progress),
                ChiboPolicies.central(),
                Clock.systemUTC());
        ExportSummary summary = SnapshotFile.write(
                exporter,
                NationalGenerator.loader(),
                BulkSelection.wholeParty(NationalGenerator.lastDay()),
                file,
                spec.commandLine().getOut());
        boolean toStdout = SnapshotFile.isStdout(file);
        PrintWriter report =
                toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
        report.println(Label.of("Đã ghi ", "Wrote ").in(locale)
                + SnapshotFile.where(file, locale)
                + ": "
                + Texts.records(summary, locale)
                + Label.of(" trong ", " in ").in(locale)
                + progress.elapsed().toSeconds()
                + Label.of(" giây", " s").in(locale));
        report.println(Label.of("Nạp vào cơ sở dữ liệu: ", "Load it into a database: ")
                        .in(locale) + "chibo import " + (toStdout ? "FILE" : SnapshotFile.path(file)));
        report.flush();
        return 0;
    }
}

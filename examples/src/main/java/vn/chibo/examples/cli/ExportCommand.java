package vn.chibo.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.NotFoundException;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.export.json.ChiboJson;
import vn.chibo.export.json.ExportSummary;
import vn.chibo.export.json.PrivacyProfile;
import vn.chibo.export.json.SnapshotExporter;
import vn.chibo.persistence.jdbc.JdbcChibo;

/**
 * {@code chibo export --out FILE}: a snapshot ({@code chibo-snapshot}, see {@link ChiboJson}) of
 * the database's records, the whole party or the subtree of {@code --scope} as it stood on {@code
 * --as-of}, written by the {@link SnapshotExporter} over the storage's {@code Chibo.bulkReader()}
 * with a progress bar on the error stream. {@code --out -} writes it to the standard output. The
 * same data gives the same bytes (no time of export is written).
 *
 * <p>{@code --profile statistics} leaves personal data out and pseudonymises identities with a key
 * ({@code --key-file}, or the environment variable {@value #KEY_VARIABLE}); import refuses such a
 * file. A file is written under a temporary name and renamed when complete, so a failed export
 * leaves no partial file behind.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Xuất dữ liệu ra tệp JSON (chibo-snapshot) / export the database's records as a JSON snapshot")
public final class ExportCommand implements Callable<Integer> {
    /** The environment variable holding the pseudonymisation key of the statistics profile. */
    public static final String KEY_VARIABLE = "CHIBO_PSEUDONYM_KEY";

    /** What an export keeps of personal data. */
    enum Profile {
        /** Everything: backup and transfer; the only profile import accepts. */
        FULL,
        /** Statistics: no personal data, identities pseudonymised. */
        STATISTICS
    }

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private StorageOptions storage;

    @Option(
            names = "--scope",
            paramLabel = "ORG_ID",
            description = "only the subtree of this organisation (its identity) as it stood on --as-of;"
                    + " without it the whole party")
    private @Nullable String scope;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "the date the subtree is taken on (yyyy-MM-dd; default: today); records are whole")
    private @Nullable LocalDate asOf;

    @Option(
            names = "--profile",
            paramLabel = "full|statistics",
            defaultValue = "full",
            description = "full (default: everything, for backup and transfer) or statistics (no personal data,"
                    + " identities pseudonymised; import refuses it)")
    private Profile profile = Profile.FULL;

    @Option(
            names = "--key-file",
            paramLabel = "FILE",
            description = "the pseudonymisation key of --profile statistics, at least 16 bytes (default: the"
                    + " environment variable " + KEY_VARIABLE + ")")
    private @Nullable Path keyFile;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            required = true,
            description = "the file to write, or - for the standard output")
    @SuppressWarnings("NullAway.Init") // required: set by picocli
    private String out;

    @Option(names = "--lang", defaultValue = "vi", description = "vi (default) or en")
    private String lang = "vi";

    @Override
    public Integer call() throws IOException {
        Locale locale = Texts.locale(lang);
        PrivacyProfile privacy = privacy();
        @Nullable OrganizationId root = root();
        PrintWriter err = spec.commandLine().getErr();
        boolean toStdout = SnapshotFile.isStdout(out);
        ExportSummary summary;
        try (JdbcChibo database = storage.open()) {
            Chibo chibo = database.configure(Chibo.builder()).build();
            LocalDate date = asOf != null ? asOf : LocalDate.now(chibo.clock());
            BulkSelection selection;
            if (root == null) {
                selection = BulkSelection.wholeParty(date);
            } else {
                if (chibo.organizations()
                        .find(ReportCommand.READER, root)
                        .flatMap(h -> h.on(date))
                        .isEmpty()) {
                    throw new NotFoundException("organisation " + scope + " on " + date);
                }
                selection = BulkSelection.subtree(root, date);
            }
            ProgressBar progress = ProgressBar.on(err, locale);
            // ChiboJson.exporter(chibo), with the records counted on their way to the progress bar.
            SnapshotExporter exporter = SnapshotExporter.over(
                            new ProgressReader(chibo.bulkReader(), progress), chibo.policies(), chibo.clock())
                    .privacy(privacy);
            summary = SnapshotFile.write(
                    exporter,
                    ReportCommand.READER,
                    selection,
                    out,
                    spec.commandLine().getOut());
        }
        PrintWriter report = toStdout ? err : spec.commandLine().getOut();
        report.println(Label.of("Đã xuất từ ", "Exported from ").in(locale) + storage.describe() + " "
                + SnapshotFile.where(out, locale) + ": "
                + Texts.records(summary, locale)
                + Label.of("; hồ sơ ", "; profile ").in(locale)
                + privacy.code()
                + (summary.left() > 0
                        ? Label.of(", bỏ ra ", ", left out ").in(locale)
                                + Numbers.count(summary.left(), locale)
                                + Label.of(" bản ghi hoặc sự kiện", " records or facts")
                                        .in(locale)
                        : ""));
        report.flush();
        return 0;
    }

    private PrivacyProfile privacy() {
        if (profile == Profile.FULL) {
            return PrivacyProfile.full();
        }
        byte[] key;
        Path file = keyFile;
        if (file != null) {
            try {
                key = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the key file " + file, e);
            }
        } else {
            String variable = System.getenv(KEY_VARIABLE);
            if (variable == null || variable.isEmpty()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--profile statistics needs a pseudonymisation key: --key-file FILE or the environment"
                                + " variable " + KEY_VARIABLE);
            }
            key = variable.getBytes(StandardCharsets.UTF_8);
        }
        if (key.length < PrivacyProfile.MIN_KEY_LENGTH) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "the pseudonymisation key has " + key.length + " bytes; at least " + PrivacyProfile.MIN_KEY_LENGTH
                            + " are needed");
        }
        return PrivacyProfile.statistics(key);
    }

    private @Nullable OrganizationId root() {
        String text = scope;
        if (text == null) {
            return null;
        }
        try {
            return OrganizationId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--scope must be an organisation's identity (a UUID), not '" + text + "'");
        }
    }
}

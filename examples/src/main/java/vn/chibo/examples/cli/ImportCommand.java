package vn.chibo.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.NotFoundException;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.export.json.ChiboJson;
import vn.chibo.export.json.ImportReceipt;
import vn.chibo.persistence.jdbc.JdbcChibo;

/**
 * {@code chibo import FILE}: a snapshot written by {@code chibo export} (profile {@code FULL})
 * stored in the database through {@link ChiboJson#importer} (over the storage's {@code
 * Chibo.bulkLoader()}), all or nothing, with a progress bar on the error stream. A refused file
 * stores nothing: the program says why on one line, lists the first violations (path, rule,
 * message) under it with the total, and exits with status 1.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Nhập tệp JSON (chibo-snapshot) vào cơ sở dữ liệu, tất cả hoặc không gì cả"
                + " / import a JSON snapshot into the database, all or nothing")
public final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private StorageOptions storage;

    @Parameters(index = "0", paramLabel = "FILE", description = "the snapshot, as chibo export writes it")
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private Path file;

    @Option(names = "--lang", defaultValue = "vi", description = "vi (default) or en")
    private String lang = "vi";

    @Override
    public Integer call() throws IOException {
        Locale locale = Texts.locale(lang);
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("file " + file.toAbsolutePath().normalize());
        }
        ImportReceipt receipt;
        try (JdbcChibo database = storage.open();
                InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Chibo chibo = database.configure(Chibo.builder()).build();
            ProgressBar progress = ProgressBar.on(spec.commandLine().getErr(), locale);
            receipt = ChiboJson.importer(chibo).progress(progress).importFrom(ReportCommand.READER, in);
        } catch (NoSuchFileException e) {
            throw new NotFoundException("file " + e.getFile());
        }
        BulkLoadSummary s = receipt.stored();
        out.println(Label.of("Đã nhập ", "Imported ").in(locale)
                + file.toAbsolutePath().normalize()
                + Label.of(" vào ", " into ").in(locale)
                + storage.describe() + ": "
                + Texts.records(
                        s.records(), s.organizations(), s.members(), s.meetings(), s.evaluations(), s.facts(), locale)
                + "; SHA-256 "
                + receipt.documentSha256());
        if (!receipt.policiesDiffering().isEmpty()) {
            out.println(Label.of(
                                    "Lưu ý: các kết quả nhập được xét theo quy định khác với hệ thống này: ",
                                    "Note: the imported results were judged under policies this system has with other"
                                            + " parameters: ")
                            .in(locale)
                    + String.join(", ", receipt.policiesDiffering()));
        }
        return 0;
    }
}

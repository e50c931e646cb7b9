package vn.chibo.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.export.json.ExportSummary;
import vn.chibo.export.json.SnapshotExporter;

/** Where {@code export} and {@code generate --json} write a snapshot: a file, or the standard output. */
final class SnapshotFile {
    private SnapshotFile() {}

    /**
     * Writes the snapshot to {@code out}: {@code -} for the standard output, else a file written
     * under a temporary name beside it (readable by its owner only) and renamed when complete, so
     * no partial file is left under the name.
     */
    static ExportSummary write(
            SnapshotExporter exporter, Actor actor, BulkSelection selection, String out, PrintWriter stdout)
            throws IOException {
        if (isStdout(out)) {
            try (OutputStream stream = new BufferedOutputStream(new WriterOutputStream(stdout))) {
                return exporter.export(actor, selection, stream);
            }
        }
        Path target = path(out);
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path part = Files.createTempFile(parent, target.getFileName() + ".", ".part");
        try {
            ExportSummary summary;
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(part))) {
                summary = exporter.export(actor, selection, stream);
            }
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return summary;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Whether {@code out} names the standard output. */
    static boolean isStdout(String out) {
        return "-".equals(out);
    }

    /** Where {@code out} is, for messages: "to the standard output" or "to FILE", absolute. */
    static String where(String out, Locale locale) {
        return isStdout(out)
                ? Label.of("ra đầu ra chuẩn", "to the standard output").in(locale)
                : Label.of("vào ", "to ").in(locale) + path(out);
    }

    /** The file {@code out} names, absolute. */
    static Path path(String out) {
        return Path.of(out).toAbsolutePath().normalize();
    }
}

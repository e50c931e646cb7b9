package vn.chibo.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.validation.Validator;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.common.ViolationCollector;

/**
 * The report document ({@code chibo-report}, version 1): the results of the review as JSON, read
 * back as strictly as a snapshot; and the import receipt ({@code chibo-import-receipt}). Both are
 * small: each is written and read whole. Thread-safe.
 */
public final class ReportJson {
    /** The most values a report document may have. */
    static final int MAX_NODES = 2_000_000;

    private final @Nullable Validator validator;

    ReportJson(@Nullable Validator validator) {
        this.validator = validator;
    }

    /**
     * Writes {@code document} to {@code out} (not closed).
     *
     * @throws ExportException when {@code out} fails
     */
    public void write(ReportDocument document, OutputStream out) {
        writeFile(Codecs.of(ReportFile.class), ReportFile.of(document), out);
    }

    /**
     * Writes the import's audit record to {@code out} (not closed), as {@code
     * chibo-import-receipt} version 1.
     *
     * @throws ExportException when {@code out} fails
     */
    public void writeReceipt(ImportReceipt receipt, OutputStream out) {
        writeFile(
                Codecs.of(ReceiptFile.class),
                new ReceiptFile(ChiboJson.RECEIPT_FORMAT, ChiboJson.RECEIPT_VERSION, receipt),
                out);
    }

    private static <T> void writeFile(Codec<T> codec, T value, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            JsonGenerator g = JsonSupport.generator(out);
            codec.write(g, value, Writing.FULL);
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new ExportException("the document could not be written", e);
        }
    }

    /**
     * Reads a report document from {@code in} (not closed).
     *
     * @throws BulkLoadRejectedException with every problem (each with its JSON Pointer, line and
     *     column; the first 1,000 and the total) when the document is not a valid report document
     */
    public ReportDocument read(InputStream in) {
        Objects.requireNonNull(in, "in");
        ViolationCollector problems = ViolationCollector.create();
        Reading r = new Reading(problems, validator);
        ReportDocument document = null;
        try {
            JsonParser p = JsonSupport.parser(in);
            if (p.nextToken() == null) {
                problems.add(Violation.of(
                        "/ (line 1, column 1)",
                        JsonRules.SYNTAX,
                        "",
                        Label.of("tài liệu rỗng", "the document is empty")));
            } else {
                Node root = new NodeReader(p, MAX_NODES).read("");
                if (p.nextToken() != null) {
                    problems.add(Violation.of(
                            "/",
                            JsonRules.SYNTAX,
                            "",
                            Label.of("có dữ liệu sau khi tài liệu kết thúc", "content after the end of the document")));
                } else if (header(root, r)) {
                    ReportFile file = Codecs.of(ReportFile.class).read(root, r);
                    document = file == null ? null : file.document();
                }
            }
        } catch (StreamConstraintsException | NodeReader.TooLargeException e) {
            problems.add(Violation.of("/", JsonRules.LIMIT, "", Label.of("vượt giới hạn", "a limit was passed")));
        } catch (JsonProcessingException | CharConversionException e) {
            String at = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? " (line " + j.getLocation().getLineNr() + ", column "
                            + j.getLocation().getColumnNr() + ")"
                    : "";
            problems.add(Violation.of(
                    "/" + at,
                    JsonRules.SYNTAX,
                    "",
                    Label.of("không phải JSON hợp lệ (UTF-8)", "not well-formed JSON (UTF-8)")));
        } catch (IOException e) {
            problems.add(Violation.of(
                    "/", JsonRules.UNREADABLE, "", Label.of("không đọc được dữ liệu", "the input could not be read")));
        }
        problems.throwIfAny("report document");
        return Objects.requireNonNull(document, "a document without problems was read");
    }

    /** Whether the root names the report format and version; reports what it does not. */
    private static boolean header(Node root, Reading r) {
        if (!(root instanceof Node.ObjectNode o)) {
            r.wrongType(root, "an object");
            return false;
        }
        Node format = o.fields().get("format");
        if (format == null
                || !(format instanceof Node.Scalar s
                        && ChiboJson.REPORT_FORMAT.equals(s.text())
                        && s.scalar() == Node.ScalarKind.STRING)) {
            r.report(
                    format == null ? root : format,
                    "/format",
                    JsonRules.FORMAT,
                    format == null ? "" : r.shown(format),
                    Label.of(
                            "không phải tài liệu \"" + ChiboJson.REPORT_FORMAT + "\"",
                            "not a \"" + ChiboJson.REPORT_FORMAT + "\" document"));
            return false;
        }
        Node version = o.fields().get("version");
        if (version == null
                || !(version instanceof Node.Scalar v
                        && v.scalar() == Node.ScalarKind.INTEGER
                        && String.valueOf(ChiboJson.REPORT_VERSION).equals(v.text()))) {
            r.report(
                    version == null ? root : version,
                    "/version",
                    JsonRules.VERSION,
                    version == null ? "" : r.shown(version),
                    Label.of(
                            "phiên bản định dạng không được hỗ trợ; bộ đọc này đọc phiên bản "
                                    + ChiboJson.REPORT_VERSION,
                            "an unknown format version; this reader reads version " + ChiboJson.REPORT_VERSION));
            return false;
        }
        return true;
    }
}

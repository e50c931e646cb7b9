package vn.chibo.export.json;

import java.net.URL;
import java.util.Objects;
import vn.chibo.domain.Chibo;

/**
 * The entry point of chibo's JSON: snapshots of stored data (export and import, streamed, strict,
 * versioned), report documents, and the Jackson module.
 *
 * <pre>{@code
 * ExportSummary written = ChiboJson.exporter(chibo)
 *         .export(actor, BulkSelection.subtree(wardId, LocalDate.of(2022, 12, 31)), out);
 * ImportReceipt receipt = ChiboJson.importer(otherChibo).importFrom(admin, in);
 * ChiboJson.reports(chibo).write(ReportDocument.of(List.of(report)), reportOut);
 * }</pre>
 *
 * <p>The formats are described by the JSON Schema (draft 2020-12) shipped in this jar ({@link
 * #schema()}): a snapshot has an envelope (format, version, privacy profile, scope, generation time
 * if asked, the policies in force) and then the sections {@code organizations}, {@code members},
 * {@code residences}, {@code meetings}, {@code schedules} and {@code evaluations}, each an array of
 * whole records in the order of {@link vn.chibo.domain.port.BulkReader}. Identities are raw UUID
 * text, dates ISO-8601, instants to the nanosecond, codes the enum constants' names, and each grade
 * carries its Vietnamese label beside it.
 */
public final class ChiboJson {
    /** The snapshot format's name. */
    public static final String SNAPSHOT_FORMAT = "chibo-snapshot";
    /** The snapshot format's version this library writes and reads. */
    public static final int SNAPSHOT_VERSION = 1;
    /** The report format's name. */
    public static final String REPORT_FORMAT = "chibo-report";
    /** The report format's version. */
    public static final int REPORT_VERSION = 1;
    /** The import receipt's format name. */
    public static final String RECEIPT_FORMAT = "chibo-import-receipt";
    /** The import receipt's format version. */
    public static final int RECEIPT_VERSION = 1;
    /** Where the JSON Schema of every format is, on the class path. */
    public static final String SCHEMA_RESOURCE = "/vn/chibo/export/json/chibo-snapshot-1.schema.json";

    private ChiboJson() {}

    /** An exporter of what {@code chibo}'s bulk reader reads, with its policies and clock. */
    public static SnapshotExporter exporter(Chibo chibo) {
        return SnapshotExporter.over(chibo.bulkReader(), chibo.policies(), chibo.clock());
    }

    /** An importer into {@code chibo}'s bulk loader, with its validator, policies and clock. */
    public static SnapshotImporter importer(Chibo chibo) {
        return SnapshotImporter.into(chibo.bulkLoader(), chibo.validator(), chibo.policies(), chibo.clock());
    }

    /** Report documents and receipts, read with {@code chibo}'s validator. */
    public static ReportJson reports(Chibo chibo) {
        return new ReportJson(chibo.validator());
    }

    /** Chibo's Jackson module, to register on an {@code ObjectMapper}. */
    public static ChiboJacksonModule module() {
        return new ChiboJacksonModule();
    }

    /** The JSON Schema (draft 2020-12) of the snapshot, report and receipt documents. */
    public static URL schema() {
        return Objects.requireNonNull(ChiboJson.class.getResource(SCHEMA_RESOURCE), SCHEMA_RESOURCE);
    }
}

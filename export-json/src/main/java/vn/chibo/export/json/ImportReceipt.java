package vn.chibo.export.json;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Objects;
import vn.chibo.domain.port.BulkLoadSummary;

/**
 * The import's own audit record: who imported which document, when, and what was stored. It is
 * kept apart from the imported history, whose facts keep the instants, actors and reasons they
 * were first recorded with: nothing imported is restamped. Write it where the host keeps its audit
 * trail ({@link ReportJson#writeReceipt}).
 *
 * @param importedBy the id of the actor who imported
 * @param importedAt when the import was committed, from the importing {@code Chibo}'s clock
 * @param documentSha256 the SHA-256 of the document's bytes, in hex
 * @param header the document's envelope
 * @param stored what was stored
 * @param policiesDiffering the document's policies ({@code id@fingerprint}) that this system does
 *     not have with the same parameters: the imported results were judged under them
 */
public record ImportReceipt(
        String importedBy,
        Instant importedAt,
        String documentSha256,
        SnapshotHeader header,
        BulkLoadSummary stored,
        ImmutableList<String> policiesDiffering) {
    public ImportReceipt {
        Objects.requireNonNull(importedBy, "importedBy");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(documentSha256, "documentSha256");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(policiesDiffering, "policiesDiffering");
    }
}

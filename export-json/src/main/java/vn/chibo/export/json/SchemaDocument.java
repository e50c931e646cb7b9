package vn.chibo.export.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.reflect.TypeToken;
import java.time.Instant;
import java.util.Map;
import vn.chibo.domain.port.BulkSelection;

/**
 * The JSON Schema (draft 2020-12) of the three documents, made from the codecs that write and read
 * them, so that it cannot drift from them: the shipped file is this, and a test keeps them equal.
 */
final class SchemaDocument {
    private static final ImmutableMap<String, String> DESCRIPTIONS = ImmutableMap.<String, String>builder()
            .put(
                    "BulkRecord.Organization",
                    "every fact of one organisation, in the order recorded; the first founds it")
            .put("BulkRecord.Member", "every fact of one member, in the order recorded")
            .put("BulkRecord.Residence", "the residence history of one serving member (QĐ 213)")
            .put("BulkRecord.Meeting", "every version of one meeting's record, oldest first (1, 2, …)")
            .put("BulkRecord.Schedule", "one meeting schedule with its record stamp")
            .put("BulkRecord.Evaluation", "every entry of one review, in the order recorded")
            .put(
                    "Recorded",
                    "when (UTC, to the nanosecond), by whom and why a fact was first recorded: kept, never"
                            + " restamped; a STATISTICS document leaves the reason out and pseudonymises the actor")
            .put("BulkSelection", "the scope: the whole party (root null) or a subtree as it stood on asOf")
            .put("PolicyInForce", "a policy registration in force where the document was written")
            .put("EvaluationReport", "the review of a subtree for a year: counts, the quota under both readings")
            .build();

    private SchemaDocument() {}

    /** The schema, as a tree. */
    static ObjectNode build() {
        Schemas s = new Schemas();
        ObjectNode root = s.object();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:vn.chibo:schema:chibo-snapshot-1");
        root.put("title", "chibo JSON documents, version 1");
        root.put(
                "description",
                "A chibo snapshot (chibo-snapshot: the envelope, then whole records in six sections), report"
                        + " document (chibo-report) or import receipt (chibo-import-receipt). Identities are lower-case"
                        + " UUID text; dates ISO-8601; instants UTC to the nanosecond; codes the names of the"
                        + " constants; a grade is followed by its Vietnamese label. A snapshot lists its envelope"
                        + " before its sections, and its sections in the order of this schema's required list.");
        ArrayNode one = root.putArray("oneOf");
        one.add(snapshot(s));
        one.add(report(s));
        one.add(receipt(s));
        for (Map.Entry<String, String> d : DESCRIPTIONS.entrySet()) {
            s.definition(d.getKey()).put("description", d.getValue());
        }
        root.set("$defs", s.definitions());
        return root;
    }

    @SuppressWarnings("serial")
    private static JsonNode snapshot(Schemas s) {
        return s.ref("SnapshotDocument", () -> {
            ObjectNode o = s.object().put("type", "object");
            o.put(
                    "description",
                    "a snapshot of stored data: the envelope, then each section as an array of whole records");
            ObjectNode props = o.putObject("properties");
            props.set("format", s.object().put("const", ChiboJson.SNAPSHOT_FORMAT));
            props.set("version", s.object().put("const", ChiboJson.SNAPSHOT_VERSION));
            ObjectNode profile = s.object().put("description", "FULL, or STATISTICS: masked, not importable");
            profile.putArray("enum").add("FULL").add("STATISTICS");
            props.set("profile", profile);
            props.set("scope", Codecs.of(BulkSelection.class).schema(s));
            props.set("generatedAt", s.nullable(Codecs.of(Instant.class).schema(s)));
            props.set(
                    "policies",
                    Codecs.of(new TypeToken<ImmutableList<PolicyInForce>>() {}.getType())
                            .schema(s));
            ArrayNode required = o.putArray("required");
            for (String f : ImmutableList.of("format", "version", "profile", "scope", "generatedAt", "policies")) {
                required.add(f);
            }
            for (int i = 0; i < SnapshotWriter.SECTIONS.size(); i++) {
                ObjectNode section = s.object().put("type", "array");
                section.set("items", Codecs.of(SnapshotWriter.RECORDS.get(i)).schema(s));
                props.set(SnapshotWriter.SECTIONS.get(i), section);
                required.add(SnapshotWriter.SECTIONS.get(i));
            }
            o.put("additionalProperties", false);
            return o;
        });
    }

    private static JsonNode report(Schemas s) {
        JsonNode ref = Codecs.of(ReportFile.class).schema(s);
        ObjectNode def = s.definition("ReportFile");
        ObjectNode props = (ObjectNode) def.get("properties");
        props.set("format", s.object().put("const", ChiboJson.REPORT_FORMAT));
        props.set("version", s.object().put("const", ChiboJson.REPORT_VERSION));
        def.put("description", "a report document: the results of the review");
        return ref;
    }

    private static JsonNode receipt(Schemas s) {
        JsonNode ref = Codecs.of(ReceiptFile.class).schema(s);
        ObjectNode def = s.definition("ReceiptFile");
        ObjectNode props = (ObjectNode) def.get("properties");
        props.set("format", s.object().put("const", ChiboJson.RECEIPT_FORMAT));
        props.set("version", s.object().put("const", ChiboJson.RECEIPT_VERSION));
        def.put("description", "an import's own audit record: who imported which document, when, what was stored");
        return ref;
    }
}

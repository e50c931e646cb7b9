package vn.chibo.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;

class PrivacyTest {
    private static final byte[] KEY = "host's secret key, 32 bytes long".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static byte[] masked(Chibo chibo, byte[] key) {
        return Fixtures.export(chibo, BulkSelection.wholeParty(RandomRecords.AS_OF), PrivacyProfile.statistics(key));
    }

    /** Every string value and field name of the document. */
    private static Set<String> texts(byte[] document) throws IOException {
        Set<String> out = new HashSet<>();
        collect(MAPPER.readTree(document), out);
        return out;
    }

    private static void collect(JsonNode node, Set<String> out) {
        if (node.isTextual()) {
            out.add(node.textValue());
        }
        node.fieldNames().forEachRemaining(out::add);
        node.elements().forEachRemaining(child -> collect(child, out));
    }

    /** The field names of every record stamp in the document. */
    private static List<String> stamps(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        if (node.has("recorded")) {
            List<String> names = new java.util.ArrayList<>();
            node.get("recorded").fieldNames().forEachRemaining(names::add);
            out.add(names.toString());
        }
        node.elements().forEachRemaining(child -> out.addAll(stamps(child)));
        return out;
    }

    @Test
    void aStatisticsExportKeepsNoNameCitizenIdDuesHealthFactOrIdentityAndSaysItIsMasked() throws IOException {
        for (long seed = 0; seed < 20; seed++) {
            List<BulkRecord> records = RandomRecords.of(seed);
            Chibo chibo = Fixtures.holding(records);
            byte[] document = masked(chibo, KEY);
            Set<String> texts = texts(document);
            String text = new String(document, StandardCharsets.UTF_8);

            Set<String> personal = new HashSet<>();
            Set<String> identities = new HashSet<>();
            for (BulkRecord r : records) {
                if (r instanceof BulkRecord.Member m) {
                    identities.add(m.id().toString());
                    for (MemberFact f : m.facts()) {
                        if (f instanceof MemberFact.ProfileRecorded p) {
                            personal.add(p.profile().fullName());
                            p.profile().citizenIdNumber().ifPresent(personal::add);
                            p.profile().partyCard().ifPresent(personal::add);
                        }
                        if (f instanceof MemberFact.ConditionBegan c) {
                            personal.add(c.note());
                            identities.add(c.condition().toString());
                        }
                    }
                } else if (r instanceof BulkRecord.Organization o) {
                    identities.add(o.id().toString());
                } else if (r instanceof BulkRecord.Residence x) {
                    identities.add(x.member().toString());
                    x.facts().stream()
                            .filter(f -> f instanceof ResidenceFact.Registered)
                            .forEach(f -> personal.add(((ResidenceFact.Registered) f).fullName()));
                } else if (r instanceof BulkRecord.Meeting m) {
                    identities.add(m.id().toString());
                }
            }

            assertThat(text)
                    .startsWith(
                            "{\n  \"format\": \"chibo-snapshot\",\n  \"version\": 1,\n  \"profile\": \"STATISTICS\"");
            assertThat(texts).doesNotContainAnyElementsOf(personal);
            assertThat(text).doesNotContainPattern("\"actor-[0-4]\"");
            for (String id : identities) {
                assertThat(text).doesNotContain(id);
            }
            assertThat(texts)
                    .doesNotContain(
                            "DUES_RECORDED",
                            "SICK_LEAVE",
                            "MATERNITY_LEAVE",
                            "SERIOUS_ILLNESS",
                            "birthDate",
                            "fullName",
                            "citizenId",
                            "agenda",
                            "excuse")
                    .contains("birthYear");
            assertThat(stamps(MAPPER.readTree(document))).isNotEmpty().allMatch(s -> s.equals("[at, actor]"));
            SchemaCheck.assertValid(document);
        }
    }

    @Test
    void pseudonymsAreTheSameForTheSameKeyAndJoinButDifferWithAnotherKey() throws IOException {
        Chibo chibo = Fixtures.holding(StrictImportTest.ward());
        byte[] once = masked(chibo, KEY);
        byte[] again = masked(chibo, KEY);
        byte[] other = masked(chibo, "another secret key, 32 bytes...".getBytes(StandardCharsets.UTF_8));

        assertThat(again).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
        JsonNode doc = MAPPER.readTree(once);
        String cell = doc.at("/organizations/1/id").textValue();
        assertThat(UUID.fromString(cell).version()).isEqualTo(8);
        assertThat(doc.at("/members/0/facts/1/cell").textValue())
                .isIn(cell, doc.at("/organizations/0/id").textValue());
        assertThat(doc.at("/evaluations/0/key/subject/member").textValue())
                .isIn(
                        doc.at("/members/0/id").textValue(),
                        doc.at("/members/1/id").textValue());
        assertThat(doc.at("/members/0/facts/0/profile").toString())
                .matches("\\{\"birthYear\":19\\d\\d,\"sex\":\"MALE\"}");
    }

    @Test
    void aPseudonymisationKeyHasAtLeastSixteenBytes() {
        assertThatThrownBy(() -> PrivacyProfile.statistics(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThat(PrivacyProfile.statistics(new byte[16]).isMasked()).isTrue();
        assertThat(PrivacyProfile.full().isMasked()).isFalse();
    }
}

package vn.chibo.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;

/** Each class of error an import reports, with its JSON Pointer, line and column; nothing stored. */
class StrictImportTest {
    private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);

    static List<BulkRecord> ward() {
        List<BulkRecord> records = new ArrayList<>();
        records.add(BulkRecord.Organization.of(
                OrganizationTestData.id("Phường 5"),
                List.of(OrganizationTestData.founded("Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, null, Y2000)),
                "test"));
        records.add(BulkRecord.Organization.of(
                OrganizationTestData.id("Khu phố 3"),
                List.of(OrganizationTestData.founded("Khu phố 3", OrganizationKind.CELL, "Phường 5", Y2000)),
                "test"));
        for (String name : List.of("An", "Bình")) {
            records.add(BulkRecord.Member.of(
                    MemberTestData.id(name),
                    MemberTestData.admittedAndRecognized(
                            name, OrganizationTestData.id("Khu phố 3"), LocalDate.of(2010, 3, 1)),
                    "test"));
        }
        // about Bình (members/1), so that the tests breaking An (members/0) break nothing else
        EvaluationKey key = EvaluationKey.of(MemberTestData.id("Bình"), Year.of(2021));
        records.add(BulkRecord.Evaluation.of(
                key, List.of(new EvaluationEntry.SelfAssessed(key, Grade.GOOD, OrganizationTestData.recorded())), "t"));
        return records;
    }

    static String document() {
        return document(ward());
    }

    static String document(List<BulkRecord> records) {
        return new String(
                Fixtures.export(
                        Fixtures.holding(records),
                        BulkSelection.wholeParty(RandomRecords.AS_OF),
                        PrivacyProfile.full()),
                StandardCharsets.UTF_8);
    }

    /** {@code (line L, column C)} of the first occurrence of {@code needle}, columns in bytes from 1. */
    static String at(String document, String needle) {
        int i = document.indexOf(needle);
        assertThat(i).as(needle).isNotNegative();
        String before = document.substring(0, i);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        String lineStart = before.substring(before.lastIndexOf('\n') + 1);
        int column = lineStart.getBytes(StandardCharsets.UTF_8).length + 1;
        return "(line " + line + ", column " + column + ")";
    }

    private static void rejected(String document, Consumer<BulkLoadRejectedException> check) {
        Chibo target = Fixtures.chibo();
        assertThatThrownBy(() -> Fixtures.importInto(target, document.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BulkLoadRejectedException.class, check);
        assertThat(Fixtures.stored(target)).as("records stored").isZero();
    }

    private static List<String> lines(BulkLoadRejectedException e) {
        return e.violations().stream().map(v -> v.path() + " " + v.rule()).toList();
    }

    @Test
    void aValidDocumentImportsWhole() {
        ImportReceipt receipt = Fixtures.importInto(Fixtures.chibo(), document().getBytes(StandardCharsets.UTF_8));

        assertThat(receipt.stored().records()).isEqualTo(5);
        assertThat(receipt.importedBy()).isEqualTo(Fixtures.ADMIN.id());
        assertThat(receipt.importedAt()).isEqualTo(Fixtures.CLOCK.instant());
        assertThat(receipt.policiesDiffering()).isEmpty();
        assertThat(receipt.documentSha256()).hasSize(64);
    }

    @Test
    void anUnknownFieldIsReportedWithItsPointerLineAndColumn() {
        String doc = document().replaceFirst("\"sex\": \"MALE\"", "\"sex\": \"MALE\", \"nickname\": \"Út\"");

        rejected(
                doc,
                e -> assertThat(lines(e))
                        .containsExactly(
                                "/members/0/facts/0/profile/nickname " + at(doc, "\"Út\"") + " JSON-UNKNOWN-FIELD"));
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithItsPointerLineAndColumn() {
        String doc = document().replaceFirst("\"readmission\": false", "\"readmission\": \"no\"");

        rejected(doc, e -> {
            assertThat(lines(e)).containsExactly("/members/0/facts/1/readmission " + at(doc, "\"no\"") + " JSON-TYPE");
            assertThat(e.violations().get(0).message()).isEqualTo("must be a boolean, not a string");
            assertThat(e.violations().get(0).messageVi()).isEqualTo("phải là true hoặc false, không phải một chuỗi");
        });
    }

    @Test
    void aMissingFieldIsReportedAtItsObject() {
        String doc = document().replaceFirst("\"considered\": \"[0-9-]+\",\n\\s*", "");

        rejected(
                doc,
                e -> assertThat(lines(e))
                        .containsExactly("/members/0/facts/1/considered "
                                + at(doc, "{\n          \"type\": \"ADMISSION_DECIDED\"") + " JSON-MISSING-FIELD"));
    }

    @Test
    void anUnknownVersionStopsTheReadingAtOnce() {
        String doc = document().replaceFirst("\"version\": 1", "\"version\": 2");

        rejected(doc, e -> {
            assertThat(lines(e)).containsExactly("/version " + at(doc, "2,") + " JSON-VERSION");
            assertThat(e.total()).isEqualTo(1);
        });
    }

    @Test
    void aDocumentOfAnotherFormatIsRefused() {
        String doc = document().replaceFirst("\"chibo-snapshot\"", "\"chibo-report\"");

        rejected(
                doc,
                e -> assertThat(lines(e)).containsExactly("/format " + at(doc, "\"chibo-report\"") + " JSON-FORMAT"));
    }

    @Test
    void aValueThatIsNotADateIsReportedMaskedWhenSensitive() {
        String doc = document().replaceFirst("\"birthDate\": \"1980-03-01\"", "\"birthDate\": \"1980-13-01\"");

        rejected(doc, e -> {
            assertThat(lines(e))
                    .containsExactly(
                            "/members/0/facts/0/profile/birthDate " + at(doc, "\"1980-13-01\"") + " JSON-VALUE");
            assertThat(e.violations().get(0).rejectedValue()).isEqualTo("***");
            assertThat(e.getMessage()).doesNotContain("1980-13-01");
        });
    }

    @Test
    void aJakartaConstraintIsReportedWithThePointerOfTheValueAndItsValueMasked() {
        String doc = document().replaceFirst("\"citizenId\": \"044090001234\"", "\"citizenId\": \"04409\"");

        rejected(doc, e -> {
            assertThat(lines(e))
                    .containsExactly(
                            "/members/0/facts/0/profile/citizenId " + at(doc, "\"04409\"") + " validation:Pattern");
            assertThat(e.violations().get(0).rejectedValue()).isEqualTo("***");
        });
    }

    @Test
    void aBrokenDomainInvariantIsReportedAtTheObjectThatBreaksIt() {
        String doc = document().replaceFirst("\"considered\": \"2010-02-19\"", "\"considered\": \"2010-03-19\"");

        rejected(doc, e -> {
            assertThat(lines(e))
                    .containsExactly("/members/0/facts/1 " + at(doc, "{\n          \"type\": \"ADMISSION_DECIDED\"")
                            + " JSON-INVARIANT");
            assertThat(e.violations().get(0).message()).contains("the decision follows the cell's consideration");
        });
    }

    @Test
    void aGradeLabelThatIsNotTheGradesIsReported() {
        String doc = document().replaceFirst("\"gradeLabel\": \"hoàn thành tốt nhiệm vụ\"", "\"gradeLabel\": \"tốt\"");

        rejected(
                doc,
                e -> assertThat(lines(e))
                        .containsExactly("/evaluations/0/entries/0/gradeLabel " + at(doc, "\"tốt\"") + " JSON-LABEL"));
    }

    @Test
    void aMaskedDocumentIsRefused() {
        byte[] masked = Fixtures.export(
                Fixtures.holding(ward()),
                BulkSelection.wholeParty(RandomRecords.AS_OF),
                PrivacyProfile.statistics("a key of sixteen bytes".getBytes(StandardCharsets.UTF_8)));
        String doc = new String(masked, StandardCharsets.UTF_8);

        rejected(
                doc,
                e -> assertThat(lines(e)).containsExactly("/profile " + at(doc, "\"STATISTICS\"") + " JSON-MASKED"));
    }

    @Test
    void aReferenceToNothingAndADuplicateComeFromTheLoaderWithTheRecordsOrigin() {
        String original = document();
        String cell = OrganizationTestData.id("Khu phố 3").toString();
        String other = OrganizationTestData.id("Khu phố 99").toString();
        int second = original.indexOf("\"id\": \"" + MemberTestData.id("Bình"));
        String doc = original.substring(0, second) + original.substring(second).replace(cell, other) + "";
        String dup = doc.replace("\"id\": \"" + OrganizationTestData.id("Phường 5") + "\"", "\"id\": \"" + cell + "\"");

        rejected(
                dup,
                e -> assertThat(lines(e))
                        .contains(
                                "/members/1 " + at(dup, "{\n      \"id\": \"" + MemberTestData.id("Bình"))
                                        + " BULK-REFERENCE",
                                "/organizations/1 "
                                        + at(
                                                dup,
                                                "{\n      \"id\": \"" + cell
                                                        + "\",\n      \"facts\": [\n        {\n          \"type\": \"FOUNDED\",\n          \"organization\": \""
                                                        + cell)
                                        + " BULK-DUPLICATE"));
    }

    @Test
    void everyProblemOfTheDocumentIsReportedAtOnceWithTheLoadersOwn() {
        String original = document();
        int binh = original.indexOf("\"id\": \"" + MemberTestData.id("Bình"));
        String doc = original.substring(0, binh)
                        .replaceFirst("\"readmission\": false", "\"readmission\": \"no\"")
                        .replaceFirst("\"type\": \"PROFILE_RECORDED\"", "\"type\": \"PROFILE_WRITTEN\"")
                + original.substring(binh)
                        .replaceFirst("\"sex\": \"MALE\"", "\"sex\": \"MALE\", \"nickname\": \"Út\"")
                        .replaceFirst("\"gradeLabel\": \"hoàn thành tốt nhiệm vụ\"", "\"gradeLabel\": \"tốt\"");
        doc = doc.replace(
                "\"parent\": \"" + OrganizationTestData.id("Phường 5") + "\"",
                "\"parent\": \"" + OrganizationTestData.id("Phường 99") + "\"");

        rejected(
                doc,
                e -> assertThat(e.violations())
                        .extracting(Violation::rule)
                        .containsExactly(
                                "JSON-VALUE", // An's first fact has an unknown type
                                "JSON-TYPE", // An's admission: readmission is not a boolean
                                "JSON-UNKNOWN-FIELD", // Bình's profile
                                "JSON-LABEL", // Bình's review
                                "BULK-REFERENCE")); // Khu phố 3's parent is in neither the load nor the store
    }

    @Test
    void aTruncatedDocumentReportsWhatCameBeforeAndWhereItStops() {
        String full = document().replaceFirst("\"readmission\": false", "\"readmission\": 0");
        String doc = full.substring(0, full.indexOf("\"evaluations\"") + 30);

        rejected(doc, e -> {
            assertThat(lines(e)).first().isEqualTo("/members/0/facts/1/readmission " + at(doc, "0,\n") + " JSON-TYPE");
            assertThat(e.violations()).last().satisfies(v -> {
                assertThat(v.rule()).isEqualTo(JsonRules.SYNTAX);
                assertThat(v.path()).startsWith("/evaluations/0").contains("(line ");
            });
        });
    }

    @Test
    void moreThanAThousandProblemsKeepTheFirstThousandAndCountThemAll() {
        String original = document(ward().subList(0, 4));
        String member =
                original.substring(original.indexOf("\"members\": [") + 12, original.indexOf("\"residences\"") - 6);
        String one = member.substring(0, member.indexOf("\n    },") + 6)
                .replaceFirst("\"readmission\": false", "\"readmission\": 1");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            many.append(i == 0 ? "" : ",").append(one);
        }
        String doc = original.substring(0, original.indexOf("\"members\": [") + 12)
                + many
                + original.substring(original.indexOf("\"residences\"") - 6);

        rejected(doc, e -> {
            assertThat(e.violations()).hasSize(1_000);
            assertThat(e.total()).isEqualTo(1_500);
            assertThat(e.violations().get(999).path()).startsWith("/members/999/facts/1/readmission (line ");
            assertThat(e.getMessage()).contains("1500 violations in all, the first 1000 listed");
        });
    }

    @Test
    void recordedInstantsActorsAndReasonsAreKeptNotRestamped() {
        Chibo target = Fixtures.chibo();
        Fixtures.importInto(target, document().getBytes(StandardCharsets.UTF_8));

        Recorded stamp = target.members()
                .find(Fixtures.ADMIN, MemberTestData.id("An"))
                .orElseThrow()
                .facts()
                .get(0)
                .recorded();
        assertThat(stamp).isEqualTo(OrganizationTestData.recorded());
        assertThat(stamp.at()).isNotEqualTo(Fixtures.CLOCK.instant());
    }

    @Test
    void theSourceAloneReadsOneRecordAtATimeWithItsOrigin() {
        SnapshotSource source = SnapshotSource.of(
                new ByteArrayInputStream(document().getBytes(StandardCharsets.UTF_8)), Fixtures.VALIDATOR);
        vn.chibo.domain.common.ViolationCollector problems = vn.chibo.domain.common.ViolationCollector.create();

        BulkRecord first = source.next(problems).orElseThrow();

        assertThat(first.origin()).isEqualTo("/organizations/0 " + at(document(), "{\n      \"id\""));
        assertThat(source.header())
                .get()
                .satisfies(h -> assertThat(h.scope().asOf()).isEqualTo(RandomRecords.AS_OF));
    }
}

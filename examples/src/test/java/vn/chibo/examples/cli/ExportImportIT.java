package vn.chibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.examples.cli.ChiboCliIT.Run;

/**
 * {@code export} and {@code import} run in-process through the program's entry point: one tiny
 * generated database in a temporary folder, exported once; the snapshot imported into fresh H2
 * files, mutated, and exported with the statistics profile.
 */
class ExportImportIT {
    private static final String AS_OF = "2025-12-31";

    @TempDir
    static Path dir;

    private static Path snapshot;
    private static Run exported;
    private static Run generated;

    @BeforeAll
    static void generateAndExport() {
        String source = dir.resolve("source/chibo").toString();
        generated = ChiboCliIT.run("generate", "--scale", "0.00001", "--seed", "11", "--h2", source);
        assertThat(generated.status()).as(generated.err()).isZero();
        snapshot = dir.resolve("out/snapshot.json");
        exported = ChiboCliIT.run("export", "--h2", source, "--as-of", AS_OF, "--out", snapshot.toString());
    }

    private static String h2(String name) {
        return dir.resolve(name).resolve("chibo").toString();
    }

    @Test
    void exportWritesTheSnapshotToTheFileWithAProgressBarOnTheErrorStream() throws Exception {
        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(exported.out())
                .startsWith("Đã xuất từ " + Path.of(h2("source")).toAbsolutePath() + ".mv.db vào "
                        + snapshot.toAbsolutePath() + ": ")
                .containsPattern("[\\d.]+ bản ghi \\(\\d+ tổ chức, [\\d.]+ đảng viên, \\d+ cuộc họp, [\\d.]+ kết quả"
                        + " đánh giá\\), [\\d.]+ sự kiện; hồ sơ FULL\n");
        assertThat(exported.err()).contains("Đọc ").contains("Xong ");
        assertThat(Files.readString(snapshot, StandardCharsets.UTF_8))
                .startsWith("{\n  \"format\": \"chibo-snapshot\",\n  \"version\": 1,\n  \"profile\": \"FULL\",")
                .contains("\"asOf\": \"" + AS_OF + "\"");
        try (var written = Files.list(snapshot.getParent())) {
            assertThat(written).contains(snapshot).noneMatch(f -> f.toString().endsWith(".part"));
        }
    }

    private static long counted(String what, String summary) {
        Matcher m = Pattern.compile("([\\d.]+) " + what).matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }

    @Test
    void aScopedExportHoldsOneGrassrootsOrganisationAndNamesItsScope() throws Exception {
        Matcher named = Pattern.compile("chibo report ([0-9a-f-]{36}) ").matcher(generated.out());
        assertThat(named.find()).as(generated.out()).isTrue();
        String ward = named.group(1);
        Path scoped = dir.resolve("out/scoped.json");
        Path whole = dir.resolve("out/whole-2024.json");

        Run one = ChiboCliIT.run(
                "export", "--h2", h2("source"), "--scope", ward, "--as-of", "2024-12-31", "--out", scoped.toString());
        Run all = ChiboCliIT.run("export", "--h2", h2("source"), "--as-of", "2024-12-31", "--out", whole.toString());

        assertThat(one.status()).as(one.err()).isZero();
        assertThat(all.status()).as(all.err()).isZero();
        // at this scale the party has one grassroots organisation: the scope drops the levels above it
        assertThat(counted("đảng viên", one.out())).isPositive().isLessThanOrEqualTo(counted("đảng viên", all.out()));
        assertThat(counted("tổ chức", one.out())).isPositive().isLessThan(counted("tổ chức", all.out()));
        assertThat(Files.readString(scoped, StandardCharsets.UTF_8))
                .contains("\"scope\": {\n    \"root\": \"" + ward + "\",\n    \"asOf\": \"2024-12-31\"");
    }

    @Test
    void aSnapshotImportedIntoAFreshDatabaseExportsToTheSameBytes() throws Exception {
        Run imported = ChiboCliIT.run("import", snapshot.toString(), "--h2", h2("copy"));

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out())
                .startsWith("Đã nhập " + snapshot.toAbsolutePath() + " vào ")
                .containsPattern("[\\d.]+ sự kiện; SHA-256 [0-9a-f]{64}\n");
        assertThat(imported.err()).contains("Kiểm tra ").contains("Xong ");
        Path again = dir.resolve("out/again.json");
        Run export = ChiboCliIT.run("export", "--h2", h2("copy"), "--as-of", AS_OF, "--out", again.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(Files.mismatch(snapshot, again)).isEqualTo(-1L);
    }

    @Test
    void generateWritesAsJsonTheDataItLoadsIntoADatabase() throws Exception {
        Path json = dir.resolve("out/generated.json");

        Run written = ChiboCliIT.run("generate", "--scale", "0.00001", "--seed", "11", "--json", json.toString());

        assertThat(written.status()).as(written.err()).isZero();
        assertThat(written.out())
                .contains("Đã ghi vào " + json.toAbsolutePath() + ": ")
                .containsPattern("[\\d.]+ bản ghi \\(\\d+ tổ chức, [\\d.]+ đảng viên, \\d+ cuộc họp, [\\d.]+ kết quả"
                        + " đánh giá\\), [\\d.]+ sự kiện trong \\d+ giây\n")
                .contains("chibo import " + json.toAbsolutePath());
        assertThat(written.err()).contains("Đọc [").contains("Xong ");
        assertThat(Files.readString(json, StandardCharsets.UTF_8))
                .startsWith("{\n  \"format\": \"chibo-snapshot\",")
                .contains("\"asOf\": \"2025-12-31\"");
        // the same records as the database generated with the same settings: loaded, they export
        // to the bytes the database exports
        Run imported = ChiboCliIT.run("import", json.toString(), "--h2", h2("fromjson"));
        assertThat(imported.status()).as(imported.err()).isZero();
        Path again = dir.resolve("out/fromjson.json");
        Run export = ChiboCliIT.run("export", "--h2", h2("fromjson"), "--as-of", AS_OF, "--out", again.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(Files.mismatch(snapshot, again)).isEqualTo(-1L);
    }

    @Test
    void generateToTheStandardOutputWritesOnlyTheJsonThereAndTheMessagesToStderr() {
        Run written = ChiboCliIT.run("generate", "--scale", "0.00001", "--seed", "11", "--json", "-", "--lang", "en");

        assertThat(written.status()).as(written.err()).isZero();
        assertThat(written.out())
                .startsWith("{\n  \"format\": \"chibo-snapshot\",")
                .endsWith("}\n");
        assertThat(written.err())
                .contains("Generated data (illustrative), seed 11")
                .contains("Wrote to the standard output: ");
    }

    @Test
    void generateToJsonWithADatabaseOptionIsAWrongCommandLine() {
        Run refused =
                ChiboCliIT.run("generate", "--json", dir.resolve("out/x.json").toString(), "--h2", h2("x"));

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("--json writes no database: leave out --h2");
        assertThat(dir.resolve("out/x.json")).doesNotExist();
    }

    @Test
    void aMutatedSnapshotIsRefusedOnOneLineWithStatus1AndNothingIsStored() throws Exception {
        String text = Files.readString(snapshot, StandardCharsets.UTF_8);
        int last = text.lastIndexOf("\"grade\": \"GOOD\"");
        assertThat(last).isPositive();
        Path mutated = dir.resolve("out/mutated.json");
        Files.writeString(
                mutated,
                text.substring(0, last) + "\"grade\": \"GOLD\"" + text.substring(last + "\"grade\": \"GOOD\"".length()),
                StandardCharsets.UTF_8);

        Run refused = ChiboCliIT.run("import", mutated.toString(), "--h2", h2("target"));

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines().filter(l -> !l.startsWith("Đọc ") && !l.startsWith("Kiểm tra ")))
                .singleElement()
                .asString()
                .startsWith("chibo import: refused, nothing stored: 1 violation: /evaluations/")
                .contains("/grade (line ")
                .endsWith("must be one of [EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED] [JSON-VALUE]");
        assertThat(refused.err()).doesNotContain("\tat ");
        Run empty = ChiboCliIT.run("export", "--h2", h2("target"), "--as-of", AS_OF, "--out", "-");
        assertThat(empty.status()).as(empty.err()).isZero();
        assertThat(empty.out())
                .startsWith("{\n  \"format\": \"chibo-snapshot\",")
                .contains("\"organizations\": []", "\"members\": []", "\"evaluations\": []");
        assertThat(empty.err()).contains(" ra đầu ra chuẩn: 0 bản ghi (0 tổ chức, 0 đảng viên");
    }

    @Test
    void aStatisticsExportIsRefusedByImportAndVerboseAddsTheStackTrace() throws Exception {
        Path key = dir.resolve("key");
        Files.write(key, "a key of the host, kept secret".getBytes(StandardCharsets.UTF_8));
        Path statistics = dir.resolve("out/statistics.json");
        Run export = ChiboCliIT.run(
                "export",
                "--h2",
                h2("source"),
                "--as-of",
                AS_OF,
                "--profile",
                "statistics",
                "--key-file",
                key.toString(),
                "--out",
                statistics.toString(),
                "--lang",
                "en");
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).contains("; profile STATISTICS, left out ");
        assertThat(Files.readString(statistics, StandardCharsets.UTF_8)).contains("\"profile\": \"STATISTICS\"");

        Run refused = ChiboCliIT.run("--verbose", "import", statistics.toString(), "--h2", h2("statistics"));

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err())
                .contains("chibo import: refused, nothing stored: 1 violation: /profile (line 4, column 14): a"
                        + " statistics document is masked and pseudonymised: it cannot be imported [JSON-MASKED]\n")
                .contains("BulkLoadRejectedException", "\tat vn.chibo.");
    }

    @Test
    void aStatisticsExportWithoutAKeyIsAWrongCommandLine() {
        assumeTrue(System.getenv(ExportCommand.KEY_VARIABLE) == null, "no key in the environment");
        Run export = ChiboCliIT.run(
                "export",
                "--h2",
                h2("source"),
                "--profile",
                "STATISTICS",
                "--out",
                dir.resolve("x.json").toString());

        assertThat(export.status()).isEqualTo(2);
        assertThat(export.err().lines())
                .containsExactly("chibo export: --profile statistics needs a pseudonymisation key: --key-file FILE or"
                        + " the environment variable CHIBO_PSEUDONYM_KEY (--help)");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }
}

package vn.chibo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the example's entry point in its own JVM, as the README's command does, and reads what it
 * prints: the default invocation once for the whole class (it writes its JSON files and H2 file
 * under {@code target/}, replacing those of the run before). The other command lines run through
 * the same entry point ({@link ChiboCli#run}) in this test's JVM, one after the other beside the
 * default invocation, each writing its files in a folder of its own: a JVM of their own would add
 * only its start-up to the build.
 */
class Phuong5ExampleIT {
    /** What {@code chibo phuong5} printed, without options. */
    private static String defaults;

    /** What {@code chibo phuong5 --as-of 2021-12-31} printed. */
    private static CompletableFuture<String> endOf2021;

    /** What {@code chibo phuong5 --as-of 2025-07-01 --lang en} printed. */
    private static CompletableFuture<String> inEnglish;

    @BeforeAll
    static void runTheDefaultInvocationBesideTheOthers() throws Exception {
        endOf2021 = CompletableFuture.supplyAsync(() -> runHere("end-of-2021", "phuong5", "--as-of", "2021-12-31"));
        inEnglish = endOf2021.thenApply(done -> runHere("english", "phuong5", "--as-of", "2025-07-01", "--lang", "en"));
        defaults = run("phuong5");
    }

    /**
     * Runs {@code args} through {@link ChiboCli#run} in this JVM with its JSON files and H2 file in
     * {@code target/phuong5-it/<folder>}; fails unless it exits with 0.
     */
    private static String runHere(String folder, String... args) {
        Path dir = Path.of("target", "phuong5-it", folder);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--json-dir",
                dir.resolve("json").toString(),
                "--h2",
                dir.resolve("chibo").toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ChiboCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).as("exit status; stderr: %s", err).isZero();
        return out.toString();
    }

    private static String run(String... args) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(
                java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), ChiboCli.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as("exit status; stderr: %s", new String(err.join(), StandardCharsets.UTF_8))
                .isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void printsTheWardTreeOfTheArticleDateAndOfTheRestructuringInVietnamese() throws Exception {
        String out = defaults;

        assertThat(out)
                .contains("Cây tổ chức ngày 23/11/2023")
                .contains("Đảng bộ tỉnh Quảng Trị (Đảng bộ tỉnh, thành phố)\n"
                        + "└─ Đảng bộ thành phố Đông Hà (Đảng bộ huyện, quận, thị xã, thành phố)\n"
                        + "   └─ Đảng bộ Phường 5 (Đảng bộ cơ sở)\n"
                        + "      ├─ Chi bộ Chợ (Chi bộ)\n")
                .contains("Số chi bộ trực thuộc Đảng bộ Phường 5: 25")
                .contains("Nhiệm kỳ 2020–2025, Đại hội lần thứ XIII")
                .contains("Chi bộ Khu phố 3: cấp ủy 5 thành viên\n  Bí thư: Phan Văn Thạnh")
                .contains("  Bí thư: Lê Quang Việt Sơn")
                .contains("Cây tổ chức ngày 01/07/2025")
                .contains("└─ Đảng bộ phường Đông Hà (giả định) (Đảng bộ xã, phường, đặc khu)")
                .contains("   ├─ Chi bộ Khu phố 3 (Chi bộ cơ sở)")
                .contains("Số chi bộ trực thuộc Đảng bộ phường Đông Hà (giả định): 25");
        assertThat(out.indexOf("Chi bộ Khu phố 2 (")).isLessThan(out.indexOf("Chi bộ Khu phố 10 ("));
        assertThat(out.indexOf("Chi bộ Trạm Y tế")).isLessThan(out.indexOf("Chi bộ Trường Mầm non"));
        assertThat(out).doesNotContain("Đảng bộ Phường 5 (Đảng bộ cơ sở)\n      ├─ Chi bộ Khu phố 13", "HV000001");
    }

    @Test
    void printsTheRostersTheResidingMembersAndTheComplianceOf2023AfterTheTrees() throws Exception {
        String out = defaults;

        assertThat(out.indexOf("Đảng số ngày 31/12/2021")).isGreaterThan(out.indexOf("Cây tổ chức ngày 01/07/2025"));
        assertThat(out)
                .contains("""
                        Đảng số ngày 31/12/2021
                          Đảng bộ Phường 5: 1.344 đảng viên (chính thức 1.333, dự bị 11, chờ công nhận chính thức 0)
                          Chi bộ Khu phố 3: 229 đảng viên (chính thức 228, dự bị 1, chờ công nhận chính thức 0)
                          Chi bộ Khu phố 7: 47 đảng viên (chính thức 46, dự bị 1, chờ công nhận chính thức 0)
                        """)
                .contains("miễn công tác và sinh hoạt đảng 26; chuyển sinh hoạt tạm thời 1")
                .contains("Đối chiếu bài báo: 1.344 − 26 − 6 = 1.312 đảng viên thuộc diện đánh giá năm 2021")
                .contains("Kết nạp từ đầu nhiệm kỳ (01/06/2020) đến 31/12/2022: 24 đảng viên")
                .contains("Đánh giá cơ cấu Chi bộ Khu phố 3 theo đảng số thực tế\n"
                        + "  23/11/2023: Chi bộ Khu phố 3: 229 đảng viên")
                .contains("    [ORG-GRASSROOTS-SIZE] thông tin: Chi bộ cơ sở có 230 đảng viên (từ 30 trở lên là đảng bộ"
                        + " cơ sở); cấp trên đã đồng ý bằng văn bản.")
                .contains("Đảng viên đương chức cư trú trên địa bàn ngày 23/11/2023 (QĐ 213-QĐ/TW): 2.386")
                .contains("Sinh hoạt năm 2023 — Chi bộ Khu phố 3: 24 cuộc họp (12 sinh hoạt thường kỳ, trong đó 4 kết"
                        + " hợp chuyên đề; 12 họp chi ủy); 3 phát hiện")
                .contains("  [MTG-UNEXCUSED] Chi bộ Khu phố 3 (Sinh hoạt chi bộ thường kỳ) 25/06/2023: 1 đảng viên vắng"
                        + " không lý do.\n"
                        + "  [MTG-DURATION] Chi bộ Khu phố 3 (Sinh hoạt chi bộ thường kỳ) 25/08/2023: Họp 85 phút, tối"
                        + " thiểu 90 phút.\n"
                        + "  [MTG-ATTENDANCE] Chi bộ Khu phố 3 (Sinh hoạt chi bộ thường kỳ) 25/10/2023: Có mặt 85,0 %"
                        + " (187/220), cần trên 85 %.\n")
                .contains("Sinh hoạt năm 2023 — Chi bộ Khu phố 7: 13 cuộc họp (12 sinh hoạt thường kỳ, trong đó 3 kết"
                        + " hợp chuyên đề; 1 sinh hoạt chuyên đề riêng); 1 phát hiện")
                .containsPattern(
                        "  \\[MTG-CONSECUTIVE-EXCUSED\\] Chi bộ Khu phố 7 15/05/2023 \\[\\p{L}+( \\p{L}+){2,3}\\]:"
                                + " Đảng viên vắng có lý do 4 lần liên tiếp trong năm 2023\\.")
                .contains("minh họa, sinh từ hạt giống cố định 20231123")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void printsTheArticlesReviewSentencesAndBothReadingsOfTheQuota() throws Exception {
        String out = defaults;

        assertThat(out.indexOf("Đánh giá, xếp loại chất lượng")).isGreaterThan(out.indexOf("Sinh hoạt năm 2023"));
        assertThat(out)
                .contains("  Năm 2021 có 22/24 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, không có chi bộ"
                        + " không hoàn thành nhiệm vụ; trong 1.312 đảng viên được đánh giá có 1.040 đảng viên hoàn"
                        + " thành tốt nhiệm vụ, 236 đảng viên hoàn thành xuất sắc nhiệm vụ.\n")
                .contains("  Năm 2022 có 24/25 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, không có chi bộ"
                        + " không hoàn thành nhiệm vụ; trong 1.327 đảng viên được đánh giá có 1.051 đảng viên hoàn"
                        + " thành tốt nhiệm vụ, 242 đảng viên hoàn thành xuất sắc nhiệm vụ.\n")
                .contains("236/1.040 = 22,7 %", "236/1.276 = 18,5 %", "242/1.051 = 23,0 %", "242/1.293 = 18,7 %")
                .contains("Kết luận: vượt tỷ lệ 20 % theo cách đọc số đảng viên xếp loại hoàn thành tốt nhiệm vụ (")
                .contains("Kết luận: trong tỷ lệ 20 % theo cách đọc số đảng viên xếp loại hoàn thành tốt nhiệm vụ trở"
                        + " lên")
                .contains("năm 2021 có 30 đảng viên hoàn thành nhiệm vụ và 6 không hoàn thành nhiệm vụ, năm 2022 có 31"
                        + " và 3");
    }

    @Test
    void writesThe2022SnapshotAndReportAsJsonAndReadsThemBackIntoAFreshChiboThatAgrees() throws Exception {
        Path dir = Path.of("target", "phuong5-json");

        assertThat(defaults)
                .containsPattern("\nJSON: ảnh chụp năm 2022 \\([0-9.]+ bản ghi, [0-9.]+ sự kiện\\) và báo cáo năm"
                        + " 2022 đọc lại vào một chibo mới: khớp\\.\n");
        assertThat(dir.resolve(Phuong5Json.SNAPSHOT)).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve(Phuong5Json.REPORT)))
                .startsWith("{\n  \"format\": \"chibo-report\",\n  \"version\": 1,")
                .contains("\"count\": 242");
    }

    @Test
    void storesTheScenarioInAnH2FileAndTheReportsReadFromTheDatabaseAgreeWithMemory() {
        Path file = Path.of(Phuong5Database.DEFAULT_FILE + ".mv.db").toAbsolutePath();
        String heading = "\nLưu vào cơ sở dữ liệu H2 " + file + ": ";
        String agree = "\nH2: báo cáo đánh giá năm 2021 và 2022 đọc từ cơ sở dữ liệu và báo cáo trong bộ nhớ: khớp.\n";

        assertThat(file).isNotEmptyFile();
        assertThat(defaults).contains(heading, agree);
        String database = defaults.substring(defaults.indexOf(heading), defaults.indexOf(agree) + agree.length());
        assertThat(database)
                .containsPattern(
                        ": [0-9.]+ bản ghi \\(29 tổ chức, 1.352 đảng viên, [0-9.]+ kết quả đánh giá\\), [0-9.]+"
                                + " sự kiện\\. Báo cáo đọc từ cơ sở dữ liệu:\n")
                .contains("\n  Năm 2021 có 22/24 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, không có chi bộ"
                        + " không hoàn thành nhiệm vụ; trong 1.312 đảng viên được đánh giá có 1.040 đảng viên hoàn"
                        + " thành tốt nhiệm vụ, 236 đảng viên hoàn thành xuất sắc nhiệm vụ.\n")
                .contains("\n  Năm 2022 có 24/25 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, không có chi bộ"
                        + " không hoàn thành nhiệm vụ; trong 1.327 đảng viên được đánh giá có 1.051 đảng viên hoàn"
                        + " thành tốt nhiệm vụ, 242 đảng viên hoàn thành xuất sắc nhiệm vụ.\n");
        assertThat(defaults).endsWith(agree);
    }

    @Test
    void countsTwentyFourCellsInTwentyTwentyOne() throws Exception {
        String out = endOf2021.get();

        assertThat(out).contains("Cây tổ chức ngày 31/12/2021").contains("Số chi bộ trực thuộc Đảng bộ Phường 5: 24");
        assertThat(out).contains("  Đảng bộ Phường 5: 1.344 đảng viên").contains("(QĐ 213-QĐ/TW): 2.386");
        assertThat(out).doesNotContain("Chi bộ Khu phố 13");
        assertThat(out)
                .endsWith("\nH2: báo cáo đánh giá năm 2021 và 2022 đọc từ cơ sở dữ liệu và báo cáo trong bộ nhớ:"
                        + " khớp.\n");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        String out = inEnglish.get();

        assertThat(out)
                .contains("Organisation tree on 1 July 2025")
                .contains("Chi bộ Khu phố 3 (grassroots party cell)")
                .contains("Cells under Đảng bộ phường Đông Hà (giả định): 25")
                .contains("""
                        Members on 31 December 2021
                          Đảng bộ Phường 5: 1,344 members (full 1,333, probationary 11, awaiting recognition 0)
                        """)
                .contains("Against the article: 1,344 − 26 − 6 = 1,312 members to be rated for 2021")
                .contains("Serving members residing in the ward on 23 November 2023 (QĐ 213-QĐ/TW): 2,386")
                .contains("Meetings of 2023 — Chi bộ Khu phố 3: 24 meetings (12 regular, 4 of them combined with a"
                        + " thematic meeting; 12 committee); 3 findings")
                .contains("  [MTG-ATTENDANCE] Chi bộ Khu phố 3 (Sinh hoạt chi bộ thường kỳ) 25 October 2023: Attendance"
                        + " 85.0% (187/220); above 85% is required.")
                .contains("A member absent with reason 4 times in a row in 2023.")
                .contains("In 2021, 22/24 cells were rated good or above, none did not complete its tasks; of the"
                        + " 1,312 members rated, 1,040 completed their tasks well and 236 completed them excellently.")
                .contains("236/1,040 = 22.7%", "236/1,276 = 18.5%", "242/1,051 = 23.0%", "242/1,293 = 18.7%")
                .contains("\nStored in the H2 database ")
                .endsWith("\nH2: the 2021 and 2022 review reports read from the database and the ones in memory: they"
                        + " agree.\n")
                .doesNotContain("Đảng số ngày", "Cây tổ chức", "Có mặt");
    }

    @Test
    void refusesAMalformedDateWithAClearMessageAndANonZeroStatus() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ChiboCli.class.getName(),
                        "phuong5",
                        "--as-of",
                        "2025-13-01")
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).contains("--as-of").contains("2025-13-01");
    }
}

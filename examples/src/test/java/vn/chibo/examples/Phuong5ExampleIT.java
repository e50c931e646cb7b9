package vn.chibo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the example's entry point in its own JVM, as the README's command does, and reads what it prints. */
class Phuong5ExampleIT {
    private static String run(String... args) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new java.util.ArrayList<>(List.of(
                java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), ChiboCli.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as("exit status; stderr: %s", new String(err, StandardCharsets.UTF_8))
                .isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void printsTheWardTreeOfTheArticleDateAndOfTheRestructuringInVietnamese() throws Exception {
        String out = run("phuong5");

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
    void countsTwentyFourCellsInTwentyTwentyOne() throws Exception {
        String out = run("phuong5", "--as-of", "2021-12-31");

        assertThat(out).contains("Cây tổ chức ngày 31/12/2021").contains("Số chi bộ trực thuộc Đảng bộ Phường 5: 24");
        assertThat(out).doesNotContain("Chi bộ Khu phố 13");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        String out = run("phuong5", "--as-of", "2025-07-01", "--lang", "en");

        assertThat(out)
                .contains("Organisation tree on 1 July 2025")
                .contains("Chi bộ Khu phố 3 (grassroots party cell)")
                .contains("Cells under Đảng bộ phường Đông Hà (giả định): 25");
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

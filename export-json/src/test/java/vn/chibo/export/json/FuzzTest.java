package vn.chibo.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.Violation;

/**
 * Documents mutated from valid ones (truncated, lines swapped, dropped or doubled, types changed,
 * huge numbers, deep nesting, invalid UTF-8, long strings, bytes flipped) never make the import
 * throw anything but {@link BulkLoadRejectedException}, and a rejected import stores nothing. Each
 * try mutates ten times: {@code chibo.tries} tries (200 in {@code mvn verify}, 5,000 under {@code
 * -Pthorough}) make 2,000 and 50,000 cases.
 */
class FuzzTest {
    private static final int CASES_PER_TRY = 10;
    private static final Pattern SCALAR =
            Pattern.compile("(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null)(,?\\n)");
    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xFF},
        {(byte) 0xC3, (byte) 0x28},
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE1, (byte) 0xBA}
    };

    private static final List<byte[]> VALID = valid();

    private static List<byte[]> valid() {
        List<byte[]> out = new ArrayList<>();
        out.add(StrictImportTest.document().getBytes(StandardCharsets.UTF_8));
        for (long seed = 1; seed <= 3; seed++) {
            out.add(Fixtures.export(Fixtures.holding(RandomRecords.of(seed))));
        }
        return out;
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void aMutatedDocumentIsEitherImportedWholeOrRejectedWithNothingStored(@ForAll long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_TRY; i++) {
            byte[] valid = VALID.get(random.nextInt(VALID.size()));
            byte[] mutated = mutate(valid, random);
            check(mutated);
        }
    }

    private static void check(byte[] document) {
        Chibo target = Fixtures.chibo();
        try {
            ChiboJson.importer(target).importFrom(Fixtures.ADMIN, new ByteArrayInputStream(document));
        } catch (BulkLoadRejectedException e) {
            assertThat(Fixtures.stored(target))
                    .as("records stored after a rejected import")
                    .isZero();
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> {
                assertThat(v.rule()).isNotEqualTo(JsonRules.INTERNAL);
                assertThat(v.path()).startsWith("/");
            });
            assertThat(e.violations())
                    .extracting(Violation::path)
                    .allMatch(p -> p.contains("(line ") || !p.contains(" "), "every path has its line and column");
        }
    }

    static byte[] mutate(byte[] valid, Random random) {
        String text = new String(valid, StandardCharsets.UTF_8);
        switch (random.nextInt(12)) {
            case 0:
                return java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
            case 1:
                return swapLines(text, random).getBytes(StandardCharsets.UTF_8);
            case 2:
                return dropLine(text, random).getBytes(StandardCharsets.UTF_8);
            case 3:
                return replaceScalar(
                                text,
                                random,
                                pick(random, "1", "-1", "1.5", "\"x\"", "true", "null", "[]", "{}", "\"\"", "[1]"))
                        .getBytes(StandardCharsets.UTF_8);
            case 4:
                return replaceScalar(
                                text,
                                random,
                                pick(
                                        random,
                                        "1" + "0".repeat(400),
                                        "1e999999999",
                                        "-1e-999999999",
                                        "9223372036854775808",
                                        "0." + "0".repeat(60) + "1",
                                        "123456789012345678901234567890.5"))
                        .getBytes(StandardCharsets.UTF_8);
            case 5: {
                int depth = 10 + random.nextInt(2_000);
                String deep = "[".repeat(depth) + "]".repeat(random.nextBoolean() ? depth : depth / 2);
                return replaceScalar(text, random, deep).getBytes(StandardCharsets.UTF_8);
            }
            case 6: {
                byte[] bad = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
                int at = random.nextInt(valid.length);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(valid, 0, at);
                out.write(bad, 0, bad.length);
                out.write(valid, at, valid.length - at);
                return out.toByteArray();
            }
            case 7:
                return replaceScalar(text, random, "\"" + "ư".repeat(random.nextInt(8) == 0 ? 1_000_001 : 1_000) + "\"")
                        .getBytes(StandardCharsets.UTF_8);
            case 8: {
                byte[] copy = valid.clone();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 9:
                return duplicateLine(text, random).getBytes(StandardCharsets.UTF_8);
            case 10:
                return replaceScalar(
                                text,
                                random,
                                "\""
                                        + pick(
                                                random,
                                                "3F2A6C1E-0000-4000-8000-000000000005",
                                                "1-2-3-4-5",
                                                "2022-02-30",
                                                "24:00",
                                                "2022-12-31T25:00:00Z",
                                                "PROFILE_WRITTEN",
                                                "\\ud800",
                                                "\\u0000")
                                        + "\"")
                        .getBytes(StandardCharsets.UTF_8);
            default:
                return (text + pick(random, "{}", " ", "\n]", "x", ",")).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private static String[] lines(String text) {
        return text.split("\n", -1);
    }

    private static String swapLines(String text, Random random) {
        String[] lines = lines(text);
        int a = random.nextInt(lines.length);
        int b = Math.min(lines.length - 1, a + 1 + random.nextInt(3));
        String t = lines[a];
        lines[a] = lines[b];
        lines[b] = t;
        return String.join("\n", lines);
    }

    private static String dropLine(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(lines(text)));
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private static String duplicateLine(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(lines(text)));
        int at = random.nextInt(lines.size());
        lines.add(at, lines.get(at));
        return String.join("\n", lines);
    }

    /** Replaces one scalar value (a string, number, boolean or null ending a line) by {@code with}. */
    private static String replaceScalar(String text, Random random, String with) {
        Matcher m = SCALAR.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(1), m.end(1)});
        }
        int[] at = found.get(random.nextInt(found.size()));
        return text.substring(0, at[0]) + with + text.substring(at[1]);
    }
}

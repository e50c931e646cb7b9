package vn.chibo.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks and parses of {@link Texts} accept exactly what the codecs' regular
 * expressions accept and give exactly what {@link LocalDate#parse} and {@link Instant#parse} give
 * (the same value, or a {@link DateTimeException} where they throw one).
 */
class TextsTest {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT =
            Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private static final List<String> SEEDS = List.of(
            "4bbd2727-fcd6-33ac-a06b-69d1a251e220",
            "2010-03-01",
            "2024-02-29",
            "2023-02-29",
            "0000-01-01",
            "9999-12-31",
            "2024-00-10",
            "2024-13-01",
            "2024-04-31",
            "2024-04-00",
            "2026-11-28T03:04:05.123456Z",
            "2026-11-28T03:04:05Z",
            "2026-11-28T03:04:05.1Z",
            "2026-11-28T03:04:05.123456789Z",
            "2026-11-28T03:04:05.1234567890Z",
            "2016-12-31T23:59:60Z",
            "2016-12-30T23:59:60Z",
            "2026-11-28T24:00:00Z",
            "2026-11-28T24:00:01Z",
            "2026-11-28T23:60:00Z",
            "2023-02-29T00:00:00Z",
            "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.999999999Z",
            "0000-01-01T00:00:00Z",
            "-0001-01-01T00:00:00Z",
            "12026-11-28T03:04:05Z",
            "+2026-11-28T03:04:05Z",
            "2026-11-28T03:04:05.Z",
            "2026-11-28t03:04:05Z",
            "2026-11-28T03:04:05+00:00",
            "");

    @Test
    void theBoundaryTextsAreReadAsTheRegularExpressionsAndJavaTimeReadThem() {
        SEEDS.forEach(TextsTest::agrees);
    }

    @Property
    void fiftyMutatedTextsPerTryAreReadAsTheRegularExpressionsAndJavaTimeReadThem(@ForAll long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 50; i++) {
            agrees(mutated(SEEDS.get(random.nextInt(SEEDS.size())), random));
        }
    }

    /** {@code text} with one to three characters inserted, deleted or replaced. */
    private static String mutated(String text, Random random) {
        String alphabet = "0123456789-:.TZaf+9";
        StringBuilder b = new StringBuilder(text);
        for (int k = random.nextInt(3) + 1; k > 0; k--) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, c);
                case 1 -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(at);
                    }
                }
                default -> {
                    if (b.length() > 0) {
                        b.setCharAt(at, c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static void agrees(String text) {
        assertThat(Texts.isUuid(text)).as(text).isEqualTo(UUID.matcher(text).matches());
        assertThat(Texts.isDate(text)).as(text).isEqualTo(DATE.matcher(text).matches());
        assertThat(Texts.isInstant(text))
                .as(text)
                .isEqualTo(INSTANT.matcher(text).matches());
        if (Texts.isDate(text)) {
            assertThat(outcome(Texts::parseDate, text)).as(text).isEqualTo(outcome(LocalDate::parse, text));
        }
        if (Texts.isInstant(text)) {
            assertThat(outcome(Texts::parseInstant, text)).as(text).isEqualTo(outcome(Instant::parse, text));
        }
    }

    private static Object outcome(Function<String, ?> parse, String text) {
        try {
            return parse.apply(text);
        } catch (DateTimeException e) {
            return DateTimeException.class;
        }
    }
}

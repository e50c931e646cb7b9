package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Rows in PostgreSQL's COPY text format: every value comes back as it was. */
class CopyTextTest {
    private static String text(@Nullable Object... values) {
        CopyText copy = new CopyText(4);
        copy.row(values);
        return new String(copy.bytes(), 0, copy.length(), StandardCharsets.UTF_8);
    }

    @Test
    void tabsNewlinesCarriageReturnsAndBackslashesAreEscapedAndNullIsBackslashN() {
        assertThat(text("a\tb", "c\nd", "e\rf", "g\\h", "\\N", null, ""))
                .isEqualTo("a\\tb\tc\\nd\te\\rf\tg\\\\h\t\\\\N\t\\N\t\n");
    }

    @Test
    void textIsWrittenInUtf8WithItsDiacriticsAndCharactersBeyondTheBasicPlane() {
        String vietnamese = "Đảng bộ Phường Chánh Nghĩa, Nguyễn Thị Ánh Tuyết 🇻🇳 𠀀";

        CopyText copy = new CopyText(1);
        copy.row(new Object[] {vietnamese});

        byte[] expected = (vietnamese + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(java.util.Arrays.copyOf(copy.bytes(), copy.length())).isEqualTo(expected);
    }

    @Test
    void aLoneSurrogateIsWrittenAsAQuestionMarkAsJavasOwnEncoderDoes() {
        assertThat(text("a\uD800b")).isEqualTo("a?b\n");
    }

    @Test
    void uuidsAreWrittenInTheirLowerCaseTextForm() {
        Random random = new Random(5);
        List<UUID> ids = new ArrayList<>(
                List.of(new UUID(0, 0), new UUID(-1, -1), UUID.fromString("80000000-0000-0000-8000-00000000000f")));
        for (int i = 0; i < 200; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }

        for (UUID id : ids) {
            assertThat(text(id)).isEqualTo(id + "\n");
        }
    }

    @Test
    void datesAndInstantsAreWrittenInFullToTheMicrosecondInUtc() {
        assertThat(text(
                        LocalDate.of(1, 1, 1),
                        LocalDate.of(9999, 12, 31),
                        OffsetDateTime.of(2024, 2, 29, 23, 5, 9, 1_000, ZoneOffset.UTC),
                        OffsetDateTime.of(2024, 3, 1, 6, 5, 9, 123_456_000, ZoneOffset.ofHours(7))))
                .isEqualTo("0001-01-01\t9999-12-31\t2024-02-29 23:05:09.000001+00\t2024-02-29 23:05:09.123456+00\n");
    }

    @Test
    void aYearOfFiveDigitsHasNoTextFormHere() {
        CopyText copy = new CopyText(16);

        assertThatThrownBy(() -> copy.row(new Object[] {LocalDate.of(10_000, 1, 1)}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> copy.row(new Object[] {LocalDate.of(0, 12, 31)}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersAndBooleansAreWrittenAsTheServerReadsThem() {
        assertThat(text(0, -7, Integer.MAX_VALUE, Long.MIN_VALUE, true, false))
                .isEqualTo("0\t-7\t2147483647\t-9223372036854775808\tt\tf\n");
    }

    @Test
    void aValueOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> text(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomTextComesBackAsItWasWhenTheRowIsReadAsTheServerReadsIt() {
        Random random = new Random(11);
        String alphabet = "ab\t\n\r\\N ĐđảơưỹẬ🇻";
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                int at = random.nextInt(alphabet.length());
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    s.append(alphabet, at, at + 2);
                } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                    s.append(alphabet.charAt(at));
                }
            }
            String value = s.toString();

            assertThat(decode(text(value, null))).containsExactly(value, null);
        }
    }

    /** A row of COPY text read back as PostgreSQL reads it. */
    private static List<@Nullable String> decode(String row) {
        assertThat(row).endsWith("\n");
        List<@Nullable String> out = new ArrayList<>();
        for (String field : row.substring(0, row.length() - 1).split("\t", -1)) {
            if (field.equals("\\N")) {
                out.add(null);
                continue;
            }
            StringBuilder value = new StringBuilder();
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char next = field.charAt(++i);
                value.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            }
            out.add(value.toString());
        }
        return out;
    }
}

package vn.chibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes of UTF-8 text handed on to a writer, as {@code chibo export --out -} does. */
class WriterOutputStreamTest {
    private static final String TEXT = "Đảng bộ Phường 5: \"hoàn thành xuất sắc nhiệm vụ\" — 236/1.040 ✓ 𝄞\n";

    @Test
    void textWrittenByteByByteComesOutWholeEvenWhenACharacterIsCutBetweenWrites() throws IOException {
        StringWriter out = new StringWriter();
        try (WriterOutputStream stream = new WriterOutputStream(out)) {
            for (byte b : TEXT.getBytes(StandardCharsets.UTF_8)) {
                stream.write(b);
            }
        }
        assertThat(out).hasToString(TEXT);
    }

    @Test
    void textLongerThanTheBufferWrittenInOddChunksComesOutWhole() throws IOException {
        String text = TEXT.repeat(500);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        try (WriterOutputStream stream = new WriterOutputStream(out)) {
            for (int i = 0; i < bytes.length; i += 997) {
                stream.write(bytes, i, Math.min(997, bytes.length - i));
            }
            stream.flush();
            assertThat(text).startsWith(out.toString());
        }
        assertThat(out).hasToString(text);
    }

    @Test
    void bytesThatAreNotUtf8FailTheWrite() {
        StringWriter out = new StringWriter();
        WriterOutputStream stream = new WriterOutputStream(out);

        assertThatThrownBy(() -> {
                    stream.write(new byte[] {'a', (byte) 0xC3, 'b'});
                    stream.close();
                })
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void aCharacterLeftIncompleteAtTheEndFailsTheClose() throws IOException {
        StringWriter out = new StringWriter();
        WriterOutputStream stream = new WriterOutputStream(out);
        stream.write(new byte[] {'a', (byte) 0xE1, (byte) 0xBA});

        assertThatThrownBy(stream::close).isInstanceOf(CharacterCodingException.class);
        assertThat(out).hasToString("a");
    }
}

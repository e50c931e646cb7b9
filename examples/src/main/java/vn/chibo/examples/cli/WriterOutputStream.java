package vn.chibo.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * UTF-8 bytes written on as characters to a {@link Writer}: how a command writes a document to its
 * standard output, which picocli hands it as a writer. A character cut between two writes waits for
 * its last bytes; bytes that are not UTF-8 fail the write. Closing it flushes the writer and leaves
 * it open. Not thread-safe.
 */
final class WriterOutputStream extends OutputStream {
    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private boolean closed;

    WriterOutputStream(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(int b) throws IOException {
        if (!bytes.hasRemaining()) {
            decode(false);
        }
        bytes.put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        int from = off;
        int left = len;
        while (left > 0) {
            if (!bytes.hasRemaining()) {
                decode(false);
            }
            int n = Math.min(left, bytes.remaining());
            bytes.put(b, from, n);
            from += n;
            left -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        decode(false);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        decode(true);
        CoderResult end = decoder.flush(chars);
        if (end.isError()) {
            end.throwException();
        }
        drainChars();
        out.flush();
    }

    private void decode(boolean last) throws IOException {
        bytes.flip();
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, last);
            drainChars();
            if (result.isError()) {
                result.throwException();
            }
            if (result.isUnderflow()) {
                break;
            }
        }
        bytes.compact();
    }

    private void drainChars() throws IOException {
        chars.flip();
        out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
        chars.clear();
    }
}

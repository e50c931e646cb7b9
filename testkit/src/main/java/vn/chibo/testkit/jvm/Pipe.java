package vn.chibo.testkit.jvm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/** A writer and a reader joined by a pipe: the writer runs in a thread of its own, the reader here. */
public final class Pipe {
    private Pipe() {}

    /**
     * Runs {@code writer} on one end and {@code reader} on the other, with 64 KiB between them.
     *
     * @return what the reader returned
     * @throws IllegalStateException when the writer failed
     */
    public static <T> T through(Consumer<OutputStream> writer, Function<InputStream, T> reader)
            throws IOException, InterruptedException {
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread thread = new Thread(
                () -> {
                    try (out) {
                        writer.accept(out);
                    } catch (IOException | RuntimeException e) {
                        failed.set(e);
                    }
                },
                "pipe-writer");
        thread.start();
        T result = reader.apply(in);
        thread.join();
        if (failed.get() != null) {
            throw new IllegalStateException("the writer failed", failed.get());
        }
        return result;
    }
}

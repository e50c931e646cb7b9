package vn.chibo.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.chibo.examples.ChiboCli;

/**
 * The H2 files the storage benchmarks read: given by path, or made here at a tiny scale; and the
 * deletion of the temporary folders the benchmarks make.
 */
final class H2Files {
    private H2Files() {}

    /** Deletes the folder {@code dir} and everything in it. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /**
     * The H2 file {@code path} (without {@code .mv.db}) or, when blank, a new one in a temporary
     * folder holding data generated at {@code scale} by the CLI's {@code generate}.
     */
    static Path of(String path, double scale) {
        if (!path.isBlank()) {
            return Path.of(path);
        }
        try {
            Path file = Files.createTempDirectory("chibo-bench").resolve("chibo");
            StringWriter out = new StringWriter();
            int status = ChiboCli.run(
                    new String[] {
                        "generate",
                        "--scale",
                        Double.toString(scale),
                        "--seed",
                        Long.toString(Dataset.SEED),
                        "--h2",
                        file.toString()
                    },
                    new PrintWriter(out, true),
                    new PrintWriter(out, true));
            if (status != 0) {
                throw new IllegalStateException("generate failed: " + out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.chibo.examples.eventfile;

import static com.google.common.base.Preconditions.checkState;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The event file of one contract test, in a fresh temporary directory, and what every such test
 * checks after it passed: with the store's own ports, that closing and reopening the file gives the
 * same {@link Answers} and leaves the file as it was; with ports that reopen the file before every
 * read, that they did. Register it as a field with {@code @RegisterExtension}. Not thread-safe:
 * one per test instance.
 */
final class EventFiles implements AfterEachCallback {
    private final boolean reopenBeforeEveryRead;
    private @Nullable Path dir;
    private @Nullable FileUnderTest file;

    EventFiles(boolean reopenBeforeEveryRead) {
        this.reopenBeforeEveryRead = reopenBeforeEveryRead;
    }

    /** Creates the test's event file. */
    FileUnderTest open() {
        checkState(file == null, "one event file per test");
        Path d;
        try {
            d = Files.createTempDirectory("chibo-events");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dir = d;
        FileUnderTest f = FileUnderTest.create(d, reopenBeforeEveryRead);
        file = f;
        return f;
    }

    /** The test's event file. */
    FileUnderTest current() {
        return Objects.requireNonNull(file, "open() comes first");
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FileUnderTest f = file;
        Path d = dir;
        if (f == null || d == null) {
            return;
        }
        try {
            if (context.getExecutionException().isEmpty()) {
                if (reopenBeforeEveryRead) {
                    assertThat(f.reopens()).as("reads that reopened the file").isPositive();
                } else {
                    long size = Files.size(f.path());
                    Answers before = Answers.of(f.store());
                    Answers after = Answers.of(f.reopen());
                    assertThat(after).as("answers after reopening the file").isEqualTo(before);
                    assertThat(Files.size(f.path()))
                            .as("the file's size after reopening")
                            .isEqualTo(size);
                }
            }
        } finally {
            f.close();
            Files.deleteIfExists(f.path());
            Files.delete(d);
        }
    }
}

package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;

/**
 * The loader and the reader hold nothing per record: more members than a 32 MiB heap could hold
 * as records are loaded and read back by a JVM of their own started with {@code -Xmx32m}, which
 * dies at once of an {@link OutOfMemoryError} if either keeps what it handled.
 */
class BulkLoadHeapIT {
    /**
     * The members loaded: 30,000 by default ({@code -Dchibo.bulk.heap.members=200000
     * -Dchibo.bulk.heap.mb=48} for the figure). The same generated records held in a list
     * fill a 48 MiB heap at about 40,000, so 30,000 of them need at least 36 MiB whatever the
     * JVM's own share: more than the 32 MiB given by default.
     */
    private static final int MEMBERS = Integer.getInteger("chibo.bulk.heap.members", 30_000);

    /** The heap of the probe's JVM, in MiB: 32 by default. */
    private static final int HEAP_MB = Integer.getInteger("chibo.bulk.heap.mb", 32);

    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabases() throws Exception {
        databases.close();
    }

    @Test
    void moreMembersThanTheHeapCouldHoldAreLoadedAndReadBackInASmallHeap()
            throws IOException, InterruptedException, SQLException {
        DataSource data = databases.dataSource(Kind.POSTGRESQL, dir);
        PGSimpleDataSource pg = (PGSimpleDataSource) data;
        Process probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + HEAP_MB + "m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-Duser.timezone=UTC",
                        "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", ""),
                        "-cp",
                        System.getProperty("java.class.path"),
                        BulkHeapProbe.class.getName(),
                        pg.getURL(),
                        String.valueOf(pg.getUser()),
                        Integer.toString(MEMBERS))
                .redirectErrorStream(true)
                .start();
        boolean finished = probe.waitFor(10, TimeUnit.MINUTES);
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            probe.destroyForcibly();
        }
        System.out.println(HEAP_MB + " MiB heap: " + output.strip());

        assertThat(finished).as(output).isTrue();
        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output).contains("stored " + MEMBERS + " members").contains("max heap " + HEAP_MB + " MiB");
        assertThat(StoredRows.rows(
                        data, vn.chibo.persistence.jdbc.internal.Sql.of("SELECT COUNT(*) FROM member_version")))
                .isEqualTo(List.of(MEMBERS + "|"));
    }
}

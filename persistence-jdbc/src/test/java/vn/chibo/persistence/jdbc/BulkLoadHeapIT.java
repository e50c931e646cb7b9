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
 * The loader and the reader hold nothing per record: more members than a 48 MiB heap could hold
 * as records are loaded and read back by a JVM of their own started with {@code -Xmx48m}, which
 * dies at once of an {@link OutOfMemoryError} if either keeps what it handled.
 */
class BulkLoadHeapIT {
    /**
     * The members loaded: 60,000 by default ({@code -Dchibo.bulk.heap.members=200000} for the
     * issue's figure). The same generated records held in a list fill a 48 MiB heap at about
     * 40,000.
     */
    private static final int MEMBERS = Integer.getInteger("chibo.bulk.heap.members", 60_000);

    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabases() throws Exception {
        databases.close();
    }

    @Test
    void moreMembersThanTheHeapCouldHoldAreLoadedAndReadBackInA48MegabyteHeap()
            throws IOException, InterruptedException, SQLException {
        DataSource data = databases.dataSource(Kind.POSTGRESQL, dir);
        PGSimpleDataSource pg = (PGSimpleDataSource) data;
        Process probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx48m",
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
        System.out.println("48 MiB heap: " + output.strip());

        assertThat(finished).as(output).isTrue();
        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output).contains("stored " + MEMBERS + " members").contains("max heap 48 MiB");
        assertThat(StoredRows.rows(
                        data, vn.chibo.persistence.jdbc.internal.Sql.of("SELECT COUNT(*) FROM member_version")))
                .isEqualTo(List.of(MEMBERS + "|"));
    }
}

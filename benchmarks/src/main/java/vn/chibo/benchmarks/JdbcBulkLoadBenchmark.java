package vn.chibo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.examples.generate.NationalGenerator;
import vn.chibo.persistence.jdbc.JdbcChibo;

/**
 * (a, b) A bulk load of the organisations and members of generated national data into a fresh,
 * migrated database, one load per iteration: {@code Chibo.bulkLoader()} of a {@code
 * JdbcChibo}-configured chibo (whatever loader the storage hands out: the {@code PortBulkLoader}
 * over its JDBC ports until the storage configures its own streaming loader; nothing here changes
 * then) against {@link HandJdbcLoad}, the same rows written by hand into the same schema: COPY on
 * PostgreSQL (embedded), JDBC batches on an H2 file. Both write every row of the same tables
 * ({@code BenchmarksTest} compares them). Time per load; the rate is records divided by it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JdbcBulkLoadBenchmark {
    /** The databases loaded. */
    public enum Database {
        /** An H2 file in a new temporary folder. */
        H2_FILE,
        /** A new schema of an embedded PostgreSQL. */
        POSTGRESQL
    }

    /** The share of the country generated. */
    @Param("0.00005")
    public double scale;

    /** The database. */
    @Param({"H2_FILE", "POSTGRESQL"})
    public Database database = Database.H2_FILE;

    private List<BulkRecord> records = List.of();

    private @Nullable Path dir;
    private @Nullable JdbcConnectionPool h2;
    private Postgres.@Nullable Schema schema;

    @SuppressWarnings("NullAway.Init") // set up by JMH before each iteration
    private DataSource data;

    @SuppressWarnings("NullAway.Init") // set up by JMH before each iteration
    private JdbcChibo storage;

    @SuppressWarnings("NullAway.Init") // set up by JMH before each iteration
    private Chibo chibo;

    /** Makes the data. */
    @Setup
    public void setUp() {
        records = Dataset.at(scale).organizationsAndMembers();
    }

    /** A fresh database, migrated, for the one load of the iteration. */
    @Setup(Level.Iteration)
    public void freshDatabase() throws IOException, SQLException {
        Path d = Files.createTempDirectory("chibo-bench-load");
        dir = d;
        if (database == Database.H2_FILE) {
            JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + d.resolve("chibo"), "sa", "");
            h2 = pool;
            data = pool;
        } else {
            Postgres.Schema s = Postgres.freshSchema();
            schema = s;
            data = s.dataSource();
        }
        storage = JdbcChibo.create(data);
        chibo = storage.configure(Chibo.builder()).build();
    }

    /** Drops the database. */
    @TearDown(Level.Iteration)
    public void dropDatabase() throws IOException, SQLException {
        storage.close();
        JdbcConnectionPool pool = h2;
        if (pool != null) {
            pool.dispose();
            h2 = null;
        }
        Postgres.Schema s = schema;
        if (s != null) {
            s.close();
            schema = null;
        }
        Path d = dir;
        if (d != null) {
            H2Files.delete(d);
            dir = null;
        }
    }

    /** How many records a load holds. */
    public int records() {
        return records.size();
    }

    /** The database loaded into (after {@link #freshDatabase}). */
    DataSource data() {
        return data;
    }

    /** The storage's bulk load through the chibo it configures. */
    @Benchmark
    public BulkLoadSummary domain() {
        return chibo.bulkLoader().load(NationalGenerator.loader(), BulkSource.of(records), BulkProgress.none());
    }

    /** The same rows written by hand: COPY on PostgreSQL, batches on H2; the rows written. */
    @Benchmark
    public long baseline() throws IOException, SQLException {
        Path d = Objects.requireNonNull(dir);
        return database == Database.POSTGRESQL
                ? HandJdbcLoad.copy(data, records, d)
                : HandJdbcLoad.batch(data, records);
    }
}

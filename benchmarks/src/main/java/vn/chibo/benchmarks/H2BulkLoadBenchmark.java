package vn.chibo.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
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
 * (c) The bulk load of {@link BulkLoadBenchmark} into a fresh in-memory H2 database (schema
 * migrated before the timed region) through {@code Chibo.bulkLoader()} of {@code JdbcChibo}:
 * whatever loader the storage hands out (today the {@code PortBulkLoader} over its JDBC ports; its
 * own batched loader once it has one), absolute. The hand-written JDBC batch of the same rows, its
 * baseline, is not written yet: it would copy the storage's row mapping.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class H2BulkLoadBenchmark {
    /** The share of the country generated. */
    @Param("0.00005")
    public double scale;

    private List<BulkRecord> records = List.of();
    private int databases;
    private @Nullable Connection keeper;

    @SuppressWarnings("NullAway.Init") // set up by JMH before each invocation
    private Chibo chibo;

    /** Makes the data. */
    @Setup
    public void setUp() {
        records = Dataset.at(scale).records;
    }

    /** A fresh database, migrated, kept open by one connection until the invocation is over. */
    @Setup(Level.Invocation)
    public void freshDatabase() throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:chibo-bench-" + databases++);
        keeper = source.getConnection();
        chibo = JdbcChibo.create(source).configure(Chibo.builder()).build();
    }

    /** Drops the database. */
    @TearDown(Level.Invocation)
    public void dropDatabase() throws SQLException {
        Connection c = keeper;
        if (c != null) {
            c.close();
        }
    }

    /** How many records a load holds. */
    public int records() {
        return records.size();
    }

    /** The storage's bulk load. */
    @Benchmark
    public BulkLoadSummary domain() {
        return chibo.bulkLoader().load(NationalGenerator.loader(), BulkSource.of(records), BulkProgress.none());
    }
}

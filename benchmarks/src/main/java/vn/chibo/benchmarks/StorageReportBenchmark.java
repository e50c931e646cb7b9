package vn.chibo.benchmarks;

import java.sql.SQLException;
import java.time.Year;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.ds.PGSimpleDataSource;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.examples.generate.GeneratorSettings;
import vn.chibo.examples.generate.NationalGenerator;
import vn.chibo.persistence.jdbc.JdbcChibo;
import vn.chibo.persistence.jdbc.JdbcReports;

/**
 * The national report's counts answered by the database (an H2 file, or a PostgreSQL database),
 * absolute: from the counts maintained
 * for the party's whole subtree ({@code JdbcReports} {@code ROLLUP}, what a host's report reads),
 * from the counts maintained per grassroots organisation summed over the subtree ({@code
 * AGGREGATES}), and recomputed in SQL from
 * the review rows with the subtree found by the ancestor paths or by a recursive CTE. The file is
 * the one {@code run.sh} generates ({@code h2}), or a tiny one made here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StorageReportBenchmark {
    /** The H2 file without {@code .mv.db}; blank for a tiny one made in setup. */
    @Param("")
    public String h2 = "";

    /**
     * A PostgreSQL database {@code chibo generate --jdbc-url} filled (its JDBC URL; user {@code
     * postgres}, or {@code PGUSER}); blank for the H2 file of {@link #h2}.
     */
    @Param("")
    public String postgres = "";

    /** The review year. */
    @Param("2024")
    public int year;

    @SuppressWarnings("NullAway.Init") // set up by JMH before any benchmark
    private JdbcChibo storage;

    @SuppressWarnings("NullAway.Init") // set up by JMH before any benchmark
    private vn.chibo.domain.common.OrganizationId party;

    /** The one connection to PostgreSQL, kept as a host's pool would. */
    private @Nullable KeptConnection connection;

    /** Opens the file or the database. */
    @Setup
    public void setUp() throws SQLException {
        if (postgres.isBlank()) {
            storage = JdbcChibo.h2File(H2Files.of(h2, 0.00002));
        } else {
            PGSimpleDataSource data = new PGSimpleDataSource();
            data.setURL(postgres);
            data.setUser(System.getenv().getOrDefault("PGUSER", "postgres"));
            KeptConnection kept = new KeptConnection(data);
            connection = kept;
            storage = JdbcChibo.create(kept);
        }
        party = NationalGenerator.of(GeneratorSettings.of(0.00002, Dataset.SEED))
                .party();
    }

    /** Closes the file or the connection. */
    @TearDown
    public void tearDown() throws SQLException {
        storage.close();
        if (connection != null) {
            connection.close();
        }
    }

    /** From the counts maintained for the party's whole subtree: the default of {@code gradeCounts}. */
    @Benchmark
    public GradeCounts rollup() {
        return counts(JdbcReports.Source.ROLLUP, JdbcReports.TreeWalk.ANCESTOR_PATH);
    }

    /** From the counts maintained per grassroots organisation, the subtree by the ancestor paths. */
    @Benchmark
    public GradeCounts aggregates() {
        return counts(JdbcReports.Source.AGGREGATES, JdbcReports.TreeWalk.ANCESTOR_PATH);
    }

    /** Recomputed from the review rows, the subtree by the ancestor paths. */
    @Benchmark
    public GradeCounts reviewRowsByAncestorPath() {
        return counts(JdbcReports.Source.REVIEW_ROWS, JdbcReports.TreeWalk.ANCESTOR_PATH);
    }

    /** Recomputed from the review rows, the subtree by a recursive CTE. */
    @Benchmark
    public GradeCounts reviewRowsByRecursiveCte() {
        return counts(JdbcReports.Source.REVIEW_ROWS, JdbcReports.TreeWalk.RECURSIVE_CTE);
    }

    private GradeCounts counts(JdbcReports.Source source, JdbcReports.TreeWalk walk) {
        return storage.reports().gradeCounts(NationalGenerator.loader(), party, Year.of(year), source, walk);
    }
}

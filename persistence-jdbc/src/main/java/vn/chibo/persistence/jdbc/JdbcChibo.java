package vn.chibo.persistence.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.port.BulkLoader;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;

/**
 * chibo's storage on a relational database: every port over JDBC, on H2 (the embedded default,
 * nothing to install) or PostgreSQL (production). The one public entry point of this module.
 *
 * <pre>{@code
 * try (JdbcChibo storage = JdbcChibo.h2File(Path.of("data/chibo"))) {
 *     Chibo chibo = storage.configure(Chibo.builder()).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link #create(DataSource)} brings the database's schema up to date with the Flyway
 * migrations shipped in this jar (under {@code db/migration/chibo}, history in the table {@code
 * chibo_schema_history}, so a host's own Flyway history stays apart), then hands out the ports.
 * Every read runs on a connection of its own; every append is one transaction that commits
 * completely or not at all, the counts behind {@link #reports()} included. Each actor is confined
 * to its organisation subtree by the SQL itself.
 * Infrastructure failures come out as {@link StorageException}; a lost race as {@link
 * vn.chibo.domain.common.ConcurrentUpdateException}.
 *
 * <p>Thread-safe: the ports may be used from many threads at once, as far as the data source
 * allows (a pooling data source is recommended on PostgreSQL).
 */
public final class JdbcChibo implements AutoCloseable {
    /** Where the migrations live on the class path. */
    static final String MIGRATIONS = "classpath:db/migration/chibo";

    /** Flyway's history table for chibo's schema. */
    static final String HISTORY_TABLE = "chibo_schema_history";

    /**
     * The kinds of record the bulk loader stores and the bulk reader reads, in the order the reader
     * reads them ({@link BulkReader}); a kind not listed is refused by the loader.
     */
    static final ImmutableList<BulkKind<?>> BULK_KINDS = ImmutableList.of(
            new OrganizationBulk(),
            new MemberBulk(),
            new ResidenceBulk(),
            new MeetingBulk(),
            new ScheduleBulk(),
            new EvaluationBulk());

    private final Database database;
    private final JdbcOrganizations organizations;
    private final JdbcMembers members;
    private final JdbcBulkLoader bulkLoader;
    private final JdbcBulkReader bulkReader;
    private final JdbcMeetings meetings;
    private final JdbcResidenceLiaisons residenceLiaisons;
    private final JdbcEvaluations evaluations;
    private final JdbcReports reports;
    private final @Nullable JdbcConnectionPool ownedPool;

    private JdbcChibo(Database database, @Nullable JdbcConnectionPool ownedPool) {
        this.database = database;
        this.organizations = new JdbcOrganizations(database);
        this.members = new JdbcMembers(database);
        this.bulkLoader = new JdbcBulkLoader(database, BULK_KINDS);
        this.bulkReader = new JdbcBulkReader(database, BULK_KINDS);
        this.meetings = new JdbcMeetings(database);
        this.residenceLiaisons = new JdbcResidenceLiaisons(database);
        this.evaluations = new JdbcEvaluations(database);
        this.reports = new JdbcReports(database);
        this.ownedPool = ownedPool;
    }

    /**
     * Storage on the database behind {@code dataSource}, H2 or PostgreSQL: migrates its schema to
     * the current version, then hands out the ports. The data source stays the caller's: {@link
     * #close()} leaves it open.
     *
     * @throws StorageException if the database cannot be reached, is neither H2 nor PostgreSQL, or
     *     cannot be migrated
     */
    public static JdbcChibo create(DataSource dataSource) {
        return open(dataSource, null);
    }

    /**
     * Storage in an embedded H2 database kept in a file: {@code file} names it without H2's {@code
     * .mv.db} ending ({@code data/chibo} keeps it in {@code data/chibo.mv.db}); it is created if
     * missing. The connections stay open until {@link #close()}, which closes the database.
     *
     * @throws StorageException if the file cannot be opened or migrated
     */
    public static JdbcChibo h2File(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        if (path.endsWith(".mv.db")) {
            path = path.substring(0, path.length() - ".mv.db".length());
        }
        checkArgument(!path.contains(";"), "an H2 file path cannot contain ';'");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + path, "sa", "");
        try {
            return open(pool, pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static JdbcChibo open(DataSource dataSource, @Nullable JdbcConnectionPool ownedPool) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect;
        try (Connection connection = dataSource.getConnection()) {
            dialect = Dialect.of(connection);
        } catch (SQLException e) {
            throw new StorageException(
                    "Cannot connect to the database (SQLState " + e.getSQLState() + ", error " + e.getErrorCode() + ")",
                    e);
        }
        migrate(dataSource, dialect);
        return new JdbcChibo(new Database(dataSource, dialect), ownedPool);
    }

    private static void migrate(DataSource dataSource, Dialect dialect) {
        try {
            Flyway.configure(JdbcChibo.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table(HISTORY_TABLE)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageException("Cannot migrate chibo's schema on " + dialect.product(), e);
        }
    }

    /** Where organisation histories are kept. */
    public Organizations organizations() {
        return organizations;
    }

    /** Where member histories are kept, confined by the organisations of {@link #organizations()}. */
    public Members members() {
        return members;
    }

    /** Where meeting records and schedules are kept, confined by the organisations of {@link #organizations()}. */
    public Meetings meetings() {
        return meetings;
    }

    /**
     * Where the residence histories of serving members are kept, confined by the residential cells
     * in the organisations of {@link #organizations()}.
     */
    public ResidenceLiaisons residenceLiaisons() {
        return residenceLiaisons;
    }

    /**
     * Where the yearly reviews are kept, placed by the organisations and members of this storage.
     * Every append also keeps the counts of {@link #reports()} right.
     */
    public Evaluations evaluations() {
        return evaluations;
    }

    /**
     * Reports the database answers: grade counts for any subtree from the counts maintained per
     * grassroots organisation, admissions per month, and the check that those counts are exact.
     */
    public JdbcReports reports() {
        return reports;
    }

    /**
     * Stores many whole records at once, in one transaction and constant memory: COPY on
     * PostgreSQL, batched inserts on H2, every check made by the database before anything is
     * stored, the maintained counts of {@link #reports()} brought up to date in the same
     * transaction. Stores every kind of record.
     */
    public BulkLoader bulkLoader() {
        return bulkLoader;
    }

    /**
     * Reads whole records out of the database one at a time, streamed, in the documented order of
     * {@link BulkReader}: organisations, members, residence histories, meetings, schedules, reviews.
     */
    public BulkReader bulkReader() {
        return bulkReader;
    }

    /**
     * Plugs this storage into {@code builder}: its organisations, members, meetings, residence
     * liaisons, reviews, and the streaming bulk loader and reader. Calling it again sets the same ports.
     *
     * @return {@code builder}
     */
    public Chibo.Builder configure(Chibo.Builder builder) {
        return builder.organizations(organizations)
                .members(members)
                .meetings(meetings)
                .residenceLiaisons(residenceLiaisons)
                .evaluations(evaluations)
                .bulkLoader(bulkLoader)
                .bulkReader(bulkReader);
    }

    /** The database product: {@code "H2"} or {@code "PostgreSQL"}. */
    public String databaseProduct() {
        return database.dialect().product();
    }

    /**
     * Closes the embedded database of {@link #h2File(Path)}; a data source given to {@link
     * #create(DataSource)} stays open (it is the caller's). The ports must not be used afterwards.
     */
    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.dispose();
        }
    }

    @Override
    public String toString() {
        return "JdbcChibo[" + databaseProduct() + "]";
    }
}

package vn.chibo.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One PostgreSQL per JVM, embedded from Maven artifacts (zonky), started on first use and stopped
 * when the JVM exits; each caller gets a fresh, empty schema of its own, dropped when closed.
 */
final class Postgres {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private static @Nullable EmbeddedPostgres server;

    private Postgres() {}

    private static synchronized EmbeddedPostgres server() {
        EmbeddedPostgres running = server;
        if (running != null) {
            return running;
        }
        try {
            EmbeddedPostgres started = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is going away
                }
            }));
            server = started;
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** A new empty schema and a data source whose connections work in it. */
    static Schema freshSchema() throws SQLException {
        EmbeddedPostgres pg = server();
        String name = "chibo_bench_" + SCHEMAS.incrementAndGet();
        execute(pg.getPostgresDatabase(), "CREATE SCHEMA " + name);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {pg.getPort()});
        ds.setDatabaseName("postgres");
        ds.setUser("postgres");
        ds.setCurrentSchema(name);
        return new Schema(name, ds);
    }

    private static void execute(DataSource data, String sql) throws SQLException {
        try (Connection c = data.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * A schema of its own and a data source working in it; closing drops the schema.
     *
     * @param name the schema's name
     * @param dataSource connections working in it
     */
    record Schema(String name, DataSource dataSource) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            execute(server().getPostgresDatabase(), "DROP SCHEMA " + name + " CASCADE");
        }
    }
}

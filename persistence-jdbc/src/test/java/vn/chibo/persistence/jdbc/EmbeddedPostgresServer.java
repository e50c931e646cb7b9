package vn.chibo.persistence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * One real PostgreSQL per test JVM, started from Maven artifacts on first use and stopped when the
 * JVM exits; each caller gets a fresh schema of its own. Thread-safe.
 */
final class EmbeddedPostgresServer {
    private static final Sql CREATE_HELPERS = Sql.of("CREATE OR REPLACE FUNCTION chibo_test_schema(name text)"
            + " RETURNS text LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('CREATE SCHEMA %I', name); RETURN name; END $$;"
            + " CREATE OR REPLACE FUNCTION chibo_test_drop_schema(name text)"
            + " RETURNS text LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('DROP SCHEMA %I CASCADE', name);"
            + " RETURN name; END $$");
    private static final Sql CREATE_SCHEMA = Sql.of("SELECT chibo_test_schema(?)");
    private static final Sql DROP_SCHEMA = Sql.of("SELECT chibo_test_drop_schema(?)");
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private static @Nullable EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    private static synchronized EmbeddedPostgres server() {
        EmbeddedPostgres running = server;
        if (running != null) {
            return running;
        }
        try {
            EmbeddedPostgres started = EmbeddedPostgres.builder().start();
            try (Connection c = started.getPostgresDatabase().getConnection()) {
                CREATE_HELPERS.execute(c);
            }
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
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the embedded PostgreSQL", e);
        }
    }

    /** A data source whose connections work in a new, empty schema. */
    static Schema freshSchema() {
        EmbeddedPostgres pg = server();
        String name = "chibo_test_" + SCHEMAS.incrementAndGet();
        call(pg, CREATE_SCHEMA, name);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {pg.getPort()});
        ds.setDatabaseName("postgres");
        ds.setUser("postgres");
        ds.setCurrentSchema(name);
        return new Schema(name, ds);
    }

    /** A schema of its own and a data source working in it; closing drops the schema. */
    record Schema(String name, DataSource dataSource) implements AutoCloseable {
        @Override
        public void close() {
            call(server(), DROP_SCHEMA, name);
        }
    }

    private static void call(EmbeddedPostgres pg, Sql sql, String name) {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                PreparedStatement statement = sql.prepareWith(c, name);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create or drop schema " + name, e);
        }
    }
}

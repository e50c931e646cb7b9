package vn.chibo.persistence.jdbc;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fresh, empty databases for one test, all closed (and dropped) by {@link #close()}: H2 in memory,
 * H2 in a file, PostgreSQL in a schema of its own on the JVM's one embedded server.
 */
final class TestDatabases implements AutoCloseable {
    /** The databases chibo runs on. */
    enum Kind {
        H2_MEMORY,
        H2_FILE,
        POSTGRESQL
    }

    private final List<AutoCloseable> open = new ArrayList<>();

    /** Storage of {@code kind} on a fresh database; {@code dir} holds an H2 file. */
    JdbcChibo fresh(Kind kind, Path dir) {
        return opened(kind, dir).storage();
    }

    /**
     * Storage of {@code kind} on a fresh database, and a data source of its own onto the same
     * database, for looking at the rows; {@code dir} holds an H2 file.
     */
    Opened opened(Kind kind, Path dir) {
        JdbcChibo chibo;
        DataSource raw;
        if (kind == Kind.H2_FILE) {
            Path file = dir.resolve("chibo-" + UUID.randomUUID());
            chibo = JdbcChibo.h2File(file);
            raw = h2("jdbc:h2:file:" + file.toAbsolutePath().normalize());
        } else {
            raw = dataSource(kind, dir);
            chibo = JdbcChibo.create(raw);
        }
        open.add(chibo);
        return new Opened(chibo, raw);
    }

    /** Storage on a database, and a data source onto the same database. */
    record Opened(JdbcChibo storage, DataSource raw) {}

    /** A fresh database of {@code kind}, without chibo's schema; {@code dir} holds an H2 file. */
    DataSource dataSource(Kind kind, Path dir) {
        switch (kind) {
            case H2_MEMORY -> {
                return keptOpen("jdbc:h2:mem:chibo-" + UUID.randomUUID());
            }
            case H2_FILE -> {
                return keptOpen("jdbc:h2:file:"
                        + dir.resolve("raw-" + UUID.randomUUID()).toAbsolutePath());
            }
            case POSTGRESQL -> {
                EmbeddedPostgresServer.Schema schema = EmbeddedPostgresServer.freshSchema();
                open.add(schema);
                return schema.dataSource();
            }
        }
        throw new IllegalArgumentException(kind.toString());
    }

    /**
     * An H2 database kept open by one connection until {@link #close()}: an in-memory one lives
     * only that long, a file is not reopened for every connection.
     */
    private DataSource keptOpen(String url) {
        try {
            open.add(DriverManager.getConnection(url, "sa", ""));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return h2(url);
    }

    private static DataSource h2(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return ds;
    }

    /** Closes in reverse order of opening: storage first, then what keeps a database alive. */
    @Override
    public void close() throws Exception {
        Exception failure = null;
        for (int i = open.size() - 1; i >= 0; i--) {
            try {
                open.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}

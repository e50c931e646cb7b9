package vn.chibo.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import vn.chibo.persistence.jdbc.JdbcChibo;

/**
 * Where a command's data lives: a database given by its JDBC URL ({@code --jdbc-url}, with {@code
 * --user} and {@code --password}, or the password from the environment variable {@code
 * CHIBO_DB_PASSWORD}), or else an embedded H2 file ({@code --h2}, by default {@code
 * chibo-data/chibo}, that is {@code chibo-data/chibo.mv.db} under the working directory). A picocli
 * mixin: a command declares {@code @Mixin StorageOptions storage;}.
 */
public final class StorageOptions {
    /** The default H2 file, without H2's {@code .mv.db} ending. */
    public static final String DEFAULT_H2 = "chibo-data/chibo";

    @Option(
            names = "--jdbc-url",
            paramLabel = "URL",
            description = "JDBC URL of the database (H2 or PostgreSQL), e.g. jdbc:postgresql://host/chibo; "
                    + "without it the H2 file of --h2")
    private @Nullable String jdbcUrl;

    @Option(names = "--user", paramLabel = "USER", description = "database user for --jdbc-url")
    private @Nullable String user;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:CHIBO_DB_PASSWORD}",
            description = "database password for --jdbc-url (default: the environment variable CHIBO_DB_PASSWORD)")
    private @Nullable String password;

    @Option(
            names = "--h2",
            paramLabel = "FILE",
            defaultValue = DEFAULT_H2,
            description = "H2 database file without its .mv.db ending (default: ${DEFAULT-VALUE})")
    private Path h2 = Path.of(DEFAULT_H2);

    /**
     * Opens the storage, creating or migrating its schema.
     *
     * @throws vn.chibo.persistence.jdbc.StorageException when the database cannot be reached or migrated
     */
    public JdbcChibo open() {
        String url = jdbcUrl;
        if (url == null) {
            return JdbcChibo.h2File(h2);
        }
        return JdbcChibo.create(new UrlDataSource(url, user, password));
    }

    /** The database, for people: the JDBC URL (no password) or the H2 file. */
    public String describe() {
        String url = jdbcUrl;
        return url != null ? url : h2.toAbsolutePath().normalize() + ".mv.db";
    }

    /** The options that name this storage, for a command line to copy: empty for the default H2 file. */
    public String arguments() {
        String url = jdbcUrl;
        if (url != null) {
            return " --jdbc-url " + url + (user == null ? "" : " --user " + user);
        }
        return h2.equals(Path.of(DEFAULT_H2)) ? "" : " --h2 " + h2;
    }

    /** A data source that opens a new connection through {@link DriverManager} on every call. */
    static final class UrlDataSource implements DataSource {
        private final String url;
        private final @Nullable String user;
        private final @Nullable String password;
        private int loginTimeout;

        UrlDataSource(String url, @Nullable String user, @Nullable String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url, username, pass);
        }

        @Override
        public @Nullable PrintWriter getLogWriter() {
            return DriverManager.getLogWriter();
        }

        @Override
        public void setLogWriter(@Nullable PrintWriter out) {
            DriverManager.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            this.loginTimeout = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeout;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new SQLException("not a wrapper of " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }

        @Override
        public String toString() {
            return "UrlDataSource[" + url + "]";
        }
    }
}

package vn.chibo.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A data source handing out one connection, opened once and kept: what a host's connection pool
 * does for a single-threaded caller, so that a benchmark of a read times the read and not a new
 * PostgreSQL session (a process started per connection). Closing what it hands out does nothing;
 * {@link #close()} closes the connection. Not for concurrent use.
 */
final class KeptConnection implements DataSource, AutoCloseable {
    private final Connection connection;
    private final Connection handedOut;

    KeptConnection(DataSource origin) throws SQLException {
        this.connection = origin.getConnection();
        this.handedOut = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    if (method.getName().equals("isClosed")) {
                        return false;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection() {
        return handedOut;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return handedOut;
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) {
        // nothing to log
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the connection is open already
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

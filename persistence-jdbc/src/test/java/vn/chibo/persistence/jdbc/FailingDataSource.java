package vn.chibo.persistence.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections break on demand: once armed with {@link #failAt(int)}, the
 * {@code n}-th statement prepared (or commit) on any of its connections closes the real connection
 * and throws, as a network failure or a killed server would. Thread-safe.
 */
final class FailingDataSource implements DataSource {
    private final DataSource real;
    private final AtomicInteger countdown = new AtomicInteger(-1);

    FailingDataSource(DataSource real) {
        this.real = real;
    }

    /** The {@code n}-th statement or commit from now on (1 for the next) fails. */
    void failAt(int n) {
        countdown.set(n);
    }

    /** Nothing fails any more. */
    void disarm() {
        countdown.set(-1);
    }

    /** Whether the armed failure has not happened yet. */
    boolean armed() {
        return countdown.get() > 0;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(real.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(real.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                FailingDataSource.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if ((name.equals("prepareStatement") || name.equals("createStatement") || name.equals("commit"))
                            && countdown.get() > 0
                            && countdown.decrementAndGet() == 0) {
                        connection.close();
                        throw new SQLException("connection lost (injected before " + name + ")", "08006");
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return real.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return real.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return real.isWrapperFor(iface);
    }
}

/**
 * chibo's storage on H2 and PostgreSQL over JDBC. {@link vn.chibo.persistence.jdbc.JdbcChibo} is
 * the one entry point: it migrates the schema (Flyway migrations shipped in the jar) and hands out
 * the port implementations, which it plugs into a {@link vn.chibo.domain.Chibo.Builder}. Everything
 * else in this package is package-private; SQL text reaches JDBC only through {@code
 * internal.Sql}.
 *
 * <p>Thread safety: {@code JdbcChibo} and the ports it hands out are safe for concurrent use (each
 * call takes its own connection from the data source); {@link
 * vn.chibo.persistence.jdbc.StorageException} is an ordinary exception.
 */
@NullMarked
package vn.chibo.persistence.jdbc;

import org.jspecify.annotations.NullMarked;

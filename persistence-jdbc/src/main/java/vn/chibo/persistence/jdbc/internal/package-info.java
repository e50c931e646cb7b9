/**
 * Internals of the JDBC adapter: not API, may change in any release without notice.
 *
 * <p>{@link vn.chibo.persistence.jdbc.internal.Sql} is the one place where SQL text reaches JDBC
 * (rule 5 of {@code architecture.md}).
 *
 * <p>Thread safety: {@code Sql} is immutable and safe to share; the JDBC objects it creates are as
 * thread-safe as the driver makes them (usually not: use a connection from one thread).
 */
@NullMarked
package vn.chibo.persistence.jdbc.internal;

import org.jspecify.annotations.NullMarked;

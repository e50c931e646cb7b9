package vn.chibo.persistence.jdbc;

/**
 * What this module holds: chibo's ports on H2 (the embedded default) and PostgreSQL. So far only the
 * internal {@code vn.chibo.persistence.jdbc.internal.Sql}, through which all SQL text reaches JDBC.
 *
 * <p>This class has no members. It exists because javadoc fails on a package that has a {@code
 * package-info.java} but no class; remove it once this package has real API.
 */
public final class AboutPersistenceJdbc {
    private AboutPersistenceJdbc() {}
}

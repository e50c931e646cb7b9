package vn.chibo.persistence.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.port.Organizations;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Storage for the tests of one class: one fresh database of one kind (on PostgreSQL a schema of its
 * own on the JVM's one server), migrated once and emptied before every test, which is much cheaper
 * than migrating a fresh database for every test. The organisation store comes first in a test's
 * set-up; the other stores of the test share its storage, as they do in one {@link JdbcChibo}.
 */
final class ReusedStorage implements AutoCloseable {
    /** Empties every table of versions 1 and 2 of the schema, rows that others name first. */
    private static final List<Sql> EMPTY = List.of(
            Sql.of("DELETE FROM meeting_entry"),
            Sql.of("DELETE FROM meeting_record"),
            Sql.of("DELETE FROM meeting_version"),
            Sql.of("DELETE FROM meeting_schedule"),
            Sql.of("DELETE FROM residence_period"),
            Sql.of("DELETE FROM residence_fact"),
            Sql.of("DELETE FROM residence_version"),
            Sql.of("DELETE FROM admission_sponsor"),
            Sql.of("DELETE FROM member_cell_period"),
            Sql.of("DELETE FROM member_fact"),
            Sql.of("DELETE FROM member_version"),
            Sql.of("DELETE FROM organization_state"),
            Sql.of("DELETE FROM organization_fact"),
            Sql.of("DELETE FROM organization_version"));

    /** How many rows every table of versions 1 and 2 of the schema holds. */
    private static final Sql COUNTS = Sql.of("SELECT 'meeting_entry', COUNT(*) FROM meeting_entry"
            + " UNION ALL SELECT 'meeting_record', COUNT(*) FROM meeting_record"
            + " UNION ALL SELECT 'meeting_version', COUNT(*) FROM meeting_version"
            + " UNION ALL SELECT 'meeting_schedule', COUNT(*) FROM meeting_schedule"
            + " UNION ALL SELECT 'residence_period', COUNT(*) FROM residence_period"
            + " UNION ALL SELECT 'residence_fact', COUNT(*) FROM residence_fact"
            + " UNION ALL SELECT 'residence_version', COUNT(*) FROM residence_version"
            + " UNION ALL SELECT 'admission_sponsor', COUNT(*) FROM admission_sponsor"
            + " UNION ALL SELECT 'member_cell_period', COUNT(*) FROM member_cell_period"
            + " UNION ALL SELECT 'member_fact', COUNT(*) FROM member_fact"
            + " UNION ALL SELECT 'member_version', COUNT(*) FROM member_version"
            + " UNION ALL SELECT 'organization_state', COUNT(*) FROM organization_state"
            + " UNION ALL SELECT 'organization_fact', COUNT(*) FROM organization_fact"
            + " UNION ALL SELECT 'organization_version', COUNT(*) FROM organization_version");

    private final TestDatabases databases = new TestDatabases();
    private TestDatabases.@Nullable Opened opened;
    private @Nullable Kind openedKind;

    /**
     * The organisations of the class's storage of {@code kind}, emptied; {@code dir} holds an H2
     * file.
     */
    Organizations freshOrganizations(Kind kind, Path dir) {
        TestDatabases.Opened current = opened;
        if (current == null) {
            current = databases.opened(kind, dir);
            opened = current;
            openedKind = kind;
        } else if (kind != openedKind) {
            throw new IllegalStateException("the storage is on " + openedKind + ", not " + kind + ": close it first");
        } else {
            empty(current.raw());
        }
        return current.storage().organizations();
    }

    /** The storage, once {@link #freshOrganizations} has opened it. */
    JdbcChibo storage() {
        TestDatabases.Opened current = opened;
        if (current == null) {
            throw new IllegalStateException("freshOrganizations() comes first");
        }
        return current.storage();
    }

    /** How many rows each table holds, by table name. */
    Map<String, Long> rowCounts() {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = raw().getConnection();
                PreparedStatement statement = COUNTS.prepare(c);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                out.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows", e);
        }
        return out;
    }

    /** A data source of its own onto the storage's database, once {@link #freshOrganizations} has opened it. */
    DataSource raw() {
        TestDatabases.Opened current = opened;
        if (current == null) {
            throw new IllegalStateException("freshOrganizations() comes first");
        }
        return current.raw();
    }

    private static void empty(DataSource raw) {
        try (Connection c = raw.getConnection()) {
            for (Sql sql : EMPTY) {
                sql.update(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database", e);
        }
    }

    /** Closes (and drops) the database; the next {@link #freshOrganizations} opens a new one. */
    @Override
    public void close() throws Exception {
        opened = null;
        openedKind = null;
        databases.close();
    }
}

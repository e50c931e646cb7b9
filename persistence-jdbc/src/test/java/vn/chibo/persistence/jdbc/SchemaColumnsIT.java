package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * The columns the row mappings declare ({@link SchemaColumn}) are the columns the migrations
 * create, as the database's {@code INFORMATION_SCHEMA.COLUMNS} lists them: the same columns per
 * table, text exactly where declared and of the declared size, so that {@link InputChecks} refuses
 * exactly the text the database could not hold. Every text column of the schema is declared, but
 * for those of tables derived from declared ones.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(
        value = Kind.class,
        names = {"H2_MEMORY", "POSTGRESQL"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaColumnsIT {
    /** Every column enum of the row mappings. */
    static final List<SchemaColumn[]> DECLARED = List.of(
            OrganizationRows.Column.values(),
            MemberRows.Column.values(),
            MemberRows.SponsorColumn.values(),
            MeetingRows.Column.values(),
            MeetingRows.EntryColumn.values(),
            MeetingRows.ScheduleColumn.values(),
            ResidenceRows.Column.values(),
            EvaluationRows.Column.values(),
            EvaluationRows.FindingColumn.values());

    /**
     * Tables whose text is copied from declared columns of the same size (a state's kind and name
     * come from its organisation's facts; counts copy codes of reviews), so nothing reaches them
     * unchecked.
     */
    private static final Set<String> DERIVED = Set.of(
            "organization_state",
            // a review's identity row: its subject kind and period are codes of the key, the rest
            // is copied from its latest decision (declared in evaluation_fact)
            "evaluation_review",
            // maintained counts: codes and values copied from evaluation_review
            "evaluation_count",
            "evaluation_rollup",
            "admission_count",
            "aggregate_guard",
            "organization_ancestor");

    /** Columns no row mapping writes: identities the database assigns. */
    private static final Set<String> ASSIGNED = Set.of("meeting_schedule.ordinal");

    private static final Sql COLUMNS = Sql.of("SELECT LOWER(table_name), LOWER(column_name), LOWER(data_type),"
            + " character_maximum_length FROM information_schema.columns"
            + " WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) <> 'chibo_schema_history'");

    private final TestDatabases databases = new TestDatabases();

    @Parameter
    @Nullable
    Kind kind;

    @TempDir
    Path dir;

    /** Every column of the schema by {@code table.column}: its type and, for text, its size. */
    private final Map<String, Column> schema = new TreeMap<>();

    private record Column(String type, @Nullable Integer length) {
        boolean isText() {
            return type.equals("character varying");
        }
    }

    @BeforeParameterizedClassInvocation
    void readTheSchema(Kind current) throws SQLException {
        assertThat(current).isEqualTo(kind);
        schema.clear();
        TestDatabases.Opened opened = databases.opened(current, dir);
        try (Connection c = opened.raw().getConnection();
                PreparedStatement statement = COLUMNS.prepare(c);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int length = rows.getInt(4);
                schema.put(
                        rows.getString(1) + "." + rows.getString(2),
                        new Column(rows.getString(3), rows.wasNull() ? null : length));
            }
        }
        assertThat(schema).containsKeys("organization_fact.name", "meeting_entry.agenda_item", "residence_fact.note");
    }

    @AfterParameterizedClassInvocation
    void closeDatabase() throws Exception {
        databases.close();
    }

    @Test
    void everyDeclaredTableHasExactlyTheDeclaredColumns() {
        for (SchemaColumn[] columns : DECLARED) {
            String table = columns[0].table();
            Set<String> declared = new TreeSet<>();
            for (SchemaColumn c : columns) {
                declared.add(table + "." + c.label());
            }
            Set<String> stored = new TreeSet<>();
            schema.keySet().stream()
                    .filter(k -> k.startsWith(table + ".") && !ASSIGNED.contains(k))
                    .forEach(stored::add);
            assertThat(declared).as("the columns of %s", table).isEqualTo(stored);
        }
    }

    @Test
    void everyDeclaredColumnHoldsTextExactlyWhereDeclaredAndOfTheDeclaredSize() {
        List<String> wrong = new ArrayList<>();
        for (SchemaColumn[] columns : DECLARED) {
            for (SchemaColumn c : columns) {
                String key = c.table() + "." + c.label();
                Column stored = Objects.requireNonNull(schema.get(key), key);
                int declared = c.limit().maxLength();
                if (stored.isText() != c.limit().isText()
                        || (stored.isText() && !Integer.valueOf(declared).equals(stored.length()))) {
                    wrong.add(key + " is " + stored + ", declared " + declared);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyTextColumnOfTheSchemaIsDeclaredOrCopiedFromADeclaredOne() {
        Set<String> declared = new TreeSet<>();
        for (SchemaColumn[] columns : DECLARED) {
            for (SchemaColumn c : columns) {
                declared.add(c.table() + "." + c.label());
            }
        }
        List<String> undeclared = schema.entrySet().stream()
                .filter(e -> e.getValue().isText())
                .map(Map.Entry::getKey)
                .filter(k -> !declared.contains(k) && !DERIVED.contains(k.substring(0, k.indexOf('.'))))
                .toList();

        assertThat(undeclared).isEmpty();
    }
}

package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.NotFoundException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Reports answered by the database: the counts of a review year for any organisation's subtree,
 * the admissions of a year, and the check that the maintained aggregates are exact. Obtained from
 * {@link JdbcChibo#reports()}. Thread-safe: every call runs on its own connection.
 *
 * <p>{@link #gradeCounts(Actor, OrganizationId, Year)} reads the counts maintained for the
 * organisation's whole subtree as it stood on 31/12 ({@code evaluation_rollup}: per organisation,
 * review year, regime and grade, kept in the transaction of every change that moves a review or
 * the tree), a few rows whatever the size of the subtree, the whole party's included; for a subtree
 * root strictly inside a grassroots organisation (a cell of a grassroots committee, a partial
 * committee), which no maintained count is as fine as, it counts the review rows of that small
 * subtree instead. Both give exactly what {@link vn.chibo.domain.EvaluationService#report} counts
 * ({@link GradeCounts#of(vn.chibo.domain.evaluation.EvaluationReport)}).
 *
 * <p>{@link #gradeCounts(Actor, OrganizationId, Year, Source, TreeWalk)} chooses the source and the
 * way the subtree is found, for comparisons and benchmarks: the rollup, the counts maintained per
 * grassroots organisation ({@code evaluation_count}) summed over the subtree, or the review rows;
 * the subtree found by the ancestor paths kept in {@code organization_ancestor} (measured faster)
 * or by a recursive walk down the tree.
 */
public final class JdbcReports {
    /** Where the counts come from. */
    public enum Source {
        /**
         * The counts maintained per organisation for its whole subtree ({@code evaluation_rollup}):
         * a few rows whatever the subtree's size; the walk is not needed.
         */
        ROLLUP,
        /** The counts maintained per grassroots organisation, summed over the subtree. */
        AGGREGATES,
        /** The stored reviews, counted from their rows. */
        REVIEW_ROWS
    }

    /** How the subtree on 31/12 is found. */
    public enum TreeWalk {
        /** From the materialised ancestor paths: one index range of {@code organization_ancestor}. */
        ANCESTOR_PATH,
        /** By a recursive common table expression walking down {@code organization_state}. */
        RECURSIVE_CTE
    }

    /**
     * One row on which a maintained table and its recomputation from the stored facts differ.
     *
     * @param table the maintained table: {@code evaluation_count}, {@code evaluation_rollup}, {@code
     *     admission_count}, {@code organization_ancestor} or {@code evaluation_review}
     * @param key the row's key, as {@code column=value} pairs
     * @param stored what the table holds ({@code "absent"} when it has no such row)
     * @param recomputed what it should hold ({@code "absent"} when it should have no such row)
     */
    public record Difference(String table, String key, String stored, String recomputed) {
        public Difference {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(stored, "stored");
            Objects.requireNonNull(recomputed, "recomputed");
        }
    }

    /**
     * What {@link #verifyAggregates()} found.
     *
     * @param differences every row that differs, by table, then key
     * @param rowsCompared how many rows of each table were compared (stored and recomputed together)
     */
    public record AggregateCheck(
            ImmutableList<Difference> differences, ImmutableSortedMap<String, Integer> rowsCompared) {
        public AggregateCheck {
            Objects.requireNonNull(differences, "differences");
            Objects.requireNonNull(rowsCompared, "rowsCompared");
        }

        /** Whether every maintained row equals its recomputation. */
        public boolean exact() {
            return differences.isEmpty();
        }
    }

    private static final String ABSENT = "absent";

    /**
     * {@code tree}: the organisations under the root on the date, each once, from the ancestor paths;
     * parameters: the root, the date twice.
     */
    private static final String TREE_PATH = "WITH tree(organization_id) AS ("
            + "SELECT DISTINCT a.organization_id FROM organization_ancestor a"
            + " WHERE a.ancestor_id = ? AND a.valid_from <= ? AND a.valid_until > ?)";

    /** {@code tree}, walked down the states; parameters: the root, the date four times. */
    private static final String TREE_CTE = "WITH RECURSIVE " + Scopes.SUBTREE_ON
            + ", tree(organization_id) AS (SELECT DISTINCT organization_id FROM sub)";

    /** Parameters: the year. */
    private static final String FROM_COUNTS =
            " SELECT c.subject, c.grade, c.not_rated_reason, CAST(SUM(c.n) AS BIGINT) AS n"
                    + " FROM tree t JOIN evaluation_count c ON c.unit_id = t.organization_id AND c.review_year = ?"
                    + " GROUP BY c.subject, c.grade, c.not_rated_reason";

    /**
     * Members by their home cell on 31/12, members without one by the cell of their last membership,
     * rated cells by their kind on 31/12. Parameters: 31/12 twice, the year; the year, 31/12 twice;
     * 31/12 twice, the year.
     */
    private static final String FROM_REVIEWS = " SELECT '" + Aggregates.MEMBER + "' AS subject,"
            + " COALESCE(d.grade, '" + Aggregates.NOT_RATED + "') AS grade,"
            + " COALESCE(d.not_rated_reason, '" + Aggregates.RATED + "') AS not_rated_reason, COUNT(*) AS n"
            + " FROM tree t"
            + " JOIN member_cell_period p ON p.home_cell_id = t.organization_id"
            + " AND p.valid_from <= ? AND p.valid_until > ?"
            + " JOIN evaluation_review rv ON rv.member_id = p.member_id AND rv.review_year = ? AND rv.review_period = 'YEAR'"
            + " JOIN" + Aggregates.LATEST_DECISION
            + " GROUP BY d.grade, d.not_rated_reason"
            + " UNION ALL"
            + " SELECT '" + Aggregates.MEMBER + "', COALESCE(d.grade, '" + Aggregates.NOT_RATED + "'),"
            + " COALESCE(d.not_rated_reason, '" + Aggregates.RATED + "'), COUNT(*)"
            + " FROM tree t"
            + " JOIN member_fact a ON a.cell_id = t.organization_id AND a.fact_type = 'ADMISSION_DECIDED'"
            + " JOIN evaluation_review rv ON rv.member_id = a.member_id AND rv.review_year = ? AND rv.review_period = 'YEAR'"
            + " JOIN" + Aggregates.LATEST_DECISION
            + " WHERE " + Aggregates.NO_LATER_ADMISSION
            + " AND NOT EXISTS (SELECT 1 FROM member_cell_period q WHERE q.member_id = a.member_id"
            + " AND q.valid_from <= ? AND q.valid_until > ?)"
            + " GROUP BY d.grade, d.not_rated_reason"
            + " UNION ALL"
            + " SELECT '" + Aggregates.CELL + "', d.grade, '" + Aggregates.RATED + "', COUNT(*)"
            + " FROM tree t"
            + " JOIN organization_state s ON s.organization_id = t.organization_id"
            + " AND s.valid_from <= ? AND s.valid_until > ? AND s.kind IN " + Aggregates.CELL_KINDS
            + " JOIN evaluation_review rv ON rv.organization_id = s.organization_id AND rv.review_year = ? AND rv.review_period = 'YEAR'"
            + " JOIN" + Aggregates.LATEST_DECISION
            + " WHERE d.grade IS NOT NULL"
            + " GROUP BY d.grade";

    /** The rolled-up counts of an organisation for a year; parameters: it, the year. */
    private static final Sql ROLLUP = Sql.of("SELECT subject, grade, not_rated_reason, CAST(SUM(n) AS BIGINT) AS n"
            + " FROM evaluation_rollup WHERE ancestor_id = ? AND review_year = ?"
            + " GROUP BY subject, grade, not_rated_reason");

    private static final Sql COUNTS_PATH = Sql.of(TREE_PATH + FROM_COUNTS);
    private static final Sql COUNTS_CTE = Sql.of(TREE_CTE + FROM_COUNTS);
    private static final Sql REVIEWS_PATH = Sql.of(TREE_PATH + FROM_REVIEWS);
    private static final Sql REVIEWS_CTE = Sql.of(TREE_CTE + FROM_REVIEWS);

    private static final Sql ADMISSIONS = Sql.of(TREE_PATH
            + " SELECT c.admission_month, CAST(SUM(c.n) AS BIGINT) AS n FROM tree t JOIN admission_count c"
            + " ON c.cell_id = t.organization_id AND c.admission_month BETWEEN ? AND ?"
            + " GROUP BY c.admission_month");

    private static final Sql KIND_ON = Sql.of("SELECT kind FROM organization_state"
            + " WHERE organization_id = ? AND valid_from <= ? AND valid_until > ?");

    /** How many strict ancestors of an organisation on a date are grassroots; parameters: it, the date 4 times. */
    private static final Sql GRASSROOTS_ABOVE = Sql.of("WITH RECURSIVE up(organization_id, parent_id, kind, depth) AS ("
            + " SELECT s.organization_id, s.parent_id, s.kind, 0 FROM organization_state s"
            + " WHERE s.organization_id = ? AND s.valid_from <= ? AND s.valid_until > ?"
            + " UNION ALL"
            + " SELECT s.organization_id, s.parent_id, s.kind, up.depth + 1 FROM organization_state s"
            + " JOIN up ON s.organization_id = up.parent_id"
            + " WHERE s.valid_from <= ? AND s.valid_until > ? AND up.depth < " + Scopes.MAX_DEPTH + ")"
            + " SELECT COUNT(*) FROM up WHERE depth > 0 AND kind IN " + Aggregates.GRASSROOTS_KINDS);

    private static final Sql STORED_COUNTS = Sql.of(
            "SELECT unit_id, review_year, subject, regime_id, grade," + " not_rated_reason, n FROM evaluation_count");

    private static final Sql STORED_ADMISSIONS =
            Sql.of("SELECT cell_id, admission_month, readmission, n FROM admission_count");

    private static final String ANCESTOR_COLUMNS = "organization_id, ancestor_id, valid_from, valid_until, depth";

    private static final Sql STORED_ANCESTORS = Sql.of("SELECT " + ANCESTOR_COLUMNS + " FROM organization_ancestor");

    private static final Sql RECOMPUTED_ANCESTORS = Sql.of("WITH RECURSIVE " + Aggregates.ANCESTORS
            + Aggregates.ANCESTORS_STEP + " SELECT " + ANCESTOR_COLUMNS + " FROM up");

    private static final Sql DELETE_ANCESTORS = Sql.of("DELETE FROM organization_ancestor");

    private static final Sql INSERT_ANCESTORS = Sql.of("INSERT INTO organization_ancestor (" + ANCESTOR_COLUMNS + ")"
            + " WITH RECURSIVE " + Aggregates.ANCESTORS + Aggregates.ANCESTORS_STEP
            + " SELECT " + ANCESTOR_COLUMNS + " FROM up");

    private static final Sql DELETE_COUNTS = Sql.of("DELETE FROM evaluation_count");

    private static final Sql DELETE_ROLLUP = Sql.of("DELETE FROM evaluation_rollup");

    private static final Sql STORED_ROLLUP = Sql.of("SELECT ancestor_id, review_year, subject, regime_id, grade,"
            + " not_rated_reason, n FROM evaluation_rollup");

    private static final Sql CLEAR_TALLIES = Sql.of("UPDATE evaluation_review SET owner_id = NULL, unit_id = NULL,"
            + " counted_as = NULL, regime_id = NULL, grade = NULL, not_rated_reason = NULL");

    private static final Sql ALL_REVIEWS = Sql.of("SELECT review_id FROM evaluation_review");

    private static final Sql DELETE_ADMISSIONS = Sql.of("DELETE FROM admission_count");

    private static final Sql INSERT_ADMISSIONS =
            Sql.of("INSERT INTO admission_count (cell_id, admission_month, readmission, n) "
                    + Aggregates.ADMISSIONS_RECOMPUTED);

    private static final Sql RECOMPUTED_ADMISSIONS = Sql.of(Aggregates.ADMISSIONS_RECOMPUTED);

    private final Database database;

    JdbcReports(Database database) {
        this.database = database;
    }

    /**
     * The counts of {@code year} for {@code organization}'s subtree as it stood on 31/12, from the
     * maintained aggregates (see the class description).
     *
     * @throws NotFoundException when the organisation did not exist on 31/12
     * @throws OutOfScopeException when it did not lie in the actor's subtree on 31/12
     */
    public GradeCounts gradeCounts(Actor actor, OrganizationId organization, Year year) {
        return gradeCounts(actor, organization, year, Source.ROLLUP, TreeWalk.ANCESTOR_PATH);
    }

    /**
     * The counts of {@code year} for {@code organization}'s subtree as it stood on 31/12, from
     * {@code source}, the subtree found by {@code walk}. Every choice gives the same counts.
     *
     * @throws NotFoundException when the organisation did not exist on 31/12
     * @throws OutOfScopeException when it did not lie in the actor's subtree on 31/12
     */
    public GradeCounts gradeCounts(Actor actor, OrganizationId organization, Year year, Source source, TreeWalk walk) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(walk, "walk");
        LocalDate end = EvaluationRows.yearEnd(year);
        UUID root = organization.value();
        int y = year.getValue();
        return database.read("Counting the reviews of " + organization + " for " + year, connection -> {
            String kind = checkReach(connection, actor, organization, end);
            boolean fromCounts = source != Source.REVIEW_ROWS && !insideGrassroots(connection, root, kind, end);
            Sql sql;
            Object[] params;
            if (fromCounts && source == Source.ROLLUP) {
                sql = ROLLUP;
                params = new Object[] {root, y};
            } else if (fromCounts) {
                sql = walk == TreeWalk.ANCESTOR_PATH ? COUNTS_PATH : COUNTS_CTE;
                params = concat(sub(walk, root, end), y);
            } else {
                sql = walk == TreeWalk.ANCESTOR_PATH ? REVIEWS_PATH : REVIEWS_CTE;
                params = concat(sub(walk, root, end), end, end, y, y, end, end, end, end, y);
            }
            return counts(connection, organization, year, sql, params);
        });
    }

    /**
     * The admission decisions of each month of {@code year} in the cells under {@code organization}
     * as the tree stood on 31/12, from the maintained counts; months without one are left out.
     *
     * @throws NotFoundException when the organisation did not exist on 31/12
     * @throws OutOfScopeException when it did not lie in the actor's subtree on 31/12
     */
    public ImmutableSortedMap<YearMonth, Integer> admissions(Actor actor, OrganizationId organization, Year year) {
        LocalDate end = EvaluationRows.yearEnd(year);
        return database.read("Counting the admissions of " + organization + " in " + year, connection -> {
            checkReach(connection, actor, organization, end);
            ImmutableSortedMap.Builder<YearMonth, Integer> out = ImmutableSortedMap.naturalOrder();
            try (PreparedStatement statement = ADMISSIONS.prepareWith(
                            connection,
                            organization.value(),
                            end,
                            end,
                            Aggregates.month(year.atDay(1)),
                            Aggregates.month(end));
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int month = Rows.integer(rows, "admission_month");
                    out.put(YearMonth.of(month / 100, month % 100), Math.toIntExact(Rows.bigint(rows, "n")));
                }
            }
            return out.buildOrThrow();
        });
    }

    /**
     * Recomputes every maintained table from the stored facts (the reviews, the members' cells, the
     * organisation states) and lists every row that differs from what is stored: the counts per
     * grassroots organisation, their rollup to every ancestor, the rows placing each review, the
     * admission counts and the ancestor paths. Reviews are placed and counts rolled up on the
     * stored ancestor paths, so a wrong path shows both as a difference of {@code
     * organization_ancestor} and in the rows and counts that rest on it; a wrong count shows in
     * {@code evaluation_count} alone (the rollup is recomputed from the reviews, not from the stored
     * counts). All is read in one snapshot; nothing is changed.
     */
    public AggregateCheck verifyAggregates() {
        return database.snapshot("Verifying the maintained aggregates", connection -> {
            List<Difference> out = new ArrayList<>();
            Map<String, Integer> compared = new TreeMap<>();
            Map<Aggregates.CountKey, Long> storedCounts = stored(connection, STORED_COUNTS, "unit_id");
            Map<Aggregates.CountKey, Long> counted = new TreeMap<>();
            int reviews = 0;
            try (PreparedStatement statement = Aggregates.TALLIES_ALL.prepare(connection);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Aggregates.Row row = Aggregates.Row.read(rows);
                    reviews++;
                    row.now().key(row.year()).ifPresent(k -> counted.merge(k, 1L, Long::sum));
                    if (!row.now().equals(row.before())) {
                        out.add(new Difference(
                                "evaluation_review",
                                "review_id=" + row.review(),
                                row.before().toString(),
                                row.now().toString()));
                    }
                }
            }
            compared.put("evaluation_review", reviews);
            compare(
                    "evaluation_count",
                    texts(storedCounts, Aggregates.CountKey::toString),
                    texts(counted, Aggregates.CountKey::toString),
                    out,
                    compared);
            compare(
                    "evaluation_rollup",
                    texts(stored(connection, STORED_ROLLUP, "ancestor_id"), Aggregates.CountKey::asRollup),
                    texts(Aggregates.rolledUp(connection, counted), Aggregates.CountKey::asRollup),
                    out,
                    compared);
            compare(
                    "admission_count",
                    admissions(connection, STORED_ADMISSIONS),
                    admissions(connection, RECOMPUTED_ADMISSIONS),
                    out,
                    compared);
            compare(
                    "organization_ancestor",
                    ancestors(connection, STORED_ANCESTORS),
                    ancestors(connection, RECOMPUTED_ANCESTORS),
                    out,
                    compared);
            return new AggregateCheck(ImmutableList.copyOf(out), ImmutableSortedMap.copyOf(compared));
        });
    }

    /**
     * Rebuilds every maintained table from the stored facts, in one transaction that holds off every
     * other change meanwhile: the repair when {@link #verifyAggregates()} found a difference.
     */
    public void rebuildAggregates() {
        database.inTransaction("Rebuilding the maintained aggregates", connection -> {
            Aggregates.lockExclusive(connection, database.dialect());
            DELETE_ANCESTORS.update(connection);
            INSERT_ANCESTORS.update(connection);
            DELETE_ADMISSIONS.update(connection);
            INSERT_ADMISSIONS.update(connection);
            DELETE_COUNTS.update(connection);
            DELETE_ROLLUP.update(connection);
            CLEAR_TALLIES.update(connection);
            List<UUID> all = new ArrayList<>();
            try (PreparedStatement statement = ALL_REVIEWS.prepare(connection);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    all.add(Rows.uuid(rows, "review_id"));
                }
            }
            Aggregates.refresh(connection, all);
        });
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The kind of {@code organization} on {@code end}.
     *
     * @throws NotFoundException when it did not exist then
     * @throws OutOfScopeException when it did not lie in the actor's subtree then
     */
    private static String checkReach(Connection connection, Actor actor, OrganizationId organization, LocalDate end)
            throws SQLException {
        String kind;
        try (PreparedStatement statement = KIND_ON.prepareWith(connection, organization.value(), end, end);
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new NotFoundException("organisation " + organization + " on " + end);
            }
            kind = Rows.string(rows, "kind");
        }
        if (actor.scope() instanceof Scope.Subtree s
                && !Scopes.underOn(connection, organization.value(), s.root().value(), end)) {
            throw new OutOfScopeException(actor, "organisation " + organization + " on " + end);
        }
        return kind;
    }

    /**
     * Whether {@code root} lies strictly inside a grassroots organisation on {@code day}: not
     * grassroots itself, with a grassroots organisation above it. No maintained count is that fine.
     */
    private static boolean insideGrassroots(Connection connection, UUID root, String kind, LocalDate day)
            throws SQLException {
        if (OrganizationKind.valueOf(kind).isGrassroots()) {
            return false;
        }
        try (PreparedStatement above = GRASSROOTS_ABOVE.prepareWith(connection, root, day, day, day, day);
                ResultSet rows = above.executeQuery()) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

    private static Object[] sub(TreeWalk walk, UUID root, LocalDate day) {
        return walk == TreeWalk.ANCESTOR_PATH ? new Object[] {root, day, day} : new Object[] {root, day, day, day, day};
    }

    private static Object[] concat(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private static GradeCounts counts(
            Connection connection, OrganizationId organization, Year year, Sql sql, Object... params)
            throws SQLException {
        Map<Grade, Integer> members = new EnumMap<>(Grade.class);
        Map<String, Integer> notRated = new TreeMap<>();
        Map<Grade, Integer> cells = new EnumMap<>(Grade.class);
        try (PreparedStatement statement = sql.prepareWith(connection, params);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int n = Math.toIntExact(Rows.bigint(rows, "n"));
                String grade = Rows.string(rows, "grade");
                if (Aggregates.CELL.equals(Rows.string(rows, "subject"))) {
                    cells.merge(Grade.valueOf(grade), n, Integer::sum);
                } else if (Aggregates.NOT_RATED.equals(grade)) {
                    notRated.merge(Rows.string(rows, "not_rated_reason"), n, Integer::sum);
                } else {
                    members.merge(Grade.valueOf(grade), n, Integer::sum);
                }
            }
        }
        return GradeCounts.of(organization, year, members, notRated, cells);
    }

    /** The rows of {@code sql}, keyed as {@code evaluation_count} but for the first column, {@code first}. */
    private static Map<Aggregates.CountKey, Long> stored(Connection connection, Sql sql, String first)
            throws SQLException {
        Map<Aggregates.CountKey, Long> out = new TreeMap<>();
        try (PreparedStatement statement = sql.prepare(connection);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                out.put(Aggregates.CountKey.read(rows, first), Rows.bigint(rows, "n"));
            }
        }
        return out;
    }

    /** {@code counts} as texts, the keys written by {@code key}. */
    private static Map<String, String> texts(
            Map<Aggregates.CountKey, Long> counts, Function<Aggregates.CountKey, String> key) {
        Map<String, String> out = new TreeMap<>();
        counts.forEach((k, n) -> out.put(key.apply(k), Long.toString(n)));
        return out;
    }

    private static Map<String, String> admissions(Connection connection, Sql sql) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement statement = sql.prepare(connection);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Aggregates.AdmissionKey k = new Aggregates.AdmissionKey(
                        Rows.uuid(rows, "cell_id"),
                        Rows.integer(rows, "admission_month"),
                        Rows.bool(rows, "readmission"));
                out.put(k.toString(), Long.toString(Rows.bigint(rows, "n")));
            }
        }
        return out;
    }

    private static Map<String, String> ancestors(Connection connection, Sql sql) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement statement = sql.prepare(connection);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String key = "organization_id=" + Rows.uuid(rows, "organization_id") + ", ancestor_id="
                        + Rows.uuid(rows, "ancestor_id") + ", valid_from=" + Rows.date(rows, "valid_from")
                        + ", depth=" + Rows.integer(rows, "depth");
                out.put(key, "valid_until=" + Rows.date(rows, "valid_until"));
            }
        }
        return out;
    }

    /** Adds a difference for every key whose value differs between {@code stored} and {@code recomputed}. */
    private static void compare(
            String table,
            Map<String, String> stored,
            Map<String, String> recomputed,
            List<Difference> out,
            Map<String, Integer> compared) {
        Set<String> keys = new HashSet<>(stored.keySet());
        keys.addAll(recomputed.keySet());
        for (String key : new TreeSet<>(keys)) {
            String s = stored.getOrDefault(key, ABSENT);
            String r = recomputed.getOrDefault(key, ABSENT);
            if (!s.equals(r)) {
                out.add(new Difference(table, key, s, r));
            }
        }
        compared.put(table, keys.size());
    }
}

package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * The maintained aggregates and what they rest on, kept right in the transaction of every change
 * that affects them. Stateless.
 *
 * <p><b>Where a review counts.</b> Each review has a row in {@code evaluation_review} holding where
 * it belongs and what it counts as, as {@link #TALLIES_OF} computes them from the stored facts: the
 * owner (the organisation reviewed; for a member, the home cell on 31/12 of the review year, or
 * else the cell of the last membership, as {@link vn.chibo.domain.port.Evaluations} says), the
 * unit (the nearest grassroots organisation at or above the owner on 31/12, or the owner itself
 * when there is none above it), and, from the latest decision, the regime and grade (a member
 * decided, rated or not; a cell or grassroots cell rated). {@code evaluation_count} holds, per
 * unit, review year, subject, regime and grade, how many rows count so.
 *
 * <p><b>Refreshing.</b> Whatever may move a review (its own entries, the member's facts, a change of
 * the tree) recomputes the rows of the reviews concerned with the same query, and applies the
 * difference to the counts: one less where a review counted before, one more where it counts now.
 * Counts are applied in key order (no two refreshes wait for each other in opposite orders); a
 * count reaching zero is deleted; a new count is inserted under a savepoint, so that a writer that
 * loses the race for it adds to the winner's row instead.
 *
 * <p><b>Bulk loads.</b> A bulk load places its reviews set-based ({@link JdbcBulkLoader#afterLoad}):
 * one statement sets the rows of all its reviews as {@link #PLACED} computes them, which is {@link
 * Row#read}'s rule written as {@code CASE} expressions over the same subqueries ({@link #OWNER},
 * {@link #TALLY_SELECT}, {@link #LATEST_DECISION}), and the counts are raised by the load's rows
 * grouped by key ({@link #COUNT_KEY_OF_V}). The two forms of the rule are kept side by side here;
 * {@link JdbcReports#verifyAggregates()} checks the one against the other.
 *
 * <p><b>Rollups.</b> {@code evaluation_rollup} holds the counts summed up the tree: per
 * organisation, review year, subject, regime and grade, the counts of every unit at or below it on
 * 31/12 of the year, so that a report of any subtree reads a few rows however large the subtree
 * (the whole party included). Every difference applied to a count is applied to the rollup of each
 * ancestor of its unit on 31/12 ({@link #rolledUp}), after the counts, in key order; a change of
 * the tree takes the contributions of the organisations whose paths it rewrites off their old
 * ancestors and adds them to the new ones before it refreshes the reviews. The price: every
 * decision also writes the rows of its grassroots organisation's ancestors, up to the party's, and a
 * writer holds them until it commits, so writers of the same year, subject, regime and grade
 * anywhere in the country follow one another through those few rows (short transactions; the
 * national reads they buy cost a few rows instead of one per grassroots organisation).
 *
 * <p><b>Reorganisations.</b> Counts are keyed by the unit as the tree stood on 31/12 of the year,
 * so a structural change of the tree (founding, renaming, change of kind, moving, dissolving)
 * recomputes, in its transaction, the ancestor paths of the organisations it touched and of
 * everything that was ever below them, and the rows of every review owned there for each year
 * ending on or after the earliest date changed; the counts follow from those rows.
 *
 * <p><b>Concurrency.</b> A tree change takes the guard of {@link Dialect#guard} exclusively before
 * anything else, and review and member appends take it shared, so no review is placed in a tree
 * that another transaction is changing; an append of reviews also locks the version row of each
 * member reviewed, so a member's move and a review of them are placed one after the other.
 *
 * <p><b>Admissions.</b> {@code admission_count} holds the admission decisions per cell named in the
 * decision, month ({@code yyyymm}) and readmission. Keyed by the cell rather than by where the cell
 * stands, it needs no change when the tree changes; the tree is applied when it is summed.
 */
final class Aggregates {
    private Aggregates() {}

    /** {@code counted_as} of a member's review that is decided. */
    static final String MEMBER = "MEMBER";

    /** {@code counted_as} of a rated cell's review. */
    static final String CELL = "CELL";

    /** {@code grade} of a count of members decided but not rated. */
    static final String NOT_RATED = "NONE";

    /** {@code not_rated_reason} of a count of rated reviews. */
    static final String RATED = "";

    /** The kinds whose organisations are grassroots, in SQL. */
    static final String GRASSROOTS_KINDS = "('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')";

    /** The kinds whose organisations are cells, in SQL. */
    static final String CELL_KINDS = "('CELL', 'GRASSROOTS_CELL')";

    /**
     * That no admission decision of the member of {@code a} (a row of {@code member_fact}) comes
     * after {@code a} in the order a member's history folds its facts: effective date, then
     * recording instant, then the order appended.
     */
    static final String NO_LATER_ADMISSION = "NOT EXISTS (SELECT 1 FROM member_fact b WHERE b.member_id = a.member_id"
            + " AND b.fact_type = 'ADMISSION_DECIDED' AND (b.effective_on > a.effective_on"
            + " OR (b.effective_on = a.effective_on AND (b.recorded_at > a.recorded_at"
            + " OR (b.recorded_at = a.recorded_at AND (b.recorded_nano > a.recorded_nano"
            + " OR (b.recorded_nano = a.recorded_nano AND b.seq > a.seq)))))))";

    /**
     * The cell of the last membership of the member {@code v.member_id}: the cell of the admission
     * decision that comes last ({@link #NO_LATER_ADMISSION}).
     */
    static final String LAST_ADMISSION_CELL = "(SELECT a.cell_id FROM member_fact a"
            + " WHERE a.member_id = v.member_id AND a.fact_type = 'ADMISSION_DECIDED' AND " + NO_LATER_ADMISSION + ")";

    /** The organisation the review {@code v} (a row of {@code evaluation_review}) belongs to. */
    static final String OWNER = "CASE WHEN v.subject_kind = 'ORGANIZATION' THEN v.organization_id ELSE COALESCE("
            + "(SELECT p.home_cell_id FROM member_cell_period p WHERE p.member_id = v.member_id"
            + " AND p.valid_from <= v.year_end AND p.valid_until > v.year_end), "
            + LAST_ADMISSION_CELL + ") END";

    /** {@code d}, the latest decision of the review {@code rv}: to join, or left join. */
    static final String LATEST_DECISION = " evaluation_fact d ON d.review_id = rv.review_id"
            + " AND d.entry_type = 'DECIDED' AND NOT EXISTS (SELECT 1 FROM evaluation_fact e"
            + " WHERE e.review_id = d.review_id AND e.entry_type = 'DECIDED' AND e.seq > d.seq)";

    /**
     * The select list of the reviews {@code v} (rows of {@code evaluation_review}, named by the
     * {@code FROM} that follows) with their owner computed, and their derived columns as stored: to
     * be the derived table {@code rv} of {@link #TALLY_SELECT}.
     */
    private static final String REVIEWS_SELECT = "SELECT v.review_id, v.subject_kind, v.review_year, v.review_period,"
            + " v.year_end, " + OWNER + " AS owner_id,"
            + " v.owner_id AS old_owner, v.unit_id AS old_unit, v.counted_as AS old_counted,"
            + " v.regime_id AS old_regime, v.grade AS old_grade, v.not_rated_reason AS old_reason";

    /** Every review {@code v}, as {@link #REVIEWS_SELECT} reads it (the closing parenthesis follows). */
    private static final String RV = "(" + REVIEWS_SELECT + " FROM evaluation_review v";

    /**
     * The kind of the owner on 31/12 (none when it did not exist then), the nearest grassroots
     * organisation at or above it on 31/12 by the ancestor paths, and the latest decision: the
     * facts a placement rests on, read from the reviews {@code rv} ({@link #REVIEWS_SELECT}) left
     * joined to their latest decision {@code d} ({@link #LATEST_DECISION}), which follow.
     */
    private static final String TALLY_SELECT =
            " SELECT rv.review_id, rv.subject_kind, rv.review_year, rv.review_period,"
                    + " rv.owner_id, rv.old_owner, rv.old_unit, rv.old_counted, rv.old_regime, rv.old_grade, rv.old_reason,"
                    + " (SELECT s.kind FROM organization_state s WHERE s.organization_id = rv.owner_id"
                    + " AND s.valid_from <= rv.year_end AND s.valid_until > rv.year_end) AS owner_kind,"
                    + " (SELECT a.ancestor_id FROM organization_ancestor a JOIN organization_state g"
                    + " ON g.organization_id = a.ancestor_id AND g.valid_from <= rv.year_end AND g.valid_until > rv.year_end"
                    + " WHERE a.organization_id = rv.owner_id AND a.valid_from <= rv.year_end AND a.valid_until > rv.year_end"
                    + " AND g.kind IN " + GRASSROOTS_KINDS
                    + " ORDER BY a.depth FETCH FIRST 1 ROW ONLY) AS grassroots_id,"
                    + " d.regime_id, d.grade, d.not_rated_reason";

    /**
     * Where the reviews of an array of ids count now, and where they counted as last stored: the
     * owner as {@link #OWNER} says, the unit as the nearest grassroots organisation on the ancestor
     * path of 31/12 ({@code organization_ancestor}, itself checked by {@link
     * JdbcReports#verifyAggregates()}), the latest decision.
     */
    static final Sql TALLIES_OF =
            Sql.of(TALLY_SELECT + " FROM " + RV + " WHERE v.review_id = ANY(?)) rv" + " LEFT JOIN" + LATEST_DECISION);

    /** {@link #TALLIES_OF} for every review. */
    static final Sql TALLIES_ALL = Sql.of(TALLY_SELECT + " FROM " + RV + ") rv LEFT JOIN" + LATEST_DECISION);

    /**
     * Whether the review of a row {@code t} of {@link #TALLY_SELECT} counts, in SQL as {@link
     * Row#read} decides it in Java: its owner existed on 31/12, it is the yearly review, it has a
     * latest decision under a regime, and it is a member's, or a cell's (grassroots cells included)
     * that was rated.
     */
    private static final String COUNTS = "(t.owner_kind IS NOT NULL AND t.review_period = 'YEAR'"
            + " AND t.regime_id IS NOT NULL AND (t.subject_kind = '" + EvaluationRows.MEMBER + "'"
            + " OR (t.owner_kind IN " + CELL_KINDS + " AND t.grade IS NOT NULL)))";

    /**
     * The start of where reviews count now, set-based: the derived columns of {@code
     * evaluation_review} ({@code owner_id, unit_id, counted_as, regime_id, grade, not_rated_reason})
     * per {@code review_id}, computed in SQL exactly as {@link Row#read} computes {@link Row#now()}
     * in Java from the same row of {@link #TALLY_SELECT}: the owner as {@link #OWNER} says; the unit,
     * when the owner existed on 31/12, the nearest grassroots organisation at or above it, else the
     * owner itself; and, only when the review counts ({@code COUNTS}), what it counts as ({@link
     * #MEMBER} for a member's review, {@link #CELL} for a cell's) and the regime, grade and reason
     * of its latest decision, all null otherwise. The caller appends the reviews placed ({@code
     * FROM} and {@code WHERE} over some rows {@code v} of {@code evaluation_review}), then {@link
     * #PLACED_END}. {@link JdbcReports#verifyAggregates()} recomputes every row with {@link
     * Row#read}, so the two are checked against each other after every bulk load in the tests.
     */
    static final String PLACED = "SELECT t.review_id, t.owner_id,"
            + " CASE WHEN t.owner_kind IS NOT NULL THEN COALESCE(t.grassroots_id, t.owner_id) END AS unit_id,"
            + " CASE WHEN " + COUNTS + " THEN CASE WHEN t.subject_kind = '" + EvaluationRows.MEMBER
            + "' THEN '" + MEMBER + "' ELSE '" + CELL + "' END END AS counted_as,"
            + " CASE WHEN " + COUNTS + " THEN t.regime_id END AS regime_id,"
            + " CASE WHEN " + COUNTS + " THEN t.grade END AS grade,"
            + " CASE WHEN " + COUNTS + " THEN t.not_rated_reason END AS not_rated_reason"
            + " FROM (" + TALLY_SELECT + " FROM (" + REVIEWS_SELECT;

    /**
     * Ends a derived table that PostgreSQL must compute as a whole rather than merge into the query
     * around it: merged, every use of a computed column (the owner, its kind) repeats the
     * subqueries that compute it, a dozen index probes per review instead of one each (a load's
     * placement then ran for minutes). An offset of none keeps it whole; H2 computes derived tables
     * whole anyway.
     */
    private static final String WHOLE = " OFFSET 0 ROWS";

    /** The end of {@link #PLACED}, after the reviews placed. */
    static final String PLACED_END = WHOLE + ") rv LEFT JOIN" + LATEST_DECISION + WHOLE + ") t";

    /** {@link #COUNT_KEY_OF_V} without the unit: the rest of a key of {@code evaluation_rollup}. */
    static final String COUNT_KEY_BUT_UNIT_OF_V = "v.review_year, v.counted_as, v.regime_id, COALESCE(v.grade, '"
            + NOT_RATED + "'), COALESCE(v.not_rated_reason, '" + RATED + "')";

    /**
     * The key of {@code evaluation_count} of a placed review {@code v} that counts, as {@link
     * Tally#key} makes it: {@link #NOT_RATED} for no grade, {@link #RATED} for no reason.
     */
    static final String COUNT_KEY_OF_V = "v.unit_id, " + COUNT_KEY_BUT_UNIT_OF_V;

    private static final Sql UPDATE_TALLY = Sql.of("UPDATE evaluation_review SET owner_id = ?, unit_id = ?,"
            + " counted_as = ?, regime_id = ?, grade = ?, not_rated_reason = ? WHERE review_id = ?");

    private static final Sql REVIEWS_OF_MEMBERS =
            Sql.of("SELECT review_id FROM evaluation_review WHERE member_id = ANY(?)");

    private static final Sql REVIEWS_OWNED_SINCE =
            Sql.of("SELECT review_id FROM evaluation_review WHERE owner_id = ANY(?) AND year_end >= ?");

    private static final Sql UPDATE_COUNT = Sql.of("UPDATE evaluation_count SET n = n + ? WHERE unit_id = ?"
            + " AND review_year = ? AND subject = ? AND regime_id = ? AND grade = ? AND not_rated_reason = ?");

    private static final Sql INSERT_COUNT = Sql.of("INSERT INTO evaluation_count"
            + " (n, unit_id, review_year, subject, regime_id, grade, not_rated_reason) VALUES (?, ?, ?, ?, ?, ?, ?)");

    private static final Sql DELETE_ZERO_COUNT = Sql.of("DELETE FROM evaluation_count WHERE n = 0 AND unit_id = ?"
            + " AND review_year = ? AND subject = ? AND regime_id = ? AND grade = ? AND not_rated_reason = ?");

    /** {@link #UPDATE_COUNT} for the rollup of an ancestor ({@code evaluation_rollup}), keyed alike. */
    private static final Sql UPDATE_ROLLUP = UPDATE_COUNT.replacingStart(
            "UPDATE evaluation_count SET n = n + ? WHERE unit_id = ?",
            "UPDATE evaluation_rollup SET n = n + ? WHERE ancestor_id = ?");

    /** {@link #INSERT_COUNT} for the rollup of an ancestor. */
    private static final Sql INSERT_ROLLUP = INSERT_COUNT.replacingStart(
            "INSERT INTO evaluation_count (n, unit_id,", "INSERT INTO evaluation_rollup (n, ancestor_id,");

    /** {@link #DELETE_ZERO_COUNT} for the rollup of an ancestor. */
    private static final Sql DELETE_ZERO_ROLLUP = DELETE_ZERO_COUNT.replacingStart(
            "DELETE FROM evaluation_count WHERE n = 0 AND unit_id = ?",
            "DELETE FROM evaluation_rollup WHERE n = 0 AND ancestor_id = ?");

    /** The ancestors of an organisation on a day, itself included; parameters: it, the day twice. */
    private static final Sql ANCESTORS_ON = Sql.of("SELECT ancestor_id FROM organization_ancestor"
            + " WHERE organization_id = ? AND valid_from <= ? AND valid_until > ?");

    /** 31/12 of the review year of a row {@code c} of {@code evaluation_count}, in SQL. */
    private static final String YEAR_END_OF_C = "CAST(CONCAT(CAST(c.review_year AS VARCHAR(4)), '-12-31') AS DATE)";

    /**
     * The counts of an array of units for the review years from a given one on, each once for every
     * ancestor of its unit on 31/12 of its year (the unit included): what the units add to {@code
     * evaluation_rollup}.
     */
    private static final Sql COUNTS_UP_OF_UNITS = Sql.of("SELECT a.ancestor_id, c.review_year, c.subject,"
            + " c.regime_id, c.grade, c.not_rated_reason, c.n FROM evaluation_count c"
            + " JOIN organization_ancestor a ON a.organization_id = c.unit_id"
            + " AND a.valid_from <= " + YEAR_END_OF_C + " AND a.valid_until > " + YEAR_END_OF_C
            + " WHERE c.unit_id = ANY(?) AND c.review_year >= ?");

    private static final Sql UPDATE_ADMISSIONS = Sql.of(
            "UPDATE admission_count SET n = n + ?" + " WHERE cell_id = ? AND admission_month = ? AND readmission = ?");

    private static final Sql INSERT_ADMISSIONS =
            Sql.of("INSERT INTO admission_count (n, cell_id, admission_month, readmission) VALUES (?, ?, ?, ?)");

    private static final Sql DELETE_ZERO_ADMISSIONS = Sql.of(
            "DELETE FROM admission_count WHERE n = 0 AND cell_id = ? AND admission_month = ? AND readmission = ?");

    /**
     * {@code up}: the ancestors over time of the organisations whose states the anchor selects (the
     * organisation itself at depth 0), each over the days on which the whole path up to it holds.
     */
    static final String ANCESTORS = "up(organization_id, ancestor_id, parent_id, valid_from, valid_until, depth) AS ("
            + " SELECT s.organization_id, s.organization_id, s.parent_id, s.valid_from, s.valid_until, 0"
            + " FROM organization_state s";

    static final String ANCESTORS_STEP = " UNION ALL"
            + " SELECT up.organization_id, p.organization_id, p.parent_id, GREATEST(p.valid_from, up.valid_from),"
            + " LEAST(p.valid_until, up.valid_until), up.depth + 1"
            + " FROM organization_state p JOIN up ON p.organization_id = up.parent_id"
            + " WHERE p.valid_from < up.valid_until AND up.valid_from < p.valid_until AND up.depth < "
            + Scopes.MAX_DEPTH + ")";

    private static final Sql DELETE_ANCESTORS =
            Sql.of("DELETE FROM organization_ancestor WHERE organization_id = ANY(?)");

    private static final Sql INSERT_ANCESTORS = Sql.of("INSERT INTO organization_ancestor"
            + " (organization_id, ancestor_id, valid_from, valid_until, depth)"
            + " WITH RECURSIVE " + ANCESTORS + " WHERE s.organization_id = ANY(?)" + ANCESTORS_STEP
            + " SELECT organization_id, ancestor_id, valid_from, valid_until, depth FROM up");

    /** The organisations of an array and every organisation that was ever below one of them. */
    private static final Sql EVER_BELOW = Sql.of("WITH RECURSIVE down(organization_id, depth) AS ("
            + " SELECT v.organization_id, 0 FROM organization_version v WHERE v.organization_id = ANY(?)"
            + " UNION"
            + " SELECT s.organization_id, down.depth + 1 FROM organization_state s"
            + " JOIN down ON s.parent_id = down.organization_id WHERE down.depth < " + Scopes.MAX_DEPTH + ")"
            + " SELECT DISTINCT organization_id FROM down");

    /** The admission counts recomputed from {@code member_fact}, as {@code admission_count} keeps them. */
    static final String ADMISSIONS_RECOMPUTED = "SELECT cell_id,"
            + " CAST(EXTRACT(YEAR FROM effective_on) * 100 + EXTRACT(MONTH FROM effective_on) AS INTEGER)"
            + " AS admission_month, readmission, COUNT(*) AS n"
            + " FROM member_fact WHERE fact_type = 'ADMISSION_DECIDED'"
            + " GROUP BY cell_id,"
            + " CAST(EXTRACT(YEAR FROM effective_on) * 100 + EXTRACT(MONTH FROM effective_on) AS INTEGER),"
            + " readmission";

    // ---------------------------------------------------------------- hooks

    /** Takes the guard shared: before an append of reviews or member facts touches anything. */
    static void lockShared(Connection connection, Dialect dialect) throws SQLException {
        dialect.guard(connection, false);
    }

    /**
     * The earliest day from which {@code facts} change the tree (a structural fact), if any do: the
     * append then takes the guard exclusively first and calls {@link #afterTreeChange} last.
     */
    static Optional<LocalDate> treeChangedFrom(Collection<? extends OrganizationFact> facts) {
        return facts.stream()
                .filter(OrganizationFact.Structural.class::isInstance)
                .map(OrganizationFact::effective)
                .min(Comparator.naturalOrder());
    }

    /** Takes the guard exclusively: before a change of the tree touches anything. */
    static void lockExclusive(Connection connection, Dialect dialect) throws SQLException {
        dialect.guard(connection, true);
    }

    /**
     * After the states of {@code changed} were rewritten: rewrites the ancestor paths of them and of
     * everything ever below them, and refreshes the reviews owned there for every year ending on or
     * after {@code from}.
     */
    static void afterTreeChange(Connection connection, Collection<OrganizationId> changed, LocalDate from)
            throws SQLException {
        List<UUID> touched = changed.stream().map(OrganizationId::value).toList();
        List<UUID> below = ids(connection, EVER_BELOW, touched);
        Map<CountKey, Long> rollup = new TreeMap<>();
        Array array = uuids(connection, below);
        try {
            countsUp(connection, array, from.getYear(), -1, rollup);
            DELETE_ANCESTORS.update(connection, array);
            INSERT_ANCESTORS.update(connection, array);
            countsUp(connection, array, from.getYear(), 1, rollup);
        } finally {
            array.free();
        }
        applyRollup(connection, rollup);
        refresh(connection, ids(connection, REVIEWS_OWNED_SINCE, below, from));
    }

    /**
     * After member facts were appended and the members' cell periods rewritten: counts the
     * admissions decided and, unless no fact can move a review (a dues entry, a badge, a condition),
     * refreshes every review of the members.
     */
    static void afterMemberAppend(Connection connection, Collection<MemberId> members, List<MemberFact> facts)
            throws SQLException {
        Map<AdmissionKey, Long> admissions = new TreeMap<>();
        for (MemberFact f : facts) {
            if (f instanceof MemberFact.AdmissionDecided a) {
                admissions.merge(
                        new AdmissionKey(a.cell().value(), month(a.effective()), a.readmission()), 1L, Long::sum);
            }
        }
        for (Map.Entry<AdmissionKey, Long> e : admissions.entrySet()) {
            AdmissionKey k = e.getKey();
            add(
                    connection,
                    e.getValue(),
                    UPDATE_ADMISSIONS,
                    INSERT_ADMISSIONS,
                    DELETE_ZERO_ADMISSIONS,
                    k.cell(),
                    k.month(),
                    k.readmission());
        }
        if (facts.stream().allMatch(Aggregates::neverMovesAReview)) {
            return;
        }
        List<UUID> ids = members.stream().map(MemberId::value).toList();
        refresh(connection, ids(connection, REVIEWS_OF_MEMBERS, ids));
    }

    /**
     * Whether {@code fact} leaves every home cell and membership as it was (the monthly dues, a
     * badge, a condition), so that no review of the member can move: any other fact, and any kind
     * of fact added later, refreshes the member's reviews.
     */
    private static boolean neverMovesAReview(MemberFact fact) {
        return fact instanceof MemberFact.DuesRecorded
                || fact instanceof MemberFact.BadgeAwarded
                || fact instanceof MemberFact.ProfileRecorded
                || fact instanceof MemberFact.GroupAssigned
                || fact instanceof MemberFact.ConditionBegan
                || fact instanceof MemberFact.ConditionEnded
                || fact instanceof MemberFact.Recognized;
    }

    /** The month of {@code day} as {@code admission_month} keeps it: {@code yyyymm}. */
    static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    // ---------------------------------------------------------------- refreshing

    /**
     * Recomputes where the reviews {@code reviews} count, rewrites the rows that changed and applies
     * the difference to {@code evaluation_count}.
     */
    static void refresh(Connection connection, Collection<UUID> reviews) throws SQLException {
        if (reviews.isEmpty()) {
            return;
        }
        Map<CountKey, Long> deltas = new TreeMap<>();
        Array array = uuids(connection, reviews);
        try (PreparedStatement select = TALLIES_OF.prepareWith(connection, array);
                ResultSet rows = select.executeQuery();
                PreparedStatement update = UPDATE_TALLY.prepare(connection)) {
            int batched = 0;
            while (rows.next()) {
                Row row = Row.read(rows);
                if (row.now().equals(row.before())) {
                    continue;
                }
                row.before().key(row.year()).ifPresent(k -> deltas.merge(k, -1L, Long::sum));
                row.now().key(row.year()).ifPresent(k -> deltas.merge(k, 1L, Long::sum));
                row.now().bind(update, row.review());
                update.addBatch();
                batched++;
            }
            if (batched > 0) {
                update.executeBatch();
            }
        } finally {
            array.free();
        }
        apply(connection, deltas);
    }

    /**
     * Adds {@code deltas} to {@code evaluation_count}, then what they make of the rollup to {@code
     * evaluation_rollup} ({@link #rolledUp}): counts first, then rollups, each in key order, so
     * that no two refreshes wait for each other in opposite orders.
     */
    private static void apply(Connection connection, Map<CountKey, Long> deltas) throws SQLException {
        add(connection, deltas, UPDATE_COUNT, INSERT_COUNT, DELETE_ZERO_COUNT);
        applyRollup(connection, rolledUp(connection, deltas));
    }

    /**
     * What differences of counts make of the rollup: each difference added to every ancestor of its
     * unit on 31/12 of its year (the unit included), by the stored ancestor paths. A key of the
     * result names the ancestor where a count's key names the unit.
     */
    static Map<CountKey, Long> rolledUp(Connection connection, Map<CountKey, Long> counts) throws SQLException {
        Map<CountKey, Long> out = new TreeMap<>();
        Map<UnitYear, List<UUID>> ancestors = new HashMap<>();
        try (PreparedStatement statement = ANCESTORS_ON.prepare(connection)) {
            for (Map.Entry<CountKey, Long> e : counts.entrySet()) {
                CountKey k = e.getKey();
                if (e.getValue() == 0) {
                    continue;
                }
                UnitYear unitYear = new UnitYear(k.unit(), k.year());
                List<UUID> up = ancestors.get(unitYear);
                if (up == null) {
                    up = ancestorsOn(statement, k.unit(), EvaluationRows.yearEnd(Year.of(k.year())));
                    ancestors.put(unitYear, up);
                }
                for (UUID a : up) {
                    out.merge(k.at(a), e.getValue(), Long::sum);
                }
            }
        }
        return out;
    }

    /** A unit and a review year: whose ancestors on 31/12 {@link #rolledUp} looks up once. */
    private record UnitYear(UUID unit, int year) {}

    private static List<UUID> ancestorsOn(PreparedStatement statement, UUID organization, LocalDate day)
            throws SQLException {
        statement.setObject(1, organization);
        statement.setObject(2, day);
        statement.setObject(3, day);
        List<UUID> out = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                out.add(Rows.uuid(rows, "ancestor_id"));
            }
        }
        return out;
    }

    /**
     * Adds to {@code rollup}, times {@code sign}, the counts of the units of {@code units} for the
     * review years from {@code fromYear} on, once for each of their ancestors on 31/12 of the year
     * by the ancestor paths stored now ({@link #COUNTS_UP_OF_UNITS}).
     */
    private static void countsUp(Connection connection, Array units, int fromYear, int sign, Map<CountKey, Long> rollup)
            throws SQLException {
        try (PreparedStatement statement = COUNTS_UP_OF_UNITS.prepareWith(connection, units, fromYear);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rollup.merge(CountKey.read(rows, "ancestor_id"), sign * Rows.bigint(rows, "n"), Long::sum);
            }
        }
    }

    /** Adds {@code deltas} (keyed by ancestor) to {@code evaluation_rollup}, in key order. */
    private static void applyRollup(Connection connection, Map<CountKey, Long> deltas) throws SQLException {
        add(connection, deltas, UPDATE_ROLLUP, INSERT_ROLLUP, DELETE_ZERO_ROLLUP);
    }

    /** Adds each of {@code deltas} to its row by the statements given ({@link #add(Connection, long, Sql, Sql, Sql, Object...)}), in key order. */
    private static void add(Connection connection, Map<CountKey, Long> deltas, Sql update, Sql insert, Sql deleteZero)
            throws SQLException {
        for (Map.Entry<CountKey, Long> e : deltas.entrySet()) {
            CountKey k = e.getKey();
            add(
                    connection,
                    e.getValue(),
                    update,
                    insert,
                    deleteZero,
                    k.unit(),
                    k.year(),
                    k.subject(),
                    k.regime(),
                    k.grade(),
                    k.reason());
        }
    }

    /**
     * Adds {@code delta} to the count keyed by {@code key} (the key columns in the order of the
     * statements), creating it if missing and deleting it if it reaches zero.
     *
     * @throws StorageException when a count to lower is missing: the aggregates no longer agree with
     *     the reviews (see {@link JdbcReports#verifyAggregates()})
     */
    private static void add(Connection connection, long delta, Sql update, Sql insert, Sql deleteZero, Object... key)
            throws SQLException {
        if (delta == 0) {
            return;
        }
        if (update.update(connection, params(delta, key)) == 1) {
            if (delta < 0) {
                deleteZero.update(connection, key);
            }
            return;
        }
        if (delta < 0) {
            throw new StorageException("A maintained count to lower is missing; the aggregates no longer agree with"
                    + " what they count: run JdbcReports.verifyAggregates() and rebuildAggregates()");
        }
        Savepoint before = connection.setSavepoint();
        try {
            insert.update(connection, params(delta, key));
            connection.releaseSavepoint(before);
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            // Another transaction created the row meanwhile and has committed: add to it.
            connection.rollback(before);
            if (update.update(connection, params(delta, key)) != 1) {
                throw e;
            }
        }
    }

    private static Object[] params(long delta, Object... key) {
        Object[] p = new Object[key.length + 1];
        p[0] = delta;
        System.arraycopy(key, 0, p, 1, key.length);
        return p;
    }

    /** The UUIDs of the first column of {@code sql}, run with an array of {@code ids} and {@code more}. */
    private static List<UUID> ids(Connection connection, Sql sql, Collection<UUID> ids, Object... more)
            throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Array array = uuids(connection, ids);
        Object[] params = new Object[more.length + 1];
        params[0] = array;
        System.arraycopy(more, 0, params, 1, more.length);
        Set<UUID> out = new LinkedHashSet<>();
        try (PreparedStatement statement = sql.prepareWith(connection, params);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                out.add(Rows.required(rows.getObject(1, UUID.class), "id"));
            }
        } finally {
            array.free();
        }
        return ImmutableList.copyOf(out);
    }

    /** An SQL array of {@code ids}, to bind to {@code = ANY(?)}; the caller frees it. */
    static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    // ---------------------------------------------------------------- values

    /**
     * The key of a row of {@code evaluation_count}, or of {@code evaluation_rollup} with the
     * ancestor in place of the unit.
     */
    record CountKey(UUID unit, int year, String subject, String regime, String grade, String reason)
            implements Comparable<CountKey> {
        private static final Comparator<CountKey> ORDER = Comparator.comparing(CountKey::unit)
                .thenComparingInt(CountKey::year)
                .thenComparing(CountKey::subject)
                .thenComparing(CountKey::regime)
                .thenComparing(CountKey::grade)
                .thenComparing(CountKey::reason);

        @Override
        public int compareTo(CountKey other) {
            return ORDER.compare(this, other);
        }

        /**
         * The key of the current row of {@code rows}, whose columns are named as those of {@code
         * evaluation_count} but for the first, {@code first} ({@code ancestor_id} in {@code
         * evaluation_rollup}).
         */
        static CountKey read(ResultSet rows, String first) throws SQLException {
            return new CountKey(
                    Rows.uuid(rows, first),
                    Rows.integer(rows, "review_year"),
                    Rows.string(rows, "subject"),
                    Rows.string(rows, "regime_id"),
                    Rows.string(rows, "grade"),
                    Rows.string(rows, "not_rated_reason"));
        }

        /** This key with {@code organization} in place of the unit: a key of {@code evaluation_rollup}. */
        CountKey at(UUID organization) {
            return new CountKey(organization, year, subject, regime, grade, reason);
        }

        @Override
        public String toString() {
            return "unit_id=" + unit + ", review_year=" + year + ", subject=" + subject + ", regime_id=" + regime
                    + ", grade=" + grade + ", not_rated_reason=" + reason;
        }

        /** This key as a key of {@code evaluation_rollup}: the unit is the ancestor. */
        String asRollup() {
            return "ancestor_id=" + unit + ", review_year=" + year + ", subject=" + subject + ", regime_id=" + regime
                    + ", grade=" + grade + ", not_rated_reason=" + reason;
        }
    }

    /** The key of a row of {@code admission_count}. */
    record AdmissionKey(UUID cell, int month, boolean readmission) implements Comparable<AdmissionKey> {
        private static final Comparator<AdmissionKey> ORDER = Comparator.comparing(AdmissionKey::cell)
                .thenComparingInt(AdmissionKey::month)
                .thenComparing(AdmissionKey::readmission);

        @Override
        public int compareTo(AdmissionKey other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return "cell_id=" + cell + ", admission_month=" + month + ", readmission=" + readmission;
        }
    }

    /** Where a review belongs and what it counts as: the derived columns of {@code evaluation_review}. */
    record Tally(
            @Nullable UUID owner,
            @Nullable UUID unit,
            @Nullable String counted,
            @Nullable String regime,
            @Nullable String grade,
            @Nullable String reason) {

        /** The count it adds one to, if it counts. */
        Optional<CountKey> key(int year) {
            if (counted == null) {
                return Optional.empty();
            }
            return Optional.of(new CountKey(
                    Objects.requireNonNull(unit),
                    year,
                    counted,
                    Objects.requireNonNull(regime),
                    grade == null ? NOT_RATED : grade,
                    reason == null ? RATED : reason));
        }

        void bind(PreparedStatement update, UUID review) throws SQLException {
            update.setObject(1, owner);
            update.setObject(2, unit);
            update.setObject(3, counted);
            update.setObject(4, regime);
            update.setObject(5, grade);
            update.setObject(6, reason);
            update.setObject(7, review);
        }
    }

    private static final ImmutableSet<String> CELLS =
            ImmutableSet.of(OrganizationKind.CELL.name(), OrganizationKind.GRASSROOTS_CELL.name());

    /** A row of {@link #TALLIES_OF}: a review, where it counts now, and where it counted as stored. */
    record Row(UUID review, int year, Tally now, Tally before) {
        static Row read(ResultSet rows) throws SQLException {
            UUID review = Rows.uuid(rows, "review_id");
            String subject = Rows.string(rows, "subject_kind");
            @Nullable UUID owner = Rows.uuidOrNull(rows, "owner_id");
            @Nullable String ownerKind = Rows.stringOrNull(rows, "owner_kind");
            @Nullable String regime = Rows.stringOrNull(rows, "regime_id");
            @Nullable String grade = Rows.stringOrNull(rows, "grade");
            boolean exists = ownerKind != null;
            // Only the yearly review counts: a quarter or a term is not the year's classification.
            boolean counts = exists
                    && "YEAR".equals(Rows.string(rows, "review_period"))
                    && regime != null
                    && (EvaluationRows.MEMBER.equals(subject) || (CELLS.contains(ownerKind) && grade != null));
            @Nullable String counted = !counts ? null : EvaluationRows.MEMBER.equals(subject) ? MEMBER : CELL;
            @Nullable UUID grassroots = Rows.uuidOrNull(rows, "grassroots_id");
            Tally now = new Tally(
                    owner,
                    exists ? (grassroots != null ? grassroots : owner) : null,
                    counted,
                    counts ? regime : null,
                    counts ? grade : null,
                    counts ? Rows.stringOrNull(rows, "not_rated_reason") : null);
            Tally before = new Tally(
                    Rows.uuidOrNull(rows, "old_owner"),
                    Rows.uuidOrNull(rows, "old_unit"),
                    Rows.stringOrNull(rows, "old_counted"),
                    Rows.stringOrNull(rows, "old_regime"),
                    Rows.stringOrNull(rows, "old_grade"),
                    Rows.stringOrNull(rows, "old_reason"));
            return new Row(review, Rows.integer(rows, "review_year"), now, before);
        }
    }
}

package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkLoader;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkProgress.BulkPhase;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * {@link BulkLoader} over JDBC: one transaction, constant memory, every check made by the database.
 *
 * <ol>
 *   <li>Reading: records are taken from the source one at a time and staged as they come
 *       ({@link Staging}: COPY on PostgreSQL, batched INSERTs on H2) into temporary tables
 *       without constraints: a row per record in {@code chibo_bulk_record} (number, kind,
 *       identity, size, origin), a row per organisation or member it refers to in {@code
 *       chibo_bulk_reference}, and the rows of its kind ({@link BulkKind#stage}: facts with the
 *       exact columns of the real tables, and the derived states and periods computed from the
 *       record alone). A record's own invariants ({@link BulkRecord#checkInvariants}), values
 *       the tables cannot hold, and kinds this store cannot keep ({@code BULK-UNSUPPORTED}) are
 *       found here; once anything is wrong, facts are no longer staged, only what the remaining
 *       checks need (the values of every record are still checked). Nothing of the load is kept in the heap: no set of identities, no list of
 *       records.
 *   <li>Checking: duplicate identities, identities already stored and references to nothing are
 *       found by SQL over the staging tables (indexed once they are full). No check relies on a
 *       constraint failing, which would abort a PostgreSQL transaction. Violations go to a {@link
 *       ViolationCollector}: the first {@value ViolationCollector#DEFAULT_LIMIT} kept, all
 *       counted; if any, the transaction is rolled back and nothing is stored.
 *   <li>Writing: each kind moves its staged rows into the real tables with {@code INSERT ...
 *       SELECT} ({@link Move}: whole on PostgreSQL, in ranges of staged rows on H2, which would
 *       otherwise hold a large statement in the heap), version rows in record order so that the
 *       order first stored is the load's; then {@link #afterLoad} (the maintained aggregates) and
 *       the commit.
 * </ol>
 *
 * <p>The staging tables live in the loading session and are dropped once the transaction is
 * settled. A subtree actor is refused before anything is read. Progress is told every {@value
 * #PROGRESS_EVERY} records read and at each change of phase. Loads must not run concurrently with
 * other writes to the same identities; one that loses such a race fails with a {@link
 * StorageException} and stores nothing. Thread-safe: each load runs on a connection of its own.
 */
final class JdbcBulkLoader implements BulkLoader {
    /** How often progress is told while reading, in records. */
    static final int PROGRESS_EVERY = 10_000;

    /**
     * For a row {@code b} of {@code chibo_bulk_record}: a row of the same identity earlier in the
     * load (use after {@code EXISTS} or {@code NOT EXISTS}).
     */
    static final String EARLIER_IN_LOAD = "(SELECT 1 FROM chibo_bulk_record e"
            + " WHERE e.kind = b.kind AND e.identity = b.identity AND e.part = b.part AND e.record_no < b.record_no)";

    /** The longest origin kept for the violations found by SQL; a longer one is cut. */
    static final int MAX_ORIGIN = 10_000;

    private static final String RECORD_COLUMNS = "record_no, kind, identity, part, size, origin, shown";

    /** Every record of the load, numbered from 1 in the order read. */
    static final Staging.Table RECORDS = new Staging.Table(
            "",
            RECORD_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_record (record_no BIGINT, kind VARCHAR(40),"
                    + " identity UUID, part INTEGER, size INTEGER, origin VARCHAR(10000), shown VARCHAR(1000))"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_record"),
            Sql.of("INSERT INTO chibo_bulk_record (" + RECORD_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"),
            Sql.of("COPY chibo_bulk_record (" + RECORD_COLUMNS + ") FROM STDIN"));

    /** Every organisation and member a record refers to. */
    static final Staging.Table REFERENCES = new Staging.Table(
            "",
            "record_no, kind, identity",
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_reference (record_no BIGINT, kind VARCHAR(40),"
                    + " identity UUID)"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_reference"),
            Sql.of("INSERT INTO chibo_bulk_reference (record_no, kind, identity) VALUES (?, ?, ?)"),
            Sql.of("COPY chibo_bulk_reference (record_no, kind, identity) FROM STDIN"));

    private static final ImmutableList<Sql> INDEXES = ImmutableList.of(
            Sql.of("CREATE INDEX chibo_bulk_record_identity_ix ON chibo_bulk_record (kind, identity, part, record_no)"),
            Sql.of("CREATE INDEX chibo_bulk_record_number_ix ON chibo_bulk_record (record_no)"),
            // The records of one kind by number: a range of the load's reviews for afterLoad (H2
            // would otherwise read every review's entry of the identity index for each range).
            Sql.of("CREATE INDEX chibo_bulk_record_kind_number_ix ON chibo_bulk_record (kind, record_no)"),
            Sql.of("CREATE INDEX chibo_bulk_admission_ix ON chibo_bulk_member_fact (cell_id, fact_type)"));

    private static final Sql ANALYZE_RECORDS = Sql.of("ANALYZE chibo_bulk_record");
    private static final Sql ANALYZE_REFERENCES = Sql.of("ANALYZE chibo_bulk_reference");

    private static final Sql DUPLICATES = Sql.of("SELECT b.record_no, b.origin, b.kind, b.identity, b.part, b.shown"
            + " FROM chibo_bulk_record b WHERE b.identity IS NOT NULL AND EXISTS " + EARLIER_IN_LOAD
            + " ORDER BY b.record_no");

    private static final Sql MISSING = Sql.of("SELECT r.record_no, b.origin, r.kind, r.identity"
            + " FROM chibo_bulk_reference r JOIN chibo_bulk_record b ON b.record_no = r.record_no"
            + " WHERE r.kind = '" + OrganizationBulk.KIND + "'"
            + " AND NOT EXISTS (SELECT 1 FROM chibo_bulk_record e"
            + " WHERE e.kind = '" + OrganizationBulk.KIND + "' AND e.identity = r.identity)"
            + " AND NOT EXISTS (SELECT 1 FROM organization_version v WHERE v.organization_id = r.identity)"
            + " UNION ALL"
            + " SELECT r.record_no, b.origin, r.kind, r.identity"
            + " FROM chibo_bulk_reference r JOIN chibo_bulk_record b ON b.record_no = r.record_no"
            + " WHERE r.kind = '" + MemberBulk.KIND + "'"
            + " AND NOT EXISTS (SELECT 1 FROM chibo_bulk_record e"
            + " WHERE e.kind = '" + MemberBulk.KIND + "' AND e.identity = r.identity)"
            + " AND NOT EXISTS (SELECT 1 FROM member_version v WHERE v.member_id = r.identity)"
            + " ORDER BY 1, 3, 4");

    /**
     * The start of {@link BulkKind#stored()}: the records of a kind, whose name follows (then a
     * closing quote and the condition that their identity is stored).
     */
    static final String STORED_OF =
            "SELECT b.record_no, b.origin, b.identity, b.part, b.shown FROM chibo_bulk_record b WHERE b.kind = '";

    /**
     * The select list of a kind's version rows ({@link Move#of}), each at the record's size (its
     * facts, versions or entries), read from {@link #RECORDS_AS_B} where {@code b.kind} is the
     * kind's, {@link #IN_RECORD_ORDER}.
     */
    static final String SIZES_OF = " SELECT b.identity, b.size";

    /** The records of the load, as {@code b}. */
    static final String RECORDS_AS_B = "chibo_bulk_record b";

    /** The order of the records of the load, for moves whose order must be the load's. */
    static final String IN_RECORD_ORDER = " ORDER BY b.record_no";

    /**
     * How many record numbers one H2 statement of {@link #afterLoad} places the reviews of, at most
     * (on PostgreSQL one statement places them all): as {@link Move#ROWS}, so that H2 keeps a flat
     * heap.
     */
    static final int REVIEWS_AT_ONCE = Move.ROWS;

    /** The ancestor paths of the organisations of the load, as {@link Aggregates} keeps them. */
    private static final Sql INSERT_ANCESTORS = Sql.of("INSERT INTO organization_ancestor"
            + " (organization_id, ancestor_id, valid_from, valid_until, depth)"
            + " WITH RECURSIVE " + Aggregates.ANCESTORS
            + " JOIN chibo_bulk_record b ON b.identity = s.organization_id AND b.kind = '" + OrganizationBulk.KIND + "'"
            + Aggregates.ANCESTORS_STEP
            + " SELECT organization_id, ancestor_id, valid_from, valid_until, depth FROM up");

    /** The month of an admission fact {@code f}, as {@code admission_month} keeps it. */
    private static final String MONTH =
            "CAST(EXTRACT(YEAR FROM f.effective_on) * 100 + EXTRACT(MONTH FROM f.effective_on) AS INTEGER)";

    /** The admission decisions of the load in the cell, month and readmission of {@code c}. */
    private static final String ADMITTED_AS_C = " FROM chibo_bulk_member_fact f"
            + " WHERE f.fact_type = 'ADMISSION_DECIDED' AND f.cell_id = c.cell_id"
            + " AND " + MONTH + " = c.admission_month AND f.readmission = c.readmission";

    private static final Sql RAISE_ADMISSIONS = Sql.of("UPDATE admission_count c SET n = n + (SELECT COUNT(*)"
            + ADMITTED_AS_C + ") WHERE EXISTS (SELECT 1" + ADMITTED_AS_C + ")");

    private static final Sql INSERT_ADMISSIONS = Sql.of("INSERT INTO admission_count"
            + " (cell_id, admission_month, readmission, n)"
            + " SELECT g.cell_id, g.admission_month, g.readmission, g.n FROM (SELECT f.cell_id, " + MONTH
            + " AS admission_month, f.readmission, COUNT(*) AS n FROM chibo_bulk_member_fact f"
            + " WHERE f.fact_type = 'ADMISSION_DECIDED' GROUP BY f.cell_id, " + MONTH + ", f.readmission) g"
            + " WHERE NOT EXISTS (SELECT 1 FROM admission_count c WHERE c.cell_id = g.cell_id"
            + " AND c.admission_month = g.admission_month AND c.readmission = g.readmission)");

    /**
     * The reviews {@code v} of the load whose record numbers lie in a range, from the first bound
     * (included) to the second (excluded).
     */
    private static final String LOADED_REVIEWS = " FROM chibo_bulk_record br"
            + " JOIN evaluation_review v ON v.review_id = br.identity"
            + " WHERE br.kind = '" + EvaluationBulk.KIND + "' AND br.record_no >= ? AND br.record_no < ?";

    /**
     * Statistics of the tables the placement of reviews reads, gathered on PostgreSQL once the load
     * has moved its rows into them: planned on the figures of a fresh or much smaller database,
     * each review's search for its grassroots organisation scans every organisation state instead
     * of following the review's ancestor path. {@code ANALYZE} counts the rows the load's own
     * transaction inserted.
     */
    private static final Sql ANALYZE_PLACEMENT = Sql.of("ANALYZE organization_state, organization_ancestor,"
            + " member_fact, member_cell_period, evaluation_review, evaluation_fact, evaluation_count");

    /** The first and last record numbers of the load's reviews. */
    private static final Sql REVIEW_NUMBERS = Sql.of("SELECT MIN(record_no), MAX(record_no) FROM chibo_bulk_record"
            + " WHERE kind = '" + EvaluationBulk.KIND + "'");

    /** The columns {@link Aggregates#PLACED} sets, as {@code evaluation_review} names them. */
    private static final String PLACED_COLUMNS = "owner_id = placed.owner_id, unit_id = placed.unit_id,"
            + " counted_as = placed.counted_as, regime_id = placed.regime_id, grade = placed.grade,"
            + " not_rated_reason = placed.not_rated_reason";

    /**
     * Places the load's reviews of a range ({@link #LOADED_REVIEWS}) as {@link Aggregates#PLACED}
     * computes it: their derived columns were null (new rows), so they are set whatever they come
     * to. H2 has no {@code UPDATE ... FROM}: a {@code MERGE} that only updates.
     */
    private static final Sql PLACE_REVIEWS_H2 = Sql.of("MERGE INTO evaluation_review r USING (" + Aggregates.PLACED
            + LOADED_REVIEWS + Aggregates.PLACED_END + ") placed"
            + " ON r.review_id = placed.review_id WHEN MATCHED THEN UPDATE SET " + PLACED_COLUMNS);

    /**
     * {@link #PLACE_REVIEWS_H2} on PostgreSQL, as an {@code UPDATE ... FROM} (PostgreSQL 14 has no
     * {@code MERGE}).
     */
    private static final Sql PLACE_REVIEWS_POSTGRESQL = Sql.of("UPDATE evaluation_review r SET " + PLACED_COLUMNS
            + " FROM (" + Aggregates.PLACED + LOADED_REVIEWS + Aggregates.PLACED_END + ") placed"
            + " WHERE r.review_id = placed.review_id");

    /** The load's placed reviews of a range that count, grouped by the key of {@code evaluation_count}. */
    private static final String COUNTED = "SELECT " + Aggregates.COUNT_KEY_OF_V + ", COUNT(*)" + LOADED_REVIEWS
            + " AND v.counted_as IS NOT NULL GROUP BY " + Aggregates.COUNT_KEY_OF_V;

    /** The columns of {@code evaluation_count}, key first. */
    private static final String COUNT_COLUMNS =
            "(unit_id, review_year, subject, regime_id, grade, not_rated_reason, n)";

    /**
     * Adds the load's placed reviews of a range that count to {@code evaluation_count}, by key
     * ({@link Aggregates#COUNT_KEY_OF_V}): the existing counts raised, the missing ones inserted.
     */
    private static final Sql COUNT_REVIEWS_H2 = Sql.of("MERGE INTO evaluation_count c USING (" + COUNTED + ") g "
            + COUNT_COLUMNS
            + " ON c.unit_id = g.unit_id AND c.review_year = g.review_year AND c.subject = g.subject"
            + " AND c.regime_id = g.regime_id AND c.grade = g.grade AND c.not_rated_reason = g.not_rated_reason"
            + " WHEN MATCHED THEN UPDATE SET n = c.n + g.n"
            + " WHEN NOT MATCHED THEN INSERT " + COUNT_COLUMNS
            + " VALUES (g.unit_id, g.review_year, g.subject, g.regime_id, g.grade, g.not_rated_reason, g.n)");

    /** {@link #COUNT_REVIEWS_H2} on PostgreSQL, as an insert that adds to the count on conflict. */
    private static final Sql COUNT_REVIEWS_POSTGRESQL = Sql.of(
            "INSERT INTO evaluation_count " + COUNT_COLUMNS + " " + COUNTED
                    + " ON CONFLICT ON CONSTRAINT evaluation_count_pk DO UPDATE SET n = evaluation_count.n + EXCLUDED.n");

    /**
     * The load's placed reviews of a range that count, once for every ancestor of their unit on
     * 31/12 (the unit included), grouped by the key of {@code evaluation_rollup}.
     */
    private static final String ROLLED_UP = "SELECT a.ancestor_id, " + Aggregates.COUNT_KEY_BUT_UNIT_OF_V
            + ", COUNT(*) FROM chibo_bulk_record br JOIN evaluation_review v ON v.review_id = br.identity"
            + " JOIN organization_ancestor a ON a.organization_id = v.unit_id"
            + " AND a.valid_from <= v.year_end AND a.valid_until > v.year_end"
            + " WHERE br.kind = '" + EvaluationBulk.KIND + "' AND br.record_no >= ? AND br.record_no < ?"
            + " AND v.counted_as IS NOT NULL GROUP BY a.ancestor_id, " + Aggregates.COUNT_KEY_BUT_UNIT_OF_V;

    /** The columns of {@code evaluation_rollup}, key first. */
    private static final String ROLLUP_COLUMNS =
            "(ancestor_id, review_year, subject, regime_id, grade, not_rated_reason, n)";

    /** Adds the load's reviews of a range that count to the rollup of every ancestor of their unit. */
    private static final Sql ROLL_UP_REVIEWS_H2 = Sql.of("MERGE INTO evaluation_rollup c USING (" + ROLLED_UP + ") g "
            + ROLLUP_COLUMNS
            + " ON c.ancestor_id = g.ancestor_id AND c.review_year = g.review_year AND c.subject = g.subject"
            + " AND c.regime_id = g.regime_id AND c.grade = g.grade AND c.not_rated_reason = g.not_rated_reason"
            + " WHEN MATCHED THEN UPDATE SET n = c.n + g.n"
            + " WHEN NOT MATCHED THEN INSERT " + ROLLUP_COLUMNS
            + " VALUES (g.ancestor_id, g.review_year, g.subject, g.regime_id, g.grade, g.not_rated_reason, g.n)");

    /** {@link #ROLL_UP_REVIEWS_H2} on PostgreSQL. */
    private static final Sql ROLL_UP_REVIEWS_POSTGRESQL = Sql.of("INSERT INTO evaluation_rollup " + ROLLUP_COLUMNS
            + " " + ROLLED_UP
            + " ON CONFLICT ON CONSTRAINT evaluation_rollup_pk DO UPDATE SET n = evaluation_rollup.n + EXCLUDED.n");

    private final Database database;
    private final ImmutableList<BulkKind<?>> kinds;
    private final Map<Class<?>, BulkKind<?>> byType = new HashMap<>();
    private final Map<String, BulkKind<?>> byName = new HashMap<>();
    private final ImmutableList<Staging.Table> tables;

    JdbcBulkLoader(Database database, ImmutableList<BulkKind<?>> kinds) {
        this.database = Objects.requireNonNull(database, "database");
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        ImmutableList.Builder<Staging.Table> all =
                ImmutableList.<Staging.Table>builder().add(RECORDS).add(REFERENCES);
        for (BulkKind<?> kind : kinds) {
            byType.put(kind.type(), kind);
            byName.put(kind.name(), kind);
            all.addAll(kind.tables());
        }
        this.tables = all.build();
    }

    @Override
    public BulkLoadSummary load(Actor actor, BulkSource source, BulkProgress progress) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(progress, "progress");
        if (actor.scope() instanceof Scope.Subtree) {
            throw new OutOfScopeException(actor, "a bulk load (a whole-party operation)");
        }
        Load load = new Load(source, progress);
        try {
            database.inTransaction("Bulk load", load::run, connection -> Staging.drop(connection, tables));
        } catch (Database.Conflict e) {
            throw new StorageException(
                    "Bulk load lost a race: another transaction stored an identity of the load meanwhile;"
                            + " nothing was stored",
                    e);
        }
        BulkLoadSummary summary = load.summary();
        progress.reached(BulkPhase.DONE, summary.records(), summary.facts());
        return summary;
    }

    /**
     * Brings up to date, within the load's transaction, what the stores maintain beside the rows
     * each kind moves, as the ports' appends do ({@link Aggregates}): called after every kind has
     * moved its rows, while the staging tables still hold the load. A load adds only new identities
     * that nothing stored refers to, so what it changes is its own: the ancestor paths of the new
     * organisations ({@code organization_ancestor}, one set-based insert), the admissions its
     * members were decided on ({@code admission_count}, set-based: the existing counts raised, the
     * missing ones inserted), and where its reviews count: {@code evaluation_review}'s derived
     * columns set by one statement ({@link Aggregates#PLACED}, the set-based form of what {@link
     * Aggregates#refresh} computes for an append), then {@code evaluation_count} raised by the
     * load's reviews grouped by key, the missing counts inserted, and {@code evaluation_rollup}
     * raised alike for every ancestor of their units on 31/12 (on PostgreSQL after gathering
     * the statistics of the tables read, {@code ANALYZE_PLACEMENT}). On H2 both run for each range of
     * {@value #REVIEWS_AT_ONCE} record numbers in turn ({@link Move#inRanges}), so that H2 keeps a
     * flat heap; on PostgreSQL each runs once. Member and organisation records cannot move stored
     * reviews: a stored review's member and owner are stored.
     */
    void afterLoad(Connection connection) throws SQLException {
        INSERT_ANCESTORS.update(connection);
        RAISE_ADMISSIONS.update(connection);
        INSERT_ADMISSIONS.update(connection);
        boolean h2 = database.dialect() == Dialect.H2;
        if (!h2) {
            ANALYZE_PLACEMENT.execute(connection);
        }
        Move.inRanges(
                connection,
                REVIEW_NUMBERS,
                h2 ? REVIEWS_AT_ONCE : Long.MAX_VALUE,
                (from, until) -> h2
                        ? PLACE_REVIEWS_H2.update(connection, from, until)
                                + COUNT_REVIEWS_H2.update(connection, from, until)
                                + ROLL_UP_REVIEWS_H2.update(connection, from, until)
                        : PLACE_REVIEWS_POSTGRESQL.update(connection, from, until)
                                + COUNT_REVIEWS_POSTGRESQL.update(connection, from, until)
                                + ROLL_UP_REVIEWS_POSTGRESQL.update(connection, from, until));
    }

    /** The state of one load: counters only. */
    private final class Load {
        private final BulkSource source;
        private final BulkProgress progress;
        private final Map<Class<?>, long[]> counts = new LinkedHashMap<>();
        private long records;
        private long facts;

        Load(BulkSource source, BulkProgress progress) {
            this.source = source;
            this.progress = progress;
        }

        void run(Connection connection) throws SQLException {
            ViolationCollector problems = ViolationCollector.create();
            // PostgreSQL indexes the staged rows faster once they are all in. H2 builds an index
            // over existing rows by merging sorted runs of a few hundred rows each (its memory rows
            // scale with the heap), one open page per run: in a small heap that grows with the load
            // and fails (100,000 members in 32 MiB); indexes made while the tables are empty grow
            // row by row instead.
            boolean indexFirst = database.dialect() == Dialect.H2;
            try (Staging staging = Staging.open(connection, database.dialect(), tables, problems)) {
                if (indexFirst) {
                    index(connection);
                }
                read(staging, problems);
                staging.finish();
                if (!indexFirst) {
                    index(connection);
                }
                staging.analyze(ANALYZE_RECORDS, ANALYZE_REFERENCES);
            }
            check(connection, problems);
            progress.reached(BulkPhase.CHECKING, records, facts);
            problems.throwIfAny("bulk load");
            Aggregates.lockExclusive(connection, database.dialect());
            long storedRecords = 0;
            long storedFacts = 0;
            for (BulkKind<?> kind : kinds) {
                for (Move move : kind.store()) {
                    move.run(connection, database.dialect());
                }
                long[] count = counts.getOrDefault(kind.type(), new long[2]);
                if (count[0] > 0) {
                    storedRecords += count[0];
                    storedFacts += count[1];
                    progress.reached(BulkPhase.WRITING, storedRecords, storedFacts);
                }
            }
            afterLoad(connection);
        }

        private void index(Connection connection) throws SQLException {
            for (Sql index : INDEXES) {
                index.execute(connection);
            }
        }

        private void read(Staging staging, ViolationCollector problems) throws SQLException {
            for (Optional<BulkRecord> next = source.next(problems); next.isPresent(); next = source.next(problems)) {
                BulkRecord r = next.get();
                long number = ++records;
                facts += r.size();
                long[] count = counts.computeIfAbsent(r.getClass(), k -> new long[2]);
                count[0]++;
                count[1] += r.size();
                @Nullable BulkKind<?> kind = byType.get(r.getClass());
                staging.at(number);
                staging.add(RECORDS, recordRow(kind, r, number));
                for (OrganizationId o : organizationsReferred(kind, r)) {
                    staging.add(REFERENCES, new @Nullable Object[] {number, OrganizationBulk.KIND, o.value()});
                }
                for (MemberId m : r.membersReferred()) {
                    staging.add(REFERENCES, new @Nullable Object[] {number, MemberBulk.KIND, m.value()});
                }
                long before = problems.total();
                r.checkInvariants(problems);
                if (kind == null) {
                    problems.add(BulkLoader.unsupported(r.origin(), r.getClass().getSimpleName()));
                } else if (problems.total() == before) {
                    stage(kind, r, staging); // after a first problem, only checks its values
                }
                if (number % PROGRESS_EVERY == 0) {
                    progress.reached(BulkPhase.READING, number, facts);
                }
            }
            progress.reached(BulkPhase.READING, records, facts);
        }

        private void check(Connection connection, ViolationCollector problems) throws SQLException {
            each(
                    connection,
                    DUPLICATES,
                    rows -> {
                        BulkKind<?> kind = Objects.requireNonNull(byName.get(Rows.string(rows, "kind")));
                        return BulkLoader.duplicate(Rows.string(rows, "origin"), shown(kind, rows));
                    },
                    problems);
            for (BulkKind<?> kind : kinds) {
                each(
                        connection,
                        kind.stored(),
                        rows -> BulkLoader.alreadyStored(Rows.string(rows, "origin"), shown(kind, rows)),
                        problems);
            }
            each(
                    connection,
                    MISSING,
                    rows -> {
                        String origin = Rows.string(rows, "origin");
                        UUID id = Rows.uuid(rows, "identity");
                        return Rows.string(rows, "kind").equals(MemberBulk.KIND)
                                ? BulkLoader.missingMember(
                                        origin, MemberId.of(id).toString())
                                : BulkLoader.missingOrganization(
                                        origin, OrganizationId.of(id).toString());
                    },
                    problems);
        }

        BulkLoadSummary summary() {
            return new BulkLoadSummary(
                    count(BulkRecord.Organization.class),
                    count(BulkRecord.Member.class),
                    count(BulkRecord.Residence.class),
                    count(BulkRecord.Meeting.class),
                    count(BulkRecord.Schedule.class),
                    count(BulkRecord.Evaluation.class),
                    facts);
        }

        private long count(Class<? extends BulkRecord> type) {
            long[] count = counts.get(type);
            return count == null ? 0 : count[0];
        }
    }

    /** The {@code chibo_bulk_record} row of the {@code number}-th record. */
    private static <R extends BulkRecord> @Nullable Object[] recordRow(
            @Nullable BulkKind<R> kind, BulkRecord r, long number) {
        String origin = r.origin().length() > MAX_ORIGIN ? r.origin().substring(0, MAX_ORIGIN) : r.origin();
        if (origin.indexOf('\0') >= 0) {
            origin = origin.replace('\0', '\uFFFD');
        }
        if (kind == null) {
            return new @Nullable Object[] {
                number, r.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT), null, 0, r.size(), origin, null
            };
        }
        R record = kind.type().cast(r);
        return new @Nullable Object[] {
            number, kind.name(), kind.identity(record), kind.part(record), r.size(), origin, kind.shown(record)
        };
    }

    private static <R extends BulkRecord> ImmutableSet<OrganizationId> organizationsReferred(
            @Nullable BulkKind<R> kind, BulkRecord r) {
        return kind == null
                ? r.organizationsReferred()
                : kind.organizationsReferred(kind.type().cast(r));
    }

    private static <R extends BulkRecord> void stage(BulkKind<R> kind, BulkRecord r, Staging staging)
            throws SQLException {
        kind.stage(kind.type().cast(r), staging);
    }

    /** The identity of the record in the current row of a check, as violations show it. */
    private static String shown(BulkKind<?> kind, ResultSet rows) throws SQLException {
        @Nullable String shown = Rows.stringOrNull(rows, "shown");
        return shown != null ? shown : kind.show(Rows.uuid(rows, "identity"), Rows.integer(rows, "part"));
    }

    /** Turns a row of a check into a violation. */
    @FunctionalInterface
    private interface Finding {
        Violation of(ResultSet rows) throws SQLException;
    }

    private static void each(Connection connection, Sql check, Finding finding, ViolationCollector problems)
            throws SQLException {
        try (PreparedStatement statement = check.prepare(connection)) {
            statement.setFetchSize(JdbcBulkReader.FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    problems.add(finding.of(rows));
                }
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcBulkLoader" + kinds.stream().map(BulkKind::name).toList();
    }
}

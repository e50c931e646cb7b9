package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
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
 *       SELECT}, version rows in record order so that the order first stored is the load's;
 *       then {@link #afterLoad} and the commit.
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

    private static final String RECORD_COLUMNS = "record_no, kind, identity, part, size, origin";

    /** Every record of the load, numbered from 1 in the order read. */
    static final Staging.Table RECORDS = new Staging.Table(
            "",
            RECORD_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_record (record_no BIGINT, kind VARCHAR(40),"
                    + " identity UUID, part INTEGER, size INTEGER, origin VARCHAR(10000))"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_record"),
            Sql.of("INSERT INTO chibo_bulk_record (" + RECORD_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)"),
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
            Sql.of("CREATE INDEX chibo_bulk_record_number_ix ON chibo_bulk_record (record_no)"));

    private static final Sql ANALYZE_RECORDS = Sql.of("ANALYZE chibo_bulk_record");
    private static final Sql ANALYZE_REFERENCES = Sql.of("ANALYZE chibo_bulk_reference");

    private static final Sql DUPLICATES = Sql.of("SELECT b.record_no, b.origin, b.kind, b.identity, b.part"
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
     * Brings up to date, within the load's transaction, what depends on the stored rows besides the
     * rows each kind stages: called after every kind has moved its rows, while the staging tables
     * still hold the load ({@code chibo_bulk_record} lists every record's kind and identity). Today
     * there is nothing left to do: {@code organization_state} and {@code member_cell_period} are
     * staged with the facts. Aggregates maintained on every append (evaluation counts, admissions
     * per organisation and month) are to be recomputed here for the organisations the load
     * touched.
     *
     * @param stored what the load stored
     */
    void afterLoad(Connection connection, BulkLoadSummary stored) throws SQLException {
        // Nothing maintained beyond the staged rows yet.
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
            try (Staging staging = Staging.open(connection, database.dialect(), tables, problems)) {
                read(staging, problems);
                staging.finish();
                for (Sql index : INDEXES) {
                    index.execute(connection);
                }
                staging.analyze(ANALYZE_RECORDS, ANALYZE_REFERENCES);
            }
            check(connection, problems);
            progress.reached(BulkPhase.CHECKING, records, facts);
            problems.throwIfAny("bulk load");
            long storedRecords = 0;
            long storedFacts = 0;
            for (BulkKind<?> kind : kinds) {
                for (Sql move : kind.store()) {
                    move.update(connection);
                }
                long[] count = counts.getOrDefault(kind.type(), new long[2]);
                storedRecords += count[0];
                storedFacts += count[1];
                progress.reached(BulkPhase.WRITING, storedRecords, storedFacts);
            }
            afterLoad(connection, summary());
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
                staging.add(RECORDS, recordRow(kind, r, number));
                for (OrganizationId o : r.organizationsReferred()) {
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
                        return BulkLoader.duplicate(
                                Rows.string(rows, "origin"),
                                kind.show(Rows.uuid(rows, "identity"), Rows.integer(rows, "part")));
                    },
                    problems);
            for (BulkKind<?> kind : kinds) {
                each(
                        connection,
                        kind.stored(),
                        rows -> BulkLoader.alreadyStored(
                                Rows.string(rows, "origin"),
                                kind.show(Rows.uuid(rows, "identity"), Rows.integer(rows, "part"))),
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
                number, r.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT), null, 0, r.size(), origin
            };
        }
        R record = kind.type().cast(r);
        return new @Nullable Object[] {number, kind.name(), kind.identity(record), kind.part(record), r.size(), origin};
    }

    private static <R extends BulkRecord> void stage(BulkKind<R> kind, BulkRecord r, Staging staging)
            throws SQLException {
        kind.stage(kind.type().cast(r), staging);
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

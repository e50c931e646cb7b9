package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.rule.Finding;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * {@link Evaluations} over JDBC, in the same database as the organisations and members that place
 * each review. Entries go to {@code evaluation_fact} (a decision's findings to {@code
 * evaluation_finding}), the version to {@code evaluation_version}, and the review's identity with
 * where it belongs and counts to {@code evaluation_review}, which {@link Aggregates} keeps current
 * (the owner column is what confines a subtree actor). Every append refreshes the counts in its
 * transaction. Text longer than its column is refused before anything is written ({@link
 * InputChecks}). Thread-safe: every call runs on its own connection.
 */
final class JdbcEvaluations implements Evaluations {
    private static final String COLUMNS = EvaluationRows.COLUMNS;
    private static final String FROM = EvaluationRows.FROM;
    private static final String READABLE = " AND r.owner_id IN (SELECT organization_id FROM under_root)";
    private static final String BY_YEAR = " ORDER BY r.review_year, CASE r.review_period WHEN 'YEAR' THEN 0"
            + " WHEN 'Q1' THEN 1 WHEN 'Q2' THEN 2 WHEN 'Q3' THEN 3 WHEN 'Q4' THEN 4 ELSE 5 END, f.seq, x.finding_index";

    private static final Sql ONE = Sql.of("SELECT " + COLUMNS + FROM + " WHERE v.review_id = ?" + EvaluationRows.ORDER);

    private static final Sql ONE_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT + " SELECT " + COLUMNS + FROM
            + " WHERE v.review_id = ?" + READABLE + EvaluationRows.ORDER);

    private static final Sql OF_MEMBER = Sql.of("SELECT " + COLUMNS + FROM + " WHERE r.member_id = ?" + BY_YEAR);

    private static final Sql OF_MEMBER_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT + " SELECT " + COLUMNS
            + FROM + " WHERE r.member_id = ?" + READABLE + BY_YEAR);

    /**
     * The reviews owned by an organisation of {@code sub}, driven from the subtree (H2 evaluated the
     * former {@code IN (SELECT ... FROM sub)} row by row: seconds for a ward).
     */
    private static final String FROM_SUB = " FROM sub JOIN evaluation_review r ON r.owner_id = sub.organization_id"
            + " JOIN evaluation_version v ON v.review_id = r.review_id"
            + " JOIN evaluation_fact f ON f.review_id = v.review_id"
            + " LEFT JOIN evaluation_finding x ON x.review_id = f.review_id AND x.seq = f.seq";

    /** Parameters: the organisation, 31/12 four times, the year. */
    private static final Sql OF_ORGANIZATION = Sql.of("WITH RECURSIVE " + Scopes.SUBTREE_ON
            + " SELECT " + COLUMNS + FROM_SUB
            + " WHERE r.review_year = ?"
            + EvaluationRows.ORDER);

    /** Parameters: the organisation, 31/12 four times, the actor's root, the year. */
    private static final Sql OF_ORGANIZATION_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.SUBTREE_ON + ", "
            + Scopes.UNDER_ROOT + ", " + Scopes.EVER_UNDER_ROOT
            + " SELECT " + COLUMNS + FROM_SUB
            + " JOIN ever_under u ON u.organization_id = r.owner_id"
            + " WHERE r.review_year = ?"
            + EvaluationRows.ORDER);

    private static final Sql VERSION = Sql.of("SELECT version FROM evaluation_version WHERE review_id = ?");

    private static final Sql INSERT_VERSION =
            Sql.of("INSERT INTO evaluation_version (review_id, version) VALUES (?, 0)");

    private static final Sql UPDATE_VERSION =
            Sql.of("UPDATE evaluation_version SET version = ? WHERE review_id = ? AND version = ?");

    /** Holds a member's version row until the end of the transaction; see {@link Aggregates}. */
    private static final Sql LOCK_MEMBER = Sql.of("SELECT version FROM member_version WHERE member_id = ? FOR UPDATE");

    /** Where a review of the given subject and year belongs: parameters kind, member, organisation, 31/12. */
    private static final Sql OWNER_OF = Sql.of("SELECT " + Aggregates.OWNER + " AS owner_id FROM ("
            + "SELECT CAST(? AS VARCHAR(20)) AS subject_kind, CAST(? AS UUID) AS member_id,"
            + " CAST(? AS UUID) AS organization_id, CAST(? AS DATE) AS year_end) v");

    /** What an append is, in errors. */
    private static final String WHAT = "Review entries";

    private final Database database;

    JdbcEvaluations(Database database) {
        this.database = database;
    }

    @Override
    public Optional<EvaluationRecord> find(Actor actor, EvaluationKey key) {
        UUID id = EvaluationRows.id(key);
        return database.read("Reading review " + key, connection -> {
            List<EvaluationRecord> found = actor.scope() instanceof Scope.Subtree s
                    ? records(connection, ONE_IN_SCOPE, s.root().value(), id)
                    : records(connection, ONE, id);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
            if (Versions.current(connection, VERSION, id).isPresent()) {
                throw new OutOfScopeException(actor, "review of " + key);
            }
            return Optional.empty();
        });
    }

    @Override
    public ImmutableList<EvaluationRecord> ofOrganization(Actor actor, OrganizationId organization, Year year) {
        LocalDate end = EvaluationRows.yearEnd(year);
        UUID org = organization.value();
        int y = year.getValue();
        return database.read("Reading the reviews of organisation " + organization + " for " + year, connection -> {
            if (actor.scope() instanceof Scope.Subtree s) {
                UUID root = s.root().value();
                if (!Scopes.reaches(connection, root, org)) {
                    throw new OutOfScopeException(actor, "organisation " + organization);
                }
                return records(connection, OF_ORGANIZATION_IN_SCOPE, org, end, end, end, end, root, y);
            }
            return records(connection, OF_ORGANIZATION, org, end, end, end, end, y);
        });
    }

    @Override
    public ImmutableList<EvaluationRecord> ofMember(Actor actor, MemberId member) {
        return database.read(
                "Reading the reviews of member " + member,
                connection -> actor.scope() instanceof Scope.Subtree s
                        ? records(connection, OF_MEMBER_IN_SCOPE, s.root().value(), member.value())
                        : records(connection, OF_MEMBER, member.value()));
    }

    @Override
    public void append(Actor actor, EvaluationAppend append) {
        InputChecks checks = new InputChecks();
        for (int i = 0; i < append.entries().size(); i++) {
            EvaluationEntry entry = append.entries().get(i);
            String path = "entries[" + i + "]";
            checks.row(path, EvaluationRows.Column.values(), EvaluationRows.values(entry, i));
            if (entry instanceof EvaluationEntry.Decided d) {
                UUID id = EvaluationRows.id(entry.key());
                for (int j = 0; j < d.findings().size(); j++) {
                    checks.row(
                            path + ".findings[" + j + "]",
                            EvaluationRows.FindingColumn.values(),
                            EvaluationRows.findingValues(id, i, j, d.findings().get(j)));
                }
            }
        }
        checks.throwIfAny(WHAT);
        try {
            database.inTransaction("Appending review entries", connection -> appendIn(connection, actor, append));
        } catch (Database.Conflict conflict) {
            EvaluationKey key = append.expectedVersions().keySet().iterator().next();
            for (EvaluationKey k : append.expectedVersions().keySet()) {
                if (conflict.aggregate().map(EvaluationRows.id(k)::equals).orElse(false)) {
                    key = k;
                }
            }
            UUID id = EvaluationRows.id(key);
            long expected = append.expectedVersions().getOrDefault(key, 0L);
            long actual = database.read("Reading the version of review " + key, c -> Versions.current(c, VERSION, id))
                    .orElse(0L);
            throw new ConcurrentUpdateException("review of " + key, expected, actual);
        }
    }

    private void appendIn(Connection connection, Actor actor, EvaluationAppend append) throws SQLException {
        Aggregates.lockShared(connection, database.dialect());
        Map<EvaluationKey, List<EvaluationEntry>> byKey = new LinkedHashMap<>();
        for (EvaluationEntry e : append.entries()) {
            byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        Versions.claim(
                connection,
                append.expectedVersions(),
                k -> byKey.getOrDefault(k, List.of()).size(),
                EvaluationRows::id,
                byKey.keySet(),
                VERSION,
                INSERT_VERSION,
                UPDATE_VERSION);
        TreeSet<UUID> members = new TreeSet<>();
        for (EvaluationKey key : append.expectedVersions().keySet()) {
            if (key.subject() instanceof EvaluationSubject.OfMember m) {
                members.add(m.member().value());
            }
        }
        for (UUID member : members) {
            try (PreparedStatement lock = LOCK_MEMBER.prepareWith(connection, member);
                    ResultSet rows = lock.executeQuery()) {
                rows.next();
            }
        }
        if (actor.scope() instanceof Scope.Subtree s) {
            for (EvaluationKey key : append.expectedVersions().keySet()) {
                if (!writable(connection, key, s.root().value())) {
                    throw new OutOfScopeException(actor, "review of " + key);
                }
            }
        }
        for (Map.Entry<EvaluationKey, List<EvaluationEntry>> e : byKey.entrySet()) {
            EvaluationKey key = e.getKey();
            long expected = append.expectedVersions().getOrDefault(key, 0L);
            if (expected == 0) {
                EvaluationRows.INSERT_REVIEW.update(connection, EvaluationRows.reviewValues(key));
            }
            int seq = (int) expected;
            for (EvaluationEntry entry : e.getValue()) {
                EvaluationRows.INSERT.update(connection, EvaluationRows.values(entry, seq));
                if (entry instanceof EvaluationEntry.Decided d) {
                    int index = 0;
                    for (Finding f : d.findings()) {
                        EvaluationRows.INSERT_FINDING.update(
                                connection, EvaluationRows.findingValues(EvaluationRows.id(key), seq, index++, f));
                    }
                }
                seq++;
            }
        }
        Aggregates.refresh(
                connection, byKey.keySet().stream().map(EvaluationRows::id).toList());
    }

    /**
     * The scope rule of {@link Evaluations}: the review's organisation (a member's: the home cell on
     * 31/12, or else the cell of the last membership) lies in the subtree on 31/12.
     */
    private static boolean writable(Connection connection, EvaluationKey key, UUID root) throws SQLException {
        @Nullable Object[] review = EvaluationRows.reviewValues(key);
        @Nullable UUID owner;
        try (PreparedStatement statement =
                        OWNER_OF.prepareWith(connection, review[1], review[2], review[3], review[6]);
                ResultSet rows = statement.executeQuery()) {
            owner = rows.next() ? Rows.uuidOrNull(rows, "owner_id") : null;
        }
        LocalDate end = EvaluationRows.yearEnd(key.year());
        return owner != null && Scopes.underOn(connection, owner, root, end);
    }

    /** The records the query returns, its rows ordered by review, then entry, then finding. */
    private static ImmutableList<EvaluationRecord> records(Connection connection, Sql sql, Object... params)
            throws SQLException {
        List<EvaluationEntry> entries;
        try (PreparedStatement statement = sql.prepareWith(connection, params);
                ResultSet rows = statement.executeQuery()) {
            entries = EvaluationRows.readAll(rows);
        }
        Map<EvaluationKey, List<EvaluationEntry>> byKey = new LinkedHashMap<>();
        for (EvaluationEntry e : entries) {
            byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        ImmutableList.Builder<EvaluationRecord> out = ImmutableList.builder();
        byKey.forEach((key, list) -> out.add(EvaluationRecord.of(key, list)));
        return out.build();
    }
}

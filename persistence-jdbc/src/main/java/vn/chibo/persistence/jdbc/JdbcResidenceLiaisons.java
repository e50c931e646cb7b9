package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;
import vn.chibo.domain.member.residence.ResidenceRegistration;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.domain.port.ResidenceLiaisons;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * {@link ResidenceLiaisons} over JDBC, in the same database as the {@link JdbcOrganizations} whose
 * tree confines each actor by the residential cell. Facts go to {@code residence_fact}, the version
 * to {@code residence_version}, and the residential cell over time to {@code residence_period}.
 * Which histories an actor reads is decided by the queries themselves ({@link Scopes}). Thread-safe:
 * every call runs on its own connection.
 */
final class JdbcResidenceLiaisons implements ResidenceLiaisons {
    private static final String FROM = " FROM residence_version v JOIN residence_fact f ON f.member_id = v.member_id";

    private static final String ORDER = " ORDER BY v.ordinal, f.seq";

    /**
     * {@code readable(member_id)}: histories with a registration at a cell that was, on some date,
     * under the root, as a table expression to join (not an {@code IN}, which H2 evaluates row by
     * row); needs {@link Scopes#UNDER_ROOT}.
     */
    private static final String READABLE = "readable(member_id) AS (SELECT DISTINCT x.member_id FROM residence_fact x"
            + " JOIN under_root u ON x.residential_cell_id = u.organization_id WHERE x.fact_type = 'REGISTERED')";

    /** Histories registered on a date with a cell in {@code sub}; parameters: the date twice. */
    private static final String ON_DAY = "on_day(member_id) AS (SELECT DISTINCT p.member_id FROM sub"
            + " JOIN residence_period p ON p.residential_cell_id = sub.organization_id"
            + " WHERE p.valid_from <= ? AND p.valid_until > ?)";

    private static final String FROM_READABLE = " FROM readable r JOIN residence_version v ON v.member_id = r.member_id"
            + " JOIN residence_fact f ON f.member_id = v.member_id";

    private static final Sql ALL = Sql.of("SELECT " + ResidenceRows.COLUMNS + FROM + ORDER);

    private static final Sql ALL_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT + ", " + READABLE + " SELECT "
            + ResidenceRows.COLUMNS + FROM_READABLE + ORDER);

    private static final Sql ONE = Sql.of("SELECT " + ResidenceRows.COLUMNS + FROM + " WHERE v.member_id = ?" + ORDER);

    private static final Sql ONE_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT + ", " + READABLE
            + " SELECT " + ResidenceRows.COLUMNS + FROM_READABLE
            + " WHERE v.member_id = ?"
            + ORDER);

    private static final Sql OF_ORGANIZATION = Sql.of("WITH RECURSIVE " + Scopes.SUBTREE_ON + ", " + ON_DAY
            + " SELECT " + ResidenceRows.COLUMNS
            + " FROM on_day d JOIN residence_version v ON v.member_id = d.member_id"
            + " JOIN residence_fact f ON f.member_id = v.member_id"
            + ORDER);

    private static final Sql OF_ORGANIZATION_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.SUBTREE_ON + ", "
            + Scopes.UNDER_ROOT + ", " + READABLE + ", " + ON_DAY
            + " SELECT " + ResidenceRows.COLUMNS
            + " FROM on_day d JOIN readable r ON r.member_id = d.member_id"
            + " JOIN residence_version v ON v.member_id = r.member_id"
            + " JOIN residence_fact f ON f.member_id = v.member_id"
            + ORDER);

    private static final Sql VERSION = Sql.of("SELECT version FROM residence_version WHERE member_id = ?");

    private static final Sql INSERT_VERSION =
            Sql.of("INSERT INTO residence_version (member_id, version) VALUES (?, 0)");

    private static final Sql UPDATE_VERSION =
            Sql.of("UPDATE residence_version SET version = ? WHERE member_id = ? AND version = ?");

    private static final Sql DELETE_PERIODS = Sql.of("DELETE FROM residence_period WHERE member_id = ?");

    private static final Sql INSERT_PERIOD = Sql.of("INSERT INTO residence_period"
            + " (member_id, valid_from, valid_until, residential_cell_id) VALUES (?, ?, ?, ?)");

    /** What an append is, in errors. */
    private static final String WHAT = "Residence facts";

    private final Database database;
    private final HistoryReads<ResidenceLiaisonHistory> reads;

    JdbcResidenceLiaisons(Database database) {
        this.database = database;
        this.reads = new HistoryReads<>(
                database,
                "residence liaison of member",
                "residence liaisons",
                new HistoryReads.Queries(
                        ONE, ONE_IN_SCOPE, ALL, ALL_IN_SCOPE, OF_ORGANIZATION, OF_ORGANIZATION_IN_SCOPE, 2, VERSION),
                JdbcResidenceLiaisons::histories);
    }

    @Override
    public Optional<ResidenceLiaisonHistory> find(Actor actor, MemberId member) {
        return reads.find(actor, member.value());
    }

    @Override
    public ImmutableList<ResidenceLiaisonHistory> all(Actor actor) {
        return reads.all(actor);
    }

    @Override
    public ImmutableList<ResidenceLiaisonHistory> ofOrganization(
            Actor actor, OrganizationId organization, LocalDate date) {
        return reads.ofOrganization(actor, organization, date);
    }

    @Override
    public void append(Actor actor, ResidenceLiaisonAppend append) {
        InputChecks checks = new InputChecks();
        for (int i = 0; i < append.facts().size(); i++) {
            checks.row(
                    "facts[" + i + "]",
                    ResidenceRows.Column.values(),
                    ResidenceRows.values(append.facts().get(i), 0));
        }
        checks.throwIfAny(WHAT);
        try {
            database.inTransaction("Appending residence facts", connection -> appendIn(connection, actor, append));
        } catch (Database.Conflict conflict) {
            throw Versions.lost(
                    database,
                    conflict,
                    append.expectedVersions(),
                    MemberId::value,
                    VERSION,
                    "residence liaison of member");
        }
    }

    private void appendIn(Connection connection, Actor actor, ResidenceLiaisonAppend append) throws SQLException {
        Map<MemberId, List<ResidenceFact>> byMember = new LinkedHashMap<>();
        for (ResidenceFact f : append.facts()) {
            byMember.computeIfAbsent(f.member(), k -> new ArrayList<>()).add(f);
        }
        Versions.claim(
                connection,
                append.expectedVersions(),
                id -> byMember.getOrDefault(id, List.of()).size(),
                MemberId::value,
                byMember.keySet(),
                VERSION,
                INSERT_VERSION,
                UPDATE_VERSION);
        Map<MemberId, ResidenceLiaisonHistory> after = new LinkedHashMap<>();
        for (Map.Entry<MemberId, List<ResidenceFact>> e : byMember.entrySet()) {
            MemberId id = e.getKey();
            List<ResidenceLiaisonHistory> stored = append.expectedVersions().getOrDefault(id, 0L) == 0
                    ? List.of()
                    : reads.stored(connection, id.value());
            ResidenceLiaisonHistory before =
                    stored.isEmpty() ? ResidenceLiaisonHistory.of(id, List.of()) : stored.get(0);
            after.put(id, before.append(e.getValue()));
        }
        if (actor.scope() instanceof Scope.Subtree s) {
            for (ResidenceFact f : append.facts()) {
                ResidenceLiaisonHistory history = Objects.requireNonNull(after.get(f.member()));
                if (!writable(connection, f, history, s.root().value())) {
                    throw new OutOfScopeException(
                            actor,
                            "residence liaison of member " + f.member() + " on " + f.effective() + " ("
                                    + f.getClass().getSimpleName() + ")");
                }
            }
        }
        checkReferences(connection, append);
        for (ResidenceLiaisonHistory history : after.values()) {
            List<ResidenceFact> added = Objects.requireNonNull(byMember.get(history.id()));
            int seq = history.facts().size() - added.size();
            for (ResidenceFact f : added) {
                ResidenceRows.INSERT.update(connection, ResidenceRows.values(f, seq++));
            }
            UUID id = history.id().value();
            DELETE_PERIODS.update(connection, id);
            for (ResidenceRows.Period p : ResidenceRows.periods(history)) {
                INSERT_PERIOD.update(
                        connection, id, p.from(), p.until(), p.cell().value());
            }
        }
    }

    /**
     * The scope rule of {@link ResidenceLiaisons}: a registration when its cell lies in the subtree
     * on its date; a comment when the cell that commented does on its date, the day before, or the
     * last day of the year commented on if that is earlier; anything else when the cell the member
     * is registered with (on the day, the day before, or else last) does on the day or the day
     * before. {@code history} includes the whole append.
     */
    private static boolean writable(Connection connection, ResidenceFact f, ResidenceLiaisonHistory history, UUID root)
            throws SQLException {
        LocalDate day = f.effective();
        if (f instanceof ResidenceFact.Registered r) {
            return Scopes.underOn(connection, r.residentialCell().value(), root, day);
        }
        if (f instanceof ResidenceFact.CommentGiven c) {
            UUID cell = c.residentialCell().value();
            LocalDate yearEnd = c.year().atMonth(12).atEndOfMonth();
            return Scopes.underOn(connection, cell, root, day)
                    || Scopes.underOn(connection, cell, root, day.minusDays(1))
                    || Scopes.underOn(connection, cell, root, day.isBefore(yearEnd) ? day : yearEnd);
        }
        Optional<OrganizationId> cell = history.residentialCellOn(day)
                .or(() -> history.residentialCellOn(day.minusDays(1)))
                .or(() -> history.lastRegistration().map(ResidenceRegistration::residentialCell));
        if (cell.isEmpty()) {
            return false;
        }
        UUID raw = cell.get().value();
        return Scopes.underOn(connection, raw, root, day) || Scopes.underOn(connection, raw, root, day.minusDays(1));
    }

    /**
     * Every history a fact is about is stored or begun by a registration of this append, and every
     * organisation a fact names (a residential cell, a workplace kept here) is stored.
     */
    private static void checkReferences(Connection connection, ResidenceLiaisonAppend append) throws SQLException {
        Set<MemberId> registeredHere = new HashSet<>();
        for (ResidenceFact f : append.facts()) {
            if (f instanceof ResidenceFact.Registered) {
                registeredHere.add(f.member());
            }
        }
        InputChecks checks = new InputChecks();
        for (int i = 0; i < append.facts().size(); i++) {
            ResidenceFact f = append.facts().get(i);
            String path = "facts[" + i + "]";
            if (append.expectedVersions().getOrDefault(f.member(), 0L) == 0 && !registeredHere.contains(f.member())) {
                checks.unknown(
                        path + ".member",
                        "residence liaison of member " + f.member(),
                        Label.of(
                                "đảng viên chưa đăng ký nơi cư trú, cũng không đăng ký trong lần ghi này",
                                "the member is neither registered with a residence nor registered by this append"));
            }
            if (f instanceof ResidenceFact.Registered r) {
                checks.storedOrganization(connection, path + ".residentialCell", r.residentialCell());
                Optional<OrganizationId> workplace = r.workplace().organizationId();
                if (workplace.isPresent()) {
                    checks.storedOrganization(connection, path + ".workplace.organization", workplace.get());
                }
            } else if (f instanceof ResidenceFact.CommentGiven c) {
                checks.storedOrganization(connection, path + ".residentialCell", c.residentialCell());
            }
        }
        checks.throwIfAny(WHAT);
    }

    /** The histories the query returns, its rows ordered as {@link #ORDER} says. */
    private static ImmutableList<ResidenceLiaisonHistory> histories(Connection connection, Sql sql, Object... params)
            throws SQLException {
        Map<MemberId, List<ResidenceFact>> facts = new LinkedHashMap<>();
        try (PreparedStatement statement = sql.prepareWith(connection, params);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ResidenceFact f = ResidenceRows.read(rows);
                facts.computeIfAbsent(f.member(), k -> new ArrayList<>()).add(f);
            }
        }
        ImmutableList.Builder<ResidenceLiaisonHistory> out = ImmutableList.builder();
        facts.forEach((id, list) -> out.add(ResidenceLiaisonHistory.of(id, list)));
        return out.build();
    }
}

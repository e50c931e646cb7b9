package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.Members;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * {@link Members} over JDBC, in the same database as the {@link JdbcOrganizations} whose tree
 * confines each actor. Facts go to {@code member_fact} (sponsors to {@code admission_sponsor}), the
 * version to {@code member_version}, and the home and activity cells over time to {@code
 * member_cell_period}; every append also counts its admissions and moves the member's reviews
 * ({@link Aggregates}). Thread-safe: every call runs on its own connection.
 */
final class JdbcMembers implements Members {
    private static final Sql ALL = Sql.of("SELECT " + MemberRows.COLUMNS + MemberRows.FROM + MemberRows.ORDER);

    /**
     * The members a subtree actor reaches ({@link Scopes#SCOPED_MEMBERS}) with their facts: a join,
     * which H2 plans once, not an {@code IN} over the recursive expression, which it evaluates row
     * by row.
     */
    private static final String SCOPED_FROM = " FROM scoped_member s JOIN member_version v ON v.member_id = s.member_id"
            + " JOIN member_fact f ON f.member_id = v.member_id" + MemberRows.WITH_SPONSORS;

    private static final Sql ALL_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT + ", " + Scopes.SCOPED_MEMBERS
            + " SELECT " + MemberRows.COLUMNS + SCOPED_FROM
            + MemberRows.ORDER);

    private static final Sql ONE =
            Sql.of("SELECT " + MemberRows.COLUMNS + MemberRows.FROM + " WHERE v.member_id = ?" + MemberRows.ORDER);

    private static final Sql ONE_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT + ", " + Scopes.SCOPED_MEMBERS
            + " SELECT " + MemberRows.COLUMNS + SCOPED_FROM
            + " WHERE v.member_id = ?"
            + MemberRows.ORDER);

    /** Members whose home or activity cell lies in {@code sub} on a date; parameters: the date twice. */
    /**
     * {@code on_day(member_id)}: the members whose home or activity cell on a date lies in {@code
     * sub}, as a table expression to join (H2 evaluated the former nested {@code IN} row by row:
     * minutes for a ward); parameters: the date four times.
     */
    private static final String ON_DAY = "on_day(member_id) AS ("
            + "SELECT p.member_id FROM sub JOIN member_cell_period p ON p.home_cell_id = sub.organization_id"
            + " WHERE p.valid_from <= ? AND p.valid_until > ?"
            + " UNION SELECT p.member_id FROM sub JOIN member_cell_period p ON p.activity_cell_id = sub.organization_id"
            + " WHERE p.valid_from <= ? AND p.valid_until > ?)";

    private static final Sql OF_ORGANIZATION = Sql.of("WITH RECURSIVE " + Scopes.SUBTREE_ON + ", " + ON_DAY
            + " SELECT " + MemberRows.COLUMNS
            + " FROM on_day d JOIN member_version v ON v.member_id = d.member_id"
            + " JOIN member_fact f ON f.member_id = v.member_id" + MemberRows.WITH_SPONSORS
            + MemberRows.ORDER);

    private static final Sql OF_ORGANIZATION_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.SUBTREE_ON + ", "
            + Scopes.UNDER_ROOT + ", " + Scopes.SCOPED_MEMBERS + ", " + ON_DAY
            + " SELECT " + MemberRows.COLUMNS
            + " FROM on_day d JOIN scoped_member s ON s.member_id = d.member_id"
            + " JOIN member_version v ON v.member_id = s.member_id"
            + " JOIN member_fact f ON f.member_id = v.member_id" + MemberRows.WITH_SPONSORS
            + MemberRows.ORDER);

    private static final Sql VERSION = Sql.of("SELECT version FROM member_version WHERE member_id = ?");

    private static final Sql INSERT_VERSION = Sql.of("INSERT INTO member_version (member_id, version) VALUES (?, 0)");

    private static final Sql UPDATE_VERSION =
            Sql.of("UPDATE member_version SET version = ? WHERE member_id = ? AND version = ?");

    private static final Sql DELETE_PERIODS = Sql.of("DELETE FROM member_cell_period WHERE member_id = ?");

    /** What an append is, in errors. */
    private static final String WHAT = "Member facts";

    private final Database database;
    private final HistoryReads<MemberHistory> reads;

    JdbcMembers(Database database) {
        this.database = database;
        this.reads = new HistoryReads<>(
                database,
                "member",
                "members",
                new HistoryReads.Queries(
                        ONE, ONE_IN_SCOPE, ALL, ALL_IN_SCOPE, OF_ORGANIZATION, OF_ORGANIZATION_IN_SCOPE, 4, VERSION),
                JdbcMembers::histories);
    }

    @Override
    public Optional<MemberHistory> find(Actor actor, MemberId id) {
        return reads.find(actor, id.value());
    }

    @Override
    public ImmutableList<MemberHistory> all(Actor actor) {
        return reads.all(actor);
    }

    @Override
    public ImmutableList<MemberHistory> ofOrganization(Actor actor, OrganizationId organization, LocalDate date) {
        return reads.ofOrganization(actor, organization, date);
    }

    @Override
    public void append(Actor actor, MemberAppend append) {
        InputChecks checks = new InputChecks();
        for (int i = 0; i < append.facts().size(); i++) {
            MemberFact f = append.facts().get(i);
            String path = "facts[" + i + "]";
            checks.row(path, MemberRows.Column.values(), MemberRows.values(f, 0));
            if (f instanceof MemberFact.AdmissionDecided a) {
                for (int j = 0; j < a.sponsors().size(); j++) {
                    checks.row(
                            path + ".sponsors[" + j + "]",
                            MemberRows.SponsorColumn.values(),
                            MemberRows.sponsorValues(
                                    f.member(), 0, j, a.sponsors().get(j)));
                }
            }
        }
        checks.throwIfAny(WHAT);
        try {
            database.inTransaction("Appending member facts", connection -> appendIn(connection, actor, append));
        } catch (Database.Conflict conflict) {
            throw Versions.lost(database, conflict, append.expectedVersions(), MemberId::value, VERSION, "member");
        }
    }

    private void appendIn(Connection connection, Actor actor, MemberAppend append) throws SQLException {
        Aggregates.lockShared(connection, database.dialect());
        Map<MemberId, List<MemberFact>> byMember = new LinkedHashMap<>();
        for (MemberFact f : append.facts()) {
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
        Map<MemberId, MemberHistory> after = new HashMap<>();
        for (Map.Entry<MemberId, List<MemberFact>> e : byMember.entrySet()) {
            MemberId id = e.getKey();
            List<MemberHistory> stored = append.expectedVersions().getOrDefault(id, 0L) == 0
                    ? List.of()
                    : reads.stored(connection, id.value());
            MemberHistory before = stored.isEmpty() ? MemberHistory.of(id, List.of()) : stored.get(0);
            after.put(id, before.append(e.getValue()));
        }
        if (actor.scope() instanceof Scope.Subtree s) {
            for (MemberFact f : append.facts()) {
                MemberHistory history = Objects.requireNonNull(after.get(f.member()));
                if (!writable(connection, f, history, s.root().value())) {
                    throw new OutOfScopeException(
                            actor,
                            "member " + f.member() + " on " + f.effective() + " ("
                                    + f.getClass().getSimpleName() + ")");
                }
            }
        }
        checkReferences(connection, append);
        for (Map.Entry<MemberId, List<MemberFact>> e : byMember.entrySet()) {
            MemberHistory history = Objects.requireNonNull(after.get(e.getKey()));
            int seq = history.facts().size() - e.getValue().size();
            for (MemberFact f : e.getValue()) {
                MemberRows.INSERT.update(connection, MemberRows.values(f, seq));
                if (f instanceof MemberFact.AdmissionDecided a) {
                    int index = 0;
                    for (Sponsor sponsor : a.sponsors()) {
                        MemberRows.INSERT_SPONSOR.update(
                                connection, MemberRows.sponsorValues(f.member(), seq, index++, sponsor));
                    }
                }
                seq++;
            }
            writePeriods(connection, history);
        }
        Aggregates.afterMemberAppend(connection, byMember.keySet(), append.facts());
    }

    /**
     * Every member a fact is about is stored or admitted by this append, and every cell a fact
     * names (of an admission, a ceremony, a transfer, a party group) is stored.
     */
    private static void checkReferences(Connection connection, MemberAppend append) throws SQLException {
        Set<MemberId> admittedHere = new HashSet<>();
        for (MemberFact f : append.facts()) {
            if (f instanceof MemberFact.AdmissionDecided) {
                admittedHere.add(f.member());
            }
        }
        InputChecks checks = new InputChecks();
        for (int i = 0; i < append.facts().size(); i++) {
            MemberFact f = append.facts().get(i);
            String path = "facts[" + i + "]";
            if (append.expectedVersions().getOrDefault(f.member(), 0L) == 0 && !admittedHere.contains(f.member())) {
                checks.unknown(
                        path + ".member",
                        "member " + f.member(),
                        Label.of(
                                "đảng viên chưa được lưu, cũng không được kết nạp trong lần ghi này",
                                "the member is neither stored nor admitted by this append"));
            }
            if (f instanceof MemberFact.AdmissionDecided a) {
                checks.storedOrganization(connection, path + ".cell", a.cell());
            } else if (f instanceof MemberFact.CeremonyHeld c) {
                checks.storedOrganization(connection, path + ".cell", c.cell());
            } else if (f instanceof MemberFact.Transferred t) {
                checks.storedOrganization(connection, path + ".from", t.from());
                checks.storedOrganization(connection, path + ".to", t.to());
            } else if (f instanceof MemberFact.GroupAssigned g && g.partyGroup() != null) {
                checks.storedOrganization(connection, path + ".partyGroup", g.partyGroup());
            }
        }
        checks.throwIfAny(WHAT);
    }

    /**
     * The scope rule of {@link Members}: a transfer when the cell left or joined lies in the subtree
     * on its date; an admission when its cell does on the day considered or decided; anything else
     * when the member's home cell (on the day, the day before, or else of the last membership) lies
     * in the subtree on the day or the day before. {@code history} includes the whole append.
     */
    private static boolean writable(Connection connection, MemberFact f, MemberHistory history, UUID root)
            throws SQLException {
        LocalDate day = f.effective();
        if (f instanceof MemberFact.Transferred t) {
            return Scopes.underOn(connection, t.from().value(), root, day)
                    || Scopes.underOn(connection, t.to().value(), root, day);
        }
        if (f instanceof MemberFact.AdmissionDecided a) {
            return Scopes.underOn(connection, a.cell().value(), root, a.considered())
                    || Scopes.underOn(connection, a.cell().value(), root, day);
        }
        Optional<OrganizationId> home = history.homeCellOn(day)
                .or(() -> history.homeCellOn(day.minusDays(1)))
                .or(() -> history.lastMembership().map(m -> m.admission().cell()));
        if (home.isEmpty()) {
            return false;
        }
        UUID cell = home.get().value();
        return Scopes.underOn(connection, cell, root, day) || Scopes.underOn(connection, cell, root, day.minusDays(1));
    }

    private static void writePeriods(Connection connection, MemberHistory history) throws SQLException {
        DELETE_PERIODS.update(connection, history.id().value());
        for (MemberPeriods.Period p : MemberPeriods.of(history)) {
            MemberRows.INSERT_PERIOD.update(connection, MemberRows.periodValues(history.id(), p));
        }
    }

    /** The histories the query returns, its rows ordered as {@link MemberRows#ORDER} says. */
    private static ImmutableList<MemberHistory> histories(Connection connection, Sql sql, Object... params)
            throws SQLException {
        List<MemberFact> facts;
        try (PreparedStatement statement = sql.prepareWith(connection, params);
                ResultSet rows = statement.executeQuery()) {
            facts = MemberRows.readAll(rows);
        }
        Map<MemberId, List<MemberFact>> byMember = new LinkedHashMap<>();
        for (MemberFact f : facts) {
            byMember.computeIfAbsent(f.member(), k -> new ArrayList<>()).add(f);
        }
        ImmutableList.Builder<MemberHistory> out = ImmutableList.builder();
        byMember.forEach((id, list) -> out.add(MemberHistory.of(id, list)));
        return out.build();
    }
}

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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * {@link Organizations} over JDBC. Facts go to {@code organization_fact}, the version to {@code
 * organization_version}, and the states folded from the facts to {@code organization_state}, which
 * the scope queries of {@link Scopes} walk; an append that changes the tree also rewrites the
 * ancestor paths and moves the reviews it affects ({@link Aggregates}). Thread-safe: every call
 * runs on its own connection.
 */
final class JdbcOrganizations implements Organizations {
    private static final String FROM =
            " FROM organization_version v" + " JOIN organization_fact f ON f.organization_id = v.organization_id";

    private static final Sql ALL = Sql.of("SELECT " + OrganizationRows.COLUMNS + FROM + " ORDER BY v.ordinal, f.seq");

    /** What a subtree actor reads: the organisations it reaches, joined (not {@code IN}: see Scopes). */
    private static final String IN_SCOPE = "WITH RECURSIVE " + Scopes.UNDER_ROOT + ", " + Scopes.ABOVE_ROOT + ", "
            + Scopes.REACHABLE_ORGANIZATIONS + " SELECT " + OrganizationRows.COLUMNS + " FROM reachable r"
            + " JOIN organization_version v ON v.organization_id = r.organization_id"
            + " JOIN organization_fact f ON f.organization_id = v.organization_id";

    private static final Sql ALL_IN_SCOPE = Sql.of(IN_SCOPE + " ORDER BY v.ordinal, f.seq");

    private static final Sql ONE =
            Sql.of("SELECT " + OrganizationRows.COLUMNS + FROM + " WHERE v.organization_id = ? ORDER BY f.seq");

    private static final Sql ONE_IN_SCOPE = Sql.of(IN_SCOPE + " WHERE v.organization_id = ? ORDER BY f.seq");

    /** The version of an organisation; one parameter: its identity. */
    static final Sql VERSION = Sql.of("SELECT version FROM organization_version WHERE organization_id = ?");

    private static final Sql INSERT_VERSION =
            Sql.of("INSERT INTO organization_version (organization_id, version) VALUES (?, 0)");

    private static final Sql UPDATE_VERSION =
            Sql.of("UPDATE organization_version SET version = ? WHERE organization_id = ? AND version = ?");

    private static final Sql DELETE_STATES = Sql.of("DELETE FROM organization_state WHERE organization_id = ?");

    /** What an append is, in errors. */
    private static final String WHAT = "Organisation facts";

    private final Database database;

    JdbcOrganizations(Database database) {
        this.database = database;
    }

    @Override
    public Optional<OrganizationHistory> find(Actor actor, OrganizationId id) {
        return database.read("Reading organisation " + id, connection -> {
            List<OrganizationHistory> found = actor.scope() instanceof Scope.Subtree s
                    ? histories(
                            connection, ONE_IN_SCOPE, s.root().value(), s.root().value(), id.value())
                    : histories(connection, ONE, id.value());
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
            if (Versions.current(connection, VERSION, id.value()).isPresent()) {
                throw new OutOfScopeException(actor, "organisation " + id);
            }
            return Optional.empty();
        });
    }

    @Override
    public ImmutableList<OrganizationHistory> all(Actor actor) {
        return database.read(
                "Reading organisations",
                connection -> actor.scope() instanceof Scope.Subtree s
                        ? histories(
                                connection,
                                ALL_IN_SCOPE,
                                s.root().value(),
                                s.root().value())
                        : histories(connection, ALL));
    }

    @Override
    public void append(Actor actor, OrganizationAppend append) {
        InputChecks checks = new InputChecks();
        for (int i = 0; i < append.facts().size(); i++) {
            checks.row(
                    "facts[" + i + "]",
                    OrganizationRows.Column.values(),
                    OrganizationRows.values(append.facts().get(i), 0));
        }
        checks.throwIfAny(WHAT);
        try {
            database.inTransaction("Appending organisation facts", connection -> appendIn(connection, actor, append));
        } catch (Database.Conflict conflict) {
            throw Versions.lost(
                    database, conflict, append.expectedVersions(), OrganizationId::value, VERSION, "organisation");
        }
    }

    private void appendIn(Connection connection, Actor actor, OrganizationAppend append) throws SQLException {
        Optional<LocalDate> treeChangedFrom = Aggregates.treeChangedFrom(append.facts());
        if (treeChangedFrom.isPresent()) {
            Aggregates.lockExclusive(connection, database.dialect());
        }
        Map<OrganizationId, List<OrganizationFact>> byOrganization = new LinkedHashMap<>();
        for (OrganizationFact f : append.facts()) {
            byOrganization
                    .computeIfAbsent(f.organization(), k -> new ArrayList<>())
                    .add(f);
        }
        Versions.claim(
                connection,
                append.expectedVersions(),
                id -> byOrganization.getOrDefault(id, List.of()).size(),
                OrganizationId::value,
                byOrganization.keySet(),
                VERSION,
                INSERT_VERSION,
                UPDATE_VERSION);
        if (actor.scope() instanceof Scope.Subtree s) {
            checkScope(connection, actor, s.root().value(), append);
        }
        checkReferences(connection, append);
        for (Map.Entry<OrganizationId, List<OrganizationFact>> e : byOrganization.entrySet()) {
            OrganizationId id = e.getKey();
            long expected = append.expectedVersions().getOrDefault(id, 0L);
            List<OrganizationFact> stored = expected == 0
                    ? List.of()
                    : histories(connection, ONE, id.value()).stream()
                            .flatMap(h -> h.facts().stream())
                            .toList();
            int seq = stored.size();
            for (OrganizationFact f : e.getValue()) {
                OrganizationRows.INSERT.update(connection, OrganizationRows.values(f, seq++));
            }
            OrganizationHistory history = OrganizationHistory.of(id, stored).append(e.getValue());
            writeStates(connection, history);
        }
        if (treeChangedFrom.isPresent()) {
            Aggregates.afterTreeChange(connection, byOrganization.keySet(), treeChangedFrom.get());
        }
    }

    /** The scope rule of {@link Organizations}, asked of the tree as stored before this append. */
    private static void checkScope(Connection connection, Actor actor, UUID root, OrganizationAppend append)
            throws SQLException {
        Map<OrganizationId, OrganizationFact.Founded> foundedHere = new HashMap<>();
        for (OrganizationFact f : append.facts()) {
            if (f instanceof OrganizationFact.Founded founded
                    && append.expectedVersions().getOrDefault(f.organization(), 0L) == 0) {
                foundedHere.put(f.organization(), founded);
            }
        }
        for (OrganizationFact f : append.facts()) {
            LocalDate day = f.effective();
            boolean writable = inScope(connection, f.organization(), day, root, foundedHere, 0);
            if (writable && f instanceof OrganizationFact.Reparented r) {
                writable = inScope(connection, r.parent(), day, root, foundedHere, 0);
            } else if (writable && f instanceof OrganizationFact.Dissolved d && d.mergedInto() != null) {
                writable = inScope(connection, d.mergedInto(), day, root, foundedHere, 0);
            } else if (writable && f instanceof OrganizationFact.SupervisionAssigned a) {
                writable = inScope(connection, a.committeeOf(), day, root, foundedHere, 0);
            }
            if (!writable) {
                throw new OutOfScopeException(
                        actor,
                        "organisation " + f.organization() + " on " + day + " ("
                                + f.getClass().getSimpleName() + ")");
            }
        }
    }

    /**
     * Every organisation a fact is about or names (a parent, an organisation merged into, the
     * committee of a supervisor) is stored, or founded by this append.
     */
    private static void checkReferences(Connection connection, OrganizationAppend append) throws SQLException {
        Set<OrganizationId> foundedHere = new HashSet<>();
        for (OrganizationFact f : append.facts()) {
            if (f instanceof OrganizationFact.Founded) {
                foundedHere.add(f.organization());
            }
        }
        InputChecks checks = new InputChecks();
        for (int i = 0; i < append.facts().size(); i++) {
            OrganizationFact f = append.facts().get(i);
            String path = "facts[" + i + "]";
            if (append.expectedVersions().getOrDefault(f.organization(), 0L) == 0
                    && !foundedHere.contains(f.organization())) {
                checks.unknown(
                        path + ".organization",
                        "organisation " + f.organization(),
                        Label.of(
                                "tổ chức chưa được lưu, cũng không được thành lập trong lần ghi này",
                                "the organisation is neither stored nor founded by this append"));
            }
            OrganizationId named = null;
            String field = "";
            if (f instanceof OrganizationFact.Founded founded) {
                named = founded.parent();
                field = ".parent";
            } else if (f instanceof OrganizationFact.Reparented r) {
                named = r.parent();
                field = ".parent";
            } else if (f instanceof OrganizationFact.Dissolved d) {
                named = d.mergedInto();
                field = ".mergedInto";
            } else if (f instanceof OrganizationFact.SupervisionAssigned a) {
                named = a.committeeOf();
                field = ".committeeOf";
            }
            if (named != null && !foundedHere.contains(named)) {
                checks.storedOrganization(connection, path + field, named);
            }
        }
        checks.throwIfAny(WHAT);
    }

    /**
     * Whether {@code id} lies under {@code root} on {@code day} or the day before; an organisation
     * founded by this append lies where its parent does.
     */
    private static boolean inScope(
            Connection connection,
            OrganizationId id,
            LocalDate day,
            UUID root,
            Map<OrganizationId, OrganizationFact.Founded> foundedHere,
            int depth)
            throws SQLException {
        OrganizationFact.Founded founded = foundedHere.get(id);
        if (founded != null) {
            OrganizationId parent = founded.parent();
            return parent != null && depth < 64 && inScope(connection, parent, day, root, foundedHere, depth + 1);
        }
        return Scopes.underOn(connection, id.value(), root, day)
                || Scopes.underOn(connection, id.value(), root, day.minusDays(1));
    }

    private static void writeStates(Connection connection, OrganizationHistory history) throws SQLException {
        DELETE_STATES.update(connection, history.id().value());
        for (OrganizationState s : history.states()) {
            OrganizationRows.INSERT_STATE.update(connection, OrganizationRows.stateValues(history.id(), s));
        }
    }

    /** The histories the query returns, its rows ordered by organisation, then by seq. */
    private static ImmutableList<OrganizationHistory> histories(Connection connection, Sql sql, Object... params)
            throws SQLException {
        Map<OrganizationId, List<OrganizationFact>> facts = new LinkedHashMap<>();
        try (PreparedStatement statement = sql.prepareWith(connection, params);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                OrganizationFact f = OrganizationRows.read(rows);
                facts.computeIfAbsent(f.organization(), k -> new ArrayList<>()).add(f);
            }
        }
        ImmutableList.Builder<OrganizationHistory> out = ImmutableList.builder();
        facts.forEach((id, list) -> out.add(OrganizationHistory.of(id, list)));
        return out.build();
    }
}

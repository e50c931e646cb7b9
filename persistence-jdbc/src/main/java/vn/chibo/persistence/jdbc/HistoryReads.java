package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * The reads of a store of histories kept by identity (members, residence liaisons): one history,
 * all of them, those of an organisation's subtree on a date. Which histories a subtree actor
 * reaches is decided by the queries themselves, which take its root as a parameter. Thread-safe.
 *
 * @param <H> the history
 */
final class HistoryReads<H> {
    /** Reads the histories a query returns, in its order. */
    @FunctionalInterface
    interface Reader<H> {
        ImmutableList<H> read(Connection connection, Sql sql, Object... params) throws SQLException;
    }

    /**
     * The queries, by their parameters.
     *
     * @param one a history; its identity
     * @param oneInScope a history the actor reaches; the actor's root, then the identity
     * @param all every history
     * @param allInScope every history the actor reaches; the actor's root
     * @param ofOrganization the histories of a subtree on a date ({@link Scopes#SUBTREE_ON} then a
     *     condition on the date); the organisation, the date four times, then the date {@code
     *     dates} times
     * @param ofOrganizationInScope the same that the actor reaches ({@link Scopes#SUBTREE_ON}, then
     *     {@link Scopes#UNDER_ROOT}, then the condition); the organisation, the date four times, the
     *     actor's root, the date {@code dates} times
     * @param dates how many times the condition on the date after the subtree takes the date
     * @param version the stored version; the identity
     */
    record Queries(
            Sql one,
            Sql oneInScope,
            Sql all,
            Sql allInScope,
            Sql ofOrganization,
            Sql ofOrganizationInScope,
            int dates,
            Sql version) {}

    private final Database database;
    private final String noun;
    private final String plural;
    private final Queries queries;
    private final Reader<H> reader;

    /**
     * Reads with {@code queries} and {@code reader} on {@code database}; errors name a history as
     * {@code noun} and its identity, all of them as {@code plural}.
     */
    HistoryReads(Database database, String noun, String plural, Queries queries, Reader<H> reader) {
        this.database = database;
        this.noun = noun;
        this.plural = plural;
        this.queries = queries;
        this.reader = reader;
    }

    /**
     * The history of {@code id}.
     *
     * @throws OutOfScopeException when it is stored outside the actor's reach
     */
    Optional<H> find(Actor actor, UUID id) {
        return database.read("Reading " + noun + " " + id, connection -> {
            List<H> found = actor.scope() instanceof Scope.Subtree s
                    ? reader.read(connection, queries.oneInScope(), s.root().value(), id)
                    : stored(connection, id);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
            if (Versions.current(connection, queries.version(), id).isPresent()) {
                throw new OutOfScopeException(actor, noun + " " + id);
            }
            return Optional.empty();
        });
    }

    /** The history of {@code id} as stored, whoever asks, within the caller's transaction; empty or one. */
    ImmutableList<H> stored(Connection connection, UUID id) throws SQLException {
        return reader.read(connection, queries.one(), id);
    }

    /** Every history the actor reaches. */
    ImmutableList<H> all(Actor actor) {
        return database.read(
                "Reading " + plural,
                connection -> actor.scope() instanceof Scope.Subtree s
                        ? reader.read(connection, queries.allInScope(), s.root().value())
                        : reader.read(connection, queries.all()));
    }

    /**
     * The histories of the subtree of {@code organization} on {@code date} that the actor reaches.
     *
     * @throws OutOfScopeException when {@code organization} lies outside the actor's reach
     */
    ImmutableList<H> ofOrganization(Actor actor, OrganizationId organization, LocalDate date) {
        return database.read("Reading the " + plural + " of organisation " + organization, connection -> {
            UUID org = organization.value();
            if (actor.scope() instanceof Scope.Subtree s) {
                UUID root = s.root().value();
                if (!Scopes.reaches(connection, root, org)) {
                    throw new OutOfScopeException(actor, "organisation " + organization);
                }
                return reader.read(connection, queries.ofOrganizationInScope(), params(org, root, date));
            }
            return reader.read(connection, queries.ofOrganization(), params(org, null, date));
        });
    }

    /** The organisation, the date four times, the actor's root if any, the date {@code dates} times. */
    private Object[] params(UUID org, @Nullable UUID root, LocalDate date) {
        List<Object> out = new ArrayList<>();
        out.add(org);
        for (int i = 0; i < 4; i++) {
            out.add(date);
        }
        if (root != null) {
            out.add(root);
        }
        for (int i = 0; i < queries.dates(); i++) {
            out.add(date);
        }
        return out.toArray();
    }
}

package vn.chibo.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * The organisation tree as seen from an actor's root, answered by the database from {@code
 * organization_state}: recursive common table expressions that the read and write queries of both
 * stores embed. Stateless.
 *
 * <p>An organisation is under a root on a date when the path from it up through the parents of
 * that date reaches the root ({@code OrganizationTree.Snapshot.isUnder}). Walking down from the
 * root, each step keeps the days on which the parent was under the root and the child's state
 * named that parent, so {@code under_root} holds exactly the days each organisation was under the
 * root; {@code above_root} walks up the same way and holds the days on which the root was under
 * each of its ancestors. A cycle, which commands never let in, is walked at most {@link #MAX_DEPTH}
 * steps.
 */
final class Scopes {
    private Scopes() {}

    /**
     * The deepest path walked. A party tree is about seven levels deep (centre, province,
     * district, grassroots, cell, party group); the bound only stops a walk round a cycle, which
     * H2 would otherwise follow for ever (its recursive {@code UNION} does not discard rows found
     * in earlier rounds, PostgreSQL's does).
     */
    static final String MAX_DEPTH = "100";

    /** The walk down from one organisation, between the name of the expression and its recursive use. */
    private static final String WALK_DOWN = "(organization_id, valid_from, valid_until, depth) AS ("
            + " SELECT s.organization_id, s.valid_from, s.valid_until, 0"
            + " FROM organization_state s WHERE s.organization_id = ?"
            + " UNION"
            + " SELECT c.organization_id, GREATEST(c.valid_from, u.valid_from), LEAST(c.valid_until, u.valid_until),"
            + " u.depth + 1"
            + " FROM organization_state c JOIN ";

    /** The rest of the walk down, after its recursive use. */
    private static final String WALK_DOWN_END = " u ON c.parent_id = u.organization_id"
            + " WHERE c.valid_from < u.valid_until AND u.valid_from < c.valid_until AND u.depth < " + MAX_DEPTH
            + ")";

    /** {@code under_root(organization_id, valid_from, valid_until, depth)}; one parameter: the root. */
    static final String UNDER_ROOT = "under_root" + WALK_DOWN + "under_root" + WALK_DOWN_END;

    /**
     * {@code under_organization(organization_id, valid_from, valid_until, depth)}: the days each
     * organisation was under a given one, as {@link #UNDER_ROOT} holds them for the actor's root;
     * one parameter: the organisation.
     */
    static final String UNDER_ORGANIZATION = "under_organization" + WALK_DOWN + "under_organization" + WALK_DOWN_END;

    /**
     * {@code sub(organization_id, depth)}: the subtree of an organisation on one date; parameters:
     * the organisation, then the date four times.
     */
    static final String SUBTREE_ON = "sub(organization_id, depth) AS ("
            + " SELECT s.organization_id, 0 FROM organization_state s"
            + " WHERE s.organization_id = ? AND s.valid_from <= ? AND s.valid_until > ?"
            + " UNION"
            + " SELECT c.organization_id, sub.depth + 1"
            + " FROM organization_state c JOIN sub ON c.parent_id = sub.organization_id"
            + " WHERE c.valid_from <= ? AND c.valid_until > ? AND sub.depth < " + MAX_DEPTH + ")";

    /** {@code above_root(organization_id, parent_id, valid_from, valid_until, depth)}; one parameter: the root. */
    static final String ABOVE_ROOT = "above_root(organization_id, parent_id, valid_from, valid_until, depth) AS ("
            + " SELECT s.organization_id, s.parent_id, s.valid_from, s.valid_until, 0"
            + " FROM organization_state s WHERE s.organization_id = ?"
            + " UNION"
            + " SELECT p.organization_id, p.parent_id, GREATEST(p.valid_from, a.valid_from),"
            + " LEAST(p.valid_until, a.valid_until), a.depth + 1"
            + " FROM organization_state p JOIN above_root a ON p.organization_id = a.parent_id"
            + " WHERE p.valid_from < a.valid_until AND a.valid_from < p.valid_until AND a.depth < " + MAX_DEPTH
            + ")";

    /**
     * {@code reachable(organization_id)}: the organisations a subtree actor may read, as a table
     * expression to join (H2 evaluates an {@code IN} over the recursive walks row by row); needs
     * {@link #UNDER_ROOT} and {@link #ABOVE_ROOT}.
     */
    static final String REACHABLE_ORGANIZATIONS = "reachable(organization_id) AS " + Scopes.REACHABLE;

    /**
     * {@code ever_under(organization_id)}: each organisation ever under the actor's root, once, as a
     * table expression to join; needs {@link #UNDER_ROOT}.
     */
    static final String EVER_UNDER_ROOT =
            "ever_under(organization_id) AS (SELECT DISTINCT organization_id FROM under_root)";

    /** The organisations a subtree actor may read: ever under its root, or ever above it. */
    static final String REACHABLE =
            "(SELECT organization_id FROM under_root UNION SELECT organization_id FROM above_root)";

    /**
     * {@code up_on(organization_id, parent_id, depth)}: an organisation and its ancestors on a date,
     * itself at depth 0; five parameters: the organisation, then the date four times.
     */
    static final String UP_ON = "up_on(organization_id, parent_id, depth) AS ("
            + " SELECT s.organization_id, s.parent_id, 0 FROM organization_state s"
            + " WHERE s.organization_id = ? AND s.valid_from <= ? AND s.valid_until > ?"
            + " UNION"
            + " SELECT s.organization_id, s.parent_id, up_on.depth + 1 FROM organization_state s"
            + " JOIN up_on ON s.organization_id = up_on.parent_id"
            + " WHERE s.valid_from <= ? AND s.valid_until > ? AND up_on.depth < " + MAX_DEPTH + ")";

    /**
     * {@code scoped_member(member_id)}: the members a subtree actor reaches, those whose facts name
     * a cell ever under its root (admission and ceremony cells, cells left and joined), as a table
     * expression joined once (H2 evaluates an {@code IN} over {@code under_root} row by row: minutes
     * for a few hundred members); needs {@link #UNDER_ROOT}.
     */
    static final String SCOPED_MEMBERS = "scoped_member(member_id) AS ("
            + " SELECT x.member_id FROM member_fact x JOIN under_root u ON x.cell_id = u.organization_id"
            + " UNION SELECT x.member_id FROM member_fact x JOIN under_root u ON x.from_cell_id = u.organization_id"
            + " UNION SELECT x.member_id FROM member_fact x JOIN under_root u ON x.to_cell_id = u.organization_id)";

    private static final Sql UNDER_ON =
            Sql.of("WITH RECURSIVE " + UP_ON + " SELECT COUNT(*) FROM up_on WHERE organization_id = ?");

    private static final Sql EVER_UNDER =
            Sql.of("WITH RECURSIVE " + UNDER_ROOT + " SELECT COUNT(*) FROM under_root WHERE organization_id = ?");

    private static final Sql REACHES = Sql.of("WITH RECURSIVE " + UNDER_ROOT + ", " + ABOVE_ROOT
            + " SELECT COUNT(*) FROM " + REACHABLE + " r WHERE r.organization_id = ?");

    /** Whether {@code id} was under {@code root} on {@code day}, as stored now. */
    static boolean underOn(Connection connection, UUID id, UUID root, LocalDate day) throws SQLException {
        try (PreparedStatement statement = UNDER_ON.prepareWith(connection, id, day, day, day, day, root)) {
            return positive(statement);
        }
    }

    /** Whether {@code id} was under {@code root} on some day ({@code OrganizationTree.everUnder}). */
    static boolean everUnder(Connection connection, UUID id, UUID root) throws SQLException {
        try (PreparedStatement statement = EVER_UNDER.prepareWith(connection, root, id)) {
            return positive(statement);
        }
    }

    /**
     * Whether a subtree actor of {@code root} reaches {@code id}: it was under the root on some day,
     * or the root was under it.
     */
    static boolean reaches(Connection connection, UUID root, UUID id) throws SQLException {
        try (PreparedStatement statement = REACHES.prepareWith(connection, root, root, id)) {
            return positive(statement);
        }
    }

    private static boolean positive(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }
}

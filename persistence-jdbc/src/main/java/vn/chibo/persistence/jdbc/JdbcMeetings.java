package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.port.Meetings;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * {@link Meetings} over JDBC, in the same database as the {@link JdbcOrganizations} whose tree
 * confines each actor. Every version of a meeting's record is a row of {@code meeting_record} with
 * the items of its lists in {@code meeting_entry}; the version (the number of versions) is kept in
 * {@code meeting_version}; schedules go to {@code meeting_schedule}. Which meetings an actor reads
 * is decided by the queries themselves ({@link Scopes}). Thread-safe: every call runs on its own
 * connection.
 */
final class JdbcMeetings implements Meetings {
    /** Readable by a subtree actor: the organisation of the version read was ever under its root. */
    private static final String READABLE = " AND r.organization_id IN (SELECT organization_id FROM under_root)";

    private static final Sql FIND = Sql.of("SELECT " + MeetingRows.COLUMNS + MeetingRows.LATEST
            + " WHERE v.meeting_id = ? ORDER BY" + MeetingRows.ENTRY_ORDER);

    private static final Sql FIND_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT
            + " SELECT " + MeetingRows.COLUMNS + MeetingRows.LATEST
            + " WHERE v.meeting_id = ?" + READABLE
            + " ORDER BY" + MeetingRows.ENTRY_ORDER);

    private static final Sql VERSIONS = Sql.of("SELECT " + MeetingRows.COLUMNS + MeetingRows.EVERY_VERSION
            + " WHERE v.meeting_id = ? ORDER BY" + MeetingRows.ENTRY_ORDER);

    /** Every version, when the first version's organisation was ever under the root. */
    private static final Sql VERSIONS_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT
            + " SELECT " + MeetingRows.COLUMNS + MeetingRows.EVERY_VERSION
            + " WHERE v.meeting_id = ? AND EXISTS (SELECT 1 FROM meeting_record r1"
            + " WHERE r1.meeting_id = v.meeting_id AND r1.version = 1"
            + " AND r1.organization_id IN (SELECT organization_id FROM under_root))"
            + " ORDER BY" + MeetingRows.ENTRY_ORDER);

    /**
     * The latest versions dated within a range, of organisations then under a given one: driven
     * from the walk down ({@code under_organization}, one row per organisation and period, so each
     * meeting meets at most one), not filtered by a correlated subquery, which H2 evaluated for
     * every entry row; parameters after the walk's: the first and last dates.
     */
    private static final String IN_SUBTREE_BETWEEN = " FROM under_organization u"
            + " JOIN meeting_record r ON r.organization_id = u.organization_id"
            + " AND u.valid_from <= r.meeting_date AND u.valid_until > r.meeting_date"
            + " JOIN meeting_version v ON v.meeting_id = r.meeting_id AND v.version = r.version"
            + " LEFT JOIN meeting_entry e ON e.meeting_id = r.meeting_id AND e.version = r.version";

    private static final String BETWEEN = " WHERE r.meeting_date >= ? AND r.meeting_date <= ?";

    private static final String BY_DATE =
            " ORDER BY r.meeting_date, r.start_time, v.ordinal," + MeetingRows.ENTRY_ORDER;

    private static final Sql OF_ORGANIZATION = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ORGANIZATION
            + " SELECT " + MeetingRows.COLUMNS + IN_SUBTREE_BETWEEN
            + BETWEEN
            + BY_DATE);

    private static final Sql OF_ORGANIZATION_IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ORGANIZATION + ", "
            + Scopes.UNDER_ROOT + ", " + Scopes.EVER_UNDER_ROOT
            + " SELECT " + MeetingRows.COLUMNS + IN_SUBTREE_BETWEEN
            + " JOIN ever_under w ON w.organization_id = r.organization_id"
            + BETWEEN
            + BY_DATE);

    private static final Sql FIRST_VERSION =
            Sql.of("SELECT organization_id, meeting_date FROM meeting_record WHERE meeting_id = ? AND version = 1");

    private static final Sql VERSION = Sql.of("SELECT version FROM meeting_version WHERE meeting_id = ?");

    private static final Sql INSERT_VERSION = Sql.of("INSERT INTO meeting_version (meeting_id, version) VALUES (?, 0)");

    private static final Sql UPDATE_VERSION =
            Sql.of("UPDATE meeting_version SET version = ? WHERE meeting_id = ? AND version = ?");

    private final Database database;

    JdbcMeetings(Database database) {
        this.database = database;
    }

    @Override
    public Optional<MeetingRecord> find(Actor actor, MeetingId id) {
        return database.read("Reading meeting " + id, connection -> {
            List<MeetingRecord> found = actor.scope() instanceof Scope.Subtree s
                    ? records(connection, FIND_IN_SCOPE, s.root().value(), id.value())
                    : records(connection, FIND, id.value());
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
            requireNotStored(connection, actor, id);
            return Optional.empty();
        });
    }

    @Override
    public ImmutableList<MeetingRecord> versions(Actor actor, MeetingId id) {
        return database.read("Reading the versions of meeting " + id, connection -> {
            ImmutableList<MeetingRecord> found = actor.scope() instanceof Scope.Subtree s
                    ? records(connection, VERSIONS_IN_SCOPE, s.root().value(), id.value())
                    : records(connection, VERSIONS, id.value());
            if (found.isEmpty()) {
                requireNotStored(connection, actor, id);
            }
            return found;
        });
    }

    /** Nothing was read: throws {@link OutOfScopeException} when the meeting exists all the same. */
    private static void requireNotStored(Connection connection, Actor actor, MeetingId id) throws SQLException {
        if (Versions.current(connection, VERSION, id.value()).isPresent()) {
            throw new OutOfScopeException(actor, "meeting " + id);
        }
    }

    @Override
    public ImmutableList<MeetingRecord> ofOrganization(
            Actor actor, OrganizationId organization, LocalDate from, LocalDate to) {
        return database.read("Reading the meetings of organisation " + organization, connection -> {
            UUID org = organization.value();
            if (actor.scope() instanceof Scope.Subtree s) {
                UUID root = s.root().value();
                if (!Scopes.reaches(connection, root, org)) {
                    throw new OutOfScopeException(actor, "organisation " + organization);
                }
                return records(connection, OF_ORGANIZATION_IN_SCOPE, org, root, from, to);
            }
            return records(connection, OF_ORGANIZATION, org, from, to);
        });
    }

    @Override
    public void record(Actor actor, Meeting meeting, Recorded recorded, long expectedVersion) {
        String what = "Meeting " + meeting.id();
        InputChecks checks = new InputChecks()
                .row("", MeetingRows.Column.values(), MeetingRows.values(meeting, recorded, 1))
                .time("meeting.start", meeting.start())
                .time("meeting.end", meeting.end());
        for (MeetingRows.Entry e : MeetingRows.entries(meeting, 1, "meeting.")) {
            checks.row(e.path(), MeetingRows.EntryColumn.values(), e.values());
        }
        checks.throwIfAny(what);
        try {
            database.inTransaction(
                    "Recording meeting " + meeting.id(),
                    connection -> recordIn(connection, actor, meeting, recorded, expectedVersion, what));
        } catch (Database.Conflict conflict) {
            throw Versions.lost(
                    database, conflict, Map.of(meeting.id(), expectedVersion), MeetingId::value, VERSION, "meeting");
        }
    }

    private static void recordIn(
            Connection connection, Actor actor, Meeting meeting, Recorded recorded, long expectedVersion, String what)
            throws SQLException {
        Versions.claim(
                connection,
                Map.of(meeting.id(), expectedVersion),
                id -> 1,
                MeetingId::value,
                List.of(meeting.id()),
                VERSION,
                INSERT_VERSION,
                UPDATE_VERSION);
        if (actor.scope() instanceof Scope.Subtree s && !writable(connection, meeting, expectedVersion, s)) {
            throw new OutOfScopeException(actor, "organisation " + meeting.organization() + " on " + meeting.date());
        }
        new InputChecks()
                .storedOrganization(connection, "meeting.organization", meeting.organization())
                .throwIfAny(what);
        long version = expectedVersion + 1;
        MeetingRows.INSERT.update(connection, MeetingRows.values(meeting, recorded, version));
        for (MeetingRows.Entry e : MeetingRows.entries(meeting, version, "")) {
            MeetingRows.INSERT_ENTRY.update(connection, e.values());
        }
    }

    /**
     * The scope rule of {@link Meetings}: the organisation lies in the subtree on the meeting's date,
     * and so did the organisation of the first version on its date.
     */
    private static boolean writable(Connection connection, Meeting meeting, long expectedVersion, Scope.Subtree s)
            throws SQLException {
        UUID root = s.root().value();
        if (!Scopes.underOn(connection, meeting.organization().value(), root, meeting.date())) {
            return false;
        }
        if (expectedVersion == 0) {
            return true;
        }
        try (PreparedStatement statement =
                        FIRST_VERSION.prepareWith(connection, meeting.id().value());
                ResultSet rows = statement.executeQuery()) {
            return rows.next()
                    && Scopes.underOn(
                            connection, Rows.uuid(rows, "organization_id"), root, Rows.date(rows, "meeting_date"));
        }
    }

    @Override
    public ImmutableList<MeetingSchedule> schedules(Actor actor, OrganizationId organization) {
        return database.read("Reading the schedules of organisation " + organization, connection -> {
            if (actor.scope() instanceof Scope.Subtree s
                    && !Scopes.reaches(connection, s.root().value(), organization.value())) {
                throw new OutOfScopeException(actor, "organisation " + organization);
            }
            ImmutableList.Builder<MeetingSchedule> out = ImmutableList.builder();
            try (PreparedStatement statement = MeetingRows.SCHEDULES.prepareWith(connection, organization.value());
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(MeetingRows.schedule(rows));
                }
            }
            return out.build();
        });
    }

    @Override
    public void addSchedule(Actor actor, MeetingSchedule schedule, Recorded recorded) {
        String what = "Meeting schedule of organisation " + schedule.organization();
        @Nullable Object[] values = MeetingRows.scheduleValues(schedule, recorded);
        new InputChecks().row("", MeetingRows.ScheduleColumn.values(), values).throwIfAny(what);
        database.inTransaction("Keeping a schedule of organisation " + schedule.organization(), connection -> {
            if (actor.scope() instanceof Scope.Subtree s
                    && !Scopes.underOn(
                            connection,
                            schedule.organization().value(),
                            s.root().value(),
                            schedule.valid().from())) {
                throw new OutOfScopeException(actor, "organisation " + schedule.organization());
            }
            new InputChecks()
                    .storedOrganization(connection, "schedule.organization", schedule.organization())
                    .throwIfAny(what);
            MeetingRows.INSERT_SCHEDULE.update(connection, values);
        });
    }

    /** The versions the query returns, its rows ordered so that those of one version follow each other. */
    private static ImmutableList<MeetingRecord> records(Connection connection, Sql sql, Object... params)
            throws SQLException {
        try (PreparedStatement statement = sql.prepareWith(connection, params);
                ResultSet rows = statement.executeQuery()) {
            return ImmutableList.copyOf(MeetingRows.readAll(rows));
        }
    }
}

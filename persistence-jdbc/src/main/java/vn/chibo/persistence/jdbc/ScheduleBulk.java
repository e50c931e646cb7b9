package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Meeting schedules in bulk, as {@link JdbcMeetings#addSchedule} keeps them: a row of {@code
 * meeting_schedule} each, under its organisation, in the order of the load, with its record stamp;
 * read back by organisation in the order kept, stamp included. A schedule has no identity of its
 * own (the store keeps it under its organisation), so it is never a duplicate nor already stored.
 * Stateless.
 */
final class ScheduleBulk extends TableBulkKind<BulkRecord.Schedule> {
    /** The kind's name in the staging tables. */
    static final String KIND = "SCHEDULE";

    private static final String COLUMNS = "organization_id, kind, day_of_month, holiday_shift, valid_from, valid_until,"
            + " recorded_at, recorded_nano, recorded_by, recorded_reason";

    /** The schedules, each with the number of its record, so that they are kept in the load's order. */
    static final Staging.Table SCHEDULES = new Staging.Table(
            "meeting_schedule",
            COLUMNS + ", record_no",
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_meeting_schedule AS SELECT " + COLUMNS
                    + ", CAST(0 AS BIGINT) AS record_no FROM meeting_schedule WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_meeting_schedule"),
            Sql.of("INSERT INTO chibo_bulk_meeting_schedule (" + COLUMNS
                    + ", record_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            Sql.of("COPY chibo_bulk_meeting_schedule (" + COLUMNS + ", record_no) FROM STDIN"));

    /** Nothing: a schedule has no identity to be stored already. */
    private static final Sql STORED = Sql.of("SELECT b.record_no, b.origin, b.identity, b.part, b.shown"
            + " FROM chibo_bulk_record b WHERE b.kind = '" + KIND + "' AND b.identity IS NOT NULL");

    private static final ImmutableList<Move> STORE = ImmutableList.of(Move.of(
            "INSERT INTO meeting_schedule (" + COLUMNS + ") SELECT " + COLUMNS,
            "chibo_bulk_meeting_schedule",
            "TRUE",
            " ORDER BY record_no"));

    private static final String SELECT = "SELECT m.organization_id, m.kind, m.day_of_month, m.holiday_shift,"
            + " m.valid_from, m.valid_until, m.recorded_at, m.recorded_nano, m.recorded_by, m.recorded_reason";

    private static final String ORDER = " ORDER BY m.organization_id, m.ordinal";

    private static final Sql ALL = Sql.of(SELECT + " FROM meeting_schedule m" + ORDER);

    /** The schedules of organisations ever under the root; a join, not an {@code IN}, for H2. */
    private static final Sql IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT + " " + SELECT
            + " FROM (SELECT DISTINCT organization_id FROM under_root) u"
            + " JOIN meeting_schedule m ON m.organization_id = u.organization_id" + ORDER);

    ScheduleBulk() {
        super(BulkRecord.Schedule.class, KIND, ImmutableList.of(SCHEDULES), STORED, STORE, ALL, IN_SCOPE);
    }

    @Override
    public @Nullable UUID identity(BulkRecord.Schedule record) {
        return null;
    }

    @Override
    public String show(UUID identity, int part) {
        return OrganizationId.of(identity).toString();
    }

    @Override
    public void stage(BulkRecord.Schedule record, Staging staging) throws SQLException {
        @Nullable Object[] values = MeetingRows.scheduleValues(record.schedule(), record.recorded());
        @Nullable Object[] row = java.util.Arrays.copyOf(values, values.length + 1);
        row[values.length] = staging.record();
        staging.addInput(SCHEDULES, row, record.origin() + ".schedule");
    }

    @Override
    void records(PreparedStatement statement, Consumer<? super BulkRecord> sink) throws SQLException {
        statement.setFetchSize(JdbcBulkReader.FETCH_SIZE);
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                MeetingSchedule schedule = MeetingRows.schedule(rows);
                sink.accept(new BulkRecord.Schedule(
                        schedule, Rows.recorded(rows), "schedule of " + schedule.organization()));
            }
        }
    }
}

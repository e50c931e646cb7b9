package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.UUID;
import java.util.function.Consumer;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Meetings in bulk, as {@link JdbcMeetings} stores them: every version a row of {@code
 * meeting_record}, the items of its lists rows of {@code meeting_entry}, the number of versions in
 * {@code meeting_version}; read back by identity, every version. Times finer than a microsecond,
 * which {@code TIME(6)} would cut, are refused as the port refuses them. Stateless.
 */
final class MeetingBulk extends TableBulkKind<BulkRecord.Meeting> {
    /** The kind's name in the staging tables. */
    static final String KIND = "MEETING";

    private static final String RECORD_COLUMNS =
            "meeting_id, version, organization_id, kind, also_thematic, meeting_date, start_time,"
                    + " end_time, materials_published_on, minutes_secretary_id, recorded_at, recorded_nano,"
                    + " recorded_by, recorded_reason";

    private static final String ENTRY_COLUMNS =
            "meeting_id, version, entry_type, entry_index, vote_index, agenda_item, guest_name,"
                    + " guest_role, member_id, attendance_status, reason, accepted, whole_session, title,"
                    + " resolution_kind, subject_id, ballot_type, ballots_cast, votes_yes, votes_no,"
                    + " votes_abstain, ballots_invalid, vote_choice";

    static final Staging.Table RECORDS = new Staging.Table(
            "meeting_record",
            RECORD_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_meeting_record AS SELECT " + RECORD_COLUMNS
                    + " FROM meeting_record WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_meeting_record"),
            Sql.of("INSERT INTO chibo_bulk_meeting_record (" + RECORD_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            Sql.of("COPY chibo_bulk_meeting_record (" + RECORD_COLUMNS + ") FROM STDIN"));

    static final Staging.Table ENTRIES = new Staging.Table(
            "meeting_entry",
            ENTRY_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_meeting_entry AS SELECT " + ENTRY_COLUMNS
                    + " FROM meeting_entry WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_meeting_entry"),
            Sql.of("INSERT INTO chibo_bulk_meeting_entry (" + ENTRY_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            Sql.of("COPY chibo_bulk_meeting_entry (" + ENTRY_COLUMNS + ") FROM STDIN"));

    private static final Sql STORED = Sql.of(JdbcBulkLoader.STORED_OF + KIND + "'"
            + " AND EXISTS (SELECT 1 FROM meeting_version v WHERE v.meeting_id = b.identity)"
            + " AND NOT EXISTS " + JdbcBulkLoader.EARLIER_IN_LOAD + " ORDER BY b.record_no");

    private static final ImmutableList<Move> STORE = ImmutableList.of(
            Move.of(
                    "INSERT INTO meeting_version (meeting_id, version)" + JdbcBulkLoader.SIZES_OF,
                    JdbcBulkLoader.RECORDS_AS_B,
                    "b.kind = '" + KIND + "'",
                    JdbcBulkLoader.IN_RECORD_ORDER),
            Move.all(
                    "INSERT INTO meeting_record (" + RECORD_COLUMNS + ") SELECT " + RECORD_COLUMNS,
                    "chibo_bulk_meeting_record"),
            Move.all(
                    "INSERT INTO meeting_entry (" + ENTRY_COLUMNS + ") SELECT " + ENTRY_COLUMNS,
                    "chibo_bulk_meeting_entry"));

    private static final String ENTRIES_OF = " FROM meeting_record r"
            + " LEFT JOIN meeting_entry e ON e.meeting_id = r.meeting_id AND e.version = r.version";

    private static final String ORDER = " ORDER BY r.meeting_id," + MeetingRows.ENTRY_ORDER;

    private static final Sql ALL = Sql.of("SELECT " + MeetingRows.COLUMNS + ENTRIES_OF + ORDER);

    /**
     * The meetings an actor confined to a root reads ({@link JdbcMeetings#find}): the latest
     * version's organisation was ever under the root; a join, not an {@code IN}, for H2.
     */
    private static final Sql IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT
            + ", scoped_meeting(meeting_id) AS (SELECT DISTINCT v.meeting_id FROM meeting_version v"
            + " JOIN meeting_record l ON l.meeting_id = v.meeting_id AND l.version = v.version"
            + " JOIN under_root u ON l.organization_id = u.organization_id)"
            + " SELECT " + MeetingRows.COLUMNS + " FROM scoped_meeting s"
            + " JOIN meeting_record r ON r.meeting_id = s.meeting_id"
            + " LEFT JOIN meeting_entry e ON e.meeting_id = r.meeting_id AND e.version = r.version" + ORDER);

    MeetingBulk() {
        super(BulkRecord.Meeting.class, KIND, ImmutableList.of(RECORDS, ENTRIES), STORED, STORE, ALL, IN_SCOPE);
    }

    @Override
    public UUID identity(BulkRecord.Meeting record) {
        return record.id().value();
    }

    @Override
    public String show(UUID identity, int part) {
        return MeetingId.of(identity).toString();
    }

    @Override
    public void stage(BulkRecord.Meeting record, Staging staging) throws SQLException {
        ImmutableList<MeetingRecord> versions = record.versions();
        for (int i = 0; i < versions.size(); i++) {
            MeetingRecord v = versions.get(i);
            Meeting meeting = v.meeting();
            String path = record.origin() + ".versions[" + i + "]";
            time(staging, path + ".meeting.start", meeting.start());
            time(staging, path + ".meeting.end", meeting.end());
            staging.addInput(RECORDS, MeetingRows.values(meeting, v.recorded(), v.version()), path);
            for (MeetingRows.Entry e : MeetingRows.entries(meeting, v.version(), path + ".meeting.")) {
                staging.addInput(ENTRIES, e.values(), e.path());
            }
        }
    }

    private static void time(Staging staging, String path, LocalTime time) {
        if (time.getNano() % 1000 != 0) {
            staging.report(Violation.of(
                    path,
                    "BULK-RECORD",
                    time.toString(),
                    Label.of("giờ chỉ được lưu đến micro giây", "times are kept to the microsecond, not finer")));
        }
    }

    @Override
    void records(PreparedStatement statement, Consumer<? super BulkRecord> sink) throws SQLException {
        JdbcBulkReader.records(
                statement,
                MeetingRows::readEach,
                (MeetingRecord v) -> v.meeting().id(),
                (id, versions) -> BulkRecord.Meeting.of(id, versions, "meeting " + id),
                sink);
    }
}

package vn.chibo.persistence.jdbc;

import static vn.chibo.persistence.jdbc.Rows.bool;
import static vn.chibo.persistence.jdbc.Rows.date;
import static vn.chibo.persistence.jdbc.Rows.dateOrNull;
import static vn.chibo.persistence.jdbc.Rows.enumOf;
import static vn.chibo.persistence.jdbc.Rows.integer;
import static vn.chibo.persistence.jdbc.Rows.string;
import static vn.chibo.persistence.jdbc.Rows.stringOrNull;
import static vn.chibo.persistence.jdbc.Rows.time;
import static vn.chibo.persistence.jdbc.Rows.uuid;
import static vn.chibo.persistence.jdbc.Rows.uuidOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.meeting.AttendanceStatus;
import vn.chibo.domain.meeting.Ballot;
import vn.chibo.domain.meeting.Guest;
import vn.chibo.domain.meeting.GuestRole;
import vn.chibo.domain.meeting.HolidayShift;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.meeting.Resolution;
import vn.chibo.domain.meeting.ResolutionKind;
import vn.chibo.domain.meeting.VoteChoice;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Meeting records to and from rows of {@code meeting_record} (one per version) and {@code
 * meeting_entry} (one per item of its lists), and schedules to and from rows of {@code
 * meeting_schedule}. Stateless.
 */
final class MeetingRows {
    private MeetingRows() {}

    /** The columns of {@code meeting_record}, in the order of {@link #INSERT}, with the sizes of its text. */
    enum Column implements SchemaColumn {
        MEETING_ID,
        VERSION,
        ORGANIZATION_ID,
        KIND(TextLimit.CODE),
        ALSO_THEMATIC,
        MEETING_DATE,
        START_TIME,
        END_TIME,
        MATERIALS_PUBLISHED_ON,
        MINUTES_SECRETARY_ID,
        RECORDED_AT,
        RECORDED_NANO,
        RECORDED_BY(TextLimit.RECORDED_BY),
        RECORDED_REASON(TextLimit.RECORDED_REASON);

        private final TextLimit limit;

        Column() {
            this(TextLimit.NONE);
        }

        Column(TextLimit limit) {
            this.limit = limit;
        }

        @Override
        public String table() {
            return "meeting_record";
        }

        @Override
        public TextLimit limit() {
            return limit;
        }
    }

    /** The columns of {@code meeting_entry}, in the order of {@link #INSERT_ENTRY}, with the sizes of its text. */
    enum EntryColumn implements SchemaColumn {
        MEETING_ID,
        VERSION,
        ENTRY_TYPE(TextLimit.of(20)),
        ENTRY_INDEX,
        VOTE_INDEX,
        AGENDA_ITEM(TextLimit.of(500, "")),
        GUEST_NAME(TextLimit.of(200, "name")),
        GUEST_ROLE(TextLimit.of(40, "role")),
        MEMBER_ID,
        ATTENDANCE_STATUS(TextLimit.of(20, "status")),
        REASON(TextLimit.of(500)),
        ACCEPTED,
        WHOLE_SESSION,
        TITLE(TextLimit.of(500)),
        RESOLUTION_KIND(TextLimit.of(40, "kind")),
        SUBJECT_ID,
        BALLOT_TYPE(TextLimit.of(20, "ballot")),
        BALLOTS_CAST,
        VOTES_YES,
        VOTES_NO,
        VOTES_ABSTAIN,
        BALLOTS_INVALID,
        VOTE_CHOICE(TextLimit.of(20, "choice"));

        private final TextLimit limit;

        EntryColumn() {
            this(TextLimit.NONE);
        }

        EntryColumn(TextLimit limit) {
            this.limit = limit;
        }

        @Override
        public String table() {
            return "meeting_entry";
        }

        @Override
        public TextLimit limit() {
            return limit;
        }
    }

    /** The columns of {@code meeting_schedule}, in the order of {@link #INSERT_SCHEDULE}, with the sizes of its text. */
    enum ScheduleColumn implements SchemaColumn {
        ORGANIZATION_ID,
        KIND(TextLimit.CODE),
        DAY_OF_MONTH,
        HOLIDAY_SHIFT(TextLimit.of(20, "shift")),
        VALID_FROM,
        VALID_UNTIL,
        RECORDED_AT,
        RECORDED_NANO,
        RECORDED_BY(TextLimit.RECORDED_BY),
        RECORDED_REASON(TextLimit.RECORDED_REASON);

        private final TextLimit limit;

        ScheduleColumn() {
            this(TextLimit.NONE);
        }

        ScheduleColumn(TextLimit limit) {
            this.limit = limit;
        }

        @Override
        public String table() {
            return "meeting_schedule";
        }

        @Override
        public TextLimit limit() {
            return limit;
        }
    }

    /** Every column of a version prefixed by {@code r.}, then the entry columns prefixed by {@code e.}. */
    static final String COLUMNS = "r.meeting_id, r.version, r.organization_id, r.kind, r.also_thematic,"
            + " r.meeting_date, r.start_time, r.end_time, r.materials_published_on, r.minutes_secretary_id,"
            + " r.recorded_at, r.recorded_nano, r.recorded_by, r.recorded_reason,"
            + " e.entry_type, e.entry_index, e.vote_index, e.agenda_item, e.guest_name, e.guest_role, e.member_id,"
            + " e.attendance_status, e.reason, e.accepted, e.whole_session, e.title, e.resolution_kind,"
            + " e.subject_id, e.ballot_type, e.ballots_cast, e.votes_yes, e.votes_no, e.votes_abstain,"
            + " e.ballots_invalid, e.vote_choice";

    /** The entries ({@code e}) of a version ({@code r}). */
    private static final String ENTRIES =
            " LEFT JOIN meeting_entry e ON e.meeting_id = r.meeting_id AND e.version = r.version";

    /** The latest version of every meeting ({@code v}, {@code r}) with its entries ({@code e}). */
    static final String LATEST = " FROM meeting_version v"
            + " JOIN meeting_record r ON r.meeting_id = v.meeting_id AND r.version = v.version" + ENTRIES;

    /** Every version of every meeting ({@code v}, {@code r}) with its entries ({@code e}). */
    static final String EVERY_VERSION =
            " FROM meeting_version v JOIN meeting_record r ON r.meeting_id = v.meeting_id" + ENTRIES;

    /** The order of the entries within a version: rows of one version follow each other. */
    static final String ENTRY_ORDER = " r.version, e.entry_type, e.entry_index, e.vote_index";

    static final Sql INSERT = Sql.of("INSERT INTO meeting_record (meeting_id, version, organization_id, kind,"
            + " also_thematic, meeting_date, start_time, end_time, materials_published_on, minutes_secretary_id,"
            + " recorded_at, recorded_nano, recorded_by, recorded_reason)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    static final Sql INSERT_ENTRY = Sql.of("INSERT INTO meeting_entry (meeting_id, version, entry_type, entry_index,"
            + " vote_index, agenda_item, guest_name, guest_role, member_id, attendance_status, reason, accepted,"
            + " whole_session, title, resolution_kind, subject_id, ballot_type, ballots_cast, votes_yes, votes_no,"
            + " votes_abstain, ballots_invalid, vote_choice)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    static final Sql INSERT_SCHEDULE = Sql.of("INSERT INTO meeting_schedule (organization_id, kind, day_of_month,"
            + " holiday_shift, valid_from, valid_until, recorded_at, recorded_nano, recorded_by, recorded_reason)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    /** The schedules of one organisation in the order kept; one parameter: the organisation. */
    static final Sql SCHEDULES = Sql.of("SELECT organization_id, kind, day_of_month, holiday_shift, valid_from,"
            + " valid_until FROM meeting_schedule WHERE organization_id = ? ORDER BY ordinal");

    private static final String AGENDA_ITEM = "AGENDA_ITEM";
    private static final String ATTENDANCE = "ATTENDANCE";
    private static final String GUEST = "GUEST";
    private static final String RESOLUTION = "RESOLUTION";
    private static final String VOTE = "VOTE";
    private static final String OPEN = "OPEN";
    private static final String SECRET = "SECRET";

    /** The values of the row for {@code version} of {@code meeting}. */
    static @Nullable Object[] values(Meeting meeting, Recorded recorded, long version) {
        @Nullable Object[] v = new Object[Column.values().length];
        v[Column.MEETING_ID.ordinal()] = meeting.id().value();
        v[Column.VERSION.ordinal()] = version;
        v[Column.ORGANIZATION_ID.ordinal()] = meeting.organization().value();
        v[Column.KIND.ordinal()] = meeting.kind().name();
        v[Column.ALSO_THEMATIC.ordinal()] = meeting.alsoThematic();
        v[Column.MEETING_DATE.ordinal()] = meeting.date();
        v[Column.START_TIME.ordinal()] = meeting.start();
        v[Column.END_TIME.ordinal()] = meeting.end();
        v[Column.MATERIALS_PUBLISHED_ON.ordinal()] = meeting.materialsPublished();
        MemberId secretary = meeting.minutesSecretary();
        v[Column.MINUTES_SECRETARY_ID.ordinal()] = secretary == null ? null : secretary.value();
        stamp(v, recorded, Column.RECORDED_AT.ordinal());
        return v;
    }

    /** An item of a meeting's lists: the row for it, and where it sits in the {@link Meeting}. */
    static final class Entry {
        private final String path;
        private final @Nullable Object[] values;

        Entry(String path, @Nullable Object[] values) {
            this.path = path;
            this.values = values;
        }

        /** Where the item sits, e.g. {@code meeting.guests[2]}. */
        String path() {
            return path;
        }

        /** The values of its row, in the order of {@link EntryColumn}. */
        @Nullable
        Object[] values() {
            return values;
        }
    }

    /** The rows of the lists of {@code version} of {@code meeting}, with their paths from {@code prefix}. */
    static List<Entry> entries(Meeting meeting, long version, String prefix) {
        List<Entry> out = new ArrayList<>();
        UUID id = meeting.id().value();
        for (int i = 0; i < meeting.agenda().size(); i++) {
            @Nullable Object[] v = entry(id, version, AGENDA_ITEM, i, 0);
            v[EntryColumn.AGENDA_ITEM.ordinal()] = meeting.agenda().get(i);
            out.add(new Entry(prefix + "agenda[" + i + "]", v));
        }
        for (int i = 0; i < meeting.guests().size(); i++) {
            Guest g = meeting.guests().get(i);
            @Nullable Object[] v = entry(id, version, GUEST, i, 0);
            v[EntryColumn.GUEST_NAME.ordinal()] = g.name();
            v[EntryColumn.GUEST_ROLE.ordinal()] = g.role().name();
            out.add(new Entry(prefix + "guests[" + i + "]", v));
        }
        for (int i = 0; i < meeting.attendance().size(); i++) {
            Attendance a = meeting.attendance().get(i);
            @Nullable Object[] v = entry(id, version, ATTENDANCE, i, 0);
            v[EntryColumn.MEMBER_ID.ordinal()] = a.member().value();
            v[EntryColumn.ATTENDANCE_STATUS.ordinal()] = a.status().name();
            v[EntryColumn.REASON.ordinal()] = a.reason();
            v[EntryColumn.ACCEPTED.ordinal()] = a.accepted();
            v[EntryColumn.WHOLE_SESSION.ordinal()] = a.wholeSession();
            out.add(new Entry(prefix + "attendance[" + i + "]", v));
        }
        for (int i = 0; i < meeting.resolutions().size(); i++) {
            Resolution r = meeting.resolutions().get(i);
            String path = prefix + "resolutions[" + i + "]";
            @Nullable Object[] v = entry(id, version, RESOLUTION, i, 0);
            v[EntryColumn.TITLE.ordinal()] = r.title();
            v[EntryColumn.RESOLUTION_KIND.ordinal()] = r.kind().name();
            v[EntryColumn.SUBJECT_ID.ordinal()] =
                    r.subject() == null ? null : r.subject().value();
            if (r.ballot() instanceof Ballot.Secret s) {
                v[EntryColumn.BALLOT_TYPE.ordinal()] = SECRET;
                v[EntryColumn.BALLOTS_CAST.ordinal()] = s.cast();
                v[EntryColumn.VOTES_YES.ordinal()] = s.yes();
                v[EntryColumn.VOTES_NO.ordinal()] = s.no();
                v[EntryColumn.VOTES_ABSTAIN.ordinal()] = s.abstain();
                v[EntryColumn.BALLOTS_INVALID.ordinal()] = s.invalid();
                out.add(new Entry(path, v));
            } else {
                v[EntryColumn.BALLOT_TYPE.ordinal()] = OPEN;
                out.add(new Entry(path, v));
                int j = 0;
                for (Map.Entry<MemberId, VoteChoice> vote :
                        ((Ballot.Open) r.ballot()).votes().entrySet()) {
                    @Nullable Object[] w = entry(id, version, VOTE, i, j);
                    w[EntryColumn.MEMBER_ID.ordinal()] = vote.getKey().value();
                    w[EntryColumn.VOTE_CHOICE.ordinal()] = vote.getValue().name();
                    out.add(new Entry(path + ".ballot.votes[" + j + "]", w));
                    j++;
                }
            }
        }
        return out;
    }

    private static @Nullable Object[] entry(UUID meeting, long version, String type, int index, int voteIndex) {
        @Nullable Object[] v = new Object[EntryColumn.values().length];
        v[EntryColumn.MEETING_ID.ordinal()] = meeting;
        v[EntryColumn.VERSION.ordinal()] = version;
        v[EntryColumn.ENTRY_TYPE.ordinal()] = type;
        v[EntryColumn.ENTRY_INDEX.ordinal()] = index;
        v[EntryColumn.VOTE_INDEX.ordinal()] = voteIndex;
        return v;
    }

    /** The values of the row for {@code schedule}. */
    static @Nullable Object[] scheduleValues(MeetingSchedule schedule, Recorded recorded) {
        @Nullable Object[] v = new Object[ScheduleColumn.values().length];
        v[ScheduleColumn.ORGANIZATION_ID.ordinal()] = schedule.organization().value();
        v[ScheduleColumn.KIND.ordinal()] = schedule.kind().name();
        v[ScheduleColumn.DAY_OF_MONTH.ordinal()] = schedule.dayOfMonth();
        v[ScheduleColumn.HOLIDAY_SHIFT.ordinal()] = schedule.shift().name();
        v[ScheduleColumn.VALID_FROM.ordinal()] = schedule.valid().from();
        v[ScheduleColumn.VALID_UNTIL.ordinal()] = schedule.valid().until();
        stamp(v, recorded, ScheduleColumn.RECORDED_AT.ordinal());
        return v;
    }

    /** Puts the four stamp columns, {@code recorded_at} first, from index {@code at}. */
    private static void stamp(@Nullable Object[] v, Recorded recorded, int at) {
        v[at] = Rows.micros(recorded.at());
        v[at + 1] = Rows.nanoRemainder(recorded.at());
        v[at + 2] = recorded.actor();
        v[at + 3] = recorded.reason();
    }

    /** The schedule in the current row (read with {@link #SCHEDULES}). */
    static MeetingSchedule schedule(ResultSet rows) throws SQLException {
        return new MeetingSchedule(
                OrganizationId.of(uuid(rows, "organization_id")),
                enumOf(MeetingKind.class, rows, "kind"),
                integer(rows, "day_of_month"),
                enumOf(HolidayShift.class, rows, "holiday_shift"),
                new DateRange(date(rows, "valid_from"), dateOrNull(rows, "valid_until")));
    }

    /**
     * Reads the versions of a query over {@link #COLUMNS}, in its order: a version spans one row
     * per entry (one row with no entry when its lists are empty).
     */
    static List<MeetingRecord> readAll(ResultSet rows) throws SQLException {
        List<MeetingRecord> out = new ArrayList<>();
        readEach(rows, out::add);
        return out;
    }

    /**
     * Reads the versions of a query over {@link #COLUMNS} one at a time, in its order, and hands
     * each to {@code out} as soon as it is whole.
     */
    static void readEach(ResultSet rows, Consumer<? super MeetingRecord> out) throws SQLException {
        @Nullable Version current = null;
        while (rows.next()) {
            UUID id = uuid(rows, "meeting_id");
            long version = Rows.bigint(rows, "version");
            if (current == null || !current.id.equals(id) || current.version != version) {
                if (current != null) {
                    out.accept(current.record());
                }
                current = new Version(rows);
            }
            current.add(rows);
        }
        if (current != null) {
            out.accept(current.record());
        }
    }

    /** A version read so far, waiting for the rest of its entries. */
    private static final class Version {
        private final UUID id;
        private final long version;
        private final OrganizationId organization;
        private final MeetingKind kind;
        private final boolean alsoThematic;
        private final LocalDate date;
        private final LocalTime start;
        private final LocalTime end;
        private final @Nullable LocalDate materialsPublished;
        private final @Nullable UUID secretary;
        private final Recorded recorded;
        private final List<String> agenda = new ArrayList<>();
        private final List<Guest> guests = new ArrayList<>();
        private final List<Attendance> attendance = new ArrayList<>();
        private final Map<Integer, PendingResolution> resolutions = new TreeMap<>();

        Version(ResultSet rows) throws SQLException {
            this.id = uuid(rows, "meeting_id");
            this.version = Rows.bigint(rows, "version");
            this.organization = OrganizationId.of(uuid(rows, "organization_id"));
            this.kind = enumOf(MeetingKind.class, rows, "kind");
            this.alsoThematic = bool(rows, "also_thematic");
            this.date = date(rows, "meeting_date");
            this.start = time(rows, "start_time");
            this.end = time(rows, "end_time");
            this.materialsPublished = dateOrNull(rows, "materials_published_on");
            this.secretary = uuidOrNull(rows, "minutes_secretary_id");
            this.recorded = Rows.recorded(rows);
        }

        void add(ResultSet rows) throws SQLException {
            String type = stringOrNull(rows, "entry_type");
            if (type == null) {
                return; // a version whose lists are all empty
            }
            switch (type) {
                case AGENDA_ITEM -> agenda.add(string(rows, "agenda_item"));
                case GUEST ->
                    guests.add(new Guest(string(rows, "guest_name"), enumOf(GuestRole.class, rows, "guest_role")));
                case ATTENDANCE ->
                    attendance.add(new Attendance(
                            MemberId.of(uuid(rows, "member_id")),
                            enumOf(AttendanceStatus.class, rows, "attendance_status"),
                            stringOrNull(rows, "reason"),
                            bool(rows, "accepted"),
                            bool(rows, "whole_session")));
                case RESOLUTION -> resolution(integer(rows, "entry_index")).read(rows);
                case VOTE ->
                    resolution(integer(rows, "entry_index"))
                            .votes
                            .put(MemberId.of(uuid(rows, "member_id")), enumOf(VoteChoice.class, rows, "vote_choice"));
                default -> throw new StorageException("Unknown meeting entry type " + type);
            }
        }

        private PendingResolution resolution(int index) {
            return resolutions.computeIfAbsent(index, i -> new PendingResolution());
        }

        MeetingRecord record() {
            List<Resolution> built = new ArrayList<>();
            for (PendingResolution r : resolutions.values()) {
                built.add(r.resolution());
            }
            Meeting meeting = new Meeting(
                    MeetingId.of(id),
                    organization,
                    kind,
                    alsoThematic,
                    date,
                    start,
                    end,
                    materialsPublished,
                    agenda,
                    guests,
                    attendance,
                    secretary == null ? null : MemberId.of(secretary),
                    built);
            return new MeetingRecord(meeting, recorded, version);
        }
    }

    /** A resolution read so far, and the named votes of its open ballot. */
    private static final class PendingResolution {
        private @Nullable String title;
        private @Nullable ResolutionKind kind;
        private @Nullable UUID subject;
        private Ballot.@Nullable Secret secret;
        private final Map<MemberId, VoteChoice> votes = new LinkedHashMap<>();

        void read(ResultSet rows) throws SQLException {
            title = string(rows, "title");
            kind = enumOf(ResolutionKind.class, rows, "resolution_kind");
            subject = uuidOrNull(rows, "subject_id");
            String ballot = string(rows, "ballot_type");
            if (SECRET.equals(ballot)) {
                secret = new Ballot.Secret(
                        integer(rows, "ballots_cast"),
                        integer(rows, "votes_yes"),
                        integer(rows, "votes_no"),
                        integer(rows, "votes_abstain"),
                        integer(rows, "ballots_invalid"));
            } else if (!OPEN.equals(ballot)) {
                throw new StorageException("Unknown ballot type " + ballot);
            }
        }

        Resolution resolution() {
            if (title == null || kind == null) {
                throw new StorageException("A vote in meeting_entry has no resolution row");
            }
            Ballot.Secret s = secret;
            Ballot ballot = s != null ? s : Ballot.Open.of(votes);
            return new Resolution(
                    Objects.requireNonNull(title), kind, subject == null ? null : MemberId.of(subject), ballot);
        }
    }
}

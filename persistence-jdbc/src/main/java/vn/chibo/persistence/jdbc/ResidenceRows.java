package vn.chibo.persistence.jdbc;

import static vn.chibo.persistence.jdbc.Rows.date;
import static vn.chibo.persistence.jdbc.Rows.enumOf;
import static vn.chibo.persistence.jdbc.Rows.enumOrNull;
import static vn.chibo.persistence.jdbc.Rows.integer;
import static vn.chibo.persistence.jdbc.Rows.string;
import static vn.chibo.persistence.jdbc.Rows.uuid;
import static vn.chibo.persistence.jdbc.Rows.uuidOrNull;

import com.google.common.collect.ImmutableList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.member.residence.CommentChannel;
import vn.chibo.domain.member.residence.CommentVerdict;
import vn.chibo.domain.member.residence.EndReason;
import vn.chibo.domain.member.residence.ExemptionCategory;
import vn.chibo.domain.member.residence.MeetingPresence;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;
import vn.chibo.domain.member.residence.ResidenceRegistration;
import vn.chibo.domain.member.residence.Workplace;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Residence facts to and from rows of {@code residence_fact}, and the residential cell of a history
 * over time for {@code residence_period}. Stateless.
 */
final class ResidenceRows {
    private ResidenceRows() {}

    /** The columns of {@code residence_fact}, in the order of {@link #INSERT}, with the sizes of its text. */
    enum Column implements SchemaColumn {
        MEMBER_ID,
        SEQ,
        FACT_TYPE(TextLimit.CODE),
        EFFECTIVE_ON,
        RECORDED_AT,
        RECORDED_NANO,
        RECORDED_BY(TextLimit.RECORDED_BY),
        RECORDED_REASON(TextLimit.RECORDED_REASON),
        FULL_NAME(TextLimit.of(200)),
        RESIDENTIAL_CELL_ID,
        WORKPLACE_NAME(TextLimit.of(Workplace.MAX_NAME_LENGTH, "workplace.name")),
        WORKPLACE_ORGANIZATION_ID,
        LETTER_ISSUED_ON,
        EXEMPTION_CATEGORY(TextLimit.of(40, "category")),
        PRESENCE(TextLimit.of(20)),
        EXCUSE(TextLimit.of(1000)),
        COMMENT_YEAR,
        FRONT_WORK_COMMITTEE(TextLimit.of(1000)),
        COMMENT_TEXT(TextLimit.of(4000, "text")),
        VERDICT(TextLimit.of(20)),
        REQUESTED_ON,
        CHANNEL(TextLimit.CODE),
        END_REASON(TextLimit.of(40, "reason")),
        NOTE(TextLimit.of(1000));

        private final TextLimit limit;

        Column() {
            this(TextLimit.NONE);
        }

        Column(TextLimit limit) {
            this.limit = limit;
        }

        @Override
        public String table() {
            return "residence_fact";
        }

        @Override
        public TextLimit limit() {
            return limit;
        }
    }

    /** Every column of a fact, prefixed by {@code f.}. */
    static final String COLUMNS = "f.member_id, f.seq, f.fact_type, f.effective_on, f.recorded_at, f.recorded_nano,"
            + " f.recorded_by, f.recorded_reason, f.full_name, f.residential_cell_id, f.workplace_name,"
            + " f.workplace_organization_id, f.letter_issued_on, f.exemption_category, f.presence, f.excuse,"
            + " f.comment_year, f.front_work_committee, f.comment_text, f.verdict, f.requested_on, f.channel,"
            + " f.end_reason, f.note";

    static final Sql INSERT = Sql.of("INSERT INTO residence_fact (member_id, seq, fact_type, effective_on,"
            + " recorded_at, recorded_nano, recorded_by, recorded_reason, full_name, residential_cell_id,"
            + " workplace_name, workplace_organization_id, letter_issued_on, exemption_category, presence, excuse,"
            + " comment_year, front_work_committee, comment_text, verdict, requested_on, channel, end_reason, note)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    /** The values of the row for {@code fact}, stored as the {@code seq}-th fact of its member. */
    static @Nullable Object[] values(ResidenceFact fact, int seq) {
        @Nullable Object[] v = new Object[Column.values().length];
        v[Column.MEMBER_ID.ordinal()] = fact.member().value();
        v[Column.SEQ.ordinal()] = seq;
        v[Column.EFFECTIVE_ON.ordinal()] = fact.effective();
        v[Column.RECORDED_AT.ordinal()] = Rows.micros(fact.recorded().at());
        v[Column.RECORDED_NANO.ordinal()] = Rows.nanoRemainder(fact.recorded().at());
        v[Column.RECORDED_BY.ordinal()] = fact.recorded().actor();
        v[Column.RECORDED_REASON.ordinal()] = fact.recorded().reason();
        String type;
        if (fact instanceof ResidenceFact.Registered f) {
            type = "REGISTERED";
            v[Column.FULL_NAME.ordinal()] = f.fullName();
            v[Column.RESIDENTIAL_CELL_ID.ordinal()] = f.residentialCell().value();
            v[Column.WORKPLACE_NAME.ordinal()] = f.workplace().name();
            v[Column.WORKPLACE_ORGANIZATION_ID.ordinal()] =
                    f.workplace().organizationId().map(OrganizationId::value).orElse(null);
            v[Column.LETTER_ISSUED_ON.ordinal()] = f.letterIssued();
        } else if (fact instanceof ResidenceFact.ExemptionChanged f) {
            type = "EXEMPTION_CHANGED";
            v[Column.EXEMPTION_CATEGORY.ordinal()] =
                    f.exemption().map(ExemptionCategory::name).orElse(null);
        } else if (fact instanceof ResidenceFact.MeetingRecorded f) {
            type = "MEETING_RECORDED";
            v[Column.PRESENCE.ordinal()] = f.presence().name();
            v[Column.EXCUSE.ordinal()] = f.excuse();
        } else if (fact instanceof ResidenceFact.CommentGiven f) {
            type = "COMMENT_GIVEN";
            v[Column.COMMENT_YEAR.ordinal()] = f.year().getValue();
            v[Column.RESIDENTIAL_CELL_ID.ordinal()] = f.residentialCell().value();
            v[Column.FRONT_WORK_COMMITTEE.ordinal()] = f.frontWorkCommittee();
            v[Column.COMMENT_TEXT.ordinal()] = f.text();
            v[Column.VERDICT.ordinal()] = f.verdict().name();
            v[Column.REQUESTED_ON.ordinal()] = f.requested();
            v[Column.CHANNEL.ordinal()] = f.channel().name();
        } else if (fact instanceof ResidenceFact.Ended f) {
            type = "ENDED";
            v[Column.END_REASON.ordinal()] = f.reason().name();
            v[Column.NOTE.ordinal()] = f.note();
        } else {
            throw new IllegalStateException("unknown residence fact " + fact.getClass());
        }
        v[Column.FACT_TYPE.ordinal()] = type;
        return v;
    }

    /** The fact in the current row (read with {@link #COLUMNS}). */
    static ResidenceFact read(ResultSet rows) throws SQLException {
        MemberId member = MemberId.of(uuid(rows, "member_id"));
        LocalDate effective = date(rows, "effective_on");
        Recorded recorded = Rows.recorded(rows);
        String type = string(rows, "fact_type");
        return switch (type) {
            case "REGISTERED" -> {
                UUID workplace = uuidOrNull(rows, "workplace_organization_id");
                yield new ResidenceFact.Registered(
                        member,
                        effective,
                        string(rows, "full_name"),
                        OrganizationId.of(uuid(rows, "residential_cell_id")),
                        new Workplace(
                                string(rows, "workplace_name"),
                                workplace == null ? null : OrganizationId.of(workplace)),
                        date(rows, "letter_issued_on"),
                        recorded);
            }
            case "EXEMPTION_CHANGED" ->
                new ResidenceFact.ExemptionChanged(
                        member, effective, enumOrNull(ExemptionCategory.class, rows, "exemption_category"), recorded);
            case "MEETING_RECORDED" ->
                new ResidenceFact.MeetingRecorded(
                        member,
                        effective,
                        enumOf(MeetingPresence.class, rows, "presence"),
                        string(rows, "excuse"),
                        recorded);
            case "COMMENT_GIVEN" ->
                new ResidenceFact.CommentGiven(
                        member,
                        effective,
                        Year.of(integer(rows, "comment_year")),
                        OrganizationId.of(uuid(rows, "residential_cell_id")),
                        string(rows, "front_work_committee"),
                        string(rows, "comment_text"),
                        enumOf(CommentVerdict.class, rows, "verdict"),
                        date(rows, "requested_on"),
                        enumOf(CommentChannel.class, rows, "channel"),
                        recorded);
            case "ENDED" ->
                new ResidenceFact.Ended(
                        member, effective, enumOf(EndReason.class, rows, "end_reason"), string(rows, "note"), recorded);
            default -> throw new StorageException("Unknown residence fact type " + type);
        };
    }

    /** One stretch of days {@code [from, until)} registered with the same residential cell. */
    record Period(LocalDate from, LocalDate until, OrganizationId cell) {}

    /**
     * The residential cell of {@code history} over time, as {@link
     * ResidenceLiaisonHistory#residentialCellOn} answers: it changes only where a registration starts
     * or ends, so asking on each such day is enough.
     */
    static ImmutableList<Period> periods(ResidenceLiaisonHistory history) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (ResidenceRegistration r : history.registrations()) {
            cuts.add(r.span().from());
            r.span().end().ifPresent(cuts::add);
        }
        List<Period> out = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>(cuts);
        for (int i = 0; i < days.size(); i++) {
            LocalDate from = days.get(i);
            LocalDate until = i + 1 < days.size() ? days.get(i + 1) : Rows.OPEN_END;
            Optional<OrganizationId> cell = history.residentialCellOn(from);
            if (cell.isEmpty() || !from.isBefore(Rows.OPEN_END)) {
                continue;
            }
            Period last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.until().equals(from) && last.cell().equals(cell.get())) {
                out.set(out.size() - 1, new Period(last.from(), until, last.cell()));
            } else {
                out.add(new Period(from, until, cell.get()));
            }
        }
        return ImmutableList.copyOf(out);
    }
}

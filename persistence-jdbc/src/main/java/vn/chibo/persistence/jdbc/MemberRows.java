package vn.chibo.persistence.jdbc;

import static vn.chibo.persistence.jdbc.Rows.bigint;
import static vn.chibo.persistence.jdbc.Rows.bool;
import static vn.chibo.persistence.jdbc.Rows.date;
import static vn.chibo.persistence.jdbc.Rows.dateOrNull;
import static vn.chibo.persistence.jdbc.Rows.enumOf;
import static vn.chibo.persistence.jdbc.Rows.enumOrNull;
import static vn.chibo.persistence.jdbc.Rows.integer;
import static vn.chibo.persistence.jdbc.Rows.string;
import static vn.chibo.persistence.jdbc.Rows.stringOrNull;
import static vn.chibo.persistence.jdbc.Rows.uuid;
import static vn.chibo.persistence.jdbc.Rows.uuidOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.RemovalGround;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.member.SponsorRelation;
import vn.chibo.domain.member.TransferKind;
import vn.chibo.domain.member.dues.DuesEntry;
import vn.chibo.domain.member.dues.PaymentChannel;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Member facts to and from rows of {@code member_fact}, and the sponsors of an admission to and
 * from rows of {@code admission_sponsor}. Stateless.
 */
final class MemberRows {
    private MemberRows() {}

    /** The columns of {@code member_fact}, in the order of {@link #INSERT}, with the sizes of its text. */
    enum Column implements SchemaColumn {
        MEMBER_ID,
        SEQ,
        FACT_TYPE(TextLimit.CODE),
        EFFECTIVE_ON,
        RECORDED_AT,
        RECORDED_NANO,
        RECORDED_BY(TextLimit.RECORDED_BY),
        RECORDED_REASON(TextLimit.RECORDED_REASON),
        FULL_NAME(TextLimit.of(2000, "profile.fullName")),
        BIRTH_DATE,
        SEX(TextLimit.of(20, "profile.sex")),
        CITIZEN_ID(TextLimit.sensitive(40, "profile.citizenId")),
        PARTY_CARD_NUMBER(TextLimit.of(40, "profile.partyCardNumber")),
        CELL_ID,
        CONSIDERED_ON,
        DECIDED_BY(TextLimit.of(1000)),
        READMISSION,
        DECIDED_ON,
        TRANSFER_KIND(TextLimit.of(20, "kind")),
        FROM_CELL_ID,
        TO_CELL_ID,
        UNTIL_DATE,
        TRIGGER_ON,
        LETTER_ISSUED_ON,
        STUDY,
        PARTY_GROUP_ID,
        CONDITION_ID,
        CONDITION_KIND(TextLimit.of(40, "kind")),
        NOTE(TextLimit.sensitive(1000, "note")),
        DISCIPLINE(TextLimit.of(40, "form")),
        VIOLATION(TextLimit.of(1000)),
        SELF_DETECTED_AND_FIXED,
        REMOVAL_GROUND(TextLimit.of(40, "ground")),
        AMOUNT_DUE,
        AMOUNT_PAID,
        PAID_ON,
        PAYMENT_CHANNEL(TextLimit.of(40, "entry.channel")),
        BADGE_YEARS,
        EARLY;

        private final TextLimit limit;

        Column() {
            this(TextLimit.NONE);
        }

        Column(TextLimit limit) {
            this.limit = limit;
        }

        @Override
        public String table() {
            return "member_fact";
        }

        @Override
        public TextLimit limit() {
            return limit;
        }
    }

    /** The columns of {@code admission_sponsor}, in the order of {@link #INSERT_SPONSOR}, with the sizes of its text. */
    enum SponsorColumn implements SchemaColumn {
        MEMBER_ID,
        SEQ,
        SPONSOR_INDEX,
        SPONSOR_TYPE(TextLimit.of(20, "kind")),
        SPONSOR_MEMBER_ID,
        RELATION(TextLimit.CODE),
        SINCE_ON,
        REPLACEMENT,
        UNION_BODY(TextLimit.of(40, "body")),
        RESOLUTION(TextLimit.of(1000));

        private final TextLimit limit;

        SponsorColumn() {
            this(TextLimit.NONE);
        }

        SponsorColumn(TextLimit limit) {
            this.limit = limit;
        }

        @Override
        public String table() {
            return "admission_sponsor";
        }

        @Override
        public TextLimit limit() {
            return limit;
        }
    }

    /** Every column of a fact prefixed by {@code f.}, then the sponsor columns prefixed by {@code sp.}. */
    static final String COLUMNS = "f.member_id, f.seq, f.fact_type, f.effective_on, f.recorded_at, f.recorded_nano,"
            + " f.recorded_by, f.recorded_reason, f.full_name, f.birth_date, f.sex, f.citizen_id, f.party_card_number,"
            + " f.cell_id, f.considered_on, f.decided_by, f.readmission, f.decided_on, f.transfer_kind,"
            + " f.from_cell_id, f.to_cell_id, f.until_date, f.trigger_on, f.letter_issued_on, f.study,"
            + " f.party_group_id, f.condition_id, f.condition_kind, f.note, f.discipline, f.violation,"
            + " f.self_detected_and_fixed, f.removal_ground, f.amount_due, f.amount_paid, f.paid_on,"
            + " f.payment_channel, f.badge_years, f.early,"
            + " sp.sponsor_index, sp.sponsor_type, sp.sponsor_member_id, sp.relation, sp.since_on, sp.replacement,"
            + " sp.union_body, sp.resolution";

    /** Joins the facts {@code f} with their sponsors {@code sp}. */
    static final String WITH_SPONSORS =
            " LEFT JOIN admission_sponsor sp ON sp.member_id = f.member_id AND sp.seq = f.seq";

    /** Facts joined with their sponsors; rows of one fact follow each other in sponsor order. */
    static final String FROM =
            " FROM member_version v" + " JOIN member_fact f ON f.member_id = v.member_id" + WITH_SPONSORS;

    /** The order of {@link #FROM}: members as first stored, facts as appended, sponsors in order. */
    static final String ORDER = " ORDER BY v.ordinal, f.seq, sp.sponsor_index";

    /** The columns of {@code member_fact}, unprefixed, in the order of {@link Column}. */
    static final String FACT_COLUMNS = "member_id, seq, fact_type, effective_on, recorded_at, recorded_nano,"
            + " recorded_by, recorded_reason, full_name, birth_date, sex, citizen_id, party_card_number, cell_id,"
            + " considered_on, decided_by, readmission, decided_on, transfer_kind, from_cell_id, to_cell_id,"
            + " until_date, trigger_on, letter_issued_on, study, party_group_id, condition_id, condition_kind, note,"
            + " discipline, violation, self_detected_and_fixed, removal_ground, amount_due, amount_paid, paid_on,"
            + " payment_channel, badge_years, early";

    /** A placeholder for every column of {@link #FACT_COLUMNS}. */
    static final String FACT_PLACEHOLDERS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final Sql INSERT = Sql.of("INSERT INTO member_fact (" + FACT_COLUMNS + ") VALUES " + FACT_PLACEHOLDERS);

    /** The columns of {@code admission_sponsor}, in the order of {@link #sponsorValues}. */
    static final String SPONSOR_COLUMNS = "member_id, seq, sponsor_index, sponsor_type, sponsor_member_id, relation,"
            + " since_on, replacement, union_body, resolution";

    /** A placeholder for every column of {@link #SPONSOR_COLUMNS}. */
    static final String SPONSOR_PLACEHOLDERS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final Sql INSERT_SPONSOR =
            Sql.of("INSERT INTO admission_sponsor (" + SPONSOR_COLUMNS + ") VALUES " + SPONSOR_PLACEHOLDERS);

    /** The columns of {@code member_cell_period}, in the order of {@link #periodValues}. */
    static final String PERIOD_COLUMNS = "member_id, valid_from, valid_until, home_cell_id, activity_cell_id";

    /** A placeholder for every column of {@link #PERIOD_COLUMNS}. */
    static final String PERIOD_PLACEHOLDERS = "(?, ?, ?, ?, ?)";

    static final Sql INSERT_PERIOD =
            Sql.of("INSERT INTO member_cell_period (" + PERIOD_COLUMNS + ") VALUES " + PERIOD_PLACEHOLDERS);

    private static final String BY_MEMBER = "MEMBER";
    private static final String BY_UNION = "UNION";

    /** The values of the row for {@code fact}, stored as the {@code seq}-th fact of its member. */
    static @Nullable Object[] values(MemberFact fact, int seq) {
        @Nullable Object[] v = new Object[Column.values().length];
        v[Column.MEMBER_ID.ordinal()] = fact.member().value();
        v[Column.SEQ.ordinal()] = seq;
        v[Column.EFFECTIVE_ON.ordinal()] = fact.effective();
        v[Column.RECORDED_AT.ordinal()] = Rows.micros(fact.recorded().at());
        v[Column.RECORDED_NANO.ordinal()] = Rows.nanoRemainder(fact.recorded().at());
        v[Column.RECORDED_BY.ordinal()] = fact.recorded().actor();
        v[Column.RECORDED_REASON.ordinal()] = fact.recorded().reason();
        String type;
        if (fact instanceof MemberFact.ProfileRecorded f) {
            type = "PROFILE_RECORDED";
            MemberProfile p = f.profile();
            v[Column.FULL_NAME.ordinal()] = p.fullName();
            v[Column.BIRTH_DATE.ordinal()] = p.birthDate();
            v[Column.SEX.ordinal()] = p.sex().name();
            v[Column.CITIZEN_ID.ordinal()] = p.citizenId();
            v[Column.PARTY_CARD_NUMBER.ordinal()] = p.partyCardNumber();
        } else if (fact instanceof MemberFact.AdmissionDecided f) {
            type = "ADMISSION_DECIDED";
            v[Column.CELL_ID.ordinal()] = f.cell().value();
            v[Column.CONSIDERED_ON.ordinal()] = f.considered();
            v[Column.DECIDED_BY.ordinal()] = f.decidedBy();
            v[Column.READMISSION.ordinal()] = f.readmission();
        } else if (fact instanceof MemberFact.CeremonyHeld f) {
            type = "CEREMONY_HELD";
            v[Column.CELL_ID.ordinal()] = f.cell().value();
        } else if (fact instanceof MemberFact.Recognized f) {
            type = "RECOGNIZED";
            v[Column.DECIDED_ON.ordinal()] = f.decided();
        } else if (fact instanceof MemberFact.Transferred f) {
            type = "TRANSFERRED";
            v[Column.TRANSFER_KIND.ordinal()] = f.kind().name();
            v[Column.FROM_CELL_ID.ordinal()] = f.from().value();
            v[Column.TO_CELL_ID.ordinal()] = f.to().value();
            v[Column.UNTIL_DATE.ordinal()] = f.until();
            v[Column.TRIGGER_ON.ordinal()] = f.trigger();
            v[Column.LETTER_ISSUED_ON.ordinal()] = f.letterIssued();
            v[Column.STUDY.ordinal()] = f.study();
        } else if (fact instanceof MemberFact.GroupAssigned f) {
            type = "GROUP_ASSIGNED";
            v[Column.PARTY_GROUP_ID.ordinal()] =
                    f.partyGroup() == null ? null : f.partyGroup().value();
        } else if (fact instanceof MemberFact.ConditionBegan f) {
            type = "CONDITION_BEGAN";
            v[Column.CONDITION_ID.ordinal()] = f.condition();
            v[Column.CONDITION_KIND.ordinal()] = f.kind().name();
            v[Column.UNTIL_DATE.ordinal()] = f.until();
            v[Column.NOTE.ordinal()] = f.note();
        } else if (fact instanceof MemberFact.ConditionEnded f) {
            type = "CONDITION_ENDED";
            v[Column.CONDITION_ID.ordinal()] = f.condition();
        } else if (fact instanceof MemberFact.Disciplined f) {
            type = "DISCIPLINED";
            v[Column.DISCIPLINE.ordinal()] = f.form().name();
            v[Column.DECIDED_BY.ordinal()] = f.decidedBy();
            v[Column.VIOLATION.ordinal()] = f.violation();
            v[Column.SELF_DETECTED_AND_FIXED.ordinal()] = f.selfDetectedAndFixed();
        } else if (fact instanceof MemberFact.Removed f) {
            type = "REMOVED";
            v[Column.REMOVAL_GROUND.ordinal()] = f.ground().name();
            v[Column.DECIDED_BY.ordinal()] = f.decidedBy();
        } else if (fact instanceof MemberFact.Died) {
            type = "DIED";
        } else if (fact instanceof MemberFact.DuesRecorded f) {
            type = "DUES_RECORDED";
            DuesEntry e = f.entry();
            v[Column.AMOUNT_DUE.ordinal()] = e.amountDue();
            v[Column.AMOUNT_PAID.ordinal()] = e.amountPaid();
            v[Column.PAID_ON.ordinal()] = e.paidOn();
            v[Column.PAYMENT_CHANNEL.ordinal()] =
                    e.channel() == null ? null : e.channel().name();
            v[Column.NOTE.ordinal()] = e.note();
        } else if (fact instanceof MemberFact.BadgeAwarded f) {
            type = "BADGE_AWARDED";
            v[Column.BADGE_YEARS.ordinal()] = f.years();
            v[Column.EARLY.ordinal()] = f.early();
        } else {
            throw new IllegalStateException("unknown member fact " + fact.getClass());
        }
        v[Column.FACT_TYPE.ordinal()] = type;
        return v;
    }

    /** The values of the row for the {@code index}-th sponsor of the {@code seq}-th fact of {@code member}. */
    static @Nullable Object[] sponsorValues(MemberId member, int seq, int index, Sponsor sponsor) {
        if (sponsor instanceof Sponsor.ByMember m) {
            return new @Nullable Object[] {
                member.value(),
                seq,
                index,
                BY_MEMBER,
                m.member().value(),
                m.relation().name(),
                m.since(),
                m.replacement(),
                null,
                null
            };
        }
        Sponsor.ByUnion u = (Sponsor.ByUnion) sponsor;
        return new @Nullable Object[] {
            member.value(),
            seq,
            index,
            BY_UNION,
            null,
            null,
            null,
            null,
            u.body().name(),
            u.resolution()
        };
    }

    /** The values of the {@code member_cell_period} row for {@code period} of {@code member}. */
    static @Nullable Object[] periodValues(MemberId member, MemberPeriods.Period period) {
        return new @Nullable Object[] {
            member.value(),
            period.from(),
            period.until(),
            period.home().value(),
            period.activity().value()
        };
    }

    /**
     * Reads the facts of a query over {@link #FROM}, in its order: a fact with sponsors spans one
     * row per sponsor.
     */
    static List<MemberFact> readAll(ResultSet rows) throws SQLException {
        List<MemberFact> out = new ArrayList<>();
        readEach(rows, out::add);
        return out;
    }

    /**
     * Reads the facts of a query over {@link #FROM} one at a time, in its order, and hands each to
     * {@code sink} as soon as it is whole: a fact with sponsors spans one row per sponsor.
     */
    static void readEach(ResultSet rows, Consumer<? super MemberFact> out) throws SQLException {
        @Nullable Admission admission = null;
        @Nullable UUID lastMember = null;
        int lastSeq = -1;
        while (rows.next()) {
            UUID member = uuid(rows, "member_id");
            int seq = integer(rows, "seq");
            if (admission != null && member.equals(lastMember) && seq == lastSeq) {
                admission.sponsors.add(sponsor(rows));
                continue;
            }
            if (admission != null) {
                out.accept(admission.fact());
                admission = null;
            }
            lastMember = member;
            lastSeq = seq;
            if ("ADMISSION_DECIDED".equals(string(rows, "fact_type"))) {
                admission = new Admission(rows);
                if (rows.getObject("sponsor_index") != null) {
                    admission.sponsors.add(sponsor(rows));
                }
            } else {
                out.accept(read(rows));
            }
        }
        if (admission != null) {
            out.accept(admission.fact());
        }
    }

    /** An admission decision read so far, waiting for the rest of its sponsors. */
    private static final class Admission {
        private final MemberId member;
        private final LocalDate effective;
        private final OrganizationId cell;
        private final LocalDate considered;
        private final String decidedBy;
        private final boolean readmission;
        private final Recorded recorded;
        private final List<Sponsor> sponsors = new ArrayList<>();

        Admission(ResultSet rows) throws SQLException {
            this.member = MemberId.of(uuid(rows, "member_id"));
            this.effective = date(rows, "effective_on");
            this.cell = OrganizationId.of(uuid(rows, "cell_id"));
            this.considered = date(rows, "considered_on");
            this.decidedBy = string(rows, "decided_by");
            this.readmission = bool(rows, "readmission");
            this.recorded = Rows.recorded(rows);
        }

        MemberFact.AdmissionDecided fact() {
            return new MemberFact.AdmissionDecided(
                    member, effective, cell, considered, decidedBy, sponsors, readmission, recorded);
        }
    }

    private static Sponsor sponsor(ResultSet rows) throws SQLException {
        String type = string(rows, "sponsor_type");
        return switch (type) {
            case BY_MEMBER ->
                new Sponsor.ByMember(
                        MemberId.of(uuid(rows, "sponsor_member_id")),
                        enumOf(SponsorRelation.class, rows, "relation"),
                        date(rows, "since_on"),
                        bool(rows, "replacement"));
            case BY_UNION ->
                new Sponsor.ByUnion(enumOf(Sponsor.UnionBody.class, rows, "union_body"), string(rows, "resolution"));
            default -> throw new StorageException("Unknown sponsor type " + type);
        };
    }

    /** The fact in the current row, other than an admission decision. */
    private static MemberFact read(ResultSet rows) throws SQLException {
        MemberId member = MemberId.of(uuid(rows, "member_id"));
        LocalDate effective = date(rows, "effective_on");
        Recorded recorded = Rows.recorded(rows);
        String type = string(rows, "fact_type");
        return switch (type) {
            case "PROFILE_RECORDED" ->
                new MemberFact.ProfileRecorded(
                        member,
                        effective,
                        new MemberProfile(
                                string(rows, "full_name"),
                                date(rows, "birth_date"),
                                enumOf(Sex.class, rows, "sex"),
                                stringOrNull(rows, "citizen_id"),
                                stringOrNull(rows, "party_card_number")),
                        recorded);
            case "CEREMONY_HELD" ->
                new MemberFact.CeremonyHeld(member, effective, OrganizationId.of(uuid(rows, "cell_id")), recorded);
            case "RECOGNIZED" -> new MemberFact.Recognized(member, effective, date(rows, "decided_on"), recorded);
            case "TRANSFERRED" ->
                new MemberFact.Transferred(
                        member,
                        effective,
                        enumOf(TransferKind.class, rows, "transfer_kind"),
                        OrganizationId.of(uuid(rows, "from_cell_id")),
                        OrganizationId.of(uuid(rows, "to_cell_id")),
                        dateOrNull(rows, "until_date"),
                        date(rows, "trigger_on"),
                        date(rows, "letter_issued_on"),
                        bool(rows, "study"),
                        recorded);
            case "GROUP_ASSIGNED" -> {
                UUID group = uuidOrNull(rows, "party_group_id");
                yield new MemberFact.GroupAssigned(
                        member, effective, group == null ? null : OrganizationId.of(group), recorded);
            }
            case "CONDITION_BEGAN" ->
                new MemberFact.ConditionBegan(
                        member,
                        effective,
                        uuid(rows, "condition_id"),
                        enumOf(ConditionKind.class, rows, "condition_kind"),
                        dateOrNull(rows, "until_date"),
                        string(rows, "note"),
                        recorded);
            case "CONDITION_ENDED" ->
                new MemberFact.ConditionEnded(member, effective, uuid(rows, "condition_id"), recorded);
            case "DISCIPLINED" ->
                new MemberFact.Disciplined(
                        member,
                        effective,
                        enumOf(MemberDiscipline.class, rows, "discipline"),
                        string(rows, "decided_by"),
                        string(rows, "violation"),
                        bool(rows, "self_detected_and_fixed"),
                        recorded);
            case "REMOVED" ->
                new MemberFact.Removed(
                        member,
                        effective,
                        enumOf(RemovalGround.class, rows, "removal_ground"),
                        string(rows, "decided_by"),
                        recorded);
            case "DIED" -> new MemberFact.Died(member, effective, recorded);
            case "DUES_RECORDED" ->
                new MemberFact.DuesRecorded(
                        member,
                        effective,
                        new DuesEntry(
                                YearMonth.from(effective),
                                bigint(rows, "amount_due"),
                                bigint(rows, "amount_paid"),
                                dateOrNull(rows, "paid_on"),
                                enumOrNull(PaymentChannel.class, rows, "payment_channel"),
                                string(rows, "note")),
                        recorded);
            case "BADGE_AWARDED" ->
                new MemberFact.BadgeAwarded(
                        member, effective, integer(rows, "badge_years"), bool(rows, "early"), recorded);
            default -> throw new StorageException("Unknown member fact type " + type);
        };
    }
}

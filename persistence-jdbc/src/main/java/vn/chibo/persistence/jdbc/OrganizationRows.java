package vn.chibo.persistence.jdbc;

import static vn.chibo.persistence.jdbc.Rows.date;
import static vn.chibo.persistence.jdbc.Rows.dateOrNull;
import static vn.chibo.persistence.jdbc.Rows.enumOf;
import static vn.chibo.persistence.jdbc.Rows.integer;
import static vn.chibo.persistence.jdbc.Rows.integerOrNull;
import static vn.chibo.persistence.jdbc.Rows.string;
import static vn.chibo.persistence.jdbc.Rows.uuid;
import static vn.chibo.persistence.jdbc.Rows.uuidOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationDiscipline;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.PartyGroupRole;
import vn.chibo.domain.organization.ReorganizationKind;
import vn.chibo.domain.organization.ReorganizationRef;
import vn.chibo.domain.organization.Role;
import vn.chibo.persistence.jdbc.internal.Sql;

/** Organisation facts to and from rows of {@code organization_fact}. Stateless. */
final class OrganizationRows {
    private OrganizationRows() {}

    /** The columns of {@code organization_fact}, in the order of {@link #INSERT}, with the sizes of its text. */
    enum Column implements SchemaColumn {
        ORGANIZATION_ID,
        SEQ,
        FACT_TYPE(TextLimit.CODE),
        EFFECTIVE_ON,
        RECORDED_AT,
        RECORDED_NANO,
        RECORDED_BY(TextLimit.RECORDED_BY),
        RECORDED_REASON(TextLimit.RECORDED_REASON),
        KIND(TextLimit.CODE),
        NAME(TextLimit.of(200)),
        PARENT_ID,
        MERGED_INTO_ID,
        REORGANIZATION_ID,
        REORGANIZATION_KIND(TextLimit.of(40, "reorganization.kind")),
        REORGANIZATION_DECISION(TextLimit.of(1000, "reorganization.decision")),
        SEAT_ID,
        MEMBER_ID,
        ROLE_TYPE(TextLimit.of(20, "role")),
        ROLE_CODE(TextLimit.of(40, "role")),
        UNTIL_DATE,
        CONGRESS,
        PLANNED_END,
        COMMITTEE_OF_ID,
        DISCIPLINE(TextLimit.of(40, "form")),
        DECIDED_BY(TextLimit.of(200)),
        VIOLATION(TextLimit.of(1000)),
        RULE_CODE(TextLimit.of(100, "rule")),
        DECISION(TextLimit.of(1000));

        private final TextLimit limit;

        Column() {
            this(TextLimit.NONE);
        }

        Column(TextLimit limit) {
            this.limit = limit;
        }

        @Override
        public String table() {
            return "organization_fact";
        }

        @Override
        public TextLimit limit() {
            return limit;
        }
    }

    /** Every column of a fact, prefixed by {@code f.}. */
    static final String COLUMNS = "f.organization_id, f.seq, f.fact_type, f.effective_on, f.recorded_at,"
            + " f.recorded_nano, f.recorded_by, f.recorded_reason, f.kind, f.name, f.parent_id, f.merged_into_id,"
            + " f.reorganization_id, f.reorganization_kind, f.reorganization_decision, f.seat_id, f.member_id,"
            + " f.role_type, f.role_code, f.until_date, f.congress, f.planned_end, f.committee_of_id, f.discipline,"
            + " f.decided_by, f.violation, f.rule_code, f.decision";

    /** The columns of {@code organization_fact}, unprefixed, in the order of {@link Column}. */
    static final String FACT_COLUMNS = "organization_id, seq, fact_type, effective_on, recorded_at, recorded_nano,"
            + " recorded_by, recorded_reason, kind, name, parent_id, merged_into_id, reorganization_id,"
            + " reorganization_kind, reorganization_decision, seat_id, member_id, role_type, role_code, until_date,"
            + " congress, planned_end, committee_of_id, discipline, decided_by, violation, rule_code, decision";

    /** A placeholder for every column of {@link #FACT_COLUMNS}. */
    static final String FACT_PLACEHOLDERS =
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final Sql INSERT =
            Sql.of("INSERT INTO organization_fact (" + FACT_COLUMNS + ") VALUES " + FACT_PLACEHOLDERS);

    /** The columns of {@code organization_state}, in the order of {@link #stateValues}. */
    static final String STATE_COLUMNS = "organization_id, valid_from, valid_until, kind, name, parent_id";

    /** A placeholder for every column of {@link #STATE_COLUMNS}. */
    static final String STATE_PLACEHOLDERS = "(?, ?, ?, ?, ?, ?)";

    static final Sql INSERT_STATE =
            Sql.of("INSERT INTO organization_state (" + STATE_COLUMNS + ") VALUES " + STATE_PLACEHOLDERS);

    private static final String COMMITTEE = "COMMITTEE";
    private static final String PARTY_GROUP = "PARTY_GROUP";

    /** The values of the row for {@code fact}, stored as the {@code seq}-th fact of its organisation. */
    static @Nullable Object[] values(OrganizationFact fact, int seq) {
        @Nullable Object[] v = new Object[Column.values().length];
        v[Column.ORGANIZATION_ID.ordinal()] = fact.organization().value();
        v[Column.SEQ.ordinal()] = seq;
        v[Column.EFFECTIVE_ON.ordinal()] = fact.effective();
        v[Column.RECORDED_AT.ordinal()] = Rows.micros(fact.recorded().at());
        v[Column.RECORDED_NANO.ordinal()] = Rows.nanoRemainder(fact.recorded().at());
        v[Column.RECORDED_BY.ordinal()] = fact.recorded().actor();
        v[Column.RECORDED_REASON.ordinal()] = fact.recorded().reason();
        if (fact instanceof OrganizationFact.Structural s) {
            s.reorganization().ifPresent(r -> {
                v[Column.REORGANIZATION_ID.ordinal()] = r.id();
                v[Column.REORGANIZATION_KIND.ordinal()] = r.kind().name();
                v[Column.REORGANIZATION_DECISION.ordinal()] = r.decision();
            });
        }
        String type;
        if (fact instanceof OrganizationFact.Founded f) {
            type = "FOUNDED";
            v[Column.KIND.ordinal()] = f.kind().name();
            v[Column.NAME.ordinal()] = f.name();
            v[Column.PARENT_ID.ordinal()] = raw(f.parent());
        } else if (fact instanceof OrganizationFact.Renamed f) {
            type = "RENAMED";
            v[Column.NAME.ordinal()] = f.name();
        } else if (fact instanceof OrganizationFact.KindChanged f) {
            type = "KIND_CHANGED";
            v[Column.KIND.ordinal()] = f.kind().name();
        } else if (fact instanceof OrganizationFact.Reparented f) {
            type = "REPARENTED";
            v[Column.PARENT_ID.ordinal()] = f.parent().value();
        } else if (fact instanceof OrganizationFact.Dissolved f) {
            type = "DISSOLVED";
            v[Column.MERGED_INTO_ID.ordinal()] = raw(f.mergedInto());
        } else if (fact instanceof OrganizationFact.SeatTaken f) {
            type = "SEAT_TAKEN";
            v[Column.SEAT_ID.ordinal()] = f.seat();
            v[Column.MEMBER_ID.ordinal()] = f.member().value();
            v[Column.ROLE_TYPE.ordinal()] = f.role() instanceof CommitteeRole ? COMMITTEE : PARTY_GROUP;
            v[Column.ROLE_CODE.ordinal()] = f.role().name();
            v[Column.UNTIL_DATE.ordinal()] = f.until();
            v[Column.CONGRESS.ordinal()] = f.congress();
        } else if (fact instanceof OrganizationFact.SeatVacated f) {
            type = "SEAT_VACATED";
            v[Column.SEAT_ID.ordinal()] = f.seat();
        } else if (fact instanceof OrganizationFact.TermOpened f) {
            type = "TERM_OPENED";
            v[Column.CONGRESS.ordinal()] = f.congress();
            v[Column.PLANNED_END.ordinal()] = f.plannedEnd();
        } else if (fact instanceof OrganizationFact.SupervisionAssigned f) {
            type = "SUPERVISION_ASSIGNED";
            v[Column.MEMBER_ID.ordinal()] = f.supervisor().value();
            v[Column.COMMITTEE_OF_ID.ordinal()] = f.committeeOf().value();
            v[Column.UNTIL_DATE.ordinal()] = f.until();
        } else if (fact instanceof OrganizationFact.DisciplineImposed f) {
            type = "DISCIPLINE_IMPOSED";
            v[Column.DISCIPLINE.ordinal()] = f.form().name();
            v[Column.DECIDED_BY.ordinal()] = f.decidedBy();
            v[Column.VIOLATION.ordinal()] = f.violation();
        } else if (fact instanceof OrganizationFact.ExceptionApproved f) {
            type = "EXCEPTION_APPROVED";
            v[Column.RULE_CODE.ordinal()] = f.rule();
            v[Column.DECISION.ordinal()] = f.decision();
            v[Column.UNTIL_DATE.ordinal()] = f.until();
        } else {
            throw new IllegalStateException("unknown organisation fact " + fact.getClass());
        }
        v[Column.FACT_TYPE.ordinal()] = type;
        return v;
    }

    /** The values of the {@code organization_state} row for {@code state} of {@code organization}. */
    static @Nullable Object[] stateValues(OrganizationId organization, OrganizationState state) {
        OrganizationId parent = state.parent();
        return new @Nullable Object[] {
            organization.value(),
            state.valid().from(),
            Rows.until(state.valid().until()),
            state.kind().name(),
            state.name(),
            parent == null ? null : parent.value()
        };
    }

    /** The fact in the current row (read with {@link #COLUMNS}). */
    static OrganizationFact read(ResultSet rows) throws SQLException {
        OrganizationId org = OrganizationId.of(uuid(rows, "organization_id"));
        var effective = date(rows, "effective_on");
        var recorded = Rows.recorded(rows);
        String type = string(rows, "fact_type");
        return switch (type) {
            case "FOUNDED" ->
                new OrganizationFact.Founded(
                        org,
                        effective,
                        enumOf(OrganizationKind.class, rows, "kind"),
                        string(rows, "name"),
                        organization(uuidOrNull(rows, "parent_id")),
                        reorganization(rows),
                        recorded);
            case "RENAMED" ->
                new OrganizationFact.Renamed(org, effective, string(rows, "name"), reorganization(rows), recorded);
            case "KIND_CHANGED" ->
                new OrganizationFact.KindChanged(
                        org, effective, enumOf(OrganizationKind.class, rows, "kind"), reorganization(rows), recorded);
            case "REPARENTED" ->
                new OrganizationFact.Reparented(
                        org, effective, OrganizationId.of(uuid(rows, "parent_id")), reorganization(rows), recorded);
            case "DISSOLVED" ->
                new OrganizationFact.Dissolved(
                        org,
                        effective,
                        organization(uuidOrNull(rows, "merged_into_id")),
                        reorganization(rows),
                        recorded);
            case "SEAT_TAKEN" ->
                new OrganizationFact.SeatTaken(
                        org,
                        effective,
                        uuid(rows, "seat_id"),
                        MemberId.of(uuid(rows, "member_id")),
                        role(rows),
                        dateOrNull(rows, "until_date"),
                        integerOrNull(rows, "congress"),
                        recorded);
            case "SEAT_VACATED" -> new OrganizationFact.SeatVacated(org, effective, uuid(rows, "seat_id"), recorded);
            case "TERM_OPENED" ->
                new OrganizationFact.TermOpened(
                        org, effective, integer(rows, "congress"), integer(rows, "planned_end"), recorded);
            case "SUPERVISION_ASSIGNED" ->
                new OrganizationFact.SupervisionAssigned(
                        org,
                        effective,
                        MemberId.of(uuid(rows, "member_id")),
                        OrganizationId.of(uuid(rows, "committee_of_id")),
                        dateOrNull(rows, "until_date"),
                        recorded);
            case "DISCIPLINE_IMPOSED" ->
                new OrganizationFact.DisciplineImposed(
                        org,
                        effective,
                        enumOf(OrganizationDiscipline.class, rows, "discipline"),
                        string(rows, "decided_by"),
                        string(rows, "violation"),
                        recorded);
            case "EXCEPTION_APPROVED" ->
                new OrganizationFact.ExceptionApproved(
                        org,
                        effective,
                        string(rows, "rule_code"),
                        string(rows, "decision"),
                        dateOrNull(rows, "until_date"),
                        recorded);
            default -> throw new StorageException("Unknown organisation fact type " + type);
        };
    }

    private static @Nullable ReorganizationRef reorganization(ResultSet rows) throws SQLException {
        UUID id = uuidOrNull(rows, "reorganization_id");
        if (id == null) {
            return null;
        }
        return new ReorganizationRef(
                id,
                enumOf(ReorganizationKind.class, rows, "reorganization_kind"),
                string(rows, "reorganization_decision"));
    }

    private static Role role(ResultSet rows) throws SQLException {
        String type = string(rows, "role_type");
        return switch (type) {
            case COMMITTEE -> enumOf(CommitteeRole.class, rows, "role_code");
            case PARTY_GROUP -> enumOf(PartyGroupRole.class, rows, "role_code");
            default -> throw new StorageException("Unknown role type " + type);
        };
    }

    private static @Nullable OrganizationId organization(@Nullable UUID id) {
        return id == null ? null : OrganizationId.of(id);
    }

    private static @Nullable UUID raw(@Nullable OrganizationId id) {
        return id == null ? null : id.value();
    }
}

package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Residence histories in bulk, as {@link JdbcResidenceLiaisons} stores them: their facts staged as
 * rows of {@code residence_fact} and the residential cell over time ({@link
 * ResidenceRows#periods}) as rows of {@code residence_period}; read back by member, a whole history
 * at a time. The workplaces kept here are references too (the table's foreign key). Stateless.
 */
final class ResidenceBulk extends TableBulkKind<BulkRecord.Residence> {
    /** The kind's name in the staging tables. */
    static final String KIND = "RESIDENCE";

    private static final String FACT_COLUMNS =
            "member_id, seq, fact_type, effective_on, recorded_at, recorded_nano, recorded_by,"
                    + " recorded_reason, full_name, residential_cell_id, workplace_name,"
                    + " workplace_organization_id, letter_issued_on, exemption_category, presence, excuse,"
                    + " comment_year, front_work_committee, comment_text, verdict, requested_on, channel,"
                    + " end_reason, note";

    private static final String PERIOD_COLUMNS = "member_id, valid_from, valid_until, residential_cell_id";

    static final Staging.Table FACTS = new Staging.Table(
            "residence_fact",
            FACT_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_residence_fact AS SELECT " + FACT_COLUMNS
                    + " FROM residence_fact WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_residence_fact"),
            Sql.of("INSERT INTO chibo_bulk_residence_fact (" + FACT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            Sql.of("COPY chibo_bulk_residence_fact (" + FACT_COLUMNS + ") FROM STDIN"));

    static final Staging.Table PERIODS = new Staging.Table(
            "",
            PERIOD_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_residence_period AS SELECT " + PERIOD_COLUMNS
                    + " FROM residence_period WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_residence_period"),
            Sql.of("INSERT INTO chibo_bulk_residence_period (" + PERIOD_COLUMNS + ") VALUES (?, ?, ?, ?)"),
            Sql.of("COPY chibo_bulk_residence_period (" + PERIOD_COLUMNS + ") FROM STDIN"));

    private static final Sql STORED = Sql.of(JdbcBulkLoader.STORED_OF + KIND + "'"
            + " AND EXISTS (SELECT 1 FROM residence_version v WHERE v.member_id = b.identity)"
            + " AND NOT EXISTS " + JdbcBulkLoader.EARLIER_IN_LOAD + " ORDER BY b.record_no");

    private static final ImmutableList<Move> STORE = ImmutableList.of(
            Move.of(
                    "INSERT INTO residence_version (member_id, version)" + JdbcBulkLoader.SIZES_OF,
                    JdbcBulkLoader.RECORDS_AS_B,
                    "b.kind = '" + KIND + "'",
                    JdbcBulkLoader.IN_RECORD_ORDER),
            Move.all(
                    "INSERT INTO residence_fact (" + FACT_COLUMNS + ") SELECT " + FACT_COLUMNS,
                    "chibo_bulk_residence_fact"),
            Move.all(
                    "INSERT INTO residence_period (" + PERIOD_COLUMNS + ") SELECT " + PERIOD_COLUMNS,
                    "chibo_bulk_residence_period"));

    private static final String ORDER = " ORDER BY f.member_id, f.seq";

    private static final Sql ALL = Sql.of("SELECT " + ResidenceRows.COLUMNS + " FROM residence_fact f" + ORDER);

    /**
     * The histories an actor confined to a root reads ({@link JdbcResidenceLiaisons#all}): with a
     * registration at a cell ever under the root; a join, not an {@code IN}, for H2.
     */
    private static final Sql IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT
            + ", scoped_residence(member_id) AS (SELECT DISTINCT x.member_id FROM residence_fact x"
            + " JOIN under_root u ON x.residential_cell_id = u.organization_id WHERE x.fact_type = 'REGISTERED')"
            + " SELECT " + ResidenceRows.COLUMNS
            + " FROM scoped_residence s JOIN residence_fact f ON f.member_id = s.member_id" + ORDER);

    ResidenceBulk() {
        super(BulkRecord.Residence.class, KIND, ImmutableList.of(FACTS, PERIODS), STORED, STORE, ALL, IN_SCOPE);
    }

    @Override
    public UUID identity(BulkRecord.Residence record) {
        return record.member().value();
    }

    @Override
    public String show(UUID identity, int part) {
        return MemberId.of(identity).toString();
    }

    @Override
    public ImmutableSet<OrganizationId> organizationsReferred(BulkRecord.Residence record) {
        ImmutableSet.Builder<OrganizationId> refs =
                ImmutableSet.<OrganizationId>builder().addAll(record.organizationsReferred());
        for (ResidenceFact f : record.facts()) {
            if (f instanceof ResidenceFact.Registered r) {
                r.workplace().organizationId().ifPresent(refs::add);
            }
        }
        return refs.build();
    }

    @Override
    public void stage(BulkRecord.Residence record, Staging staging) throws SQLException {
        ImmutableList<ResidenceFact> facts = record.facts();
        for (int i = 0; i < facts.size(); i++) {
            staging.addInput(FACTS, ResidenceRows.values(facts.get(i), i), record.origin(), i);
        }
        UUID id = record.member().value();
        for (ResidenceRows.Period p : ResidenceRows.periods(ResidenceLiaisonHistory.of(record.member(), facts))) {
            staging.addDerived(
                    PERIODS, new Object[] {id, p.from(), p.until(), p.cell().value()});
        }
    }

    @Override
    void records(PreparedStatement statement, Consumer<? super BulkRecord> sink) throws SQLException {
        JdbcBulkReader.records(
                statement,
                (rows, out) -> {
                    while (rows.next()) {
                        out.accept(ResidenceRows.read(rows));
                    }
                },
                ResidenceFact::member,
                (id, facts) -> BulkRecord.Residence.of(id, facts, "residence " + id),
                sink);
    }
}

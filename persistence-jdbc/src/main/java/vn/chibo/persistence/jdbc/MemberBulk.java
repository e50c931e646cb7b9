package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Members in bulk: their facts staged as rows of {@code member_fact}, the sponsors of their
 * admissions as rows of {@code admission_sponsor}, and where they belonged over time (from {@link
 * MemberPeriods}) as rows of {@code member_cell_period}; read back by identity, a whole history at
 * a time. Stateless.
 */
final class MemberBulk extends TableBulkKind<BulkRecord.Member> {
    /** The kind's name in the staging tables. */
    static final String KIND = "MEMBER";

    static final Staging.Table FACTS = new Staging.Table(
            "member_fact",
            MemberRows.FACT_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_member_fact AS SELECT " + MemberRows.FACT_COLUMNS
                    + " FROM member_fact WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_member_fact"),
            Sql.of("INSERT INTO chibo_bulk_member_fact (" + MemberRows.FACT_COLUMNS + ") VALUES "
                    + MemberRows.FACT_PLACEHOLDERS),
            Sql.of("COPY chibo_bulk_member_fact (" + MemberRows.FACT_COLUMNS + ") FROM STDIN"));

    static final Staging.Table SPONSORS = new Staging.Table(
            "admission_sponsor",
            MemberRows.SPONSOR_COLUMNS,
            ".sponsors",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_admission_sponsor AS SELECT " + MemberRows.SPONSOR_COLUMNS
                    + " FROM admission_sponsor WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_admission_sponsor"),
            Sql.of("INSERT INTO chibo_bulk_admission_sponsor (" + MemberRows.SPONSOR_COLUMNS + ") VALUES "
                    + MemberRows.SPONSOR_PLACEHOLDERS),
            Sql.of("COPY chibo_bulk_admission_sponsor (" + MemberRows.SPONSOR_COLUMNS + ") FROM STDIN"));

    static final Staging.Table PERIODS = new Staging.Table(
            "",
            MemberRows.PERIOD_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_member_cell_period AS SELECT " + MemberRows.PERIOD_COLUMNS
                    + " FROM member_cell_period WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_member_cell_period"),
            Sql.of("INSERT INTO chibo_bulk_member_cell_period (" + MemberRows.PERIOD_COLUMNS + ") VALUES "
                    + MemberRows.PERIOD_PLACEHOLDERS),
            Sql.of("COPY chibo_bulk_member_cell_period (" + MemberRows.PERIOD_COLUMNS + ") FROM STDIN"));

    private static final Sql STORED = Sql.of(JdbcBulkLoader.STORED_OF + KIND + "'"
            + " AND EXISTS (SELECT 1 FROM member_version v WHERE v.member_id = b.identity)"
            + " AND NOT EXISTS " + JdbcBulkLoader.EARLIER_IN_LOAD + " ORDER BY b.record_no");

    private static final ImmutableList<Move> STORE = ImmutableList.of(
            Move.of(
                    "INSERT INTO member_version (member_id, version)" + JdbcBulkLoader.SIZES_OF,
                    JdbcBulkLoader.RECORDS_AS_B,
                    "b.kind = '" + KIND + "'",
                    JdbcBulkLoader.IN_RECORD_ORDER),
            Move.all(
                    "INSERT INTO member_fact (" + MemberRows.FACT_COLUMNS + ") SELECT " + MemberRows.FACT_COLUMNS,
                    "chibo_bulk_member_fact"),
            Move.all(
                    "INSERT INTO admission_sponsor (" + MemberRows.SPONSOR_COLUMNS + ") SELECT "
                            + MemberRows.SPONSOR_COLUMNS,
                    "chibo_bulk_admission_sponsor"),
            Move.all(
                    "INSERT INTO member_cell_period (" + MemberRows.PERIOD_COLUMNS + ") SELECT "
                            + MemberRows.PERIOD_COLUMNS,
                    "chibo_bulk_member_cell_period"));

    private static final String ORDER = " ORDER BY f.member_id, f.seq, sp.sponsor_index";

    private static final Sql ALL = Sql.of("SELECT " + MemberRows.COLUMNS + MemberRows.FROM + ORDER);

    /** The members an actor confined to a root reaches, as {@link JdbcMembers#all} reads them. */
    private static final Sql IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT + ", " + Scopes.SCOPED_MEMBERS
            + " SELECT " + MemberRows.COLUMNS
            + " FROM scoped_member s JOIN member_fact f ON f.member_id = s.member_id" + MemberRows.WITH_SPONSORS
            + ORDER);

    MemberBulk() {
        super(BulkRecord.Member.class, KIND, ImmutableList.of(FACTS, SPONSORS, PERIODS), STORED, STORE, ALL, IN_SCOPE);
    }

    @Override
    public UUID identity(BulkRecord.Member record) {
        return record.id().value();
    }

    @Override
    public String show(UUID identity, int part) {
        return MemberId.of(identity).toString();
    }

    @Override
    public void stage(BulkRecord.Member record, Staging staging) throws SQLException {
        MemberId id = record.id();
        ImmutableList<MemberFact> facts = record.facts();
        for (int i = 0; i < facts.size(); i++) {
            MemberFact f = facts.get(i);
            staging.addInput(FACTS, MemberRows.values(f, i), record.origin(), i);
            if (f instanceof MemberFact.AdmissionDecided a) {
                int index = 0;
                for (Sponsor sponsor : a.sponsors()) {
                    staging.addInput(SPONSORS, MemberRows.sponsorValues(id, i, index++, sponsor), record.origin(), i);
                }
            }
        }
        for (MemberPeriods.Period p : MemberPeriods.of(MemberHistory.of(id, facts))) {
            staging.addDerived(PERIODS, MemberRows.periodValues(id, p));
        }
    }

    @Override
    void records(PreparedStatement statement, Consumer<? super BulkRecord> sink) throws SQLException {
        JdbcBulkReader.records(
                statement,
                MemberRows::readEach,
                MemberFact::member,
                (id, facts) -> BulkRecord.Member.of(id, facts, "member " + id),
                sink);
    }
}

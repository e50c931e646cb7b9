package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Organisations in bulk: their facts staged as rows of {@code organization_fact} and their states
 * (folded by {@link OrganizationHistory}) as rows of {@code organization_state}; read back by
 * identity, a whole history at a time. Stateless.
 */
final class OrganizationBulk implements BulkKind<BulkRecord.Organization> {
    /** The kind's name in the staging tables. */
    static final String KIND = "ORGANIZATION";

    static final Staging.Table FACTS = new Staging.Table(
            "organization_fact",
            OrganizationRows.FACT_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_organization_fact AS SELECT "
                    + OrganizationRows.FACT_COLUMNS + " FROM organization_fact WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_organization_fact"),
            Sql.of("INSERT INTO chibo_bulk_organization_fact (" + OrganizationRows.FACT_COLUMNS + ") VALUES "
                    + OrganizationRows.FACT_PLACEHOLDERS),
            Sql.of("COPY chibo_bulk_organization_fact (" + OrganizationRows.FACT_COLUMNS + ") FROM STDIN"));

    static final Staging.Table STATES = new Staging.Table(
            "",
            OrganizationRows.STATE_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_organization_state AS SELECT "
                    + OrganizationRows.STATE_COLUMNS + " FROM organization_state WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_organization_state"),
            Sql.of("INSERT INTO chibo_bulk_organization_state (" + OrganizationRows.STATE_COLUMNS + ") VALUES "
                    + OrganizationRows.STATE_PLACEHOLDERS),
            Sql.of("COPY chibo_bulk_organization_state (" + OrganizationRows.STATE_COLUMNS + ") FROM STDIN"));

    private static final Sql STORED = Sql.of(JdbcBulkLoader.STORED_OF + KIND + "'"
            + " AND EXISTS (SELECT 1 FROM organization_version v WHERE v.organization_id = b.identity)"
            + " AND NOT EXISTS " + JdbcBulkLoader.EARLIER_IN_LOAD + " ORDER BY b.record_no");

    private static final ImmutableList<Move> STORE = ImmutableList.of(
            Move.of(
                    "INSERT INTO organization_version (organization_id, version)" + JdbcBulkLoader.SIZES_OF,
                    JdbcBulkLoader.RECORDS_AS_B,
                    "b.kind = '" + KIND + "'",
                    JdbcBulkLoader.IN_RECORD_ORDER),
            Move.all(
                    "INSERT INTO organization_fact (" + OrganizationRows.FACT_COLUMNS + ") SELECT "
                            + OrganizationRows.FACT_COLUMNS,
                    "chibo_bulk_organization_fact"),
            Move.all(
                    "INSERT INTO organization_state (" + OrganizationRows.STATE_COLUMNS + ") SELECT "
                            + OrganizationRows.STATE_COLUMNS,
                    "chibo_bulk_organization_state"));

    private static final String ORDER = " ORDER BY f.organization_id, f.seq";

    private static final Sql ALL = Sql.of("SELECT " + OrganizationRows.COLUMNS + " FROM organization_fact f" + ORDER);

    /** Every organisation a subtree actor reaches: ever under its root or ever above it. */
    private static final Sql REACHABLE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT + ", " + Scopes.ABOVE_ROOT
            + ", " + Scopes.REACHABLE_ORGANIZATIONS
            + " SELECT " + OrganizationRows.COLUMNS
            + " FROM reachable p JOIN organization_fact f ON f.organization_id = p.organization_id"
            + ORDER);

    /** A subtree: every organisation ever under its root, and the root's ancestors on a date. */
    private static final Sql SUBTREE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT + ", " + Scopes.UP_ON
            + ", picked(organization_id) AS"
            + " (SELECT organization_id FROM under_root UNION SELECT organization_id FROM up_on)"
            + " SELECT " + OrganizationRows.COLUMNS
            + " FROM picked p JOIN organization_fact f ON f.organization_id = p.organization_id"
            + ORDER);

    @Override
    public Class<BulkRecord.Organization> type() {
        return BulkRecord.Organization.class;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public UUID identity(BulkRecord.Organization record) {
        return record.id().value();
    }

    @Override
    public String show(UUID identity, int part) {
        return OrganizationId.of(identity).toString();
    }

    @Override
    public ImmutableList<Staging.Table> tables() {
        return ImmutableList.of(FACTS, STATES);
    }

    @Override
    public void stage(BulkRecord.Organization record, Staging staging) throws SQLException {
        ImmutableList<OrganizationFact> facts = record.facts();
        for (int i = 0; i < facts.size(); i++) {
            staging.addInput(FACTS, OrganizationRows.values(facts.get(i), i), record.origin(), i);
        }
        for (OrganizationState s : OrganizationHistory.of(record.id(), facts).states()) {
            staging.addDerived(STATES, OrganizationRows.stateValues(record.id(), s));
        }
    }

    @Override
    public Sql stored() {
        return STORED;
    }

    @Override
    public ImmutableList<Move> store() {
        return STORE;
    }

    @Override
    public void read(Connection connection, Reach reach, Consumer<? super BulkRecord> sink) throws SQLException {
        UUID root = reach.root();
        try (PreparedStatement statement = root == null
                ? ALL.prepare(connection)
                : reach.ancestorsOn() == null
                        ? REACHABLE.prepareWith(connection, root, root)
                        : SUBTREE.prepareWith(
                                connection,
                                root,
                                root,
                                reach.ancestorsOn(),
                                reach.ancestorsOn(),
                                reach.ancestorsOn(),
                                reach.ancestorsOn())) {
            JdbcBulkReader.records(
                    statement,
                    (rows, out) -> {
                        while (rows.next()) {
                            out.accept(OrganizationRows.read(rows));
                        }
                    },
                    OrganizationFact::organization,
                    (id, facts) -> BulkRecord.Organization.of(id, facts, "organization " + id),
                    sink);
        }
    }
}

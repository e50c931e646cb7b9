package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.rule.Finding;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Reviews in bulk, as {@link JdbcEvaluations} stores them: the review's identity (derived from its
 * {@link vn.chibo.domain.evaluation.EvaluationKey}, {@link EvaluationRows#id}) in {@code
 * evaluation_version} and {@code evaluation_review}, its entries as rows of {@code
 * evaluation_fact}, a decision's findings as rows of {@code evaluation_finding}. Where each review
 * counts is placed after the load ({@link JdbcBulkLoader#afterLoad}). Read back by subject
 * (organisations before members), subject identity, year and period. Stateless.
 */
final class EvaluationBulk extends TableBulkKind<BulkRecord.Evaluation> {
    /** The kind's name in the staging tables. */
    static final String KIND = "EVALUATION";

    private static final String REVIEW_COLUMNS =
            "review_id, subject_kind, member_id, organization_id, review_year, review_period," + " year_end";

    private static final String FACT_COLUMNS =
            "review_id, seq, entry_type, recorded_at, recorded_nano, recorded_by, recorded_reason,"
                    + " grade, self_assessed_grade, civil_servant_grade, targets_percent,"
                    + " degradation_concluded, negative_residence_comment, discipline_self_fixed,"
                    + " score_general, score_results, all_tasks_on_time, exceeded_percent, late_percent,"
                    + " shortcomings_fixed, not_rated_reason, reviewed, regime_id, regime_fingerprint,"
                    + " decision, outside_political_system, host_cell_id, host_comment_date,"
                    + " host_comment_source, host_comment, targets_on_time_percent, targets_exceeded_percent";

    private static final String FINDING_COLUMNS =
            "review_id, seq, finding_index, code, severity, subject, message_vi, message_en,"
                    + " source_document, source_article, source_confidence, source_note, policy_id,"
                    + " policy_fingerprint";

    static final Staging.Table REVIEWS = new Staging.Table(
            "",
            REVIEW_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_evaluation_review AS SELECT " + REVIEW_COLUMNS
                    + " FROM evaluation_review WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_evaluation_review"),
            Sql.of("INSERT INTO chibo_bulk_evaluation_review (" + REVIEW_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"),
            Sql.of("COPY chibo_bulk_evaluation_review (" + REVIEW_COLUMNS + ") FROM STDIN"));

    static final Staging.Table FACTS = new Staging.Table(
            "evaluation_fact",
            FACT_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_evaluation_fact AS SELECT " + FACT_COLUMNS
                    + " FROM evaluation_fact WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_evaluation_fact"),
            Sql.of(
                    "INSERT INTO chibo_bulk_evaluation_fact (" + FACT_COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            Sql.of("COPY chibo_bulk_evaluation_fact (" + FACT_COLUMNS + ") FROM STDIN"));

    static final Staging.Table FINDINGS = new Staging.Table(
            "evaluation_finding",
            FINDING_COLUMNS,
            "",
            Sql.of("CREATE LOCAL TEMPORARY TABLE chibo_bulk_evaluation_finding AS SELECT " + FINDING_COLUMNS
                    + " FROM evaluation_finding WITH NO DATA"),
            Sql.of("DROP TABLE IF EXISTS chibo_bulk_evaluation_finding"),
            Sql.of("INSERT INTO chibo_bulk_evaluation_finding (" + FINDING_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            Sql.of("COPY chibo_bulk_evaluation_finding (" + FINDING_COLUMNS + ") FROM STDIN"));

    private static final Sql STORED = Sql.of(JdbcBulkLoader.STORED_OF + KIND + "'"
            + " AND EXISTS (SELECT 1 FROM evaluation_version v WHERE v.review_id = b.identity)"
            + " AND NOT EXISTS " + JdbcBulkLoader.EARLIER_IN_LOAD + " ORDER BY b.record_no");

    private static final ImmutableList<Move> STORE = ImmutableList.of(
            Move.of(
                    "INSERT INTO evaluation_version (review_id, version)" + JdbcBulkLoader.SIZES_OF,
                    JdbcBulkLoader.RECORDS_AS_B,
                    "b.kind = '" + KIND + "'",
                    JdbcBulkLoader.IN_RECORD_ORDER),
            Move.all(
                    "INSERT INTO evaluation_review (" + REVIEW_COLUMNS + ") SELECT " + REVIEW_COLUMNS,
                    "chibo_bulk_evaluation_review"),
            Move.all(
                    "INSERT INTO evaluation_fact (" + FACT_COLUMNS + ") SELECT " + FACT_COLUMNS,
                    "chibo_bulk_evaluation_fact"),
            Move.all(
                    "INSERT INTO evaluation_finding (" + FINDING_COLUMNS + ") SELECT " + FINDING_COLUMNS,
                    "chibo_bulk_evaluation_finding"));

    private static final String FROM = " FROM evaluation_review r JOIN evaluation_fact f ON f.review_id = r.review_id"
            + " LEFT JOIN evaluation_finding x ON x.review_id = f.review_id AND x.seq = f.seq";

    private static final String ORDER = " ORDER BY CASE r.subject_kind WHEN 'ORGANIZATION' THEN 0 ELSE 1 END,"
            + " COALESCE(r.organization_id, r.member_id), r.review_year, CASE r.review_period WHEN 'YEAR' THEN 0"
            + " WHEN 'Q1' THEN 1 WHEN 'Q2' THEN 2 WHEN 'Q3' THEN 3 WHEN 'Q4' THEN 4 ELSE 5 END, r.review_period,"
            + " f.seq, x.finding_index";

    private static final Sql ALL = Sql.of("SELECT " + EvaluationRows.COLUMNS + FROM + ORDER);

    /**
     * The reviews an actor confined to a root reads ({@link JdbcEvaluations#find}): owned by an
     * organisation ever under the root; a join, not an {@code IN}, for H2.
     */
    private static final Sql IN_SCOPE = Sql.of("WITH RECURSIVE " + Scopes.UNDER_ROOT + " SELECT "
            + EvaluationRows.COLUMNS + " FROM (SELECT DISTINCT organization_id FROM under_root) u"
            + " JOIN evaluation_review r ON r.owner_id = u.organization_id"
            + " JOIN evaluation_fact f ON f.review_id = r.review_id"
            + " LEFT JOIN evaluation_finding x ON x.review_id = f.review_id AND x.seq = f.seq" + ORDER);

    EvaluationBulk() {
        super(
                BulkRecord.Evaluation.class,
                KIND,
                ImmutableList.of(REVIEWS, FACTS, FINDINGS),
                STORED,
                STORE,
                ALL,
                IN_SCOPE);
    }

    @Override
    public UUID identity(BulkRecord.Evaluation record) {
        return EvaluationRows.id(record.key());
    }

    @Override
    public String show(UUID identity, int part) {
        return "review " + identity;
    }

    @Override
    public String shown(BulkRecord.Evaluation record) {
        return record.key().toString();
    }

    @Override
    public void stage(BulkRecord.Evaluation record, Staging staging) throws SQLException {
        UUID id = EvaluationRows.id(record.key());
        staging.addDerived(REVIEWS, EvaluationRows.reviewValues(record.key()));
        ImmutableList<EvaluationEntry> entries = record.entries();
        for (int i = 0; i < entries.size(); i++) {
            EvaluationEntry entry = entries.get(i);
            String path = record.origin() + ".entries[" + i + "]";
            staging.addInput(FACTS, EvaluationRows.values(entry, i), path);
            if (entry instanceof EvaluationEntry.Decided d) {
                int index = 0;
                for (Finding f : d.findings()) {
                    staging.addInput(
                            FINDINGS, EvaluationRows.findingValues(id, i, index, f), path + ".findings[" + index + "]");
                    index++;
                }
            }
        }
    }

    @Override
    void records(PreparedStatement statement, Consumer<? super BulkRecord> sink) throws SQLException {
        JdbcBulkReader.records(
                statement,
                EvaluationRows::readEach,
                EvaluationEntry::key,
                (key, entries) -> BulkRecord.Evaluation.of(key, entries, "evaluation " + key),
                sink);
    }
}

package vn.chibo.persistence.jdbc;

import static vn.chibo.persistence.jdbc.Rows.bool;
import static vn.chibo.persistence.jdbc.Rows.date;
import static vn.chibo.persistence.jdbc.Rows.enumOf;
import static vn.chibo.persistence.jdbc.Rows.enumOrNull;
import static vn.chibo.persistence.jdbc.Rows.integer;
import static vn.chibo.persistence.jdbc.Rows.integerOrNull;
import static vn.chibo.persistence.jdbc.Rows.string;
import static vn.chibo.persistence.jdbc.Rows.stringOrNull;
import static vn.chibo.persistence.jdbc.Rows.uuid;
import static vn.chibo.persistence.jdbc.Rows.uuidOrNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.HostCellComment;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.Review;
import vn.chibo.domain.evaluation.ReviewPeriod;
import vn.chibo.domain.evaluation.Scores;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Review entries to and from rows of {@code evaluation_fact}, the findings of a decision to and
 * from rows of {@code evaluation_finding}, and the identity of a review ({@code evaluation_review}).
 * Stateless.
 */
final class EvaluationRows {
    private EvaluationRows() {}

    /** {@code subject_kind} of a member's review. */
    static final String MEMBER = "MEMBER";

    /** {@code subject_kind} of an organisation's review. */
    static final String ORGANIZATION = "ORGANIZATION";

    /** The columns of {@code evaluation_fact}, in the order of {@link #INSERT}. */
    enum Column implements SchemaColumn {
        REVIEW_ID,
        SEQ,
        ENTRY_TYPE(TextLimit.CODE),
        RECORDED_AT,
        RECORDED_NANO,
        RECORDED_BY(TextLimit.RECORDED_BY),
        RECORDED_REASON(TextLimit.RECORDED_REASON),
        GRADE(TextLimit.of(20)),
        SELF_ASSESSED_GRADE(TextLimit.of(20)),
        CIVIL_SERVANT_GRADE(TextLimit.of(20)),
        TARGETS_PERCENT,
        DEGRADATION_CONCLUDED,
        NEGATIVE_RESIDENCE_COMMENT,
        DISCIPLINE_SELF_FIXED,
        SCORE_GENERAL(TextLimit.of(100)),
        SCORE_RESULTS(TextLimit.of(100)),
        ALL_TASKS_ON_TIME,
        EXCEEDED_PERCENT(TextLimit.of(100)),
        LATE_PERCENT(TextLimit.of(100)),
        SHORTCOMINGS_FIXED,
        NOT_RATED_REASON(TextLimit.of(100)),
        REVIEWED,
        REGIME_ID(TextLimit.of(200)),
        REGIME_FINGERPRINT(TextLimit.of(200)),
        DECISION(TextLimit.of(1000)),
        OUTSIDE_POLITICAL_SYSTEM,
        HOST_CELL_ID,
        HOST_COMMENT_DATE,
        HOST_COMMENT_SOURCE(TextLimit.of(500)),
        HOST_COMMENT(TextLimit.of(2000)),
        TARGETS_ON_TIME_PERCENT(TextLimit.of(100)),
        TARGETS_EXCEEDED_PERCENT(TextLimit.of(100));

        private final TextLimit limit;

        Column() {
            this(TextLimit.NONE);
        }

        Column(TextLimit limit) {
            this.limit = limit;
        }

        @Override
        public String table() {
            return "evaluation_fact";
        }

        @Override
        public TextLimit limit() {
            return limit;
        }
    }

    /** The columns of {@code evaluation_finding}, in the order of {@link #INSERT_FINDING}, with the sizes of its text. */
    enum FindingColumn implements SchemaColumn {
        REVIEW_ID,
        SEQ,
        FINDING_INDEX,
        CODE(TextLimit.of(100)),
        SEVERITY(TextLimit.of(20)),
        SUBJECT(TextLimit.of(1000)),
        MESSAGE_VI(TextLimit.of(10000)),
        MESSAGE_EN(TextLimit.of(10000)),
        SOURCE_DOCUMENT(TextLimit.of(1000)),
        SOURCE_ARTICLE(TextLimit.of(1000)),
        SOURCE_CONFIDENCE(TextLimit.of(20)),
        SOURCE_NOTE(TextLimit.of(10000)),
        POLICY_ID(TextLimit.of(200)),
        POLICY_FINGERPRINT(TextLimit.of(200));

        private final TextLimit limit;

        FindingColumn() {
            this(TextLimit.NONE);
        }

        FindingColumn(TextLimit limit) {
            this.limit = limit;
        }

        @Override
        public String table() {
            return "evaluation_finding";
        }

        @Override
        public TextLimit limit() {
            return limit;
        }
    }

    /** Every column of an entry and of its findings, the review's identity first. */
    static final String COLUMNS = "r.subject_kind, r.member_id, r.organization_id, r.review_year, r.review_period,"
            + " f.review_id, f.seq, f.entry_type, f.recorded_at, f.recorded_nano, f.recorded_by, f.recorded_reason,"
            + " f.grade, f.self_assessed_grade, f.civil_servant_grade, f.targets_percent, f.degradation_concluded,"
            + " f.negative_residence_comment, f.discipline_self_fixed, f.score_general, f.score_results,"
            + " f.all_tasks_on_time, f.exceeded_percent, f.late_percent, f.shortcomings_fixed, f.not_rated_reason,"
            + " f.reviewed, f.regime_id, f.regime_fingerprint, f.decision, f.outside_political_system,"
            + " f.host_cell_id, f.host_comment_date, f.host_comment_source, f.host_comment,"
            + " f.targets_on_time_percent, f.targets_exceeded_percent,"
            + " x.finding_index, x.code, x.severity, x.subject, x.message_vi, x.message_en, x.source_document,"
            + " x.source_article, x.source_confidence, x.source_note, x.policy_id, x.policy_fingerprint";

    /** Entries joined with the review and the findings; rows of one entry follow each other in finding order. */
    static final String FROM = " FROM evaluation_version v"
            + " JOIN evaluation_review r ON r.review_id = v.review_id"
            + " JOIN evaluation_fact f ON f.review_id = v.review_id"
            + " LEFT JOIN evaluation_finding x ON x.review_id = f.review_id AND x.seq = f.seq";

    /** The order of {@link #FROM}: reviews as first stored, entries as appended, findings in order. */
    static final String ORDER = " ORDER BY v.ordinal, f.seq, x.finding_index";

    static final Sql INSERT = Sql.of(
            "INSERT INTO evaluation_fact (review_id, seq, entry_type, recorded_at,"
                    + " recorded_nano, recorded_by, recorded_reason, grade, self_assessed_grade, civil_servant_grade,"
                    + " targets_percent, degradation_concluded, negative_residence_comment, discipline_self_fixed,"
                    + " score_general, score_results, all_tasks_on_time, exceeded_percent, late_percent,"
                    + " shortcomings_fixed, not_rated_reason, reviewed, regime_id, regime_fingerprint, decision,"
                    + " outside_political_system, host_cell_id, host_comment_date, host_comment_source, host_comment,"
                    + " targets_on_time_percent, targets_exceeded_percent)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    static final Sql INSERT_FINDING = Sql.of("INSERT INTO evaluation_finding (review_id, seq, finding_index,"
            + " code, severity, subject, message_vi, message_en, source_document, source_article,"
            + " source_confidence, source_note, policy_id, policy_fingerprint)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    static final Sql INSERT_REVIEW = Sql.of("INSERT INTO evaluation_review"
            + " (review_id, subject_kind, member_id, organization_id, review_year, review_period, year_end)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)");

    /**
     * The identity of the review {@code key} in the store: derived from the subject, the year and,
     * for a review other than the yearly one, the period, so that two writers creating the same
     * review race for the same version row.
     */
    static UUID id(EvaluationKey key) {
        String period =
                key.period() == ReviewPeriod.YEAR ? "" : ":" + key.period().code();
        String name = (key.subject() instanceof EvaluationSubject.OfMember m
                        ? "chibo-review:member:" + m.member().value() + ":" + key.year()
                        : "chibo-review:organization:"
                                + ((EvaluationSubject.OfOrganization) key.subject())
                                        .organization()
                                        .value() + ":" + key.year())
                + period;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** 31/12 of the review year: where the tree and the member's cell are read. */
    static LocalDate yearEnd(Year year) {
        return year.atMonth(12).atEndOfMonth();
    }

    /** The values of the {@code evaluation_review} row of {@code key}. */
    static @Nullable Object[] reviewValues(EvaluationKey key) {
        if (key.subject() instanceof EvaluationSubject.OfMember m) {
            return new @Nullable Object[] {
                id(key),
                MEMBER,
                m.member().value(),
                null,
                key.year().getValue(),
                key.period().code(),
                yearEnd(key.year())
            };
        }
        OrganizationId o = ((EvaluationSubject.OfOrganization) key.subject()).organization();
        return new @Nullable Object[] {
            id(key),
            ORGANIZATION,
            null,
            o.value(),
            key.year().getValue(),
            key.period().code(),
            yearEnd(key.year())
        };
    }

    /** The values of the row for {@code entry}, stored as the {@code seq}-th entry of its review. */
    static @Nullable Object[] values(EvaluationEntry entry, int seq) {
        @Nullable Object[] v = new Object[Column.values().length];
        v[Column.REVIEW_ID.ordinal()] = id(entry.key());
        v[Column.SEQ.ordinal()] = seq;
        v[Column.RECORDED_AT.ordinal()] = Rows.micros(entry.recorded().at());
        v[Column.RECORDED_NANO.ordinal()] = Rows.nanoRemainder(entry.recorded().at());
        v[Column.RECORDED_BY.ordinal()] = entry.recorded().actor();
        v[Column.RECORDED_REASON.ordinal()] = entry.recorded().reason();
        String type;
        if (entry instanceof EvaluationEntry.SelfAssessed e) {
            type = "SELF_ASSESSED";
            v[Column.GRADE.ordinal()] = e.grade().name();
        } else if (entry instanceof EvaluationEntry.Proposed e) {
            type = "PROPOSED";
            review(v, e.review());
        } else if (entry instanceof EvaluationEntry.Decided e) {
            type = "DECIDED";
            v[Column.GRADE.ordinal()] = name(e.grade());
            v[Column.NOT_RATED_REASON.ordinal()] = e.notRatedReason();
            v[Column.REVIEWED.ordinal()] = e.reviewed();
            v[Column.REGIME_ID.ordinal()] = e.regime().id();
            v[Column.REGIME_FINGERPRINT.ordinal()] = e.regime().fingerprint();
        } else if (entry instanceof EvaluationEntry.Published e) {
            type = "PUBLISHED";
            v[Column.GRADE.ordinal()] = name(e.grade());
        } else if (entry instanceof EvaluationEntry.QuotaExceptionRecorded e) {
            type = "QUOTA_EXCEPTION_RECORDED";
            v[Column.DECISION.ordinal()] = e.decision();
        } else {
            throw new IllegalStateException("unknown review entry " + entry.getClass());
        }
        v[Column.ENTRY_TYPE.ordinal()] = type;
        return v;
    }

    private static void review(@Nullable Object[] v, Review review) {
        v[Column.GRADE.ordinal()] = review.proposed().name();
        if (review instanceof MemberReview m) {
            v[Column.SELF_ASSESSED_GRADE.ordinal()] = name(m.selfAssessed());
            v[Column.CIVIL_SERVANT_GRADE.ordinal()] = name(m.civilServantGrade());
            v[Column.TARGETS_PERCENT.ordinal()] = m.targetsPercent();
            v[Column.DEGRADATION_CONCLUDED.ordinal()] = m.degradationConcluded();
            v[Column.NEGATIVE_RESIDENCE_COMMENT.ordinal()] = m.negativeResidenceComment();
            v[Column.OUTSIDE_POLITICAL_SYSTEM.ordinal()] = m.outsidePoliticalSystem();
            HostCellComment comment = m.hostCellComment();
            if (comment != null) {
                v[Column.HOST_CELL_ID.ordinal()] = comment.hostCell().value();
                v[Column.HOST_COMMENT_DATE.ordinal()] = comment.date();
                v[Column.HOST_COMMENT_SOURCE.ordinal()] = comment.source();
                v[Column.HOST_COMMENT.ordinal()] = comment.comment();
            }
            v[Column.TARGETS_ON_TIME_PERCENT.ordinal()] = text(m.targetsOnTimePercent());
            v[Column.TARGETS_EXCEEDED_PERCENT.ordinal()] = text(m.targetsExceededPercent());
            Scores s = m.scores();
            if (s != null) {
                v[Column.SCORE_GENERAL.ordinal()] = s.general().toString();
                v[Column.SCORE_RESULTS.ordinal()] = s.results().toString();
                v[Column.ALL_TASKS_ON_TIME.ordinal()] = s.allTasksOnTime();
                v[Column.EXCEEDED_PERCENT.ordinal()] = s.exceededPercent().toString();
                v[Column.LATE_PERCENT.ordinal()] = s.latePercent().toString();
                v[Column.SHORTCOMINGS_FIXED.ordinal()] = s.shortcomingsFixed();
            }
        } else {
            OrganizationReview o = (OrganizationReview) review;
            v[Column.TARGETS_PERCENT.ordinal()] = o.targetsPercent();
            v[Column.DISCIPLINE_SELF_FIXED.ordinal()] = o.disciplineSelfFixed();
        }
    }

    /** The values of the row for the {@code index}-th finding of the {@code seq}-th entry of {@code review}. */
    static @Nullable Object[] findingValues(UUID review, int seq, int index, Finding f) {
        PolicyRef policy = f.policy();
        return new @Nullable Object[] {
            review,
            seq,
            index,
            f.code(),
            f.severity().name(),
            f.subject(),
            f.message().vi(),
            f.message().en(),
            f.source().document(),
            f.source().article(),
            f.source().confidence().name(),
            f.source().note(),
            policy == null ? null : policy.id(),
            policy == null ? null : policy.fingerprint()
        };
    }

    /**
     * Reads the entries of a query over {@link #FROM}, in its order: a decision with findings spans
     * one row per finding.
     */
    static List<EvaluationEntry> readAll(ResultSet rows) throws SQLException {
        List<EvaluationEntry> out = new ArrayList<>();
        readEach(rows, out::add);
        return out;
    }

    /**
     * Reads the entries of a query over {@link #FROM} one at a time, in its order, and hands each
     * to {@code out} as soon as it is whole.
     */
    static void readEach(ResultSet rows, Consumer<? super EvaluationEntry> out) throws SQLException {
        @Nullable Decision decision = null;
        @Nullable UUID lastReview = null;
        int lastSeq = -1;
        while (rows.next()) {
            UUID review = uuid(rows, "review_id");
            int seq = integer(rows, "seq");
            if (decision != null && review.equals(lastReview) && seq == lastSeq) {
                decision.findings.add(finding(rows));
                continue;
            }
            if (decision != null) {
                out.accept(decision.entry());
                decision = null;
            }
            lastReview = review;
            lastSeq = seq;
            if ("DECIDED".equals(string(rows, "entry_type"))) {
                decision = new Decision(rows);
                if (rows.getObject("finding_index") != null) {
                    decision.findings.add(finding(rows));
                }
            } else {
                out.accept(read(rows));
            }
        }
        if (decision != null) {
            out.accept(decision.entry());
        }
    }

    /** The key of the review in the current row. */
    static EvaluationKey key(ResultSet rows) throws SQLException {
        Year year = Year.of(integer(rows, "review_year"));
        ReviewPeriod period = ReviewPeriod.ofCode(string(rows, "review_period"));
        String kind = string(rows, "subject_kind");
        return switch (kind) {
            case MEMBER -> EvaluationKey.of(MemberId.of(uuid(rows, "member_id")), year, period);
            case ORGANIZATION -> EvaluationKey.of(OrganizationId.of(uuid(rows, "organization_id")), year, period);
            default -> throw new StorageException("Unknown review subject " + kind);
        };
    }

    /** A decision read so far, waiting for the rest of its findings. */
    private static final class Decision {
        private final EvaluationKey key;
        private final @Nullable Grade grade;
        private final @Nullable String notRatedReason;
        private final boolean reviewed;
        private final PolicyRef regime;
        private final Recorded recorded;
        private final List<Finding> findings = new ArrayList<>();

        Decision(ResultSet rows) throws SQLException {
            this.key = key(rows);
            this.grade = enumOrNull(Grade.class, rows, "grade");
            this.notRatedReason = stringOrNull(rows, "not_rated_reason");
            this.reviewed = bool(rows, "reviewed");
            this.regime = new PolicyRef(string(rows, "regime_id"), string(rows, "regime_fingerprint"));
            this.recorded = Rows.recorded(rows);
        }

        EvaluationEntry.Decided entry() {
            return new EvaluationEntry.Decided(
                    key, grade, notRatedReason, reviewed, regime, ImmutableList.copyOf(findings), recorded);
        }
    }

    private static Finding finding(ResultSet rows) throws SQLException {
        String policyId = stringOrNull(rows, "policy_id");
        return new Finding(
                string(rows, "code"),
                enumOf(Severity.class, rows, "severity"),
                string(rows, "subject"),
                Label.of(string(rows, "message_vi"), string(rows, "message_en")),
                RuleSource.of(
                        string(rows, "source_document"),
                        string(rows, "source_article"),
                        enumOf(Confidence.class, rows, "source_confidence"),
                        string(rows, "source_note")),
                policyId == null ? null : new PolicyRef(policyId, string(rows, "policy_fingerprint")));
    }

    /** The entry in the current row, other than a decision. */
    private static EvaluationEntry read(ResultSet rows) throws SQLException {
        EvaluationKey key = key(rows);
        Recorded recorded = Rows.recorded(rows);
        String type = string(rows, "entry_type");
        return switch (type) {
            case "SELF_ASSESSED" -> new EvaluationEntry.SelfAssessed(key, enumOf(Grade.class, rows, "grade"), recorded);
            case "PROPOSED" -> new EvaluationEntry.Proposed(key, review(key, rows), recorded);
            case "PUBLISHED" -> new EvaluationEntry.Published(key, enumOrNull(Grade.class, rows, "grade"), recorded);
            case "QUOTA_EXCEPTION_RECORDED" ->
                new EvaluationEntry.QuotaExceptionRecorded(key, string(rows, "decision"), recorded);
            default -> throw new StorageException("Unknown review entry type " + type);
        };
    }

    private static Review review(EvaluationKey key, ResultSet rows) throws SQLException {
        Grade proposed = enumOf(Grade.class, rows, "grade");
        if (key.subject() instanceof EvaluationSubject.OfMember m) {
            String general = stringOrNull(rows, "score_general");
            Scores scores = general == null
                    ? null
                    : new Scores(
                            new BigDecimal(general),
                            new BigDecimal(string(rows, "score_results")),
                            bool(rows, "all_tasks_on_time"),
                            new BigDecimal(string(rows, "exceeded_percent")),
                            new BigDecimal(string(rows, "late_percent")),
                            bool(rows, "shortcomings_fixed"));
            return new MemberReview(
                    m.member(),
                    key.year(),
                    proposed,
                    enumOrNull(Grade.class, rows, "self_assessed_grade"),
                    enumOrNull(Grade.class, rows, "civil_servant_grade"),
                    integerOrNull(rows, "targets_percent"),
                    bool(rows, "degradation_concluded"),
                    bool(rows, "negative_residence_comment"),
                    scores,
                    bool(rows, "outside_political_system"),
                    hostCellComment(rows),
                    decimalOrNull(rows, "targets_on_time_percent"),
                    decimalOrNull(rows, "targets_exceeded_percent"));
        }
        OrganizationId organization = ((EvaluationSubject.OfOrganization) key.subject()).organization();
        return new OrganizationReview(
                organization,
                key.year(),
                proposed,
                integerOrNull(rows, "targets_percent"),
                bool(rows, "discipline_self_fixed"));
    }

    /** A decimal kept as the text of its {@code BigDecimal} (its scale as recorded), or null. */
    private static @Nullable BigDecimal decimalOrNull(ResultSet rows, String column) throws SQLException {
        String text = stringOrNull(rows, column);
        return text == null ? null : new BigDecimal(text);
    }

    /** The text of {@code value}, or null. */
    private static @Nullable String text(@Nullable BigDecimal value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable HostCellComment hostCellComment(ResultSet rows) throws SQLException {
        UUID cell = uuidOrNull(rows, "host_cell_id");
        if (cell == null) {
            return null;
        }
        return new HostCellComment(
                OrganizationId.of(cell),
                date(rows, "host_comment_date"),
                string(rows, "host_comment_source"),
                string(rows, "host_comment"));
    }

    private static @Nullable String name(@Nullable Grade grade) {
        return grade == null ? null : grade.name();
    }
}

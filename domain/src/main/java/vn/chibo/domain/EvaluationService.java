package vn.chibo.domain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConstraintViolations;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Months;
import vn.chibo.domain.common.NotFoundException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.evaluation.Classification;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.MemberRating;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationClassification;
import vn.chibo.domain.evaluation.OrganizationRating;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.evaluation.QuotaCheck;
import vn.chibo.domain.evaluation.Review;
import vn.chibo.domain.evaluation.ScoringRule;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRef;

/**
 * The yearly review as a host runs it (rules.md §4.2): self-assessment, the cell's proposal with
 * the review's facts, the competent level's decision under the regime of the review year, and
 * publication; members before their cell, cells before their committee. Every step is a new entry
 * of the review's {@link EvaluationRecord}; a change after publication needs a reason and is kept
 * beside what it changes. Also: re-judging stored reviews under another regime, and the year's
 * report from what was decided. Obtained from {@link Chibo#evaluations()}; thread-safe as far as its
 * ports are.
 */
public final class EvaluationService {
    /** Violation rule: the regime of the year needs the QĐ 366 scores. */
    public static final String SCORES_REQUIRED = "EVAL-SCORES-REQUIRED";
    /** Violation rule: a change after publication needs a reason. */
    public static final String REASON_REQUIRED = "EVAL-REASON-AFTER-PUBLICATION";
    /** Violation rule: a step needs an earlier one (a decision needs a proposal, a publication a decision). */
    public static final String STAGE_MISSING = "EVAL-STAGE-MISSING";
    /** Violation rule: members are decided before their cell, cells before their committee. */
    public static final String ORDER = "EVAL-ORDER";

    private final Chibo chibo;
    private final Evaluations port;
    private final Members members;

    EvaluationService(Chibo chibo, Evaluations port, Members members) {
        this.chibo = chibo;
        this.port = port;
        this.members = members;
    }

    // ---------------------------------------------------------------- reading

    /** One review, if anything was recorded about it. */
    public Optional<EvaluationRecord> find(Actor actor, EvaluationKey key) {
        return port.find(actor, key);
    }

    /** Every review of {@code year} in {@code organization}'s subtree as of 31/12. */
    public ImmutableList<EvaluationRecord> ofOrganization(Actor actor, OrganizationId organization, Year year) {
        return port.ofOrganization(actor, organization, year);
    }

    /** Every review of one member, by year. */
    public ImmutableList<EvaluationRecord> ofMember(Actor actor, MemberId member) {
        return port.ofMember(actor, member);
    }

    /**
     * The regime of the review of {@code year} for {@code organization} (a province's overlay wins
     * over the central rules).
     *
     * @throws InvalidInputException when no regime covers the year ({@link Finding#NO_POLICY})
     */
    public EvaluationRegime regime(Actor actor, OrganizationId organization, Year year) {
        return regime(chibo.organizations().tree(actor), organization, year);
    }

    // ---------------------------------------------------------------- workflow

    /**
     * Records a member's self-assessment.
     *
     * @param reason why; required (not blank) once the review was published
     * @throws InvalidInputException when the reason is missing after publication; nothing is recorded
     */
    public EvaluationRecord selfAssess(Actor actor, MemberId member, Year year, Grade grade, String reason) {
        history(actor, member);
        return append(
                actor,
                EvaluationKey.of(member, year),
                reason,
                List.of(),
                r -> new EvaluationEntry.SelfAssessed(EvaluationKey.of(member, year), grade, r));
    }

    /** Records an organisation's self-assessment, as {@link #selfAssess(Actor, MemberId, Year, Grade, String)}. */
    public EvaluationRecord selfAssess(
            Actor actor, OrganizationId organization, Year year, Grade grade, String reason) {
        organization(chibo.organizations().tree(actor), organization, year);
        EvaluationKey key = EvaluationKey.of(organization, year);
        return append(actor, key, reason, List.of(), r -> new EvaluationEntry.SelfAssessed(key, grade, r));
    }

    /**
     * Records the cell's proposal with the review's facts, validated first: every constraint of the
     * review, and under a scored regime (QĐ 366) the {@code scores}.
     *
     * @throws InvalidInputException with every violation (a review without {@code scores} under QĐ
     *     366; a year no regime covers; a missing reason after publication); nothing is recorded
     */
    public EvaluationRecord propose(Actor actor, Review review, String reason) {
        Objects.requireNonNull(review, "review");
        List<Violation> violations = new ArrayList<>(ConstraintViolations.validate(chibo.validator(), review, ""));
        OrganizationTree tree = chibo.organizations().tree(actor);
        EvaluationKey key;
        OrganizationId owner;
        if (review instanceof MemberReview m) {
            key = EvaluationKey.of(m.member(), m.year());
            owner = cellOf(history(actor, m.member()), m.year());
        } else {
            OrganizationReview o = (OrganizationReview) review;
            key = EvaluationKey.of(o.organization(), o.year());
            owner = o.organization();
            organization(tree, owner, o.year());
        }
        Optional<EvaluationRegime> regime = findRegime(tree, owner, review.year());
        if (regime.isEmpty()) {
            violations.add(noRegime(review.year()));
        } else if (review instanceof MemberReview m
                && regime.get().scoring() == ScoringRule.SCORED
                && m.scores() == null) {
            violations.add(Violation.of(
                    "scores",
                    SCORES_REQUIRED,
                    "null",
                    Label.of(
                            "Theo " + regime.get().id() + " phải có điểm (30 điểm tiêu chí chung, 70 điểm kết quả"
                                    + " thực hiện nhiệm vụ) và các dữ kiện về nhiệm vụ.",
                            regime.get().id() + " needs the scores (30 general, 70 results) and the task facts.")));
        }
        return append(actor, key, reason, violations, r -> new EvaluationEntry.Proposed(key, review, r));
    }

    /**
     * Decides a member's grade: the latest proposal classified under the regime of the review year
     * for the member's cell (its path as of 31/12), with one finding per rule applied.
     *
     * @throws InvalidInputException when nothing was proposed, no regime covers the year, or the
     *     reason is missing after publication; nothing is recorded
     */
    public MemberRating decide(Actor actor, MemberId member, Year year, String reason) {
        MemberHistory history = history(actor, member);
        OrganizationTree tree = chibo.organizations().tree(actor);
        EvaluationKey key = EvaluationKey.of(member, year);
        Optional<EvaluationRecord> stored = port.find(actor, key);
        Optional<MemberReview> review =
                stored.flatMap(EvaluationRecord::proposed).map(p -> (MemberReview) p.review());
        List<Violation> violations = new ArrayList<>();
        Optional<EvaluationRegime> regime = findRegime(tree, cellOf(history, year), year);
        if (regime.isEmpty()) {
            violations.add(noRegime(year));
        }
        if (review.isEmpty()) {
            violations.add(missing("proposed", key, "đề xuất xếp loại", "a proposal"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("decision on " + key, withReason(stored, reason, violations));
        }
        if (regime.get().scoring() == ScoringRule.SCORED && review.get().scores() == null) {
            throw new InvalidInputException(
                    "decision on " + key,
                    List.of(Violation.of(
                            "scores",
                            SCORES_REQUIRED,
                            "null",
                            regime.get().id() + " needs the scores; propose again with them")));
        }
        MemberRating rating = Classification.rate(history, review.get(), regime.get());
        append(actor, key, reason, List.of(), r -> decided(key, rating, r));
        return rating;
    }

    /**
     * Decides an organisation's grade from its latest proposal and the decided grades of what it
     * contains: a cell, its members (home cell on 31/12); a committee, its subordinate
     * organisations. Every member who is rated that year (every subordinate organisation founded at
     * least 6 months before 31/12) must have been decided first.
     *
     * @throws InvalidInputException naming each member or organisation not yet decided ({@link
     *     #ORDER}), a missing proposal, a year no regime covers; nothing is recorded
     */
    public OrganizationRating decide(Actor actor, OrganizationId organization, Year year, String reason) {
        OrganizationTree tree = chibo.organizations().tree(actor);
        OrganizationState state = organization(tree, organization, year);
        LocalDate end = year.atMonth(12).atEndOfMonth();
        EvaluationKey key = EvaluationKey.of(organization, year);
        Optional<EvaluationRecord> stored = port.find(actor, key);
        Optional<OrganizationReview> review =
                stored.flatMap(EvaluationRecord::proposed).map(p -> (OrganizationReview) p.review());
        List<Violation> violations = new ArrayList<>();
        Optional<EvaluationRegime> regime = findRegime(tree, organization, year);
        if (regime.isEmpty()) {
            throw new InvalidInputException("decision on " + key, List.of(noRegime(year)));
        }
        if (review.isEmpty()) {
            violations.add(missing("proposed", key, "đề xuất xếp loại", "a proposal"));
        }
        List<Grade> constituents = new ArrayList<>();
        if (state.kind().isCell()) {
            for (MemberHistory h : members.ofOrganization(actor, organization, end)) {
                if (!h.homeCellOn(end).map(organization::equals).orElse(false)
                        || Classification.leftOut(h, year, regime.get()).isPresent()) {
                    continue;
                }
                Optional<EvaluationEntry.Decided> d =
                        port.find(actor, EvaluationKey.of(h.id(), year)).flatMap(EvaluationRecord::decided);
                if (d.isEmpty()) {
                    String name = h.profile().map(p -> p.fullName()).orElse(h.id().toString());
                    violations.add(Violation.of(
                            "members[" + h.id() + "]",
                            ORDER,
                            name,
                            Label.of(
                                    "Đảng viên " + name + " chưa được quyết định xếp loại năm " + year
                                            + ": xếp loại đảng viên trước, chi bộ sau.",
                                    "Member " + name + " has no decided grade for " + year
                                            + ": members are rated before their cell.")));
                } else {
                    d.get().gradeIfRated().ifPresent(constituents::add);
                }
            }
        } else {
            for (OrganizationState child : tree.on(end).children(organization)) {
                if (child.kind() == OrganizationKind.PARTY_GROUP
                        || newOrganization(tree, child.id(), end, regime.get())) {
                    continue;
                }
                Optional<EvaluationEntry.Decided> d =
                        port.find(actor, EvaluationKey.of(child.id(), year)).flatMap(EvaluationRecord::decided);
                if (d.isEmpty()) {
                    violations.add(Violation.of(
                            "organizations[" + child.id() + "]",
                            ORDER,
                            child.name(),
                            Label.of(
                                    child.name() + " chưa được quyết định xếp loại năm " + year
                                            + ": tổ chức cấp dưới xếp loại trước.",
                                    child.name() + " has no decided grade for " + year
                                            + ": lower organisations are rated first.")));
                } else {
                    d.get().gradeIfRated().ifPresent(constituents::add);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("decision on " + key, withReason(stored, reason, violations));
        }
        OrganizationRating rating = OrganizationClassification.rate(tree, review.get(), constituents, regime.get());
        append(
                actor,
                key,
                reason,
                List.of(),
                r -> new EvaluationEntry.Decided(
                        key, rating.grade(), rating.notRatedReason(), true, rating.regime(), rating.findings(), r));
        return rating;
    }

    /**
     * Publishes the decision in force.
     *
     * @throws InvalidInputException when nothing was decided, or the reason is missing on a
     *     republication; nothing is recorded
     */
    public EvaluationRecord publish(Actor actor, EvaluationKey key, String reason) {
        Optional<EvaluationRecord> stored = port.find(actor, key);
        Optional<EvaluationEntry.Decided> d = stored.flatMap(EvaluationRecord::decided);
        if (d.isEmpty()) {
            throw new InvalidInputException(
                    "publication of " + key,
                    withReason(stored, reason, List.of(missing("decided", key, "quyết định xếp loại", "a decision"))));
        }
        return append(
                actor,
                key,
                reason,
                List.of(),
                r -> new EvaluationEntry.Published(key, d.get().grade(), r));
    }

    /**
     * Records the competent level's exception to the excellence quota of {@code organization}'s
     * pool for {@code year}; the report's quota check is then cleared, naming the decision.
     */
    public EvaluationRecord recordQuotaException(
            Actor actor, OrganizationId organization, Year year, String decision, String reason) {
        organization(chibo.organizations().tree(actor), organization, year);
        EvaluationKey key = EvaluationKey.of(organization, year);
        List<Violation> violations = new ArrayList<>();
        if (decision == null || decision.isBlank()) {
            violations.add(Violation.of(
                    "decision",
                    "NotBlank",
                    "",
                    Label.of("Phải ghi số, ngày của quyết định.", "Cite the decision (number, date).")));
        }
        return append(
                actor, key, reason, violations, r -> new EvaluationEntry.QuotaExceptionRecorded(key, decision, r));
    }

    // ---------------------------------------------------------------- re-judging and reports

    /**
     * What would differ if the stored reviews of {@code year} in {@code organization}'s subtree
     * were judged under {@code regime}: per member with a proposal and a decision, the stored grade
     * against the re-judged one, with the re-judgement's findings. Nothing is stored. To try changed
     * parameters, pass {@code EvaluationRegime.builder().from(service.regime(actor, org, year))}
     * with the parameters changed.
     */
    public Rejudgement rejudge(Actor actor, OrganizationId organization, Year year, EvaluationRegime regime) {
        List<Difference> differences = new ArrayList<>();
        List<MemberId> notJudged = new ArrayList<>();
        for (EvaluationRecord r : port.ofOrganization(actor, organization, year)) {
            if (!(r.key().subject() instanceof EvaluationSubject.OfMember m)) {
                continue;
            }
            Optional<EvaluationEntry.Decided> d = r.decided();
            Optional<EvaluationEntry.Proposed> p = r.proposed();
            if (d.isEmpty() || p.isEmpty()) {
                continue;
            }
            MemberReview review = (MemberReview) p.get().review();
            if (regime.scoring() == ScoringRule.SCORED && review.scores() == null) {
                notJudged.add(m.member());
                continue;
            }
            MemberRating again = Classification.rate(history(actor, m.member()), review, regime);
            Grade before = d.get().grade();
            Grade after = again.gradeIfRated().orElse(null);
            if (!Objects.equals(before, after)) {
                differences.add(
                        new Difference(m.member(), before, after, d.get().findings(), again.findings()));
            }
        }
        return new Rejudgement(
                organization,
                year,
                PolicyRef.of(regime),
                ImmutableList.copyOf(differences),
                ImmutableList.copyOf(notJudged));
    }

    /**
     * The report of {@code year} for {@code grassroots}'s subtree (the tree as of 31/12), from the
     * decisions stored: members by grade with every exclusion, cells by grade, and the excellence
     * quota over the grassroots pool with the base read as {@code base}, cleared by a recorded
     * exception.
     *
     * @throws InvalidInputException when no regime covers the year
     */
    public EvaluationReport report(Actor actor, OrganizationId grassroots, Year year, QuotaBase base) {
        OrganizationTree tree = chibo.organizations().tree(actor);
        OrganizationState state = organization(tree, grassroots, year);
        EvaluationRegime regime = regime(tree, grassroots, year);
        OrganizationTree.Snapshot snap = tree.on(year.atMonth(12).atEndOfMonth());
        List<MemberRating> memberRatings = new ArrayList<>();
        List<OrganizationRating> cells = new ArrayList<>();
        String exception = null;
        for (EvaluationRecord r : port.ofOrganization(actor, grassroots, year)) {
            Optional<EvaluationEntry.Decided> decided = r.decided();
            if (r.key().subject() instanceof EvaluationSubject.OfOrganization o) {
                if (o.organization().equals(grassroots)) {
                    exception = r.quotaException()
                            .map(EvaluationEntry.QuotaExceptionRecorded::decision)
                            .orElse(null);
                }
                boolean cell =
                        snap.get(o.organization()).map(s -> s.kind().isCell()).orElse(false);
                if (cell && decided.isPresent()) {
                    EvaluationEntry.Decided d = decided.get();
                    Grade proposed = r.proposed()
                            .map(EvaluationEntry.Proposed::grade)
                            .orElse(d.grade() != null ? d.grade() : Grade.NOT_COMPLETED);
                    cells.add(new OrganizationRating(
                            o.organization(), year, d.regime(), proposed, d.grade(), d.notRatedReason(), d.findings()));
                }
            } else if (r.key().subject() instanceof EvaluationSubject.OfMember m && decided.isPresent()) {
                memberRatings.add(rating(m.member(), year, r, decided.get()));
            }
        }
        QuotaCheck quota = QuotaCheck.of(state.name(), memberRatings, regime, base, exception);
        return EvaluationReport.of(
                grassroots, state.name(), year, regime, memberRatings, cells, quota, quota.findings());
    }

    // ---------------------------------------------------------------- results

    /**
     * What a re-judgement found.
     *
     * @param organization the subtree's root
     * @param year the review year
     * @param regime the regime the stored reviews were judged under
     * @param differences the members whose grade would differ
     * @param notJudged the members whose stored input lacks what the regime needs (QĐ 366 scores)
     */
    public record Rejudgement(
            OrganizationId organization,
            Year year,
            PolicyRef regime,
            ImmutableList<Difference> differences,
            ImmutableList<MemberId> notJudged) {}

    /**
     * One member whose grade would differ.
     *
     * @param member the member
     * @param stored the grade decided and stored, or {@code null} when decided "not rated"
     * @param rejudged the grade under the other regime, or {@code null} when it would not rate them
     * @param storedFindings the findings of the stored decision
     * @param findings the findings of the re-judgement
     */
    public record Difference(
            MemberId member,
            @Nullable Grade stored,
            @Nullable Grade rejudged,
            ImmutableList<Finding> storedFindings,
            ImmutableList<Finding> findings) {}

    // ---------------------------------------------------------------- helpers

    private static MemberRating rating(MemberId member, Year year, EvaluationRecord r, EvaluationEntry.Decided d) {
        Grade grade = d.grade();
        if (grade != null) {
            Grade proposed = r.proposed().map(EvaluationEntry.Proposed::grade).orElse(grade);
            return new MemberRating.Rated(member, year, d.regime(), proposed, grade, d.findings());
        }
        return new MemberRating.NotRated(
                member, year, d.regime(), Objects.requireNonNull(d.notRatedReason()), d.reviewed(), d.findings());
    }

    private static EvaluationEntry.Decided decided(EvaluationKey key, MemberRating rating, Recorded r) {
        if (rating instanceof MemberRating.Rated rated) {
            return new EvaluationEntry.Decided(key, rated.grade(), null, true, rated.regime(), rated.findings(), r);
        }
        MemberRating.NotRated n = (MemberRating.NotRated) rating;
        return new EvaluationEntry.Decided(key, null, n.reason(), n.reviewed(), n.regime(), n.findings(), r);
    }

    private EvaluationRecord append(
            Actor actor,
            EvaluationKey key,
            @Nullable String reason,
            List<Violation> violations,
            Function<Recorded, EvaluationEntry> entry) {
        Optional<EvaluationRecord> stored = port.find(actor, key);
        List<Violation> all = withReason(stored, reason, violations);
        if (!all.isEmpty()) {
            throw new InvalidInputException(key.toString(), all);
        }
        String why = reason == null ? "" : reason;
        EvaluationEntry e = entry.apply(Recorded.by(actor, chibo.clock().instant(), why));
        long version = stored.map(EvaluationRecord::version).orElse(0L);
        port.append(actor, EvaluationAppend.of(key, version, List.of(e)));
        return port.find(actor, key).orElseThrow();
    }

    private static List<Violation> withReason(
            Optional<EvaluationRecord> stored, @Nullable String reason, List<Violation> violations) {
        List<Violation> all = new ArrayList<>(violations);
        if (stored.map(EvaluationRecord::everPublished).orElse(false) && (reason == null || reason.isBlank())) {
            all.add(Violation.of(
                    "reason",
                    REASON_REQUIRED,
                    reason == null ? "null" : reason,
                    Label.of(
                            "Kết quả đã công bố: thay đổi phải ghi lý do.",
                            "The review was published: a change needs a reason.")));
        }
        if (reason != null && reason.length() > Recorded.MAX_REASON_LENGTH) {
            all.add(Violation.of(
                    "reason",
                    "Size",
                    reason.substring(0, 20) + "…",
                    "at most " + Recorded.MAX_REASON_LENGTH + " characters"));
        }
        return all;
    }

    private static Violation missing(String path, EvaluationKey key, String vi, String en) {
        return Violation.of(
                path,
                STAGE_MISSING,
                key.toString(),
                Label.of("Chưa có " + vi + " cho " + key + ".", "No " + en + " recorded for " + key + " yet."));
    }

    private static Violation noRegime(Year year) {
        return Violation.of(
                "year",
                Finding.NO_POLICY,
                year.toString(),
                Label.of(
                        "Không có quy định đánh giá, xếp loại nào áp dụng cho năm " + year + ".",
                        "No evaluation regime covers the review of " + year + "."));
    }

    private MemberHistory history(Actor actor, MemberId member) {
        return members.find(actor, member).orElseThrow(() -> new NotFoundException("member " + member));
    }

    private static OrganizationId cellOf(MemberHistory h, Year year) {
        LocalDate end = year.atMonth(12).atEndOfMonth();
        return h.homeCellOn(end)
                .or(() -> h.lastMembership().map(m -> m.admission().cell()))
                .orElseThrow(() -> new NotFoundException("a cell of member " + h.id() + " in " + year));
    }

    private static OrganizationState organization(OrganizationTree tree, OrganizationId organization, Year year) {
        LocalDate end = year.atMonth(12).atEndOfMonth();
        return tree.on(end)
                .get(organization)
                .orElseThrow(() -> new NotFoundException("organisation " + organization + " on " + end));
    }

    private static boolean newOrganization(
            OrganizationTree tree, OrganizationId id, LocalDate end, EvaluationRegime regime) {
        Optional<LocalDate> founded = tree.history(id).flatMap(OrganizationHistory::founded);
        return founded.isPresent() && Months.between(founded.get(), end) < regime.newMemberMonths();
    }

    private Optional<EvaluationRegime> findRegime(OrganizationTree tree, OrganizationId organization, Year year) {
        LocalDate end = year.atMonth(12).atEndOfMonth();
        PolicyLookup<EvaluationRegime> lookup = chibo.policies()
                .findForReviewYear(
                        EvaluationRegime.KIND, year, tree.on(end).pathFromRoot(organization), organization.toString());
        return lookup.policy();
    }

    private EvaluationRegime regime(OrganizationTree tree, OrganizationId organization, Year year) {
        return findRegime(tree, organization, year)
                .orElseThrow(() -> new InvalidInputException("the review of " + year, List.of(noRegime(year))));
    }
}

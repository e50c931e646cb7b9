package vn.chibo.domain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
import vn.chibo.domain.evaluation.CollectiveClassification;
import vn.chibo.domain.evaluation.CollectiveRating;
import vn.chibo.domain.evaluation.CollectiveReview;
import vn.chibo.domain.evaluation.CriteriaSet;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.GradeCounts;
import vn.chibo.domain.evaluation.MemberRating;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationClassification;
import vn.chibo.domain.evaluation.OrganizationRating;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.PeriodGrade;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.evaluation.QuotaCheck;
import vn.chibo.domain.evaluation.QuotaPool;
import vn.chibo.domain.evaluation.QuotaPoolKey;
import vn.chibo.domain.evaluation.RatingContext;
import vn.chibo.domain.evaluation.Review;
import vn.chibo.domain.evaluation.ReviewPeriod;
import vn.chibo.domain.evaluation.ScoringRule;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.Membership;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.organization.Term;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.Policy;
import vn.chibo.domain.rule.PolicyKind;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRef;

/**
 * The yearly review as a host runs it (rules.md §4.2): self-assessment, the cell's proposal with
 * the review's facts, the competent level's decision under the regime of the review year, and
 * publication; members before their cell, cells before their committee. Every step is a new entry
 * of the review's {@link EvaluationRecord}; a change after publication needs a reason and is kept
 * beside what it changes. Under QĐ 366 the same workflow holds quarterly reviews of individuals
 * (quarters 1 to 3; the fourth is the year's) and term reviews, keyed by {@link ReviewPeriod}; the
 * yearly methods keep meaning the year. Also: rating leadership collectives (not stored),
 * re-judging stored reviews of members and organisations under another regime, and the year's
 * report from what was decided, with its quota pools, admissions and residing serving members,
 * and its counts per grade for several subtrees at once ({@link #gradeCounts(Actor, List, Year)}).
 * Obtained from {@link Chibo#evaluations()}; thread-safe as far as its ports are.
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
    /**
     * Violation rule: the regime of the year holds no review of that period (before QĐ 366 only
     * yearly ones; under QĐ 366 quarter 4 is folded into the year, quarters are for individuals,
     * and a term review needs a term ending in the year).
     */
    public static final String PERIOD = EvaluationRegime.PERIOD;

    private static final Grade[] GRADES = Grade.values();

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

    /**
     * The Annex 5 criteria set for members of {@code organization}'s subtree in {@code year} (a
     * province's overlay wins over chibo's default); empty before QĐ 366.
     */
    public Optional<CriteriaSet> criteria(Actor actor, OrganizationId organization, Year year) {
        return criteria(chibo.organizations().tree(actor), organization, year);
    }

    /** The quota pool of {@code year} for {@code organization} (a host's overlay wins over chibo's default). */
    public Optional<QuotaPool> quotaPool(Actor actor, OrganizationId organization, Year year) {
        return lookup(QuotaPool.KIND, chibo.organizations().tree(actor), organization, year);
    }

    /**
     * The grades of the four quarters of {@code year} for {@code member}, first to fourth: each
     * quarter's decided grade, {@code null} where none was decided. Where the regime folds quarter 4
     * into the year (QĐ 366), the fourth is the year's decided grade.
     */
    public ImmutableList<PeriodGrade> quarterlyGrades(Actor actor, MemberId member, Year year) {
        OrganizationTree tree = chibo.organizations().tree(actor);
        Optional<EvaluationRegime> regime = findRegime(tree, cellOf(history(actor, member), year), year);
        List<PeriodGrade> out = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            ReviewPeriod period = ReviewPeriod.quarter(q);
            ReviewPeriod stored = period == ReviewPeriod.Q4
                            && regime.map(EvaluationRegime::foldsFourthQuarterIntoYear)
                                    .orElse(false)
                    ? ReviewPeriod.YEAR
                    : period;
            out.add(new PeriodGrade(year, period, decidedGrade(actor, EvaluationKey.of(member, year, stored))));
        }
        return ImmutableList.copyOf(out);
    }

    // ---------------------------------------------------------------- workflow

    /**
     * Records a member's self-assessment.
     *
     * @param reason why; required (not blank) once the review was published
     * @throws InvalidInputException when the reason is missing after publication; nothing is recorded
     */
    public EvaluationRecord selfAssess(Actor actor, MemberId member, Year year, Grade grade, String reason) {
        return selfAssess(actor, EvaluationKey.of(member, year), grade, reason);
    }

    /** Records an organisation's self-assessment, as {@link #selfAssess(Actor, MemberId, Year, Grade, String)}. */
    public EvaluationRecord selfAssess(
            Actor actor, OrganizationId organization, Year year, Grade grade, String reason) {
        return selfAssess(actor, EvaluationKey.of(organization, year), grade, reason);
    }

    /**
     * Records a self-assessment for the review {@code key} of any period.
     *
     * @throws InvalidInputException when the regime holds no review of the period ({@link #PERIOD};
     *     a period other than the year needs a regime), or the reason is missing after publication;
     *     nothing is recorded
     */
    public EvaluationRecord selfAssess(Actor actor, EvaluationKey key, Grade grade, String reason) {
        OrganizationTree tree = chibo.organizations().tree(actor);
        OrganizationId owner = owner(actor, tree, key);
        List<Violation> violations = new ArrayList<>();
        Optional<EvaluationRegime> regime = findRegime(tree, owner, key.year());
        regime.flatMap(r -> periodViolation(tree, owner, key, r)).ifPresent(violations::add);
        if (regime.isEmpty() && !key.yearly()) {
            violations.add(noRegime(key.year()));
        }
        return append(actor, key, reason, violations, r -> new EvaluationEntry.SelfAssessed(key, grade, r));
    }

    /**
     * Records the cell's proposal with the review's facts, validated first: every constraint of the
     * review, and under a scored regime (QĐ 366) the {@code scores}.
     *
     * @throws InvalidInputException with every violation (a review without {@code scores} under QĐ
     *     366; a year no regime covers; a missing reason after publication); nothing is recorded
     */
    public EvaluationRecord propose(Actor actor, Review review, String reason) {
        return propose(actor, ReviewPeriod.YEAR, review, reason);
    }

    /**
     * Records the proposal of the review of {@code period} of the review's year, as {@link
     * #propose(Actor, Review, String)}; a term review is keyed by the year its term ends.
     *
     * @throws InvalidInputException also when the regime holds no review of {@code period} ({@link
     *     #PERIOD}: before QĐ 366 every period but the year; under QĐ 366 quarter 4, folded into the
     *     year, and quarters of an organisation; a term review where no term ends in the year)
     */
    public EvaluationRecord propose(Actor actor, ReviewPeriod period, Review review, String reason) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(period, "period");
        List<Violation> violations = new ArrayList<>(ConstraintViolations.validate(chibo.validator(), review, ""));
        OrganizationTree tree = chibo.organizations().tree(actor);
        EvaluationKey key;
        OrganizationId owner;
        if (review instanceof MemberReview m) {
            key = EvaluationKey.of(m.member(), m.year(), period);
            owner = cellOf(history(actor, m.member()), m.year());
        } else {
            OrganizationReview o = (OrganizationReview) review;
            key = EvaluationKey.of(o.organization(), o.year(), period);
            owner = o.organization();
            organization(tree, owner, o.year());
        }
        Optional<EvaluationRegime> regime = findRegime(tree, owner, review.year());
        regime.flatMap(r -> periodViolation(tree, owner, key, r)).ifPresent(violations::add);
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
        return decide(actor, member, year, ReviewPeriod.YEAR, reason);
    }

    /**
     * Decides a member's grade for {@code period} of {@code year}, as {@link #decide(Actor,
     * MemberId, Year, String)}: the facts of the period are read (a quarter's, a term's), a member
     * outside the political system is scored on the Annex 5 criteria set of the member's subtree,
     * and the decided grades of the earlier periods feeding this one are stated (the quarters 1 to 3
     * recorded for the year, every year of the term for a term).
     *
     * @throws InvalidInputException also when the regime holds no review of {@code period}
     */
    public MemberRating decide(Actor actor, MemberId member, Year year, ReviewPeriod period, String reason) {
        MemberHistory history = history(actor, member);
        OrganizationTree tree = chibo.organizations().tree(actor);
        EvaluationKey key = EvaluationKey.of(member, year, period);
        Optional<EvaluationRecord> stored = port.find(actor, key);
        Optional<MemberReview> review =
                stored.flatMap(EvaluationRecord::proposed).map(p -> (MemberReview) p.review());
        List<Violation> violations = new ArrayList<>();
        OrganizationId cell = cellOf(history, year);
        Optional<EvaluationRegime> regime = findRegime(tree, cell, year);
        if (regime.isEmpty()) {
            violations.add(noRegime(year));
        } else {
            periodViolation(tree, cell, key, regime.get()).ifPresent(violations::add);
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
        RatingContext context = context(actor, tree, cell, key, regime.get());
        MemberRating rating = Classification.rate(history, review.get(), regime.get(), context);
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
        return decide(actor, organization, year, ReviewPeriod.YEAR, reason);
    }

    /**
     * Decides an organisation's grade for {@code period} of {@code year}: the year as {@link
     * #decide(Actor, OrganizationId, Year, String)}; a term (QĐ 366) from the facts of the term, the
     * term grades decided for what it contains, and its yearly grades of the term stated.
     *
     * @throws InvalidInputException also when the regime holds no review of {@code period} for an
     *     organisation ({@link #PERIOD})
     */
    public OrganizationRating decide(
            Actor actor, OrganizationId organization, Year year, ReviewPeriod period, String reason) {
        OrganizationTree tree = chibo.organizations().tree(actor);
        OrganizationState state = organization(tree, organization, year);
        LocalDate end = year.atMonth(12).atEndOfMonth();
        EvaluationKey key = EvaluationKey.of(organization, year, period);
        Optional<EvaluationRecord> stored = port.find(actor, key);
        Optional<OrganizationReview> review =
                stored.flatMap(EvaluationRecord::proposed).map(p -> (OrganizationReview) p.review());
        List<Violation> violations = new ArrayList<>();
        Optional<EvaluationRegime> regime = findRegime(tree, organization, year);
        if (regime.isEmpty()) {
            throw new InvalidInputException("decision on " + key, List.of(noRegime(year)));
        }
        periodViolation(tree, organization, key, regime.get()).ifPresent(violations::add);
        if (review.isEmpty()) {
            violations.add(missing("proposed", key, "đề xuất xếp loại", "a proposal"));
        }
        List<Grade> constituents = new ArrayList<>();
        if (!key.yearly()) {
            if (violations.isEmpty()) {
                constituents.addAll(periodGradesBelow(actor, tree, organization, state, key));
            }
        } else if (state.kind().isCell()) {
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
        RatingContext context = context(actor, tree, organization, key, regime.get());
        OrganizationRating rating =
                OrganizationClassification.rate(tree, review.get(), constituents, regime.get(), context);
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
     * Rates the leadership collective of {@code review} (its committee or standing committee) for
     * the review's year under the regime of the year: its members are the holders of its committee
     * seats in the year, their disciplines come from their histories. Nothing is stored: the
     * evaluation port keeps members' and organisations' reviews only.
     *
     * @throws InvalidInputException with every violation of the review, or when no regime covers the year
     */
    public CollectiveRating rateCollective(Actor actor, CollectiveReview review) {
        Objects.requireNonNull(review, "review");
        List<Violation> violations = ConstraintViolations.validate(chibo.validator(), review, "");
        if (!violations.isEmpty()) {
            throw new InvalidInputException("collective review " + review.organization(), violations);
        }
        OrganizationTree tree = chibo.organizations().tree(actor);
        organization(tree, review.organization(), review.year());
        EvaluationRegime regime = regime(tree, review.organization(), review.year());
        List<MemberHistory> histories = new ArrayList<>();
        for (MemberId m :
                CollectiveClassification.members(tree, review.organization(), review.collective(), review.year())) {
            members.find(actor, m).ifPresent(histories::add);
        }
        return CollectiveClassification.rate(tree, review, histories, regime);
    }

    /**
     * What would differ if the stored yearly reviews of {@code year} in {@code organization}'s
     * subtree were judged under {@code regime}: per member with a proposal and a decision, the stored
     * grade against the re-judged one, with the re-judgement's findings; then per organisation with
     * a proposal and a decision, lowest first, its stored grade against the one its stored proposal
     * gets under {@code regime} from the re-judged grades of what it contains (a member or an
     * organisation not re-judged counts with its stored grade). Nothing is stored. To try changed
     * parameters, pass {@code EvaluationRegime.builder().from(service.regime(actor, org, year))}
     * with the parameters changed.
     */
    public Rejudgement rejudge(Actor actor, OrganizationId organization, Year year, EvaluationRegime regime) {
        OrganizationTree tree = chibo.organizations().tree(actor);
        OrganizationTree.Snapshot snap = tree.on(year.atMonth(12).atEndOfMonth());
        List<Difference> differences = new ArrayList<>();
        List<MemberId> notJudged = new ArrayList<>();
        Map<OrganizationId, List<Optional<Grade>>> byCell = new HashMap<>();
        List<EvaluationRecord> organizations = new ArrayList<>();
        for (EvaluationRecord r : port.ofOrganization(actor, organization, year)) {
            if (!r.key().yearly()) {
                continue;
            }
            if (!(r.key().subject() instanceof EvaluationSubject.OfMember m)) {
                organizations.add(r);
                continue;
            }
            Optional<EvaluationEntry.Decided> d = r.decided();
            Optional<EvaluationEntry.Proposed> p = r.proposed();
            if (d.isEmpty()) {
                continue;
            }
            MemberHistory h = history(actor, m.member());
            Optional<Grade> after = d.get().gradeIfRated();
            MemberReview review = p.map(x -> (MemberReview) x.review()).orElse(null);
            if (review != null && regime.scoring() == ScoringRule.SCORED && review.scores() == null) {
                notJudged.add(m.member());
            } else if (review != null) {
                MemberRating again = Classification.rate(h, review, regime);
                after = again.gradeIfRated();
                Grade before = d.get().grade();
                if (!Objects.equals(before, after.orElse(null))) {
                    differences.add(new Difference(
                            m.member(), before, after.orElse(null), d.get().findings(), again.findings()));
                }
            }
            byCell.computeIfAbsent(cellOf(h, year), c -> new ArrayList<>()).add(after);
        }
        organizations.sort(Comparator.comparingInt((EvaluationRecord r) -> snap.pathFromRoot(
                                ((EvaluationSubject.OfOrganization) r.key().subject()).organization())
                        .size())
                .reversed());
        Map<OrganizationId, Optional<Grade>> orgAfter = new HashMap<>();
        List<OrganizationDifference> orgDifferences = new ArrayList<>();
        for (EvaluationRecord r : organizations) {
            OrganizationId id = ((EvaluationSubject.OfOrganization) r.key().subject()).organization();
            Optional<EvaluationEntry.Decided> d = r.decided();
            Optional<EvaluationEntry.Proposed> p = r.proposed();
            Optional<OrganizationState> state = snap.get(id);
            if (d.isEmpty() || state.isEmpty()) {
                continue;
            }
            if (p.isEmpty()) {
                orgAfter.put(id, d.get().gradeIfRated());
                continue;
            }
            List<Grade> constituents = new ArrayList<>();
            if (state.get().kind().isCell()) {
                byCell.getOrDefault(id, List.of()).forEach(g -> g.ifPresent(constituents::add));
            } else {
                for (OrganizationState child : snap.children(id)) {
                    Optional<Grade> g = orgAfter.containsKey(child.id())
                            ? Objects.requireNonNull(orgAfter.get(child.id()))
                            : Optional.ofNullable(decidedGrade(actor, EvaluationKey.of(child.id(), year)));
                    g.ifPresent(constituents::add);
                }
            }
            OrganizationRating again = OrganizationClassification.rate(
                    tree, (OrganizationReview) p.get().review(), constituents, regime);
            orgAfter.put(id, again.gradeIfRated());
            if (!Objects.equals(d.get().grade(), again.grade())) {
                orgDifferences.add(new OrganizationDifference(
                        id,
                        state.get().name(),
                        d.get().grade(),
                        again.grade(),
                        d.get().findings(),
                        again.findings()));
            }
        }
        return new Rejudgement(
                organization,
                year,
                PolicyRef.of(regime),
                ImmutableList.copyOf(differences),
                ImmutableList.copyOf(notJudged),
                ImmutableList.copyOf(orgDifferences));
    }

    /**
     * The report of {@code year} for {@code grassroots}'s subtree, with the quota pools of the
     * year's registered {@link QuotaPool} (chibo's default per regime unless the host registered
     * its own): as {@link #report(Actor, OrganizationId, Year, QuotaBase, QuotaPool)}.
     *
     * @throws InvalidInputException when no regime covers the year
     */
    public EvaluationReport report(Actor actor, OrganizationId grassroots, Year year, QuotaBase base) {
        OrganizationTree tree = chibo.organizations().tree(actor);
        Optional<QuotaPool> pool = lookup(QuotaPool.KIND, tree, grassroots, year);
        return report(actor, tree, grassroots, year, base, pool.orElse(null));
    }

    /**
     * The report of {@code year} for {@code grassroots}'s subtree (the tree as of 31/12), from the
     * yearly decisions stored: members by grade with every exclusion (those decided not rated, and
     * the roster's members without a decision whom the regime leaves out, {@link
     * EvaluationReport#leftOut()}), cells by grade, the excellence
     * quota with the base read as {@code base} over the whole subtree and in each pool {@code pool}
     * puts the rated members in (an overrun is one finding per pool, naming it, with both readings
     * and the source; an exception recorded on a pool's organisation clears it), the admissions of
     * the year and the serving members residing on 31/12.
     *
     * @throws InvalidInputException when no regime covers the year
     */
    public EvaluationReport report(Actor actor, OrganizationId grassroots, Year year, QuotaBase base, QuotaPool pool) {
        return report(actor, chibo.organizations().tree(actor), grassroots, year, base, pool);
    }

    private EvaluationReport report(
            Actor actor,
            OrganizationTree tree,
            OrganizationId grassroots,
            Year year,
            QuotaBase base,
            @Nullable QuotaPool pool) {
        OrganizationState state = organization(tree, grassroots, year);
        EvaluationRegime regime = regime(tree, grassroots, year);
        LocalDate end = year.atMonth(12).atEndOfMonth();
        OrganizationTree.Snapshot snap = tree.on(end);
        List<MemberRating> memberRatings = new ArrayList<>();
        List<OrganizationRating> cells = new ArrayList<>();
        Map<OrganizationId, String> exceptions = new HashMap<>();
        for (EvaluationRecord r : port.ofOrganization(actor, grassroots, year)) {
            if (!r.key().yearly()) {
                continue;
            }
            Optional<EvaluationEntry.Decided> decided = r.decided();
            if (r.key().subject() instanceof EvaluationSubject.OfOrganization o) {
                r.quotaException().ifPresent(e -> exceptions.put(o.organization(), e.decision()));
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
        QuotaCheck quota = QuotaCheck.of(state.name(), memberRatings, regime, base, exceptions.get(grassroots));
        Map<MemberId, MemberHistory> histories = new HashMap<>();
        for (MemberHistory h : members.ofOrganization(actor, grassroots, end)) {
            histories.put(h.id(), h);
        }
        Map<QuotaPoolKey, QuotaCheck> quotas = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        if (pool == null) {
            quotas.put(
                    new QuotaPoolKey("subtree:" + grassroots, Label.of(state.name(), state.name()), grassroots), quota);
            findings.addAll(quota.findings());
        } else {
            Map<QuotaPoolKey, List<MemberRating>> pooled = new TreeMap<>(Comparator.comparing(QuotaPoolKey::id));
            for (MemberRating rating : memberRatings) {
                if (rating.gradeIfRated().isEmpty()) {
                    continue; // only the rated count in a pool
                }
                MemberHistory h = histories.computeIfAbsent(rating.member(), id -> history(actor, id));
                pooled.computeIfAbsent(pool.poolOf(h, snap), k -> new ArrayList<>())
                        .add(rating);
            }
            pooled.forEach((key, ratings) -> {
                OrganizationId owner = key.organization();
                QuotaCheck check =
                        QuotaCheck.of(key, pool, ratings, regime, base, owner == null ? null : exceptions.get(owner));
                quotas.put(key, check);
                findings.addAll(check.findings());
            });
        }
        int admissions = 0;
        for (MemberHistory h : histories.values()) {
            for (Membership m : h.memberships()) {
                Optional<LocalDate> ceremony = m.ceremonyDate();
                if (ceremony.isPresent()
                        && ceremony.get().getYear() == year.getValue()
                        && snap.isUnder(m.admission().cell(), grassroots)) {
                    admissions++;
                }
            }
        }
        int residing = chibo.residences().census(actor, grassroots, end).registered();
        return EvaluationReport.of(
                        grassroots,
                        state.name(),
                        year,
                        regime,
                        memberRatings,
                        cells,
                        quota,
                        quotas,
                        findings,
                        admissions,
                        residing)
                .withLeftOut(leftOut(histories.values(), memberRatings, snap, grassroots, year, regime));
    }

    /**
     * The counts of {@code year} for {@code subtree} (the tree as of 31/12): as {@link
     * #gradeCounts(Actor, List, Year)} for one subtree.
     *
     * @throws NotFoundException when {@code subtree} did not exist on 31/12
     * @throws vn.chibo.domain.common.OutOfScopeException when it lies outside the actor's reach
     */
    public GradeCounts gradeCounts(Actor actor, OrganizationId subtree, Year year) {
        return gradeCounts(actor, List.of(subtree), year).get(0);
    }

    /**
     * The counts of {@code year} for each of {@code subtrees} (the tree as of 31/12), in their order
     * (a subtree named twice is counted once and listed twice): for each, what {@code
     * GradeCounts.of(report(actor, subtree, year, base))} gives, that is the members decided by grade
     * and by the rule code that left them out, and the cells rated by grade, placed where {@link
     * Evaluations} places each review. Nothing is judged (no regime, quota, roster, admissions nor
     * findings), so a year no regime covers is counted too; the year's reviews are read once for all
     * the subtrees. The national report per grade is one call: the party and each province.
     *
     * @throws NotFoundException when one of {@code subtrees} did not exist on 31/12
     * @throws vn.chibo.domain.common.OutOfScopeException when one lies outside the actor's reach
     */
    public ImmutableList<GradeCounts> gradeCounts(Actor actor, List<OrganizationId> subtrees, Year year) {
        OrganizationTree tree = chibo.organizations().tree(actor);
        for (OrganizationId subtree : subtrees) {
            organization(tree, subtree, year);
        }
        OrganizationTree.Snapshot snap = tree.on(year.atMonth(12).atEndOfMonth());
        ImmutableMap<OrganizationId, ImmutableList<EvaluationRecord>> records =
                port.ofOrganizations(actor, subtrees, year);
        Map<OrganizationId, GradeCounts> counted = new HashMap<>();
        ImmutableList.Builder<GradeCounts> out = ImmutableList.builderWithExpectedSize(subtrees.size());
        for (OrganizationId subtree : subtrees) {
            out.add(counted.computeIfAbsent(
                    subtree, s -> counts(s, year, Objects.requireNonNull(records.get(s)), snap)));
        }
        return out.build();
    }

    /**
     * Counts {@code records} as {@link EvaluationReport#of(OrganizationId, String, Year,
     * EvaluationRegime, Collection, Collection, QuotaCheck, Map, Collection, int, int)} counts the
     * ratings {@link #report} makes of them: yearly reviews with a decision, members by grade or by
     * the reason they were not rated, cells (kind on 31/12) by grade when rated.
     */
    private static GradeCounts counts(
            OrganizationId subtree, Year year, List<EvaluationRecord> records, OrganizationTree.Snapshot snap) {
        int[] members = new int[GRADES.length];
        int[] cells = new int[GRADES.length];
        Map<String, Integer> notRated = new TreeMap<>();
        for (EvaluationRecord r : records) {
            if (!r.key().yearly()) {
                continue;
            }
            Optional<EvaluationEntry.Decided> decided = r.decided();
            if (decided.isEmpty()) {
                continue;
            }
            EvaluationEntry.Decided d = decided.get();
            Grade grade = d.grade();
            if (r.key().subject() instanceof EvaluationSubject.OfOrganization o) {
                OrganizationState state = snap.states().get(o.organization());
                if (grade != null && state != null && state.kind().isCell()) {
                    cells[grade.ordinal()]++;
                }
            } else if (grade != null) {
                members[grade.ordinal()]++;
            } else {
                notRated.merge(Objects.requireNonNull(d.notRatedReason()), 1, Integer::sum);
            }
        }
        return GradeCounts.of(subtree, year, byGrade(members), notRated, byGrade(cells));
    }

    private static Map<Grade, Integer> byGrade(int[] counts) {
        Map<Grade, Integer> out = new EnumMap<>(Grade.class);
        for (Grade g : GRADES) {
            out.put(g, counts[g.ordinal()]);
        }
        return out;
    }

    /**
     * The members of {@code grassroots}'s roster on 31/12 (home cell in the subtree) without a
     * stored decision whom {@code regime} leaves out of the rating, by the rule code that leaves them
     * out ({@link Classification#leftOut}): exempted, suspended, admitted less than 6 months before
     * the end. Derived, never stored; members no longer members on 31/12 are not on the roster.
     */
    private static Map<String, Integer> leftOut(
            Collection<MemberHistory> histories,
            List<MemberRating> decided,
            OrganizationTree.Snapshot snap,
            OrganizationId grassroots,
            Year year,
            EvaluationRegime regime) {
        Set<MemberId> withDecision = new HashSet<>();
        decided.forEach(r -> withDecision.add(r.member()));
        LocalDate end = year.atMonth(12).atEndOfMonth();
        Map<String, Integer> counts = new TreeMap<>();
        for (MemberHistory h : histories) {
            boolean home = h.homeCellOn(end)
                    .map(cell -> snap.isUnder(cell, grassroots))
                    .orElse(false);
            if (home && !withDecision.contains(h.id())) {
                Classification.leftOut(h, year, regime)
                        .filter(n -> !n.reason().equals(EvaluationRegime.NOT_MEMBER))
                        .ifPresent(n -> counts.merge(n.reason(), 1, Integer::sum));
            }
        }
        return counts;
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
     * @param organizations the organisations whose grade would differ, lowest first
     */
    public record Rejudgement(
            OrganizationId organization,
            Year year,
            PolicyRef regime,
            ImmutableList<Difference> differences,
            ImmutableList<MemberId> notJudged,
            ImmutableList<OrganizationDifference> organizations) {
        /** A re-judgement of members only. */
        public Rejudgement(
                OrganizationId organization,
                Year year,
                PolicyRef regime,
                ImmutableList<Difference> differences,
                ImmutableList<MemberId> notJudged) {
            this(organization, year, regime, differences, notJudged, ImmutableList.of());
        }
    }

    /**
     * One organisation whose grade would differ.
     *
     * @param organization the organisation
     * @param name its name on 31/12 of the year
     * @param stored the grade decided and stored, or {@code null} when decided "not rated"
     * @param rejudged the grade under the other regime, or {@code null} when it would not rate it
     * @param storedFindings the findings of the stored decision
     * @param findings the findings of the re-judgement
     */
    public record OrganizationDifference(
            OrganizationId organization,
            String name,
            @Nullable Grade stored,
            @Nullable Grade rejudged,
            ImmutableList<Finding> storedFindings,
            ImmutableList<Finding> findings) {}

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
        return lookup(EvaluationRegime.KIND, tree, organization, year);
    }

    private Optional<CriteriaSet> criteria(OrganizationTree tree, OrganizationId organization, Year year) {
        return lookup(CriteriaSet.ANNEX_5, tree, organization, year);
    }

    private <P extends Policy> Optional<P> lookup(
            PolicyKind<P> kind, OrganizationTree tree, OrganizationId organization, Year year) {
        LocalDate end = year.atMonth(12).atEndOfMonth();
        PolicyLookup<P> lookup = chibo.policies()
                .findForReviewYear(kind, year, tree.on(end).pathFromRoot(organization), organization.toString());
        return lookup.policy();
    }

    /** The organisation a review belongs to: the organisation, or the member's cell for the year. */
    private OrganizationId owner(Actor actor, OrganizationTree tree, EvaluationKey key) {
        if (key.subject() instanceof EvaluationSubject.OfMember m) {
            return cellOf(history(actor, m.member()), key.year());
        }
        OrganizationId o = ((EvaluationSubject.OfOrganization) key.subject()).organization();
        organization(tree, o, key.year());
        return o;
    }

    /** Why the review {@code key} cannot be held under {@code regime}, if it cannot. */
    private static Optional<Violation> periodViolation(
            OrganizationTree tree, OrganizationId owner, EvaluationKey key, EvaluationRegime regime) {
        ReviewPeriod period = key.period();
        Label why = null;
        if (period == ReviewPeriod.Q4 && regime.foldsFourthQuarterIntoYear()) {
            why = Label.of(
                    "Theo " + regime.id() + ", quý IV được đánh giá cùng với năm: không có đánh giá riêng quý IV.",
                    "Under " + regime.id() + " the fourth quarter is folded into the year: no review of its own.");
        } else if (!regime.reviews(period)) {
            why = Label.of(
                    "Theo " + regime.id() + " không có đánh giá, xếp loại theo "
                            + period.label().vi() + ".",
                    regime.id() + " holds no review by " + period.label().en() + ".");
        } else if (period.isQuarter() && key.subject() instanceof EvaluationSubject.OfOrganization) {
            why = Label.of(
                    "Đánh giá hằng quý dành cho cá nhân (cán bộ lãnh đạo, quản lý), không cho tổ chức.",
                    "Quarterly reviews are of individuals (leaders and managers), not of organisations.");
        } else if (period == ReviewPeriod.TERM
                && termStart(tree, owner, key.year()).isEmpty()) {
            why = Label.of(
                    "Không có nhiệm kỳ nào kết thúc năm " + key.year() + " ở tổ chức này hoặc cấp trên.",
                    "No term of this organisation or one above it ends in " + key.year() + ".");
        }
        return why == null ? Optional.empty() : Optional.of(Violation.of("period", PERIOD, period.code(), why));
    }

    /**
     * The first day of the term ending in {@code year} of {@code owner} or the nearest organisation
     * above it that has one (planned end in {@code year}).
     */
    private static Optional<LocalDate> termStart(OrganizationTree tree, OrganizationId owner, Year year) {
        List<OrganizationId> path = tree.on(year.atMonth(12).atEndOfMonth()).pathFromRoot(owner);
        for (int i = path.size() - 1; i >= 0; i--) {
            Optional<Term> term = tree.history(path.get(i))
                    .flatMap(h -> h.terms().stream()
                            .filter(t -> t.plannedEnd() == year.getValue())
                            .findFirst());
            if (term.isPresent()) {
                return Optional.of(term.get().congressDate());
            }
        }
        return Optional.empty();
    }

    /**
     * What the classification of {@code key} reads besides the review: the period's days, the
     * Annex 5 criteria set of {@code owner}'s subtree, and the decided grades of the earlier periods
     * feeding it (the quarters 1 to 3 recorded for a year; every year of a term).
     */
    private RatingContext context(
            Actor actor, OrganizationTree tree, OrganizationId owner, EvaluationKey key, EvaluationRegime regime) {
        Year year = key.year();
        RatingContext context;
        List<PeriodGrade> earlier = new ArrayList<>();
        if (key.period() == ReviewPeriod.TERM) {
            LocalDate start = termStart(tree, owner, year).orElseThrow();
            context = new RatingContext(
                    ReviewPeriod.TERM, start, year.atMonth(12).atEndOfMonth(), null, ImmutableList.of());
            for (int y = start.getYear(); y <= year.getValue(); y++) {
                EvaluationKey yearly = new EvaluationKey(key.subject(), Year.of(y));
                earlier.add(new PeriodGrade(Year.of(y), ReviewPeriod.YEAR, decidedGrade(actor, yearly)));
            }
        } else {
            context = RatingContext.of(year, key.period());
            if (key.yearly()) {
                for (ReviewPeriod q : List.of(ReviewPeriod.Q1, ReviewPeriod.Q2, ReviewPeriod.Q3, ReviewPeriod.Q4)) {
                    if (regime.reviews(q) && port.find(actor, key.withPeriod(q)).isPresent()) {
                        earlier.add(new PeriodGrade(year, q, decidedGrade(actor, key.withPeriod(q))));
                    }
                }
            }
        }
        return context.withCriteria(criteria(tree, owner, year).orElse(null)).withEarlier(earlier);
    }

    /** The grade decided for {@code key}, or {@code null} when nothing was decided or "not rated" was. */
    private @Nullable Grade decidedGrade(Actor actor, EvaluationKey key) {
        return port.find(actor, key)
                .flatMap(EvaluationRecord::decided)
                .flatMap(EvaluationEntry.Decided::gradeIfRated)
                .orElse(null);
    }

    /**
     * The grades decided for the same period as {@code key} of what an organisation contains: a
     * cell's members (home cell on 31/12), a committee's subordinate organisations; those not
     * reviewed for the period are left out.
     */
    private List<Grade> periodGradesBelow(
            Actor actor,
            OrganizationTree tree,
            OrganizationId organization,
            OrganizationState state,
            EvaluationKey key) {
        LocalDate end = key.year().atMonth(12).atEndOfMonth();
        List<Grade> out = new ArrayList<>();
        if (state.kind().isCell()) {
            for (MemberHistory h : members.ofOrganization(actor, organization, end)) {
                if (h.homeCellOn(end).map(organization::equals).orElse(false)) {
                    Grade g = decidedGrade(actor, EvaluationKey.of(h.id(), key.year(), key.period()));
                    if (g != null) {
                        out.add(g);
                    }
                }
            }
        } else {
            for (OrganizationState child : tree.on(end).children(organization)) {
                Grade g = decidedGrade(actor, EvaluationKey.of(child.id(), key.year(), key.period()));
                if (g != null) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    private EvaluationRegime regime(OrganizationTree tree, OrganizationId organization, Year year) {
        return findRegime(tree, organization, year)
                .orElseThrow(() -> new InvalidInputException("the review of " + year, List.of(noRegime(year))));
    }
}

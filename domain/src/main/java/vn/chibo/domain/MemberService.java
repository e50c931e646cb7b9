package vn.chibo.domain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConstraintViolations;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.member.Badges;
import vn.chibo.domain.member.MemberCommand;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.MemberOutcome;
import vn.chibo.domain.member.MemberPlanner;
import vn.chibo.domain.member.MemberResult;
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.member.Membership;
import vn.chibo.domain.member.MembershipPolicy;
import vn.chibo.domain.member.PartyAge;
import vn.chibo.domain.member.Rosters;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.organization.RosterSnapshot;
import vn.chibo.domain.organization.StructureReport;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;

/**
 * The member area as a host uses it: commands checked against the membership policy of their
 * date and recorded all or nothing, and the questions asked of members as of a date (status, party
 * age, who comes due for recognition, who is overdue, who is due a badge, the roster). Obtained
 * from {@link Chibo#members()}; thread-safe as far as its ports are.
 */
public final class MemberService {
    private final Chibo chibo;
    private final Members port;

    MemberService(Chibo chibo, Members port) {
        this.chibo = chibo;
        this.port = port;
    }

    /**
     * Checks and records one command.
     *
     * @return the facts recorded and the findings made
     * @throws InvalidInputException with every violation; nothing is recorded
     * @throws vn.chibo.domain.common.OutOfScopeException when it reaches outside the actor's subtree
     * @throws vn.chibo.domain.common.ConcurrentUpdateException when someone else changed the member
     */
    public MemberResult execute(Actor actor, MemberCommand command) {
        return run(actor, List.of(command), true);
    }

    /**
     * Checks and records several commands as one unit of work, each seeing those before it; paths
     * are prefixed {@code commands[i].}.
     */
    public MemberResult executeAll(Actor actor, List<? extends MemberCommand> commands) {
        return run(actor, commands, false);
    }

    private MemberResult run(Actor actor, List<? extends MemberCommand> commands, boolean single) {
        List<Violation> violations = new ArrayList<>();
        List<Boolean> valid = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            ImmutableList<Violation> found =
                    ConstraintViolations.validate(chibo.validator(), commands.get(i), prefix(single, i));
            violations.addAll(found);
            valid.add(found.isEmpty());
        }
        OrganizationTree tree = chibo.organizations().tree(actor);
        Map<MemberId, MemberHistory> working = new HashMap<>();
        Map<MemberId, Long> versions = new LinkedHashMap<>();
        List<MemberFact> facts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            if (!valid.get(i)) {
                continue;
            }
            MemberCommand command = commands.get(i);
            Recorded stamp = Recorded.by(actor, chibo.clock().instant(), command.reason());
            MemberPlanner.Context context = new MemberPlanner.Context(
                    id -> lookup(actor, id, working), tree, chibo.policies(), chibo.calendar(), stamp);
            MemberOutcome outcome = MemberPlanner.plan(command, context, prefix(single, i));
            if (outcome instanceof MemberOutcome.Rejected r) {
                violations.addAll(r.violations());
            } else if (outcome instanceof MemberOutcome.Accepted a) {
                for (MemberFact f : a.facts()) {
                    versions.computeIfAbsent(
                            f.member(),
                            id -> port.find(actor, id)
                                    .map(MemberHistory::version)
                                    .orElse(0L));
                    MemberHistory before = lookup(actor, f.member(), working).orElse(null);
                    working.put(
                            f.member(),
                            before == null ? MemberHistory.of(f.member(), List.of(f)) : before.append(List.of(f)));
                }
                facts.addAll(a.facts());
                findings.addAll(a.findings());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(
                    single ? commands.get(0).getClass().getSimpleName() : commands.size() + " member commands",
                    violations);
        }
        if (!facts.isEmpty()) {
            port.append(actor, MemberAppend.of(versions, facts));
        }
        return new MemberResult(ImmutableList.copyOf(facts), ImmutableList.copyOf(findings));
    }

    private Optional<MemberHistory> lookup(Actor actor, MemberId id, Map<MemberId, MemberHistory> working) {
        MemberHistory h = working.get(id);
        return h != null ? Optional.of(h) : port.find(actor, id);
    }

    private static String prefix(boolean single, int i) {
        return single ? "" : "commands[" + i + "].";
    }

    /** One member's history, if within the actor's reach. */
    public Optional<MemberHistory> find(Actor actor, MemberId id) {
        return port.find(actor, id);
    }

    /**
     * What a member owes for a month under the dues policy of that month (QĐ 342-QĐ/TW until
     * January 2026, QĐ 01-QĐ/TW from February 2026), with the rule sources and the policy.
     */
    public vn.chibo.domain.member.dues.DuesAssessment assessDues(vn.chibo.domain.member.dues.DuesBasis basis) {
        return vn.chibo.domain.member.dues.DuesCalculator.assess(basis, chibo.policies());
    }

    /**
     * The months of {@code year} up to {@code asOf} whose dues were owed and not paid in full, as
     * the removal rule counts them ("không đóng đảng phí ba tháng trong năm").
     */
    public ImmutableList<java.time.YearMonth> unpaidDues(
            Actor actor, MemberId id, java.time.Year year, LocalDate asOf) {
        return port.find(actor, id)
                .map(h -> h.duesLedger().unpaidMonths(year, asOf))
                .orElse(ImmutableList.of());
    }

    /** Where the member stood on {@code date}. */
    public Optional<MemberStanding> standing(Actor actor, MemberId id, LocalDate date) {
        return port.find(actor, id).map(h -> h.standingOn(date));
    }

    /** The standing on {@code date} of every member of {@code organization}'s subtree. */
    public com.google.common.collect.ImmutableMap<MemberId, MemberStanding> standingsOn(
            Actor actor, OrganizationId organization, LocalDate date) {
        com.google.common.collect.ImmutableMap.Builder<MemberId, MemberStanding> out =
                com.google.common.collect.ImmutableMap.builder();
        for (MemberHistory h : port.ofOrganization(actor, organization, date)) {
            out.put(h.id(), h.standingOn(date));
        }
        return out.buildKeepingLast();
    }

    /** The party age on {@code date}: transfer gaps judged by the policy of each transfer's date. */
    public Optional<PartyAge> partyAge(Actor actor, MemberId id, LocalDate date) {
        Optional<MemberHistory> h = port.find(actor, id);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        // Each transfer's gap is judged by the policy in force when its letter was issued; a transfer
        // older than every policy, by the policy of the date asked about.
        return h.get()
                .partyAge(
                        date,
                        letter -> policy(letter)
                                .or(() -> policy(date))
                                .map(MembershipPolicy::transferGraceDays)
                                .orElse(0));
    }

    /** The members of {@code organization}'s subtree by status on {@code date}. */
    public RosterSnapshot roster(Actor actor, OrganizationId organization, LocalDate date) {
        return Rosters.snapshot(
                chibo.organizations().tree(actor), port.ofOrganization(actor, organization, date), organization, date);
    }

    /** The structural findings on {@code organization} on {@code date}, from its real roster. */
    public StructureReport assessStructure(Actor actor, OrganizationId organization, LocalDate date) {
        return chibo.organizations().assess(actor, roster(actor, organization, date));
    }

    /**
     * The members of {@code organization}'s subtree whose probation ends between {@code from} and
     * {@code to} (inclusive) and who are not yet recognised, by end of probation.
     */
    public ImmutableList<ProbationEnd> dueForRecognition(
            Actor actor, OrganizationId organization, LocalDate from, LocalDate to) {
        return port.ofOrganization(actor, organization, from).stream()
                .flatMap(h -> probationEnd(h).stream())
                .filter(p -> !p.end().isBefore(from) && !p.end().isAfter(to))
                .sorted(java.util.Comparator.comparing(ProbationEnd::end))
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * The members of {@code organization}'s subtree whose probation ended more than the policy's
     * working days before {@code asOf} without a decision.
     */
    public ImmutableList<ProbationEnd> overdueRecognition(Actor actor, OrganizationId organization, LocalDate asOf) {
        return port.ofOrganization(actor, organization, asOf).stream()
                .flatMap(h -> probationEnd(h).stream())
                .filter(p -> {
                    int days = policy(p.end())
                            .map(MembershipPolicy::recognitionDeadlineWorkingDays)
                            .orElse(30);
                    // Only the days up to asOf are counted: a deadline in a year the calendar lacks
                    // must not make a member whose probation has not ended fail the whole query.
                    return !p.end().isAfter(asOf) && !chibo.calendar().isWithinWorkingDays(p.end(), asOf, days);
                })
                .sorted(java.util.Comparator.comparing(ProbationEnd::end))
                .collect(ImmutableList.toImmutableList());
    }

    private static Optional<ProbationEnd> probationEnd(MemberHistory h) {
        Optional<Membership> m =
                h.lastMembership().filter(x -> x.ceremony() != null && x.recognizedFrom() == null && x.ended() == null);
        return m.flatMap(Membership::probationEnd).map(end -> new ProbationEnd(h.id(), end));
    }

    /**
     * The member of a probation query, and when probation ends.
     *
     * @param member the member
     * @param end the end of probation, the day full membership would start
     */
    public record ProbationEnd(MemberId member, LocalDate end) {}

    /** Who in {@code organization}'s subtree is due a badge on {@code occasion} of {@code year}, and why not otherwise. */
    public ImmutableList<BadgeDue> badgesDue(
            Actor actor, OrganizationId organization, Badges.Occasion occasion, int year) {
        LocalDate day = occasion.in(year);
        Optional<MembershipPolicy> policy = policy(day);
        if (policy.isEmpty()) {
            return ImmutableList.of();
        }
        return port.ofOrganization(actor, organization, day).stream()
                .map(h -> new BadgeDue(h.id(), Badges.on(h, day, policy.get())))
                .filter(b -> !(b.decision() instanceof Badges.Decision.NotDue))
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * A badge decision for one member.
     *
     * @param member the member
     * @param decision due, or deferred
     */
    public record BadgeDue(MemberId member, Badges.Decision decision) {}

    private Optional<MembershipPolicy> policy(LocalDate date) {
        PolicyLookup<MembershipPolicy> lookup = chibo.policies().find(MembershipPolicy.KIND, date);
        return lookup.policy();
    }
}

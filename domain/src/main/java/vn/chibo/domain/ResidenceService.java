package vn.chibo.domain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
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
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.member.residence.AttendanceReport;
import vn.chibo.domain.member.residence.ResidenceCensus;
import vn.chibo.domain.member.residence.ResidenceCommand;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;
import vn.chibo.domain.member.residence.ResidenceOutcome;
import vn.chibo.domain.member.residence.ResidencePlanner;
import vn.chibo.domain.member.residence.ResidencePolicy;
import vn.chibo.domain.member.residence.ResidenceQueries;
import vn.chibo.domain.member.residence.ResidenceResult;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.domain.port.ResidenceLiaisons;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;

/**
 * Serving members at their residence (QĐ 213-QĐ/TW, HD 33-HD/BTCTW) as a host uses it: commands
 * checked against the residence policy of their date and recorded all or nothing, and the questions
 * a ward asks as of a date (who is registered, who lacks the yearly comment, who answered the
 * 6-monthly meetings). Such members are never counted in the residential organisation's roster:
 * {@link MemberService#roster} reads only members. Obtained from {@link Chibo#residences()};
 * thread-safe as far as its ports are.
 */
public final class ResidenceService {
    private final Chibo chibo;
    private final ResidenceLiaisons port;

    ResidenceService(Chibo chibo, ResidenceLiaisons port) {
        this.chibo = chibo;
        this.port = port;
    }

    /**
     * Checks and records one command.
     *
     * @return the facts recorded and the findings made
     * @throws InvalidInputException with every violation; nothing is recorded
     * @throws vn.chibo.domain.common.OutOfScopeException when it reaches outside the actor's subtree
     * @throws vn.chibo.domain.common.ConcurrentUpdateException when someone else changed the history
     */
    public ResidenceResult execute(Actor actor, ResidenceCommand command) {
        return run(actor, List.of(command), true);
    }

    /**
     * Checks and records several commands as one unit of work, each seeing those before it; paths
     * are prefixed {@code commands[i].}.
     */
    public ResidenceResult executeAll(Actor actor, List<? extends ResidenceCommand> commands) {
        return run(actor, commands, false);
    }

    private ResidenceResult run(Actor actor, List<? extends ResidenceCommand> commands, boolean single) {
        List<Violation> violations = new ArrayList<>();
        List<Boolean> valid = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            ImmutableList<Violation> found =
                    ConstraintViolations.validate(chibo.validator(), commands.get(i), prefix(single, i));
            violations.addAll(found);
            valid.add(found.isEmpty());
        }
        OrganizationTree tree = chibo.organizations().tree(actor);
        Map<MemberId, ResidenceLiaisonHistory> working = new HashMap<>();
        Map<MemberId, Long> versions = new LinkedHashMap<>();
        List<ResidenceFact> facts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            if (!valid.get(i)) {
                continue;
            }
            ResidenceCommand command = commands.get(i);
            Recorded stamp = Recorded.by(actor, chibo.clock().instant(), command.reason());
            ResidencePlanner.Context context = new ResidencePlanner.Context(
                    id -> lookup(actor, id, working), tree, chibo.policies(), chibo.calendar(), stamp);
            ResidenceOutcome outcome = ResidencePlanner.plan(command, context, prefix(single, i));
            if (outcome instanceof ResidenceOutcome.Rejected r) {
                violations.addAll(r.violations());
            } else if (outcome instanceof ResidenceOutcome.Accepted a) {
                for (ResidenceFact f : a.facts()) {
                    versions.computeIfAbsent(
                            f.member(),
                            id -> port.find(actor, id)
                                    .map(ResidenceLiaisonHistory::version)
                                    .orElse(0L));
                    ResidenceLiaisonHistory before =
                            lookup(actor, f.member(), working).orElse(null);
                    working.put(
                            f.member(),
                            before == null
                                    ? ResidenceLiaisonHistory.of(f.member(), List.of(f))
                                    : before.append(List.of(f)));
                }
                facts.addAll(a.facts());
                findings.addAll(a.findings());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(
                    single ? commands.get(0).getClass().getSimpleName() : commands.size() + " residence commands",
                    violations);
        }
        if (!facts.isEmpty()) {
            port.append(actor, ResidenceLiaisonAppend.of(versions, facts));
        }
        return new ResidenceResult(ImmutableList.copyOf(facts), ImmutableList.copyOf(findings));
    }

    private Optional<ResidenceLiaisonHistory> lookup(
            Actor actor, MemberId id, Map<MemberId, ResidenceLiaisonHistory> working) {
        ResidenceLiaisonHistory h = working.get(id);
        return h != null ? Optional.of(h) : port.find(actor, id);
    }

    private static String prefix(boolean single, int i) {
        return single ? "" : "commands[" + i + "].";
    }

    /** One member's residence history, if within the actor's reach. */
    public Optional<ResidenceLiaisonHistory> find(Actor actor, MemberId member) {
        return port.find(actor, member);
    }

    /** The serving members registered with the residential cells of {@code organization}'s subtree on {@code date}. */
    public ImmutableList<ResidenceLiaisonHistory> registered(Actor actor, OrganizationId organization, LocalDate date) {
        return port.ofOrganization(actor, organization, date);
    }

    /** How many serving members are registered in {@code organization}'s subtree on {@code date}, by cell. */
    public ResidenceCensus census(Actor actor, OrganizationId organization, LocalDate date) {
        return ResidenceQueries.census(
                chibo.organizations().tree(actor), port.ofOrganization(actor, organization, date), organization, date);
    }

    /**
     * A {@code RES-JOINT-COMMENT} finding per serving member of {@code organization}'s subtree
     * whose yearly comment on {@code year} had not been given by {@code asOf}, once the comment
     * deadline of the policy has passed; none before. A year before 2/1/2020 gives {@code
     * NO_POLICY}.
     *
     * @throws OutOfScopeException when {@code organization} lies outside the actor's reach
     */
    public ImmutableList<Finding> missingComments(Actor actor, OrganizationId organization, Year year, LocalDate asOf) {
        OrganizationTree tree = reachable(actor, organization);
        return ResidenceQueries.missingComments(tree, port.all(actor), chibo.policies(), organization, year, asOf);
    }

    /**
     * The answers of the serving members of {@code organization}'s subtree to the periodic meetings
     * of {@code year}, as recorded by {@code asOf}.
     *
     * @throws OutOfScopeException when {@code organization} lies outside the actor's reach
     */
    public AttendanceReport attendance(Actor actor, OrganizationId organization, Year year, LocalDate asOf) {
        OrganizationTree tree = reachable(actor, organization);
        return ResidenceQueries.attendance(tree, port.all(actor), chibo.policies(), organization, year, asOf);
    }

    /** The tree the actor reaches, having checked that it reaches {@code organization}. */
    private OrganizationTree reachable(Actor actor, OrganizationId organization) {
        OrganizationTree tree = chibo.organizations().tree(actor);
        if (actor.scope() instanceof Scope.Subtree && tree.history(organization).isEmpty()) {
            throw new OutOfScopeException(actor, "organisation " + organization);
        }
        return tree;
    }

    /** The central residence policy in force on {@code date}, if any (none before 2/1/2020). */
    public Optional<ResidencePolicy> policy(LocalDate date) {
        PolicyLookup<ResidencePolicy> lookup = chibo.policies().find(ResidencePolicy.KIND, date);
        return lookup.policy();
    }
}

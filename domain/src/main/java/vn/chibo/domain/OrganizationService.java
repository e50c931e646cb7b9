package vn.chibo.domain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConstraintViolations;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.NotFoundException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.organization.CommandOutcome;
import vn.chibo.domain.organization.OrganizationCommand;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationPlanner;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.organization.RosterSnapshot;
import vn.chibo.domain.organization.StructureAssessment;
import vn.chibo.domain.organization.StructureReport;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;

/**
 * The organisation area as a host uses it: commands checked and recorded all or nothing, the tree
 * as of any date, structural assessments. Obtained from {@link Chibo#organizations()}; thread-safe
 * as far as its port is.
 */
public final class OrganizationService {
    private final Chibo chibo;
    private final Organizations port;

    OrganizationService(Chibo chibo, Organizations port) {
        this.chibo = chibo;
        this.port = port;
    }

    /**
     * Checks and records one command.
     *
     * @return the facts recorded
     * @throws InvalidInputException with every violation (constraints first, then rules; the rules
     *     of a command are checked only when its constraints hold); nothing is recorded
     * @throws vn.chibo.domain.common.OutOfScopeException when it reaches outside the actor's subtree
     * @throws vn.chibo.domain.common.ConcurrentUpdateException when someone else changed a touched
     *     organisation meanwhile
     */
    public ImmutableList<OrganizationFact> execute(Actor actor, OrganizationCommand command) {
        return run(actor, List.of(command), "");
    }

    /**
     * Checks and records several commands as one unit of work: each sees the facts of those before
     * it; if any is refused, none is recorded and every violation of every command is reported,
     * with paths prefixed {@code commands[i].}: the constraint violations of all, then the rule
     * violations of those whose constraints hold.
     */
    public ImmutableList<OrganizationFact> executeAll(Actor actor, List<? extends OrganizationCommand> commands) {
        return run(actor, commands, null);
    }

    private ImmutableList<OrganizationFact> run(
            Actor actor,
            List<? extends OrganizationCommand> commands,
            @org.jspecify.annotations.Nullable String fixedPrefix) {
        List<Violation> violations = new ArrayList<>();
        boolean[] wellFormed = new boolean[commands.size()];
        for (int i = 0; i < commands.size(); i++) {
            List<Violation> found =
                    ConstraintViolations.validate(chibo.validator(), commands.get(i), prefix(fixedPrefix, i));
            violations.addAll(found);
            wellFormed[i] = found.isEmpty();
        }
        OrganizationTree initial = OrganizationTree.of(port.all(actor));
        for (int i = 0; i < commands.size(); i++) {
            if (wellFormed[i]) {
                requireReachable(actor, initial, commands.get(i));
            }
        }
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        List<OrganizationFact> facts = new ArrayList<>();
        OrganizationTree tree = initial;
        for (int i = 0; i < commands.size(); i++) {
            if (!wellFormed[i]) {
                continue; // its rules cannot be checked on malformed input; the others' still are
            }
            OrganizationCommand command = commands.get(i);
            Recorded stamp = Recorded.by(actor, chibo.clock().instant(), command.reason());
            CommandOutcome outcome =
                    OrganizationPlanner.plan(tree, command, chibo.policies(), stamp, prefix(fixedPrefix, i));
            if (outcome instanceof CommandOutcome.Rejected rejected) {
                violations.addAll(rejected.violations());
            } else if (outcome instanceof CommandOutcome.Accepted accepted) {
                facts.addAll(accepted.facts());
                tree = withFacts(tree, accepted.facts());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(what(commands), violations);
        }
        if (facts.isEmpty()) {
            return ImmutableList.of();
        }
        for (OrganizationFact f : facts) {
            versions.computeIfAbsent(
                    f.organization(),
                    id -> initial.history(id).map(OrganizationHistory::version).orElse(0L));
        }
        port.append(actor, OrganizationAppend.of(versions, facts));
        return ImmutableList.copyOf(facts);
    }

    /**
     * Throws {@link vn.chibo.domain.common.OutOfScopeException} when {@code command} names an
     * organisation that exists outside the actor's reach: the actor's tree does not hold it, and the
     * port says why rather than letting it pass for unknown.
     */
    private void requireReachable(Actor actor, OrganizationTree reachable, OrganizationCommand command) {
        for (OrganizationId id : named(command)) {
            if (reachable.history(id).isEmpty()) {
                port.find(actor, id); // empty for an identity not stored yet, e.g. one being founded
            }
        }
    }

    /** Every organisation a well-formed command names: those it changes and those it points at. */
    private static List<OrganizationId> named(OrganizationCommand command) {
        List<OrganizationId> ids = new ArrayList<>();
        if (command instanceof OrganizationCommand.Reorganize r) {
            for (OrganizationCommand.Step step : r.steps()) {
                if (step instanceof OrganizationCommand.Found f) {
                    ids.add(f.organization());
                    Optional.ofNullable(f.parent()).ifPresent(ids::add);
                } else if (step instanceof OrganizationCommand.Rename n) {
                    ids.add(n.organization());
                } else if (step instanceof OrganizationCommand.ChangeKind k) {
                    ids.add(k.organization());
                } else if (step instanceof OrganizationCommand.Reparent p) {
                    ids.add(p.organization());
                    ids.add(p.parent());
                } else if (step instanceof OrganizationCommand.Dissolve d) {
                    ids.add(d.organization());
                    Optional.ofNullable(d.mergedInto()).ifPresent(ids::add);
                }
            }
        } else if (command instanceof OrganizationCommand.TakeSeat t) {
            ids.add(t.organization());
        } else if (command instanceof OrganizationCommand.VacateSeat v) {
            ids.add(v.organization());
        } else if (command instanceof OrganizationCommand.OpenTerm t) {
            ids.add(t.organization());
        } else if (command instanceof OrganizationCommand.AssignSupervision a) {
            ids.add(a.organization());
            ids.add(a.committeeOf());
        } else if (command instanceof OrganizationCommand.ImposeDiscipline d) {
            ids.add(d.organization());
        } else if (command instanceof OrganizationCommand.ApproveException e) {
            ids.add(e.organization());
        }
        return ids;
    }

    private static String prefix(@org.jspecify.annotations.Nullable String fixed, int i) {
        return fixed != null ? fixed : "commands[" + i + "].";
    }

    private static String what(List<? extends OrganizationCommand> commands) {
        return commands.size() == 1
                ? commands.get(0).getClass().getSimpleName()
                : commands.size() + " organisation commands";
    }

    private static OrganizationTree withFacts(OrganizationTree tree, List<OrganizationFact> facts) {
        Map<OrganizationId, OrganizationHistory> all = new LinkedHashMap<>(tree.histories());
        for (OrganizationFact f : facts) {
            OrganizationHistory h = all.get(f.organization());
            all.put(
                    f.organization(),
                    h == null ? OrganizationHistory.of(f.organization(), List.of(f)) : h.append(List.of(f)));
        }
        return OrganizationTree.of(all.values());
    }

    /** One organisation's history, if it exists within the actor's reach. */
    public Optional<OrganizationHistory> find(Actor actor, OrganizationId id) {
        return port.find(actor, id);
    }

    /** Every organisation within the actor's reach, as a tree over time. */
    public OrganizationTree tree(Actor actor) {
        return OrganizationTree.of(port.all(actor));
    }

    /** The tree as it stood on {@code date}. */
    public OrganizationTree.Snapshot treeOn(Actor actor, LocalDate date) {
        return tree(actor).on(date);
    }

    /** The tree as it stands today, by the host's clock in chibo's zone. */
    public OrganizationTree.Snapshot treeToday(Actor actor) {
        return treeOn(actor, chibo.today());
    }

    /**
     * The subtree of {@code root} on {@code date}, drawn as text in {@code locale}.
     *
     * @throws NotFoundException when {@code root} did not exist on {@code date}
     */
    public String render(Actor actor, OrganizationId root, LocalDate date, Locale locale) {
        OrganizationTree.Snapshot snap = treeOn(actor, date);
        if (snap.get(root).isEmpty()) {
            throw new NotFoundException("organisation " + root + " on " + date);
        }
        return snap.render(root, locale);
    }

    /** The structural findings on one organisation, given its roster on a date. */
    public StructureReport assess(Actor actor, RosterSnapshot roster) {
        return StructureAssessment.assess(tree(actor), roster, chibo.policies());
    }
}

package vn.chibo.domain.memory;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;

/**
 * {@link Members} in memory. Reads the organisation tree from the given {@link Organizations} to
 * confine each actor to its subtree. Thread-safe.
 */
public final class InMemoryMembers implements Members {

    private final Organizations organizations;
    private final TreeSource trees;
    private final Object lock = new Object();

    @GuardedBy("lock")
    private final Map<MemberId, MemberHistory> store = new LinkedHashMap<>();

    /** An empty store over {@code organizations}. */
    public InMemoryMembers(Organizations organizations) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.trees = new TreeSource(this.organizations, "chibo-in-memory-members");
    }

    private OrganizationTree tree() {
        return trees.current();
    }

    @Override
    public Optional<MemberHistory> find(Actor actor, MemberId id) {
        synchronized (lock) {
            MemberHistory h = store.get(id);
            if (h == null) {
                return Optional.empty();
            }
            // only a subtree actor needs the tree: reports find every member they place, whole-party
            if (actor.scope() instanceof Scope.Subtree && !readable(actor, h, tree())) {
                throw new OutOfScopeException(actor, "member " + id);
            }
            return Optional.of(h);
        }
    }

    @Override
    public ImmutableList<MemberHistory> all(Actor actor) {
        synchronized (lock) {
            OrganizationTree tree = tree();
            return store.values().stream()
                    .filter(h -> readable(actor, h, tree))
                    .collect(ImmutableList.toImmutableList());
        }
    }

    @Override
    public ImmutableList<MemberHistory> ofOrganization(Actor actor, OrganizationId organization, LocalDate date) {
        synchronized (lock) {
            OrganizationTree tree = tree();
            if (actor.scope() instanceof Scope.Subtree s
                    && !tree.everUnder(organization, s.root())
                    && !tree.everUnder(s.root(), organization)) {
                throw new OutOfScopeException(actor, "organisation " + organization);
            }
            OrganizationTree.Snapshot snap = tree.on(date);
            ImmutableList.Builder<MemberHistory> out = ImmutableList.builder();
            for (MemberHistory h : store.values()) {
                if (inSubtree(h, date, snap, organization) && readable(actor, h, tree)) {
                    out.add(h);
                }
            }
            return out.build();
        }
    }

    @Override
    public void append(Actor actor, MemberAppend append) {
        synchronized (lock) {
            for (Map.Entry<MemberId, Long> e : append.expectedVersions().entrySet()) {
                MemberHistory h = store.get(e.getKey());
                long actual = h == null ? 0 : h.version();
                if (actual != e.getValue()) {
                    throw new ConcurrentUpdateException("member " + e.getKey(), e.getValue(), actual);
                }
            }
            OrganizationTree tree = tree();
            for (MemberFact f : append.facts()) {
                if (!writable(actor, f, append, tree)) {
                    throw new OutOfScopeException(
                            actor,
                            "member " + f.member() + " on " + f.effective() + " ("
                                    + f.getClass().getSimpleName() + ")");
                }
            }
            Map<MemberId, List<MemberFact>> byMember = new LinkedHashMap<>();
            for (MemberFact f : append.facts()) {
                byMember.computeIfAbsent(f.member(), k -> new ArrayList<>()).add(f);
            }
            byMember.forEach((id, facts) -> {
                MemberHistory h = store.get(id);
                store.put(id, h == null ? MemberHistory.of(id, facts) : h.append(facts));
            });
        }
    }

    private static Set<OrganizationId> cellsOf(MemberHistory h) {
        Set<OrganizationId> cells = new HashSet<>();
        for (MemberFact f : h.facts()) {
            if (f instanceof MemberFact.AdmissionDecided a) {
                cells.add(a.cell());
            } else if (f instanceof MemberFact.CeremonyHeld c) {
                cells.add(c.cell());
            } else if (f instanceof MemberFact.Transferred t) {
                cells.add(t.from());
                cells.add(t.to());
            }
        }
        return cells;
    }

    /**
     * Whether {@code h}'s home cell or activity cell on {@code date} is in {@code organization}'s
     * subtree, the home cell read once: the activity cell is the home cell unless a temporary
     * transfer runs that day, and neither exists without a home cell.
     */
    private static boolean inSubtree(
            MemberHistory h, LocalDate date, OrganizationTree.Snapshot snap, OrganizationId organization) {
        Optional<OrganizationId> home = h.homeCellOn(date);
        if (home.isEmpty()) {
            return false;
        }
        if (snap.isUnder(home.get(), organization)) {
            return true;
        }
        Optional<MemberFact.Transferred> away = h.temporaryTransferOn(date);
        return away.isPresent() && snap.isUnder(away.get().to(), organization);
    }

    private static boolean readable(Actor actor, MemberHistory h, OrganizationTree tree) {
        if (!(actor.scope() instanceof Scope.Subtree s)) {
            return true;
        }
        return cellsOf(h).stream().anyMatch(c -> tree.everUnder(c, s.root()));
    }

    @GuardedBy("lock")
    private boolean writable(Actor actor, MemberFact f, MemberAppend append, OrganizationTree tree) {
        if (!(actor.scope() instanceof Scope.Subtree s)) {
            return true;
        }
        OrganizationId root = s.root();
        if (f instanceof MemberFact.Transferred t) {
            return inScope(tree, t.from(), f.effective(), root) || inScope(tree, t.to(), f.effective(), root);
        }
        if (f instanceof MemberFact.AdmissionDecided a) {
            return inScope(tree, a.cell(), a.considered(), root) || inScope(tree, a.cell(), a.effective(), root);
        }
        MemberHistory stored = store.get(f.member());
        List<MemberFact> batch = append.facts().stream()
                .filter(x -> x.member().equals(f.member()))
                .toList();
        MemberHistory h = stored == null ? MemberHistory.of(f.member(), batch) : stored.append(batch);
        LocalDate day = f.effective();
        Optional<OrganizationId> home = h.homeCellOn(day)
                .or(() -> h.homeCellOn(day.minusDays(1)))
                .or(() -> h.lastMembership().map(m -> m.admission().cell()));
        return home.map(c -> inScope(tree, c, day, root) || inScope(tree, c, day.minusDays(1), root))
                .orElse(false);
    }

    private static boolean inScope(OrganizationTree tree, OrganizationId cell, LocalDate day, OrganizationId root) {
        return tree.on(day).isUnder(cell, root);
    }
}

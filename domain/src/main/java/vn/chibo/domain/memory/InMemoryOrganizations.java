package vn.chibo.domain.memory;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;

/** {@link Organizations} in memory. Thread-safe. */
public final class InMemoryOrganizations implements Organizations {
    private final Object lock = new Object();

    @GuardedBy("lock")
    private final Map<OrganizationId, OrganizationHistory> store = new LinkedHashMap<>();

    /** Every history, and the tree over them, until the next append; then rebuilt on demand. */
    @GuardedBy("lock")
    private @Nullable ImmutableList<OrganizationHistory> everything;

    @GuardedBy("lock")
    private @Nullable OrganizationTree tree;

    /** An empty store. */
    public InMemoryOrganizations() {}

    @GuardedBy("lock")
    private ImmutableList<OrganizationHistory> everything() {
        ImmutableList<OrganizationHistory> all = everything;
        if (all == null) {
            all = ImmutableList.copyOf(store.values());
            everything = all;
        }
        return all;
    }

    @GuardedBy("lock")
    private OrganizationTree tree() {
        OrganizationTree t = tree;
        if (t == null) {
            t = OrganizationTree.of(everything());
            tree = t;
        }
        return t;
    }

    @Override
    public Optional<OrganizationHistory> find(Actor actor, OrganizationId id) {
        synchronized (lock) {
            OrganizationHistory h = store.get(id);
            if (h == null) {
                return Optional.empty();
            }
            if (!readable(actor, id, tree())) {
                throw new OutOfScopeException(actor, "organisation " + id);
            }
            return Optional.of(h);
        }
    }

    @Override
    public ImmutableList<OrganizationHistory> all(Actor actor) {
        synchronized (lock) {
            if (actor.scope() instanceof Scope.WholeParty) {
                return everything(); // the same list until the next append: TreeSource relies on it
            }
            OrganizationTree tree = tree();
            return everything().stream()
                    .filter(h -> readable(actor, h.id(), tree))
                    .collect(ImmutableList.toImmutableList());
        }
    }

    @Override
    public void append(Actor actor, OrganizationAppend append) {
        synchronized (lock) {
            for (Map.Entry<OrganizationId, Long> e : append.expectedVersions().entrySet()) {
                OrganizationHistory h = store.get(e.getKey());
                long actual = h == null ? 0 : h.version();
                if (actual != e.getValue()) {
                    throw new ConcurrentUpdateException("organisation " + e.getKey(), e.getValue(), actual);
                }
            }
            OrganizationTree before = tree();
            Map<OrganizationId, OrganizationFact.Founded> foundedHere = new HashMap<>();
            for (OrganizationFact f : append.facts()) {
                if (f instanceof OrganizationFact.Founded founded && !store.containsKey(f.organization())) {
                    foundedHere.put(f.organization(), founded);
                }
            }
            for (OrganizationFact f : append.facts()) {
                if (!writable(actor, f, before, foundedHere)) {
                    throw new OutOfScopeException(
                            actor, "organisation " + f.organization() + " on " + f.effective() + " (" + kind(f) + ")");
                }
            }
            Map<OrganizationId, List<OrganizationFact>> byOrg = new LinkedHashMap<>();
            for (OrganizationFact f : append.facts()) {
                byOrg.computeIfAbsent(f.organization(), k -> new ArrayList<>()).add(f);
            }
            byOrg.forEach((id, facts) -> {
                OrganizationHistory h = store.get(id);
                store.put(id, h == null ? OrganizationHistory.of(id, facts) : h.append(facts));
            });
            everything = null;
            tree = null;
        }
    }

    private static String kind(OrganizationFact f) {
        return f.getClass().getSimpleName();
    }

    private static boolean readable(Actor actor, OrganizationId id, OrganizationTree tree) {
        if (!(actor.scope() instanceof Scope.Subtree subtree)) {
            return true;
        }
        OrganizationId root = subtree.root();
        return tree.everUnder(id, root) || tree.everUnder(root, id);
    }

    private static boolean writable(
            Actor actor,
            OrganizationFact f,
            OrganizationTree before,
            Map<OrganizationId, OrganizationFact.Founded> foundedHere) {
        if (!(actor.scope() instanceof Scope.Subtree subtree)) {
            return true;
        }
        OrganizationId root = subtree.root();
        boolean self = inScope(f.organization(), f.effective(), root, before, foundedHere, 0);
        if (f instanceof OrganizationFact.Reparented r) {
            return self && inScope(r.parent(), f.effective(), root, before, foundedHere, 0);
        }
        if (f instanceof OrganizationFact.Dissolved d && d.mergedInto() != null) {
            return self && inScope(d.mergedInto(), f.effective(), root, before, foundedHere, 0);
        }
        if (f instanceof OrganizationFact.SupervisionAssigned s) {
            return self && inScope(s.committeeOf(), f.effective(), root, before, foundedHere, 0);
        }
        return self;
    }

    private static boolean inScope(
            OrganizationId id,
            LocalDate day,
            OrganizationId root,
            OrganizationTree before,
            Map<OrganizationId, OrganizationFact.Founded> foundedHere,
            int depth) {
        OrganizationFact.Founded founded = foundedHere.get(id);
        if (founded != null) {
            OrganizationId parent = founded.parent();
            return parent != null && depth < 64 && inScope(parent, day, root, before, foundedHere, depth + 1);
        }
        return before.on(day).isUnder(id, root) || before.on(day.minusDays(1)).isUnder(id, root);
    }
}

package vn.chibo.domain.memory;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;
import vn.chibo.domain.member.residence.ResidenceQueries;
import vn.chibo.domain.member.residence.ResidenceRegistration;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.domain.port.ResidenceLiaisons;

/**
 * {@link ResidenceLiaisons} in memory. Reads the organisation tree from the given {@link
 * Organizations} to confine each actor to its subtree by the residential cell. Thread-safe.
 */
public final class InMemoryResidenceLiaisons implements ResidenceLiaisons {

    private final Organizations organizations;
    private final TreeSource trees;
    private final Object lock = new Object();

    @GuardedBy("lock")
    private final Map<MemberId, ResidenceLiaisonHistory> store = new LinkedHashMap<>();

    /** An empty store over {@code organizations}. */
    public InMemoryResidenceLiaisons(Organizations organizations) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.trees = new TreeSource(this.organizations, "chibo-in-memory-residence-liaisons");
    }

    private OrganizationTree tree() {
        return trees.current();
    }

    @Override
    public Optional<ResidenceLiaisonHistory> find(Actor actor, MemberId member) {
        synchronized (lock) {
            ResidenceLiaisonHistory h = store.get(member);
            if (h == null) {
                return Optional.empty();
            }
            if (!readable(actor, h, tree())) {
                throw new OutOfScopeException(actor, "residence liaison of member " + member);
            }
            return Optional.of(h);
        }
    }

    @Override
    public ImmutableList<ResidenceLiaisonHistory> all(Actor actor) {
        synchronized (lock) {
            OrganizationTree tree = tree();
            return store.values().stream()
                    .filter(h -> readable(actor, h, tree))
                    .collect(ImmutableList.toImmutableList());
        }
    }

    @Override
    public ImmutableList<ResidenceLiaisonHistory> ofOrganization(
            Actor actor, OrganizationId organization, LocalDate date) {
        synchronized (lock) {
            OrganizationTree tree = tree();
            if (actor.scope() instanceof Scope.Subtree s
                    && !tree.everUnder(organization, s.root())
                    && !tree.everUnder(s.root(), organization)) {
                throw new OutOfScopeException(actor, "organisation " + organization);
            }
            return ResidenceQueries.registeredWith(tree, store.values(), organization, date).stream()
                    .filter(h -> readable(actor, h, tree))
                    .collect(ImmutableList.toImmutableList());
        }
    }

    @Override
    public void append(Actor actor, ResidenceLiaisonAppend append) {
        synchronized (lock) {
            for (Map.Entry<MemberId, Long> e : append.expectedVersions().entrySet()) {
                ResidenceLiaisonHistory h = store.get(e.getKey());
                long actual = h == null ? 0 : h.version();
                if (actual != e.getValue()) {
                    throw new ConcurrentUpdateException(
                            "residence liaison of member " + e.getKey(), e.getValue(), actual);
                }
            }
            OrganizationTree tree = tree();
            for (ResidenceFact f : append.facts()) {
                if (!writable(actor, f, append, tree)) {
                    throw new OutOfScopeException(
                            actor,
                            "residence liaison of member " + f.member() + " on " + f.effective() + " ("
                                    + f.getClass().getSimpleName() + ")");
                }
            }
            Map<MemberId, List<ResidenceFact>> byMember = new LinkedHashMap<>();
            for (ResidenceFact f : append.facts()) {
                byMember.computeIfAbsent(f.member(), k -> new ArrayList<>()).add(f);
            }
            byMember.forEach((id, facts) -> {
                ResidenceLiaisonHistory h = store.get(id);
                store.put(id, h == null ? ResidenceLiaisonHistory.of(id, facts) : h.append(facts));
            });
        }
    }

    private static boolean readable(Actor actor, ResidenceLiaisonHistory h, OrganizationTree tree) {
        if (!(actor.scope() instanceof Scope.Subtree s)) {
            return true;
        }
        return h.registrations().stream()
                .map(ResidenceRegistration::residentialCell)
                .distinct()
                .anyMatch(c -> tree.everUnder(c, s.root()));
    }

    @GuardedBy("lock")
    private boolean writable(Actor actor, ResidenceFact f, ResidenceLiaisonAppend append, OrganizationTree tree) {
        if (!(actor.scope() instanceof Scope.Subtree s)) {
            return true;
        }
        OrganizationId root = s.root();
        LocalDate day = f.effective();
        if (f instanceof ResidenceFact.Registered r) {
            return inScope(tree, r.residentialCell(), day, root);
        }
        if (f instanceof ResidenceFact.CommentGiven c) {
            LocalDate yearEnd = c.year().atMonth(12).atEndOfMonth();
            return inScope(tree, c.residentialCell(), day, root)
                    || inScope(tree, c.residentialCell(), day.minusDays(1), root)
                    || inScope(tree, c.residentialCell(), day.isBefore(yearEnd) ? day : yearEnd, root);
        }
        ResidenceLiaisonHistory stored = store.get(f.member());
        List<ResidenceFact> batch = append.facts().stream()
                .filter(x -> x.member().equals(f.member()))
                .toList();
        ResidenceLiaisonHistory h =
                stored == null ? ResidenceLiaisonHistory.of(f.member(), batch) : stored.append(batch);
        Optional<OrganizationId> cell = h.residentialCellOn(day)
                .or(() -> h.residentialCellOn(day.minusDays(1)))
                .or(() -> h.lastRegistration().map(ResidenceRegistration::residentialCell));
        return cell.map(c -> inScope(tree, c, day, root) || inScope(tree, c, day.minusDays(1), root))
                .orElse(false);
    }

    private static boolean inScope(OrganizationTree tree, OrganizationId cell, LocalDate day, OrganizationId root) {
        return tree.on(day).isUnder(cell, root);
    }
}

package vn.chibo.domain.memory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;

/**
 * {@link Evaluations} in memory. Reads the organisation tree from the given {@link Organizations}
 * and the members' cells from the given {@link Members} to place each review and confine each actor
 * to its subtree. The reviews are also kept by year, so a year's reviews are read without
 * passing over the other years'. Thread-safe.
 */
public final class InMemoryEvaluations implements Evaluations {
    private static final Actor SELF = Actor.wholeParty("chibo-in-memory-evaluations");

    private final Organizations organizations;
    private final TreeSource trees;
    private final Members members;
    private final Object lock = new Object();

    @GuardedBy("lock")
    private final Map<EvaluationKey, EvaluationRecord> store = new LinkedHashMap<>();

    /** The same records by review year, each year's in the order first stored. */
    @GuardedBy("lock")
    private final Map<Year, Map<EvaluationKey, EvaluationRecord>> byYear = new HashMap<>();

    /**
     * Per review year, the cell each member's reviews were last placed in, with the history it was
     * read from: the cell is read again only when the member's history is another (histories are
     * immutable; the member store replaces a member's history on every append).
     */
    @GuardedBy("lock")
    private final Map<Year, Map<MemberId, Placement>> placements = new HashMap<>();

    /** Where a member's reviews of a year belong, as read from {@code history}. */
    private record Placement(MemberHistory history, Optional<OrganizationId> cell) {}

    /** An empty store over {@code organizations} and {@code members}. */
    public InMemoryEvaluations(Organizations organizations, Members members) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.trees = new TreeSource(this.organizations, "chibo-in-memory-evaluations");
        this.members = Objects.requireNonNull(members, "members");
    }

    private OrganizationTree tree() {
        return trees.current();
    }

    @Override
    public Optional<EvaluationRecord> find(Actor actor, EvaluationKey key) {
        synchronized (lock) {
            EvaluationRecord r = store.get(key);
            if (r == null) {
                return Optional.empty();
            }
            if (!readable(actor, key, tree())) {
                throw new OutOfScopeException(actor, "review of " + key);
            }
            return Optional.of(r);
        }
    }

    @Override
    public ImmutableList<EvaluationRecord> ofOrganization(Actor actor, OrganizationId organization, Year year) {
        return Objects.requireNonNull(
                ofOrganizations(actor, List.of(organization), year).get(organization));
    }

    /**
     * {@inheritDoc}
     *
     * <p>One pass over the year's reviews: each review's owner is found once and placed, through
     * its path from the root on 31/12 (found once per owner), in every asked subtree on it.
     */
    @Override
    public ImmutableMap<OrganizationId, ImmutableList<EvaluationRecord>> ofOrganizations(
            Actor actor, Collection<OrganizationId> organizations, Year year) {
        synchronized (lock) {
            OrganizationTree tree = tree();
            Map<OrganizationId, ImmutableList.Builder<EvaluationRecord>> lists = new LinkedHashMap<>();
            for (OrganizationId organization : organizations) {
                if (actor.scope() instanceof Scope.Subtree s
                        && !tree.everUnder(organization, s.root())
                        && !tree.everUnder(s.root(), organization)) {
                    throw new OutOfScopeException(actor, "organisation " + organization);
                }
                lists.computeIfAbsent(organization, o -> ImmutableList.builder());
            }
            OrganizationTree.Snapshot snap = tree.on(year.atMonth(12).atEndOfMonth());
            // per owner: the lists of the asked subtrees it lies in, none when the actor cannot read its reviews
            Map<OrganizationId, List<ImmutableList.Builder<EvaluationRecord>>> placed = new HashMap<>();
            Function<OrganizationId, List<ImmutableList.Builder<EvaluationRecord>>> place =
                    o -> listsOf(o, actor, tree, snap, lists);
            for (EvaluationRecord r : byYear.getOrDefault(year, Map.of()).values()) {
                Optional<OrganizationId> owner = owner(r.key());
                if (owner.isEmpty()) {
                    continue;
                }
                for (ImmutableList.Builder<EvaluationRecord> list : placed.computeIfAbsent(owner.get(), place)) {
                    list.add(r);
                }
            }
            ImmutableMap.Builder<OrganizationId, ImmutableList<EvaluationRecord>> out = ImmutableMap.builder();
            lists.forEach((organization, list) -> out.put(organization, list.build()));
            return out.buildOrThrow();
        }
    }

    /**
     * The lists of the asked subtrees {@code owner} lies in on the snapshot's day (its path from the
     * root), or none when {@code actor} cannot read the reviews {@code owner} holds.
     */
    private static List<ImmutableList.Builder<EvaluationRecord>> listsOf(
            OrganizationId owner,
            Actor actor,
            OrganizationTree tree,
            OrganizationTree.Snapshot snap,
            Map<OrganizationId, ImmutableList.Builder<EvaluationRecord>> lists) {
        if (actor.scope() instanceof Scope.Subtree s && !tree.everUnder(owner, s.root())) {
            return List.of();
        }
        List<ImmutableList.Builder<EvaluationRecord>> out = new ArrayList<>(2);
        for (OrganizationId id : snap.pathFromRoot(owner)) {
            ImmutableList.Builder<EvaluationRecord> list = lists.get(id);
            if (list != null) {
                out.add(list);
            }
        }
        return out;
    }

    @Override
    public ImmutableList<EvaluationRecord> ofMember(Actor actor, MemberId member) {
        synchronized (lock) {
            OrganizationTree tree = tree();
            List<EvaluationRecord> out = new ArrayList<>();
            for (EvaluationRecord r : store.values()) {
                if (r.key().subject() instanceof EvaluationSubject.OfMember m
                        && m.member().equals(member)
                        && readable(actor, r.key(), tree)) {
                    out.add(r);
                }
            }
            out.sort(Comparator.comparing((EvaluationRecord r) -> r.key().year())
                    .thenComparing(r -> r.key().period()));
            return ImmutableList.copyOf(out);
        }
    }

    @Override
    public void append(Actor actor, EvaluationAppend append) {
        synchronized (lock) {
            for (Map.Entry<EvaluationKey, Long> e : append.expectedVersions().entrySet()) {
                EvaluationRecord r = store.get(e.getKey());
                long actual = r == null ? 0 : r.version();
                if (actual != e.getValue()) {
                    throw new ConcurrentUpdateException("review of " + e.getKey(), e.getValue(), actual);
                }
            }
            OrganizationTree tree = tree();
            for (EvaluationKey key : append.expectedVersions().keySet()) {
                if (!writable(actor, key, tree)) {
                    throw new OutOfScopeException(actor, "review of " + key);
                }
            }
            Map<EvaluationKey, List<EvaluationEntry>> byKey = new LinkedHashMap<>();
            for (EvaluationEntry e : append.entries()) {
                byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
            }
            byKey.forEach((key, entries) -> {
                EvaluationRecord r = store.get(key);
                EvaluationRecord updated = r == null ? EvaluationRecord.of(key, entries) : r.append(entries);
                store.put(key, updated);
                byYear.computeIfAbsent(key.year(), y -> new LinkedHashMap<>()).put(key, updated);
            });
        }
    }

    /** The organisation a review belongs to: the organisation, or the member's cell for the year. */
    @GuardedBy("lock")
    private Optional<OrganizationId> owner(EvaluationKey key) {
        if (key.subject() instanceof EvaluationSubject.OfOrganization o) {
            return Optional.of(o.organization());
        }
        MemberId member = ((EvaluationSubject.OfMember) key.subject()).member();
        Optional<MemberHistory> history = members.find(SELF, member);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        MemberHistory h = history.get();
        Map<MemberId, Placement> ofYear = placements.computeIfAbsent(key.year(), y -> new HashMap<>());
        Placement known = ofYear.get(member);
        if (known != null && readFrom(known, h)) {
            return known.cell();
        }
        Optional<OrganizationId> cell = cellFor(h, key.year().atMonth(12).atEndOfMonth());
        ofYear.put(member, new Placement(h, cell));
        return cell;
    }

    /** Whether {@code placement} was read from this very history (not an equal one: identity is what is known). */
    @SuppressWarnings("ReferenceEquality")
    private static boolean readFrom(Placement placement, MemberHistory history) {
        return placement.history() == history;
    }

    private static Optional<OrganizationId> cellFor(MemberHistory h, LocalDate end) {
        return h.homeCellOn(end)
                .or(() -> h.lastMembership().map(m -> m.admission().cell()));
    }

    @GuardedBy("lock")
    private boolean readable(Actor actor, EvaluationKey key, OrganizationTree tree) {
        if (!(actor.scope() instanceof Scope.Subtree s)) {
            return true;
        }
        return owner(key).map(o -> tree.everUnder(o, s.root())).orElse(false);
    }

    @GuardedBy("lock")
    private boolean writable(Actor actor, EvaluationKey key, OrganizationTree tree) {
        if (!(actor.scope() instanceof Scope.Subtree s)) {
            return true;
        }
        LocalDate end = key.year().atMonth(12).atEndOfMonth();
        return owner(key).map(o -> tree.on(end).isUnder(o, s.root())).orElse(false);
    }
}

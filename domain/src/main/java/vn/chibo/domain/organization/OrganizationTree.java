package vn.chibo.domain.organization;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.chibo.domain.common.OrganizationId;

/**
 * A set of organisation histories seen as a tree that changes over time: {@link #on(LocalDate)}
 * gives the tree as it stood on a date, {@link #knownAt(Instant)} the tree as it was known at an
 * instant. Immutable.
 */
public final class OrganizationTree {
    private final ImmutableMap<OrganizationId, OrganizationHistory> histories;
    // Memoised: a tree is immutable, and everUnder asks for the same dates again and again.
    private final Map<LocalDate, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final java.util.function.Supplier<ImmutableList<LocalDate>> changeDates;

    private OrganizationTree(ImmutableMap<OrganizationId, OrganizationHistory> histories) {
        this.histories = histories;
        this.changeDates = Suppliers.memoize(() -> histories.values().stream()
                .flatMap(h -> h.states().stream())
                .map(s -> s.valid().from())
                .distinct()
                .sorted()
                .collect(ImmutableList.toImmutableList()));
    }

    /** The tree of these histories. */
    public static OrganizationTree of(Collection<OrganizationHistory> histories) {
        Map<OrganizationId, OrganizationHistory> map = new LinkedHashMap<>();
        for (OrganizationHistory h : histories) {
            map.put(h.id(), h);
        }
        return new OrganizationTree(ImmutableMap.copyOf(map));
    }

    /** Every history, by organisation. */
    public ImmutableMap<OrganizationId, OrganizationHistory> histories() {
        return histories;
    }

    /** One organisation's history. */
    public Optional<OrganizationHistory> history(OrganizationId id) {
        return Optional.ofNullable(histories.get(id));
    }

    /** The tree as it was known at {@code instant}. */
    public OrganizationTree knownAt(Instant instant) {
        ImmutableMap.Builder<OrganizationId, OrganizationHistory> b = ImmutableMap.builder();
        histories.forEach((id, h) -> b.put(id, h.knownAt(instant)));
        return new OrganizationTree(b.buildOrThrow());
    }

    /** The tree as it stood on {@code date}. */
    public Snapshot on(LocalDate date) {
        Snapshot known = snapshots.get(date);
        if (known != null) {
            return known;
        }
        Map<OrganizationId, OrganizationState> states = new LinkedHashMap<>();
        for (OrganizationHistory h : histories.values()) {
            h.on(date).ifPresent(s -> states.put(h.id(), s));
        }
        Snapshot snapshot = new Snapshot(date, ImmutableMap.copyOf(states));
        Snapshot raced = snapshots.putIfAbsent(date, snapshot);
        return raced != null ? raced : snapshot;
    }

    /**
     * Whether {@code id} was, on some day, inside the subtree of {@code root} (itself included).
     */
    public boolean everUnder(OrganizationId id, OrganizationId root) {
        OrganizationHistory h = histories.get(id);
        if (h == null) {
            return false;
        }
        for (LocalDate day : changeDates()) {
            if (on(day).isUnder(id, root)) {
                return true;
            }
        }
        return false;
    }

    /** Every date on which some organisation changed state, in order. */
    public ImmutableList<LocalDate> changeDates() {
        return changeDates.get();
    }

    /** The tree on one date. */
    public static final class Snapshot {
        private final LocalDate date;
        private final ImmutableMap<OrganizationId, OrganizationState> states;
        private final java.util.function.Supplier<ImmutableListMultimap<OrganizationId, OrganizationState>> children;

        Snapshot(LocalDate date, ImmutableMap<OrganizationId, OrganizationState> states) {
            this.date = date;
            this.states = states;
            // Ordering names with the Vietnamese collator is costly; most snapshots only answer
            // get, pathFromRoot and isUnder, so the children are sorted on first use.
            this.children = Suppliers.memoize(() -> byParent(states));
        }

        private static ImmutableListMultimap<OrganizationId, OrganizationState> byParent(
                ImmutableMap<OrganizationId, OrganizationState> states) {
            ImmutableListMultimap.Builder<OrganizationId, OrganizationState> b = ImmutableListMultimap.builder();
            NameOrder order = NameOrder.vietnamese();
            states.values().stream()
                    .sorted(Comparator.comparing(OrganizationState::name, order))
                    .forEach(s -> s.parentId().ifPresent(p -> b.put(p, s)));
            return b.build();
        }

        /** The date. */
        public LocalDate date() {
            return date;
        }

        /** Every organisation existing on the date. */
        public ImmutableMap<OrganizationId, OrganizationState> states() {
            return states;
        }

        /** One organisation's state, if it existed. */
        public Optional<OrganizationState> get(OrganizationId id) {
            return Optional.ofNullable(states.get(id));
        }

        /** The organisations directly under {@code id}, by name in Vietnamese order ({@link NameOrder}). */
        public ImmutableList<OrganizationState> children(OrganizationId id) {
            return children.get().get(id);
        }

        /**
         * The path from the topmost ancestor down to {@code id} itself; empty if {@code id} did
         * not exist. A cycle (which commands never let in) ends the path where it repeats.
         */
        public ImmutableList<OrganizationId> pathFromRoot(OrganizationId id) {
            List<OrganizationId> up = new ArrayList<>();
            Set<OrganizationId> seen = new HashSet<>();
            OrganizationState s = states.get(id);
            while (s != null && seen.add(s.id())) {
                up.add(s.id());
                OrganizationId p = s.parent();
                s = p == null ? null : states.get(p);
            }
            return ImmutableList.copyOf(up).reverse();
        }

        /** Whether {@code id} is {@code root} or below it. */
        public boolean isUnder(OrganizationId id, OrganizationId root) {
            // pathFromRoot(id).contains(root), walking up without making the path: reports ask it for
            // every review and member. At most one step per state, as pathFromRoot stops at a cycle.
            OrganizationState s = states.get(id);
            for (int steps = 0; s != null && steps < states.size(); steps++) {
                if (s.id().equals(root)) {
                    return true;
                }
                OrganizationId p = s.parent();
                s = p == null ? null : states.get(p);
            }
            return false;
        }

        /** {@code root} and everything below it, depth first, children by name. */
        public ImmutableList<OrganizationState> subtree(OrganizationId root) {
            ImmutableList.Builder<OrganizationState> out = ImmutableList.builder();
            OrganizationState r = states.get(root);
            if (r != null) {
                walk(r, out, new HashSet<>());
            }
            return out.build();
        }

        private void walk(OrganizationState s, ImmutableList.Builder<OrganizationState> out, Set<OrganizationId> seen) {
            if (!seen.add(s.id())) {
                return;
            }
            out.add(s);
            for (OrganizationState c : children(s.id())) {
                walk(c, out, seen);
            }
        }

        /**
         * The subtree of {@code root} drawn as indented text, one organisation a line, with its
         * kind in {@code locale}.
         */
        public String render(OrganizationId root, Locale locale) {
            StringBuilder sb = new StringBuilder();
            OrganizationState r = states.get(root);
            if (r != null) {
                draw(r, "", "", sb, locale, new HashSet<>());
            }
            return sb.toString();
        }

        private void draw(
                OrganizationState s,
                String lead,
                String childLead,
                StringBuilder sb,
                Locale locale,
                Set<OrganizationId> seen) {
            if (!seen.add(s.id())) {
                return;
            }
            sb.append(lead).append(s.describe(locale)).append('\n');
            ImmutableList<OrganizationState> kids = children(s.id());
            for (int i = 0; i < kids.size(); i++) {
                boolean last = i == kids.size() - 1;
                draw(
                        kids.get(i),
                        childLead + (last ? "└─ " : "├─ "),
                        childLead + (last ? "   " : "│  "),
                        sb,
                        locale,
                        seen);
            }
        }
    }
}

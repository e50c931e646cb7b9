package vn.chibo.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.OrganizationId;

/**
 * Everything recorded about one organisation, in the order recorded, and what follows from it: the
 * states it went through, its committee seats, terms, supervision assignments, discipline and
 * approved exceptions.
 *
 * <p>States are folded from the structural facts ordered by effective date, then by recording
 * instant: a fact recorded late with an earlier effective date changes what is valid from that date
 * without rewriting anything. {@link #knownAt(Instant)} answers what was known at an instant.
 *
 * <p>Immutable; {@link #version()} is the number of facts, which the ports use as an optimistic
 * version.
 */
public final class OrganizationHistory {
    private static final Comparator<OrganizationFact> EFFECTIVE_ORDER = Comparator.comparing(
                    OrganizationFact::effective)
            .thenComparing(f -> f.recorded().at());

    private final OrganizationId id;
    private final ImmutableList<OrganizationFact> facts;
    private final ImmutableList<OrganizationState> states;

    private OrganizationHistory(OrganizationId id, ImmutableList<OrganizationFact> facts) {
        this.id = id;
        this.facts = facts;
        this.states = fold(id, facts);
    }

    /**
     * The history made of {@code facts}, in the order recorded; the first structural fact in
     * effective order must be a {@link OrganizationFact.Founded}.
     */
    public static OrganizationHistory of(OrganizationId id, List<? extends OrganizationFact> facts) {
        Objects.requireNonNull(id, "id");
        ImmutableList<OrganizationFact> copy = ImmutableList.copyOf(facts);
        for (OrganizationFact f : copy) {
            checkArgument(f.organization().equals(id), "fact %s is not about %s", f, id);
        }
        return new OrganizationHistory(id, copy);
    }

    /** The organisation. */
    public OrganizationId id() {
        return id;
    }

    /** Every fact, in the order recorded. */
    public ImmutableList<OrganizationFact> facts() {
        return facts;
    }

    /** The optimistic version: how many facts are recorded. */
    public long version() {
        return facts.size();
    }

    /** This history with {@code more} facts appended. */
    public OrganizationHistory append(List<? extends OrganizationFact> more) {
        return of(
                id,
                ImmutableList.<OrganizationFact>builder()
                        .addAll(facts)
                        .addAll(more)
                        .build());
    }

    /** What was known at {@code instant}: only the facts recorded by then. */
    public OrganizationHistory knownAt(Instant instant) {
        return new OrganizationHistory(
                id,
                facts.stream()
                        .filter(f -> !f.recorded().at().isAfter(instant))
                        .collect(ImmutableList.toImmutableList()));
    }

    /** Every state the organisation went through, in date order; empty before it is founded. */
    public ImmutableList<OrganizationState> states() {
        return states;
    }

    /** The state on {@code date}, if the organisation existed then. */
    public Optional<OrganizationState> on(LocalDate date) {
        for (OrganizationState s : states) {
            if (s.valid().contains(date)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The days it existed, from founding until dissolution; empty if never founded. */
    public Optional<DateRange> existence() {
        if (states.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(
                states.get(0).valid().from(),
                states.get(states.size() - 1).valid().until()));
    }

    /** The founding date, if founded. */
    public Optional<LocalDate> founded() {
        return existence().map(DateRange::from);
    }

    /** Every seat, with vacating applied, in the order taken. */
    public ImmutableList<CommitteeSeat> seats() {
        Map<UUID, LocalDate> vacated = new HashMap<>();
        for (OrganizationFact f : facts) {
            if (f instanceof OrganizationFact.SeatVacated v) {
                vacated.merge(v.seat(), v.effective(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        ImmutableList.Builder<CommitteeSeat> out = ImmutableList.builder();
        for (OrganizationFact f : facts) {
            if (f instanceof OrganizationFact.SeatTaken t) {
                LocalDate end = t.until();
                LocalDate v = vacated.get(t.seat());
                if (v != null && (end == null || v.isBefore(end))) {
                    end = v;
                }
                LocalDate until = end != null && !end.isAfter(t.effective())
                        ? t.effective().plusDays(1)
                        : end;
                out.add(new CommitteeSeat(
                        id, t.seat(), t.member(), t.role(), new DateRange(t.effective(), until), t.congress()));
            }
        }
        return out.build();
    }

    /** The seats held on {@code date}. */
    public ImmutableList<CommitteeSeat> seatsOn(LocalDate date) {
        return seats().stream().filter(s -> s.valid().contains(date)).collect(ImmutableList.toImmutableList());
    }

    /** Every term opened, in congress order. */
    public ImmutableList<Term> terms() {
        return facts.stream()
                .filter(OrganizationFact.TermOpened.class::isInstance)
                .map(OrganizationFact.TermOpened.class::cast)
                .map(t -> new Term(id, t.congress(), t.effective(), t.plannedEnd()))
                .sorted(Comparator.comparingInt(Term::congress))
                .collect(ImmutableList.toImmutableList());
    }

    /** The term running on {@code date}: the last congress held on or before it. */
    public Optional<Term> termOn(LocalDate date) {
        Term found = null;
        for (Term t : terms()) {
            if (!t.congressDate().isAfter(date)
                    && (found == null || t.congressDate().isAfter(found.congressDate()))) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every supervision assignment of this organisation. */
    public ImmutableList<OrganizationFact.SupervisionAssigned> supervisions() {
        return ofType(OrganizationFact.SupervisionAssigned.class);
    }

    /** Every discipline imposed on it. */
    public ImmutableList<OrganizationFact.DisciplineImposed> disciplines() {
        return ofType(OrganizationFact.DisciplineImposed.class);
    }

    /** Every exception approved for it. */
    public ImmutableList<OrganizationFact.ExceptionApproved> approvals() {
        return ofType(OrganizationFact.ExceptionApproved.class);
    }

    /** Whether an exception to {@code rule} was approved for {@code date}. */
    public boolean hasApproval(String rule, LocalDate date) {
        return approvals().stream()
                .anyMatch(a -> a.rule().equals(rule) && a.valid().contains(date));
    }

    private <T extends OrganizationFact> ImmutableList<T> ofType(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
    }

    private static ImmutableList<OrganizationState> fold(OrganizationId id, List<OrganizationFact> facts) {
        List<OrganizationFact> structural = new ArrayList<>();
        for (OrganizationFact f : facts) {
            if (f instanceof OrganizationFact.Structural) {
                structural.add(f);
            }
        }
        structural.sort(EFFECTIVE_ORDER); // stable: same day and instant keep the recorded order
        List<OrganizationState> out = new ArrayList<>();
        OrganizationKind kind = null;
        String name = null;
        OrganizationId parent = null;
        LocalDate since = null;
        boolean alive = false;
        for (OrganizationFact f : structural) {
            LocalDate day = f.effective();
            if (f instanceof OrganizationFact.Founded founded) {
                if (alive) {
                    close(out, id, kind, name, parent, since, day);
                }
                kind = founded.kind();
                name = founded.name();
                parent = founded.parent();
                alive = true;
                since = day;
                continue;
            }
            if (!alive) {
                continue; // a change before founding or after dissolution changes nothing
            }
            close(out, id, kind, name, parent, since, day);
            since = day;
            if (f instanceof OrganizationFact.Renamed r) {
                name = r.name();
            } else if (f instanceof OrganizationFact.KindChanged k) {
                kind = k.kind();
            } else if (f instanceof OrganizationFact.Reparented p) {
                parent = p.parent();
            } else if (f instanceof OrganizationFact.Dissolved) {
                alive = false;
            }
        }
        if (alive) {
            out.add(new OrganizationState(
                    id,
                    Objects.requireNonNull(kind),
                    Objects.requireNonNull(name),
                    parent,
                    DateRange.startingOn(Objects.requireNonNull(since))));
        }
        return merge(out);
    }

    private static void close(
            List<OrganizationState> out,
            OrganizationId id,
            @Nullable OrganizationKind kind,
            @Nullable String name,
            @Nullable OrganizationId parent,
            @Nullable LocalDate since,
            LocalDate until) {
        if (since != null && until.isAfter(since)) {
            out.add(new OrganizationState(
                    id,
                    Objects.requireNonNull(kind),
                    Objects.requireNonNull(name),
                    parent,
                    DateRange.of(since, until)));
        }
    }

    /** Joins neighbouring states that say the same, so each state is a real change. */
    private static ImmutableList<OrganizationState> merge(List<OrganizationState> states) {
        List<OrganizationState> out = new ArrayList<>();
        for (OrganizationState s : states) {
            if (!out.isEmpty()) {
                OrganizationState last = out.get(out.size() - 1);
                if (last.kind() == s.kind()
                        && last.name().equals(s.name())
                        && Objects.equals(last.parent(), s.parent())
                        && Objects.equals(last.valid().until(), s.valid().from())) {
                    out.set(
                            out.size() - 1,
                            new OrganizationState(
                                    s.id(),
                                    s.kind(),
                                    s.name(),
                                    s.parent(),
                                    new DateRange(last.valid().from(), s.valid().until())));
                    continue;
                }
            }
            out.add(s);
        }
        return ImmutableList.copyOf(out);
    }

    @Override
    public String toString() {
        return "OrganizationHistory[" + id + ", " + facts.size() + " facts, " + states.size() + " states]";
    }
}

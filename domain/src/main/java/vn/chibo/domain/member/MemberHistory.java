package vn.chibo.domain.member;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * Everything recorded about one member, in the order recorded, and what follows from it on any
 * date: status, cells, party group, conditions, discipline, party age. Facts are folded in order of
 * effective date, then recording instant; {@link #knownAt(Instant)} answers what was known at an
 * instant (so a recognition voted late shows the member as awaiting recognition until then).
 *
 * <p>Immutable; {@link #version()} is the number of facts. The derivations read on every rating
 * and report (profiles, conditions, transfers, disciplines, badges, the facts that move the home
 * cell) are indexed from the facts once, on first use, and kept (the private {@code Index}).
 */
public final class MemberHistory {
    private static final Comparator<MemberFact> EFFECTIVE_ORDER = Comparator.comparing(MemberFact::effective)
            .thenComparing(f -> f.recorded().at());

    private final MemberId id;
    private final ImmutableList<MemberFact> facts;
    private final ImmutableList<MemberFact> ordered;
    private final ImmutableList<Membership> memberships;

    /**
     * The facts indexed by type, built on first use. Not built in the constructor: many histories
     * (bulk loads, {@link #knownAt}) are made and dropped without being asked anything. A race
     * between two first uses builds two equal indexes and keeps either: the index is immutable and
     * derived from immutable facts only, and the field is volatile so it is seen fully built.
     */
    private volatile @Nullable Index index;

    private MemberHistory(MemberId id, ImmutableList<MemberFact> facts) {
        this.id = id;
        this.facts = facts;
        List<MemberFact> sorted = new ArrayList<>(facts);
        sorted.sort(EFFECTIVE_ORDER);
        this.ordered = ImmutableList.copyOf(sorted);
        this.memberships = foldMemberships(ordered);
    }

    /** The history made of {@code facts}, in the order recorded. */
    public static MemberHistory of(MemberId id, List<? extends MemberFact> facts) {
        Objects.requireNonNull(id, "id");
        ImmutableList<MemberFact> copy = ImmutableList.copyOf(facts);
        for (MemberFact f : copy) {
            checkArgument(f.member().equals(id), "fact %s is not about %s", f, id);
        }
        return new MemberHistory(id, copy);
    }

    /** The member. */
    public MemberId id() {
        return id;
    }

    /** Every fact, in the order recorded. */
    public ImmutableList<MemberFact> facts() {
        return facts;
    }

    /** The optimistic version: how many facts are recorded. */
    public long version() {
        return facts.size();
    }

    /** This history with more facts. */
    public MemberHistory append(List<? extends MemberFact> more) {
        return of(
                id,
                ImmutableList.<MemberFact>builder().addAll(facts).addAll(more).build());
    }

    /** What was known at {@code instant}. */
    public MemberHistory knownAt(Instant instant) {
        return new MemberHistory(
                id,
                facts.stream()
                        .filter(f -> !f.recorded().at().isAfter(instant))
                        .collect(ImmutableList.toImmutableList()));
    }

    // ---------------------------------------------------------------- profile

    /** The profile in force on {@code date}, or the earliest one recorded if none was yet. */
    public Optional<MemberProfile> profileOn(LocalDate date) {
        MemberProfile found = null;
        for (MemberFact.ProfileRecorded p : index().profiles) {
            if (found == null || !p.effective().isAfter(date)) {
                found = p.profile();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The latest profile. */
    public Optional<MemberProfile> profile() {
        ImmutableList<MemberFact.ProfileRecorded> profiles = index().profiles;
        // profileOn(LocalDate.MAX): every profile is in force by then, so the last one in effective order wins
        return profiles.isEmpty()
                ? Optional.empty()
                : Optional.of(profiles.get(profiles.size() - 1).profile());
    }

    // ---------------------------------------------------------------- membership and status

    /** Every span of membership, in order. */
    public ImmutableList<Membership> memberships() {
        return memberships;
    }

    /** The membership running on {@code date}, if any. */
    public Optional<Membership> membershipOn(LocalDate date) {
        for (Membership m : memberships) {
            if (m.runsOn(date)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The status on {@code date}; empty when not a member that day. */
    public Optional<MembershipStatus> statusOn(LocalDate date) {
        return membershipOn(date).flatMap(m -> m.statusOn(date));
    }

    /** The latest membership, whether running or ended. */
    public Optional<Membership> lastMembership() {
        return memberships.isEmpty() ? Optional.empty() : Optional.of(memberships.get(memberships.size() - 1));
    }

    private static ImmutableList<Membership> foldMemberships(List<MemberFact> ordered) {
        List<Membership> out = new ArrayList<>();
        MemberFact.AdmissionDecided admission = null;
        LocalDate ceremony = null;
        LocalDate recognized = null;
        LocalDate decided = null;
        for (MemberFact f : ordered) {
            if (f instanceof MemberFact.AdmissionDecided a) {
                if (admission != null) {
                    out.add(new Membership(admission, ceremony, recognized, decided, a.effective()));
                }
                admission = a;
                ceremony = null;
                recognized = null;
                decided = null;
            } else if (admission == null) {
                continue;
            } else if (f instanceof MemberFact.CeremonyHeld c && ceremony == null) {
                ceremony = c.effective();
            } else if (f instanceof MemberFact.Recognized r) {
                recognized = r.effective();
                decided = r.decided();
            } else if (ends(f)) {
                out.add(new Membership(admission, ceremony, recognized, decided, f.effective()));
                admission = null;
            }
        }
        if (admission != null) {
            out.add(new Membership(admission, ceremony, recognized, decided, null));
        }
        return ImmutableList.copyOf(out);
    }

    private static boolean ends(MemberFact f) {
        return f instanceof MemberFact.Removed
                || f instanceof MemberFact.Died
                || (f instanceof MemberFact.Disciplined d && d.form() == MemberDiscipline.EXPULSION);
    }

    // ---------------------------------------------------------------- cells and groups

    /**
     * The member's home cell on {@code date}: where the ceremony was held, changed by permanent
     * transfers; empty when not a member that day. A temporary transfer leaves it unchanged.
     */
    public Optional<OrganizationId> homeCellOn(LocalDate date) {
        Optional<Membership> m = membershipOn(date);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        OrganizationId cell = m.get().admission().cell();
        for (MemberFact f : index().cellMoves) {
            if (f.effective().isAfter(date)) {
                break;
            }
            if (f instanceof MemberFact.CeremonyHeld c
                    && !c.effective().isBefore(m.get().admission().effective())) {
                cell = c.cell();
            } else if (f instanceof MemberFact.Transferred t && t.kind() == TransferKind.PERMANENT) {
                cell = t.to();
            }
        }
        return Optional.of(cell);
    }

    /** Where the member takes part in meetings on {@code date}: the host cell of a temporary transfer, or home. */
    public Optional<OrganizationId> activityCellOn(LocalDate date) {
        Optional<OrganizationId> home = homeCellOn(date);
        if (home.isEmpty()) {
            return home;
        }
        return temporaryTransferOn(date).map(MemberFact.Transferred::to).or(() -> home);
    }

    /** The temporary transfer running on {@code date}, if any. */
    public Optional<MemberFact.Transferred> temporaryTransferOn(LocalDate date) {
        MemberFact.Transferred found = null;
        for (MemberFact.Transferred t : transfers()) {
            if (t.away().map(r -> r.contains(date)).orElse(false)) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every transfer, in date order. */
    public ImmutableList<MemberFact.Transferred> transfers() {
        return index().transfers;
    }

    /** The temporary transfers whose days away share a day with {@code days}, in date order. */
    public ImmutableList<MemberFact.Transferred> temporaryTransfersDuring(DateRange days) {
        ImmutableList<MemberFact.Transferred> transfers = transfers();
        if (transfers.isEmpty()) {
            return transfers;
        }
        ImmutableList.Builder<MemberFact.Transferred> out = ImmutableList.builder();
        for (MemberFact.Transferred t : transfers) {
            if (t.away().map(days::overlaps).orElse(false)) {
                out.add(t);
            }
        }
        return out.build();
    }

    /** The party group on {@code date}, if assigned since the member last changed home cell. */
    public Optional<OrganizationId> partyGroupOn(LocalDate date) {
        OrganizationId group = null;
        for (MemberFact f : ordered) {
            if (f.effective().isAfter(date)) {
                break;
            }
            if (f instanceof MemberFact.GroupAssigned g) {
                group = g.partyGroup();
            } else if (f instanceof MemberFact.Transferred t && t.kind() == TransferKind.PERMANENT) {
                group = null;
            }
        }
        return membershipOn(date).isPresent() ? Optional.ofNullable(group) : Optional.empty();
    }

    // ---------------------------------------------------------------- conditions and discipline

    /** Every condition, with any early end applied, in date order. */
    public ImmutableList<MemberCondition> conditions() {
        return index().conditions;
    }

    private static ImmutableList<MemberCondition> foldConditions(List<MemberFact> ordered) {
        Map<UUID, LocalDate> ended = new HashMap<>();
        for (MemberFact f : ordered) {
            if (f instanceof MemberFact.ConditionEnded e) {
                ended.merge(e.condition(), e.effective(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        ImmutableList.Builder<MemberCondition> out = ImmutableList.builder();
        for (MemberFact f : ordered) {
            if (f instanceof MemberFact.ConditionBegan c) {
                LocalDate until = c.until();
                LocalDate early = ended.get(c.condition());
                if (early != null && (until == null || early.isBefore(until))) {
                    until = early;
                }
                if (until != null && !until.isAfter(c.effective())) {
                    continue; // ended before it began: never held
                }
                out.add(new MemberCondition(c.condition(), c.kind(), new DateRange(c.effective(), until), c.note()));
            }
        }
        return out.build();
    }

    /** The conditions holding on {@code date}. */
    public ImmutableSet<ConditionKind> conditionsOn(LocalDate date) {
        ImmutableList<MemberCondition> conditions = conditions();
        if (conditions.isEmpty()) {
            return ImmutableSet.of();
        }
        EnumSet<ConditionKind> on = EnumSet.noneOf(ConditionKind.class);
        for (MemberCondition c : conditions) {
            if (c.valid().contains(date)) {
                on.add(c.kind());
            }
        }
        return ImmutableSet.copyOf(on);
    }

    /** Every discipline, in date order. */
    public ImmutableList<MemberFact.Disciplined> disciplines() {
        return index().disciplines;
    }

    /** The dues ledger: for each month, the entry recorded last. */
    public vn.chibo.domain.member.dues.DuesLedger duesLedger() {
        Map<java.time.YearMonth, vn.chibo.domain.member.dues.DuesEntry> byMonth = new java.util.TreeMap<>();
        for (MemberFact f : facts) {
            if (f instanceof MemberFact.DuesRecorded d) {
                byMonth.put(d.entry().month(), d.entry());
            }
        }
        return vn.chibo.domain.member.dues.DuesLedger.of(id, byMonth.values());
    }

    /** Every badge awarded, in date order. */
    public ImmutableList<MemberFact.BadgeAwarded> badges() {
        return index().badges;
    }

    /** Everything the meeting and evaluation rules read about the member on {@code date}. */
    public MemberStanding standingOn(LocalDate date) {
        return new MemberStanding(
                id,
                date,
                statusOn(date).orElse(null),
                homeCellOn(date).orElse(null),
                activityCellOn(date).orElse(null),
                partyGroupOn(date).orElse(null),
                conditionsOn(date));
    }

    // ---------------------------------------------------------------- party age

    /**
     * The party age on {@code date}: for a member who is full that day, from the first admission
     * decision of a membership that reached full status, less the days without party activity:
     * between memberships, loss of contact, and transfer gaps (the days from an introduction
     * letter to the start at the new cell beyond {@code transferGraceDays}).
     */
    public Optional<PartyAge> partyAge(LocalDate date, int transferGraceDays) {
        return partyAge(date, letter -> transferGraceDays);
    }

    /**
     * The party age on {@code date}, with the transfer grace of the policy in force on each
     * transfer's letter date ({@code transferGraceOn} maps that date to the days of grace).
     */
    public Optional<PartyAge> partyAge(LocalDate date, java.util.function.ToIntFunction<LocalDate> transferGraceOn) {
        if (statusOn(date).filter(s -> s == MembershipStatus.FULL).isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> start = partyAgeStart();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        long gaps = gapDays(start.get(), date, transferGraceOn);
        return Optional.of(new PartyAge(
                start.get(),
                gaps,
                date,
                vn.chibo.domain.common.Months.period(start.get().plusDays(gaps), date)));
    }

    /** The first admission decision of a membership that reached full status. */
    public Optional<LocalDate> partyAgeStart() {
        return memberships.stream()
                .filter(m -> m.recognizedFrom() != null)
                .map(m -> m.admission().effective())
                .findFirst();
    }

    /**
     * The day the party age reaches {@code years}, counting the gaps recorded so far; empty if the
     * member was never full.
     */
    public Optional<LocalDate> dateReaching(int years, int transferGraceDays) {
        Optional<LocalDate> start = partyAgeStart();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDate s = start.get();
        LocalDate at = s.plusYears(years);
        for (int i = 0; i < 1000; i++) {
            LocalDate next = s.plusDays(gapDays(s, at, transferGraceDays)).plusYears(years);
            if (next.equals(at)) {
                return Optional.of(at);
            }
            at = next;
        }
        return Optional.of(at);
    }

    /** The days without party activity in {@code [from, to)}, each day counted once. */
    long gapDays(LocalDate from, LocalDate to, int transferGraceDays) {
        return gapDays(from, to, letter -> transferGraceDays);
    }

    private long gapDays(LocalDate from, LocalDate to, java.util.function.ToIntFunction<LocalDate> transferGraceOn) {
        List<DateRange> gaps = new ArrayList<>();
        for (int i = 1; i < memberships.size(); i++) {
            LocalDate left = memberships.get(i - 1).ended();
            LocalDate back = memberships.get(i).admission().effective();
            if (left != null && back.isAfter(left)) {
                gaps.add(DateRange.of(left, back));
            }
        }
        for (MemberCondition c : conditions()) {
            if (c.kind() == ConditionKind.LOSS_OF_CONTACT) {
                gaps.add(c.valid());
            }
        }
        for (MemberFact.Transferred t : transfers()) {
            LocalDate graceEnd = t.letterIssued().plusDays(transferGraceOn.applyAsInt(t.letterIssued()));
            if (t.kind() == TransferKind.PERMANENT && t.effective().isAfter(graceEnd)) {
                gaps.add(DateRange.of(graceEnd, t.effective()));
            }
        }
        return countDays(gaps, from, to);
    }

    private static long countDays(List<DateRange> ranges, LocalDate from, LocalDate to) {
        List<DateRange> clipped = new ArrayList<>();
        for (DateRange r : ranges) {
            LocalDate a = r.from().isBefore(from) ? from : r.from();
            LocalDate b = r.until() == null || r.until().isAfter(to) ? to : r.until();
            if (b.isAfter(a)) {
                clipped.add(DateRange.of(a, b));
            }
        }
        clipped.sort(Comparator.comparing(DateRange::from));
        long days = 0;
        LocalDate covered = from;
        for (DateRange r : clipped) {
            LocalDate a = r.from().isBefore(covered) ? covered : r.from();
            LocalDate b = Objects.requireNonNull(r.until());
            if (b.isAfter(a)) {
                days += ChronoUnit.DAYS.between(a, b);
                covered = b;
            }
        }
        return days;
    }

    private Index index() {
        Index i = index;
        return i != null ? i : indexFirst();
    }

    /**
     * Builds the index on first use. Apart from {@link #index()}, so that what every query calls
     * stays small enough for the JIT to inline it.
     */
    private Index indexFirst() {
        Index i = new Index(ordered);
        index = i;
        return i;
    }

    /**
     * The facts of the types the queries read most, each list in effective order (the order of
     * {@code ordered}), made in one pass over the facts. Immutable.
     */
    private static final class Index {
        final ImmutableList<MemberFact.ProfileRecorded> profiles;
        final ImmutableList<MemberFact.Transferred> transfers;
        final ImmutableList<MemberFact.Disciplined> disciplines;
        final ImmutableList<MemberFact.BadgeAwarded> badges;
        final ImmutableList<MemberCondition> conditions;
        /** The ceremonies and permanent transfers: the only facts {@code homeCellOn} reads. */
        final ImmutableList<MemberFact> cellMoves;

        Index(ImmutableList<MemberFact> ordered) {
            ImmutableList.Builder<MemberFact.ProfileRecorded> p = ImmutableList.builder();
            ImmutableList.Builder<MemberFact.Transferred> t = ImmutableList.builder();
            ImmutableList.Builder<MemberFact.Disciplined> d = ImmutableList.builder();
            ImmutableList.Builder<MemberFact.BadgeAwarded> b = ImmutableList.builder();
            ImmutableList.Builder<MemberFact> moves = ImmutableList.builder();
            boolean anyCondition = false;
            for (MemberFact f : ordered) {
                if (f instanceof MemberFact.ProfileRecorded x) {
                    p.add(x);
                } else if (f instanceof MemberFact.CeremonyHeld) {
                    moves.add(f);
                } else if (f instanceof MemberFact.Transferred x) {
                    t.add(x);
                    if (x.kind() == TransferKind.PERMANENT) {
                        moves.add(x);
                    }
                } else if (f instanceof MemberFact.Disciplined x) {
                    d.add(x);
                } else if (f instanceof MemberFact.BadgeAwarded x) {
                    b.add(x);
                } else if (f instanceof MemberFact.ConditionBegan) {
                    anyCondition = true;
                }
            }
            this.profiles = p.build();
            this.transfers = t.build();
            this.disciplines = d.build();
            this.badges = b.build();
            this.conditions = anyCondition ? foldConditions(ordered) : ImmutableList.of();
            this.cellMoves = moves.build();
        }
    }

    @Override
    public String toString() {
        return "MemberHistory[" + id + ", " + facts.size() + " facts]";
    }

    /** The last fact of a type, in effective order. */
    <T extends MemberFact> Optional<T> last(Class<T> type, @Nullable LocalDate notAfter) {
        T found = null;
        for (MemberFact f : ordered) {
            if (type.isInstance(f) && (notAfter == null || !f.effective().isAfter(notAfter))) {
                found = type.cast(f);
            }
        }
        return Optional.ofNullable(found);
    }
}

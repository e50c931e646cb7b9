package vn.chibo.domain.member.residence;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * Everything recorded about one serving member's contact with where they reside (giữ mối liên hệ
 * với nơi cư trú), and what follows from it on any date: whether registered, with which residential
 * cell, in which exemption category, the meetings, the yearly comments. Facts are folded in order of
 * effective date, then recording instant; {@link #knownAt(Instant)} answers what was known at an
 * instant.
 *
 * <p>A member may be registered several times in turn (moved away, then registered at the new
 * residence); the spans never overlap. Registration says nothing of membership: the member belongs
 * to the workplace cell, never to the residential one.
 *
 * <p>Immutable; {@link #version()} is the number of facts.
 */
public final class ResidenceLiaisonHistory {
    private static final Comparator<ResidenceFact> EFFECTIVE_ORDER = Comparator.comparing(ResidenceFact::effective)
            .thenComparing(f -> f.recorded().at());

    private final MemberId id;
    private final ImmutableList<ResidenceFact> facts;
    private final ImmutableList<ResidenceFact> ordered;
    private final ImmutableList<ResidenceRegistration> registrations;

    private ResidenceLiaisonHistory(MemberId id, ImmutableList<ResidenceFact> facts) {
        this.id = id;
        this.facts = facts;
        List<ResidenceFact> sorted = new ArrayList<>(facts);
        sorted.sort(EFFECTIVE_ORDER);
        this.ordered = ImmutableList.copyOf(sorted);
        this.registrations = foldRegistrations(ordered);
    }

    /** The history made of {@code facts}, in the order recorded. */
    public static ResidenceLiaisonHistory of(MemberId id, List<? extends ResidenceFact> facts) {
        Objects.requireNonNull(id, "id");
        ImmutableList<ResidenceFact> copy = ImmutableList.copyOf(facts);
        for (ResidenceFact f : copy) {
            checkArgument(f.member().equals(id), "fact %s is not about %s", f, id);
        }
        return new ResidenceLiaisonHistory(id, copy);
    }

    /** The member. */
    public MemberId id() {
        return id;
    }

    /** Every fact, in the order recorded. */
    public ImmutableList<ResidenceFact> facts() {
        return facts;
    }

    /** The optimistic version: how many facts are recorded. */
    public long version() {
        return facts.size();
    }

    /** This history with more facts. */
    public ResidenceLiaisonHistory append(List<? extends ResidenceFact> more) {
        return of(
                id,
                ImmutableList.<ResidenceFact>builder()
                        .addAll(facts)
                        .addAll(more)
                        .build());
    }

    /** What was known at {@code instant}. */
    public ResidenceLiaisonHistory knownAt(Instant instant) {
        return new ResidenceLiaisonHistory(
                id,
                facts.stream()
                        .filter(f -> !f.recorded().at().isAfter(instant))
                        .collect(ImmutableList.toImmutableList()));
    }

    // ---------------------------------------------------------------- registration

    /** Every span of registration, in order. */
    public ImmutableList<ResidenceRegistration> registrations() {
        return registrations;
    }

    /** The registration running on {@code date}, if any. */
    public Optional<ResidenceRegistration> registrationOn(LocalDate date) {
        return registrations.stream().filter(r -> r.span().contains(date)).findFirst();
    }

    /** Whether the member is registered with a residence on {@code date}. */
    public boolean isActiveOn(LocalDate date) {
        return registrationOn(date).isPresent();
    }

    /** Whether the member was registered on at least one day of {@code range}. */
    public boolean isActiveDuring(DateRange range) {
        return registrations.stream().anyMatch(r -> r.span().overlaps(range));
    }

    /** The residential cell on {@code date}; empty when not registered that day. */
    public Optional<OrganizationId> residentialCellOn(LocalDate date) {
        return registrationOn(date).map(ResidenceRegistration::residentialCell);
    }

    /** The workplace on {@code date}; empty when not registered that day. */
    public Optional<Workplace> workplaceOn(LocalDate date) {
        return registrationOn(date).map(r -> r.registered().workplace());
    }

    /** The latest registration, whether running or ended. */
    public Optional<ResidenceRegistration> lastRegistration() {
        return registrations.isEmpty() ? Optional.empty() : Optional.of(registrations.get(registrations.size() - 1));
    }

    /** The full name of the latest registration; the identity when there is none. */
    public String fullName() {
        return lastRegistration().map(r -> r.registered().fullName()).orElse(id.toString());
    }

    private static ImmutableList<ResidenceRegistration> foldRegistrations(List<ResidenceFact> ordered) {
        List<ResidenceRegistration> out = new ArrayList<>();
        ResidenceFact.Registered current = null;
        for (ResidenceFact f : ordered) {
            if (f instanceof ResidenceFact.Registered r) {
                if (current != null && r.effective().isAfter(current.effective())) {
                    out.add(new ResidenceRegistration(current, r.effective(), EndReason.MOVED_AWAY));
                }
                current = r;
            } else if (f instanceof ResidenceFact.Ended e && current != null) {
                if (e.effective().isAfter(current.effective())) {
                    out.add(new ResidenceRegistration(current, e.effective(), e.reason()));
                }
                current = null;
            }
        }
        if (current != null) {
            out.add(new ResidenceRegistration(current, null, null));
        }
        return ImmutableList.copyOf(out);
    }

    // ---------------------------------------------------------------- exemption

    /**
     * The exemption category of HD 33 item 1 on {@code date}: the latest recorded since the
     * registration running that day; empty when not exempt or not registered.
     */
    public Optional<ExemptionCategory> exemptionOn(LocalDate date) {
        Optional<ResidenceRegistration> r = registrationOn(date);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = r.get().registered().effective();
        ExemptionCategory found = null;
        for (ResidenceFact f : ordered) {
            if (f.effective().isAfter(date)) {
                break;
            }
            if (f instanceof ResidenceFact.ExemptionChanged e && !e.effective().isBefore(from)) {
                found = e.category();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the member is exempt from residence activity on {@code date}. */
    public boolean isExemptOn(LocalDate date) {
        return exemptionOn(date).isPresent();
    }

    // ---------------------------------------------------------------- meetings

    /** Every meeting answer, in date order. */
    public ImmutableList<ResidenceFact.MeetingRecorded> meetings() {
        return ofType(ResidenceFact.MeetingRecorded.class);
    }

    /** The meeting answers dated inside {@code range}, in date order. */
    public ImmutableList<ResidenceFact.MeetingRecorded> meetingsDuring(DateRange range) {
        return meetings().stream().filter(m -> range.contains(m.effective())).collect(ImmutableList.toImmutableList());
    }

    /** The meeting answers of {@code year}, in date order. */
    public ImmutableList<ResidenceFact.MeetingRecorded> meetingsIn(Year year) {
        return meetingsDuring(yearRange(year));
    }

    // ---------------------------------------------------------------- yearly comments

    /** Every yearly comment, by reply date. */
    public ImmutableList<ResidenceFact.CommentGiven> comments() {
        return ofType(ResidenceFact.CommentGiven.class);
    }

    /** The comment on {@code year}, if one was given. */
    public Optional<ResidenceFact.CommentGiven> commentFor(Year year) {
        return comments().stream().filter(c -> c.year().equals(year)).findFirst();
    }

    /** The comment on {@code year}, if one had been given by {@code asOf} (its reply date). */
    public Optional<ResidenceFact.CommentGiven> commentFor(Year year, LocalDate asOf) {
        return commentFor(year).filter(c -> !c.replied().isAfter(asOf));
    }

    /**
     * Whether a periodic comment on {@code year} is due: the member is registered, and not exempt
     * from residence activity, on the year's comment deadline. A member registered after the
     * deadline, or gone before it, is commented on by the next or the previous residence, or when
     * needed.
     */
    public boolean commentDue(Year year, MonthDay deadline) {
        LocalDate day = deadline.atYear(year.getValue());
        return isActiveOn(day) && !isExemptOn(day);
    }

    /**
     * The years from the first registration's to {@code upTo} whose comment is due ({@link
     * #commentDue(Year, MonthDay)}) and was not given, in order.
     */
    public ImmutableList<Year> missingComments(Year upTo, MonthDay deadline) {
        if (registrations.isEmpty()) {
            return ImmutableList.of();
        }
        ImmutableList.Builder<Year> out = ImmutableList.builder();
        Year first = Year.from(registrations.get(0).registered().effective());
        for (Year y = first; !y.isAfter(upTo); y = y.plusYears(1)) {
            if (commentDue(y, deadline) && commentFor(y).isEmpty()) {
                out.add(y);
            }
        }
        return out.build();
    }

    // ---------------------------------------------------------------- helpers

    /** The days of {@code year}. */
    static DateRange yearRange(Year year) {
        return DateRange.of(year.atDay(1), year.plusYears(1).atDay(1));
    }

    private <T extends ResidenceFact> ImmutableList<T> ofType(Class<T> type) {
        return ordered.stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
    }

    @Override
    public String toString() {
        return "ResidenceLiaisonHistory[" + id + ", " + facts.size() + " facts]";
    }
}

package vn.chibo.domain.memory;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.Organizations;

/** {@link Meetings} in memory, confined by the organisation tree of the given store. Thread-safe. */
public final class InMemoryMeetings implements Meetings {

    private final Organizations organizations;
    private final TreeSource trees;
    private final Object lock = new Object();

    @GuardedBy("lock")
    private final Map<MeetingId, List<MeetingRecord>> store = new LinkedHashMap<>();

    @GuardedBy("lock")
    private final List<MeetingSchedule> schedules = new ArrayList<>();

    /** An empty store over {@code organizations}. */
    public InMemoryMeetings(Organizations organizations) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.trees = new TreeSource(this.organizations, "chibo-in-memory-meetings");
    }

    private OrganizationTree tree() {
        return trees.current();
    }

    /** Whether the actor may ask about {@code org}: its subtree, or an ancestor (meetings below are filtered). */
    private static boolean reaches(Actor actor, OrganizationId org, OrganizationTree tree) {
        return !(actor.scope() instanceof Scope.Subtree s)
                || tree.everUnder(org, s.root())
                || tree.everUnder(s.root(), org);
    }

    /** Whether the actor may read a meeting of {@code org}: one that was, on some date, in its subtree. */
    private static boolean reads(Actor actor, OrganizationId org, OrganizationTree tree) {
        return !(actor.scope() instanceof Scope.Subtree s) || tree.everUnder(org, s.root());
    }

    private static boolean writes(Actor actor, OrganizationId org, LocalDate day, OrganizationTree tree) {
        return !(actor.scope() instanceof Scope.Subtree s) || tree.on(day).isUnder(org, s.root());
    }

    @Override
    public Optional<MeetingRecord> find(Actor actor, MeetingId id) {
        synchronized (lock) {
            List<MeetingRecord> versions = store.get(id);
            if (versions == null) {
                return Optional.empty();
            }
            MeetingRecord last = versions.get(versions.size() - 1);
            if (!reads(actor, last.meeting().organization(), tree())) {
                throw new OutOfScopeException(actor, "meeting " + id);
            }
            return Optional.of(last);
        }
    }

    @Override
    public ImmutableList<MeetingRecord> versions(Actor actor, MeetingId id) {
        synchronized (lock) {
            List<MeetingRecord> versions = store.get(id);
            if (versions == null) {
                return ImmutableList.of();
            }
            if (!reads(actor, versions.get(0).meeting().organization(), tree())) {
                throw new OutOfScopeException(actor, "meeting " + id);
            }
            return ImmutableList.copyOf(versions);
        }
    }

    @Override
    public ImmutableList<MeetingRecord> ofOrganization(
            Actor actor, OrganizationId organization, LocalDate from, LocalDate to) {
        synchronized (lock) {
            OrganizationTree tree = tree();
            if (!reaches(actor, organization, tree)) {
                throw new OutOfScopeException(actor, "organisation " + organization);
            }
            return store.values().stream()
                    .map(v -> v.get(v.size() - 1))
                    .filter(r -> !r.meeting().date().isBefore(from)
                            && !r.meeting().date().isAfter(to))
                    .filter(r -> tree.on(r.meeting().date()).isUnder(r.meeting().organization(), organization))
                    .filter(r -> reads(actor, r.meeting().organization(), tree))
                    .sorted(Comparator.comparing(
                                    (MeetingRecord r) -> r.meeting().date())
                            .thenComparing(r -> r.meeting().start()))
                    .collect(ImmutableList.toImmutableList());
        }
    }

    @Override
    public void record(Actor actor, Meeting meeting, Recorded recorded, long expectedVersion) {
        synchronized (lock) {
            List<MeetingRecord> versions = store.get(meeting.id());
            long actual = versions == null ? 0 : versions.size();
            if (actual != expectedVersion) {
                throw new ConcurrentUpdateException("meeting " + meeting.id(), expectedVersion, actual);
            }
            OrganizationTree tree = tree();
            if (!writes(actor, meeting.organization(), meeting.date(), tree)
                    || (versions != null
                            && !writes(
                                    actor,
                                    versions.get(0).meeting().organization(),
                                    versions.get(0).meeting().date(),
                                    tree))) {
                throw new OutOfScopeException(
                        actor, "organisation " + meeting.organization() + " on " + meeting.date());
            }
            store.computeIfAbsent(meeting.id(), k -> new ArrayList<>())
                    .add(new MeetingRecord(meeting, recorded, actual + 1));
        }
    }

    @Override
    public ImmutableList<MeetingSchedule> schedules(Actor actor, OrganizationId organization) {
        synchronized (lock) {
            if (!reaches(actor, organization, tree())) {
                throw new OutOfScopeException(actor, "organisation " + organization);
            }
            return schedules.stream()
                    .filter(s -> s.organization().equals(organization))
                    .collect(ImmutableList.toImmutableList());
        }
    }

    @Override
    public void addSchedule(Actor actor, MeetingSchedule schedule, Recorded recorded) {
        synchronized (lock) {
            if (!writes(actor, schedule.organization(), schedule.valid().from(), tree())) {
                throw new OutOfScopeException(actor, "organisation " + schedule.organization());
            }
            schedules.add(schedule);
        }
    }
}

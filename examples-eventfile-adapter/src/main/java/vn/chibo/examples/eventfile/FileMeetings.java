package vn.chibo.examples.eventfile;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.port.Meetings;

/** {@link Meetings} on an {@link EventFileStore}. Thread-safe. */
final class FileMeetings implements Meetings {
    private final EventFileStore store;

    FileMeetings(EventFileStore store) {
        this.store = store;
    }

    @Override
    public Optional<MeetingRecord> find(Actor actor, MeetingId id) {
        return store.read(m -> m.meetings.find(actor, id));
    }

    @Override
    public ImmutableList<MeetingRecord> versions(Actor actor, MeetingId id) {
        return store.read(m -> m.meetings.versions(actor, id));
    }

    @Override
    public ImmutableList<MeetingRecord> ofOrganization(
            Actor actor, OrganizationId organization, LocalDate from, LocalDate to) {
        return store.read(m -> m.meetings.ofOrganization(actor, organization, from, to));
    }

    @Override
    public void record(Actor actor, Meeting meeting, Recorded recorded, long expectedVersion) {
        store.write(actor, new Event.MeetingRecorded(meeting, recorded, expectedVersion));
    }

    @Override
    public ImmutableList<MeetingSchedule> schedules(Actor actor, OrganizationId organization) {
        return store.read(m -> m.meetings.schedules(actor, organization));
    }

    @Override
    public void addSchedule(Actor actor, MeetingSchedule schedule, Recorded recorded) {
        store.write(actor, new Event.ScheduleAdded(schedule, recorded));
    }
}

package vn.chibo.domain.port;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;

/**
 * Where meeting records and schedules are kept. A correction of a meeting is a new version; no
 * version is ever overwritten.
 *
 * <p>What an actor reaches: a meeting of an organisation that was, on some date, in the actor's
 * subtree; it may record one for an organisation in its subtree on the meeting's date.
 */
public interface Meetings {
    /**
     * The latest version of a meeting's record.
     *
     * @throws OutOfScopeException when it exists outside the actor's reach
     */
    Optional<MeetingRecord> find(Actor actor, MeetingId id);

    /** Every version of a meeting's record, oldest first; empty when there is none. */
    ImmutableList<MeetingRecord> versions(Actor actor, MeetingId id);

    /**
     * The latest version of every meeting held by {@code organization} or an organisation below
     * it (as the tree stood on the meeting's date) from {@code from} to {@code to} inclusive, by
     * date.
     *
     * @throws OutOfScopeException when {@code organization} is outside the actor's reach
     */
    ImmutableList<MeetingRecord> ofOrganization(Actor actor, OrganizationId organization, LocalDate from, LocalDate to);

    /**
     * Keeps a new version of a meeting's record.
     *
     * @param expectedVersion the version the caller read: 0 for a new meeting
     * @throws ConcurrentUpdateException when the stored version differs; nothing is kept
     * @throws OutOfScopeException when the organisation is outside the actor's subtree
     */
    void record(Actor actor, Meeting meeting, Recorded recorded, long expectedVersion);

    /** The schedules of {@code organization}, in the order kept. */
    ImmutableList<MeetingSchedule> schedules(Actor actor, OrganizationId organization);

    /**
     * Keeps a schedule.
     *
     * @throws OutOfScopeException when the organisation is outside the actor's subtree
     */
    void addSchedule(Actor actor, MeetingSchedule schedule, Recorded recorded);
}

package vn.chibo.examples.eventfile;

import vn.chibo.domain.common.Actor;
import vn.chibo.domain.memory.InMemoryEvaluations;
import vn.chibo.domain.memory.InMemoryMeetings;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.memory.InMemoryResidenceLiaisons;

/**
 * What the file holds, as chibo's public in-memory stores: the index every read is answered from,
 * and the judge of every write (versions, the actor's subtree), so that this adapter keeps exactly
 * the ports' rules. Rebuilt from the file by replaying its events.
 */
final class Memory {
    final InMemoryOrganizations organizations = new InMemoryOrganizations();
    final InMemoryMembers members = new InMemoryMembers(organizations);
    final InMemoryMeetings meetings = new InMemoryMeetings(organizations);
    final InMemoryResidenceLiaisons residenceLiaisons = new InMemoryResidenceLiaisons(organizations);
    final InMemoryEvaluations evaluations = new InMemoryEvaluations(organizations, members);

    /**
     * Applies {@code event} as {@code actor}'s call to its port.
     *
     * @throws vn.chibo.domain.common.ConcurrentUpdateException when a version is not the one
     *     expected; nothing changed
     * @throws vn.chibo.domain.common.OutOfScopeException when the actor may not make it; nothing
     *     changed
     */
    void apply(Actor actor, Event event) {
        if (event instanceof Event.OrganizationsAppended e) {
            organizations.append(actor, e.append());
        } else if (event instanceof Event.MembersAppended e) {
            members.append(actor, e.append());
        } else if (event instanceof Event.ResidenceLiaisonsAppended e) {
            residenceLiaisons.append(actor, e.append());
        } else if (event instanceof Event.MeetingRecorded e) {
            meetings.record(actor, e.meeting(), e.recorded(), e.expectedVersion());
        } else if (event instanceof Event.ScheduleAdded e) {
            meetings.addSchedule(actor, e.schedule(), e.recorded());
        } else if (event instanceof Event.EvaluationsAppended e) {
            evaluations.append(actor, e.append());
        } else {
            throw new IllegalArgumentException("unknown event " + event.kind());
        }
    }
}

package vn.chibo.examples.eventfile;

import java.util.Objects;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.ResidenceLiaisonAppend;

/**
 * One accepted write to a port, as the file keeps it: exactly what the port call received (less the
 * actor, whose scope was checked when it was accepted). Replaying the events in order through the
 * in-memory stores rebuilds every answer.
 */
sealed interface Event {
    /** What the event's record is called in messages: never a stored value. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /** {@code Organizations.append}. */
    record OrganizationsAppended(OrganizationAppend append) implements Event {
        public OrganizationsAppended {
            Objects.requireNonNull(append, "append");
        }
    }

    /** {@code Members.append}. */
    record MembersAppended(MemberAppend append) implements Event {
        public MembersAppended {
            Objects.requireNonNull(append, "append");
        }
    }

    /** {@code ResidenceLiaisons.append}. */
    record ResidenceLiaisonsAppended(ResidenceLiaisonAppend append) implements Event {
        public ResidenceLiaisonsAppended {
            Objects.requireNonNull(append, "append");
        }
    }

    /** {@code Meetings.record}. */
    record MeetingRecorded(Meeting meeting, Recorded recorded, long expectedVersion) implements Event {
        public MeetingRecorded {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /** {@code Meetings.addSchedule}. */
    record ScheduleAdded(MeetingSchedule schedule, Recorded recorded) implements Event {
        public ScheduleAdded {
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /** {@code Evaluations.append}. */
    record EvaluationsAppended(EvaluationAppend append) implements Event {
        public EvaluationsAppended {
            Objects.requireNonNull(append, "append");
        }
    }
}

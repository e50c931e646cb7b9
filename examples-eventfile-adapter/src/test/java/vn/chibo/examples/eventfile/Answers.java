package vn.chibo.examples.eventfile;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;
import vn.chibo.domain.organization.OrganizationHistory;

/**
 * Everything a whole-party actor reads from a store through its five ports, as values (histories
 * compare by identity, so each is kept as its facts and version): equal answers before closing a
 * file and after reopening it mean that the replay lost and changed nothing.
 *
 * @param organizations every organisation's facts and version, in the order first stored
 * @param members every member's facts and version, in the order first stored
 * @param residenceLiaisons every residence history's facts and version, in the order first stored
 * @param meetings every version of every meeting, by organisation
 * @param schedules every schedule, by organisation
 * @param evaluations every review, by member, then by organisation and year (2000 to 2030)
 */
record Answers(
        ImmutableList<Object> organizations,
        ImmutableList<Object> members,
        ImmutableList<Object> residenceLiaisons,
        ImmutableList<MeetingRecord> meetings,
        ImmutableList<MeetingSchedule> schedules,
        ImmutableList<EvaluationRecord> evaluations) {
    private static final Actor READER = Actor.wholeParty("answers-reader");
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    static Answers of(EventFileStore store) {
        ImmutableList<OrganizationHistory> organizations = store.organizations().all(READER);
        ImmutableList<MemberHistory> members = store.members().all(READER);
        ImmutableList<ResidenceLiaisonHistory> liaisons =
                store.residenceLiaisons().all(READER);
        ImmutableList.Builder<MeetingRecord> meetings = ImmutableList.builder();
        ImmutableList.Builder<MeetingSchedule> schedules = ImmutableList.builder();
        ImmutableList.Builder<EvaluationRecord> evaluations = ImmutableList.builder();
        for (MemberHistory m : members) {
            evaluations.addAll(store.evaluations().ofMember(READER, m.id()));
        }
        for (OrganizationHistory o : organizations) {
            for (MeetingRecord latest : store.meetings().ofOrganization(READER, o.id(), FIRST, LAST)) {
                meetings.addAll(
                        store.meetings().versions(READER, latest.meeting().id()));
            }
            schedules.addAll(store.meetings().schedules(READER, o.id()));
            for (int year = 2000; year <= 2030; year++) {
                evaluations.addAll(store.evaluations().ofOrganization(READER, o.id(), Year.of(year)));
            }
        }
        return new Answers(
                organizations.stream()
                        .map(h -> ImmutableList.of(h.facts(), h.version()))
                        .collect(ImmutableList.toImmutableList()),
                members.stream()
                        .map(h -> ImmutableList.of(h.facts(), h.version()))
                        .collect(ImmutableList.toImmutableList()),
                liaisons.stream()
                        .map(h -> ImmutableList.of(h.facts(), h.version()))
                        .collect(ImmutableList.toImmutableList()),
                meetings.build(),
                schedules.build(),
                evaluations.build());
    }
}

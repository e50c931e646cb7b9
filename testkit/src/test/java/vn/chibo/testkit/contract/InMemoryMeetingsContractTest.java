package vn.chibo.testkit.contract;

import vn.chibo.domain.memory.InMemoryMeetings;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.Organizations;

/** The in-memory store keeps the meetings contract. */
class InMemoryMeetingsContractTest extends MeetingsContract {
    @Override
    protected Organizations newOrganizations() {
        return new InMemoryOrganizations();
    }

    @Override
    protected Meetings newMeetings(Organizations organizations) {
        return new InMemoryMeetings(organizations);
    }
}

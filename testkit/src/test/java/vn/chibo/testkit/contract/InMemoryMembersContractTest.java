package vn.chibo.testkit.contract;

import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;

/** The in-memory store keeps the members contract. */
class InMemoryMembersContractTest extends MembersContract {
    @Override
    protected Organizations newOrganizations() {
        return new InMemoryOrganizations();
    }

    @Override
    protected Members newMembers(Organizations organizations) {
        return new InMemoryMembers(organizations);
    }
}

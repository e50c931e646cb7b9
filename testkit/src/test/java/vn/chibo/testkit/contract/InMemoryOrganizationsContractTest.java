package vn.chibo.testkit.contract;

import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.port.Organizations;

/** The in-memory store keeps the organisations contract. */
class InMemoryOrganizationsContractTest extends OrganizationsContract {
    @Override
    protected Organizations newStore() {
        return new InMemoryOrganizations();
    }
}

package vn.chibo.testkit.contract;

import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.memory.InMemoryResidenceLiaisons;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;

/** The in-memory store keeps the residence liaisons contract. */
class InMemoryResidenceLiaisonsContractTest extends ResidenceLiaisonsContract {
    @Override
    protected Organizations newOrganizations() {
        return new InMemoryOrganizations();
    }

    @Override
    protected ResidenceLiaisons newResidenceLiaisons(Organizations organizations) {
        return new InMemoryResidenceLiaisons(organizations);
    }
}

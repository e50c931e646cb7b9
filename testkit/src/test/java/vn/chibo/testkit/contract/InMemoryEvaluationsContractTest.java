package vn.chibo.testkit.contract;

import vn.chibo.domain.memory.InMemoryEvaluations;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;

/** The in-memory store keeps the evaluations contract. */
class InMemoryEvaluationsContractTest extends EvaluationsContract {
    @Override
    protected Organizations newOrganizations() {
        return new InMemoryOrganizations();
    }

    @Override
    protected Members newMembers(Organizations organizations) {
        return new InMemoryMembers(organizations);
    }

    @Override
    protected Evaluations newEvaluations(Organizations organizations, Members members) {
        return new InMemoryEvaluations(organizations, members);
    }
}

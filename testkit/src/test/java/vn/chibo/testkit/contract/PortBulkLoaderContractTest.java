package vn.chibo.testkit.contract;

import vn.chibo.domain.memory.InMemoryEvaluations;
import vn.chibo.domain.memory.InMemoryMeetings;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.memory.InMemoryResidenceLiaisons;
import vn.chibo.domain.memory.PortBulkLoader;
import vn.chibo.domain.memory.PortBulkReader;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;

/** The loader over the in-memory stores keeps the bulk-load contract. */
class PortBulkLoaderContractTest extends BulkLoaderContract {
    @Override
    protected Target newTarget() {
        Organizations organizations = new InMemoryOrganizations();
        Members members = new InMemoryMembers(organizations);
        Meetings meetings = new InMemoryMeetings(organizations);
        ResidenceLiaisons residences = new InMemoryResidenceLiaisons(organizations);
        Evaluations evaluations = new InMemoryEvaluations(organizations, members);
        return new Target(
                organizations,
                members,
                meetings,
                residences,
                evaluations,
                new PortBulkLoader(organizations, members, meetings, residences, evaluations),
                new PortBulkReader(organizations, members, meetings, residences, evaluations));
    }
}

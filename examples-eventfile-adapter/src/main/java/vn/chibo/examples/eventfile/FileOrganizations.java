package vn.chibo.examples.eventfile;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;

/** {@link Organizations} on an {@link EventFileStore}. Thread-safe. */
final class FileOrganizations implements Organizations {
    private final EventFileStore store;

    FileOrganizations(EventFileStore store) {
        this.store = store;
    }

    @Override
    public Optional<OrganizationHistory> find(Actor actor, OrganizationId id) {
        return store.read(m -> m.organizations.find(actor, id));
    }

    @Override
    public ImmutableList<OrganizationHistory> all(Actor actor) {
        return store.read(m -> m.organizations.all(actor));
    }

    @Override
    public void append(Actor actor, OrganizationAppend append) {
        store.write(actor, new Event.OrganizationsAppended(append));
    }
}

package vn.chibo.examples.eventfile;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.domain.port.ResidenceLiaisons;

/** {@link ResidenceLiaisons} on an {@link EventFileStore}. Thread-safe. */
final class FileResidenceLiaisons implements ResidenceLiaisons {
    private final EventFileStore store;

    FileResidenceLiaisons(EventFileStore store) {
        this.store = store;
    }

    @Override
    public Optional<ResidenceLiaisonHistory> find(Actor actor, MemberId member) {
        return store.read(m -> m.residenceLiaisons.find(actor, member));
    }

    @Override
    public ImmutableList<ResidenceLiaisonHistory> all(Actor actor) {
        return store.read(m -> m.residenceLiaisons.all(actor));
    }

    @Override
    public ImmutableList<ResidenceLiaisonHistory> ofOrganization(
            Actor actor, OrganizationId organization, LocalDate date) {
        return store.read(m -> m.residenceLiaisons.ofOrganization(actor, organization, date));
    }

    @Override
    public void append(Actor actor, ResidenceLiaisonAppend append) {
        store.write(actor, new Event.ResidenceLiaisonsAppended(append));
    }
}

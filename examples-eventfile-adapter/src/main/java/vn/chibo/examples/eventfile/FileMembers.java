package vn.chibo.examples.eventfile;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.Members;

/** {@link Members} on an {@link EventFileStore}. Thread-safe. */
final class FileMembers implements Members {
    private final EventFileStore store;

    FileMembers(EventFileStore store) {
        this.store = store;
    }

    @Override
    public Optional<MemberHistory> find(Actor actor, MemberId id) {
        return store.read(m -> m.members.find(actor, id));
    }

    @Override
    public ImmutableList<MemberHistory> all(Actor actor) {
        return store.read(m -> m.members.all(actor));
    }

    @Override
    public ImmutableList<MemberHistory> ofOrganization(Actor actor, OrganizationId organization, LocalDate date) {
        return store.read(m -> m.members.ofOrganization(actor, organization, date));
    }

    @Override
    public void append(Actor actor, MemberAppend append) {
        store.write(actor, new Event.MembersAppended(append));
    }
}

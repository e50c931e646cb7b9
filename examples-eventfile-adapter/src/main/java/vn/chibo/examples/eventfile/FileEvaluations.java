package vn.chibo.examples.eventfile;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.Evaluations;

/** {@link Evaluations} on an {@link EventFileStore}. Thread-safe. */
final class FileEvaluations implements Evaluations {
    private final EventFileStore store;

    FileEvaluations(EventFileStore store) {
        this.store = store;
    }

    @Override
    public Optional<EvaluationRecord> find(Actor actor, EvaluationKey key) {
        return store.read(m -> m.evaluations.find(actor, key));
    }

    @Override
    public ImmutableList<EvaluationRecord> ofOrganization(Actor actor, OrganizationId organization, Year year) {
        return store.read(m -> m.evaluations.ofOrganization(actor, organization, year));
    }

    @Override
    public ImmutableList<EvaluationRecord> ofMember(Actor actor, MemberId member) {
        return store.read(m -> m.evaluations.ofMember(actor, member));
    }

    @Override
    public void append(Actor actor, EvaluationAppend append) {
        store.write(actor, new Event.EvaluationsAppended(append));
    }
}

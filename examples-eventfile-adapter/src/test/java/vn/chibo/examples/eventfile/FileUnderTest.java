package vn.chibo.examples.eventfile;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.domain.port.ResidenceLiaisons;

/**
 * One event file for one contract test, handed out in one of two ways: the store's own ports, or
 * ports that close the file and open it again before every read, so that every answer a contract
 * checks comes from replaying the file. Writes go to the store open at the time. Thread-safe (every
 * call of the reopening ports holds this object's lock, so concurrent tests run one call at a time).
 */
final class FileUnderTest implements AutoCloseable {
    private final Path path;
    private final boolean reopenBeforeEveryRead;

    @GuardedBy("this")
    private EventFileStore store;

    @GuardedBy("this")
    private int reopens;

    private final Organizations reopeningOrganizations = new ReopeningOrganizations();
    private final Members reopeningMembers = new ReopeningMembers();
    private final Meetings reopeningMeetings = new ReopeningMeetings();
    private final ResidenceLiaisons reopeningResidenceLiaisons = new ReopeningResidenceLiaisons();
    private final Evaluations reopeningEvaluations = new ReopeningEvaluations();

    private FileUnderTest(Path path, boolean reopenBeforeEveryRead) {
        this.path = path;
        this.reopenBeforeEveryRead = reopenBeforeEveryRead;
        this.store = EventFileStore.open(path);
    }

    /** A new event file in {@code dir}. */
    static FileUnderTest create(Path dir, boolean reopenBeforeEveryRead) {
        return new FileUnderTest(dir.resolve("chibo.events"), reopenBeforeEveryRead);
    }

    /** The file. */
    Path path() {
        return path;
    }

    /** The store open now. */
    synchronized EventFileStore store() {
        return store;
    }

    /** How many times a read reopened the file. */
    synchronized int reopens() {
        return reopens;
    }

    /** Closes the file and opens it again. */
    synchronized EventFileStore reopen() {
        store.close();
        store = EventFileStore.open(path);
        reopens++;
        return store;
    }

    private synchronized <T> T read(Function<EventFileStore, T> query) {
        return query.apply(reopen());
    }

    private synchronized void write(Consumer<EventFileStore> change) {
        change.accept(store);
    }

    Organizations organizations() {
        return reopenBeforeEveryRead ? reopeningOrganizations : store().organizations();
    }

    Members members() {
        return reopenBeforeEveryRead ? reopeningMembers : store().members();
    }

    Meetings meetings() {
        return reopenBeforeEveryRead ? reopeningMeetings : store().meetings();
    }

    ResidenceLiaisons residenceLiaisons() {
        return reopenBeforeEveryRead ? reopeningResidenceLiaisons : store().residenceLiaisons();
    }

    Evaluations evaluations() {
        return reopenBeforeEveryRead ? reopeningEvaluations : store().evaluations();
    }

    @Override
    public synchronized void close() {
        store.close();
    }

    private final class ReopeningOrganizations implements Organizations {
        @Override
        public Optional<OrganizationHistory> find(Actor actor, OrganizationId id) {
            return read(s -> s.organizations().find(actor, id));
        }

        @Override
        public ImmutableList<OrganizationHistory> all(Actor actor) {
            return read(s -> s.organizations().all(actor));
        }

        @Override
        public void append(Actor actor, OrganizationAppend append) {
            write(s -> s.organizations().append(actor, append));
        }
    }

    private final class ReopeningMembers implements Members {
        @Override
        public Optional<MemberHistory> find(Actor actor, MemberId id) {
            return read(s -> s.members().find(actor, id));
        }

        @Override
        public ImmutableList<MemberHistory> all(Actor actor) {
            return read(s -> s.members().all(actor));
        }

        @Override
        public ImmutableList<MemberHistory> ofOrganization(Actor actor, OrganizationId organization, LocalDate date) {
            return read(s -> s.members().ofOrganization(actor, organization, date));
        }

        @Override
        public void append(Actor actor, MemberAppend append) {
            write(s -> s.members().append(actor, append));
        }
    }

    private final class ReopeningMeetings implements Meetings {
        @Override
        public Optional<MeetingRecord> find(Actor actor, MeetingId id) {
            return read(s -> s.meetings().find(actor, id));
        }

        @Override
        public ImmutableList<MeetingRecord> versions(Actor actor, MeetingId id) {
            return read(s -> s.meetings().versions(actor, id));
        }

        @Override
        public ImmutableList<MeetingRecord> ofOrganization(
                Actor actor, OrganizationId organization, LocalDate from, LocalDate to) {
            return read(s -> s.meetings().ofOrganization(actor, organization, from, to));
        }

        @Override
        public void record(Actor actor, Meeting meeting, Recorded recorded, long expectedVersion) {
            write(s -> s.meetings().record(actor, meeting, recorded, expectedVersion));
        }

        @Override
        public ImmutableList<MeetingSchedule> schedules(Actor actor, OrganizationId organization) {
            return read(s -> s.meetings().schedules(actor, organization));
        }

        @Override
        public void addSchedule(Actor actor, MeetingSchedule schedule, Recorded recorded) {
            write(s -> s.meetings().addSchedule(actor, schedule, recorded));
        }
    }

    private final class ReopeningResidenceLiaisons implements ResidenceLiaisons {
        @Override
        public Optional<ResidenceLiaisonHistory> find(Actor actor, MemberId member) {
            return read(s -> s.residenceLiaisons().find(actor, member));
        }

        @Override
        public ImmutableList<ResidenceLiaisonHistory> all(Actor actor) {
            return read(s -> s.residenceLiaisons().all(actor));
        }

        @Override
        public ImmutableList<ResidenceLiaisonHistory> ofOrganization(
                Actor actor, OrganizationId organization, LocalDate date) {
            return read(s -> s.residenceLiaisons().ofOrganization(actor, organization, date));
        }

        @Override
        public void append(Actor actor, ResidenceLiaisonAppend append) {
            write(s -> s.residenceLiaisons().append(actor, append));
        }
    }

    private final class ReopeningEvaluations implements Evaluations {
        @Override
        public Optional<EvaluationRecord> find(Actor actor, EvaluationKey key) {
            return read(s -> s.evaluations().find(actor, key));
        }

        @Override
        public ImmutableList<EvaluationRecord> ofOrganization(Actor actor, OrganizationId organization, Year year) {
            return read(s -> s.evaluations().ofOrganization(actor, organization, year));
        }

        @Override
        public ImmutableList<EvaluationRecord> ofMember(Actor actor, MemberId member) {
            return read(s -> s.evaluations().ofMember(actor, member));
        }

        @Override
        public void append(Actor actor, EvaluationAppend append) {
            write(s -> s.evaluations().append(actor, append));
        }
    }
}

package vn.chibo.examples.eventfile;

import static com.google.common.base.Preconditions.checkState;

import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;

/**
 * Every chibo port kept in one append-only file of events: the one public entry point of this
 * adapter.
 *
 * <pre>{@code
 * try (EventFileStore store = EventFileStore.open(Path.of("data/chibo.events"))) {
 *     Chibo chibo = store.configure(Chibo.builder()).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>Each accepted write to a port ({@code append}, {@code record}, {@code addSchedule}) becomes one
 * record at the end of the file, written and forced to the disk ({@link
 * java.nio.channels.FileChannel#force}) before the call returns. A write is all or nothing: one that
 * is refused (a stale version, an actor outside its subtree) or that fails (the disk) leaves no
 * record, and a record cut short by a crash is cut off when the file is next opened. Reopening the
 * file replays its records and gives the same answers as before.
 *
 * <p>Reads and the checks of each write are those of chibo's public in-memory stores, which hold
 * what the file holds: scope and versions are exactly the ports' own. The whole history is kept in
 * memory; this suits a ward or a district, not the national data set.
 *
 * <p>The file holds sensitive data (birth dates, citizen IDs, dues) as it was given: protect it as
 * a host protects its database. Failures of the file come out as {@link EventFileException}, whose
 * messages never quote stored values.
 *
 * <p>Thread-safe: reads run concurrently, writes one at a time. One store per file: a second {@code
 * open} of the same file, in this program or another, fails until the first is closed.
 */
public final class EventFileStore implements ChiboStorage {
    /** Who replays the file: every event was checked against its actor's scope when accepted. */
    private static final Actor REPLAY = Actor.wholeParty("chibo-event-file-replay");

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final EventLog log;

    @GuardedBy("lock")
    private Memory memory;

    @GuardedBy("lock")
    private boolean closed;

    /** Set when a failed write left the file and memory apart: only reopening the file repairs it. */
    @GuardedBy("lock")
    private boolean broken;

    private final FileOrganizations organizations = new FileOrganizations(this);
    private final FileMembers members = new FileMembers(this);
    private final FileMeetings meetings = new FileMeetings(this);
    private final FileResidenceLiaisons residenceLiaisons = new FileResidenceLiaisons(this);
    private final FileEvaluations evaluations = new FileEvaluations(this);

    private EventFileStore(EventLog log, Memory memory) {
        this.log = log;
        this.memory = memory;
    }

    /**
     * Opens the event file at {@code file}, creating it if missing, and replays it. A record cut
     * short at the end of the file (a crash while writing it) is cut off.
     *
     * @throws EventFileException when the file cannot be opened, is already open, is not a chibo
     *     event file, or is damaged before its last record (then it is left as it is)
     */
    public static EventFileStore open(Path file) {
        return open(file, EventLog.Opener.DEFAULT);
    }

    static EventFileStore open(Path file, EventLog.Opener opener) {
        Objects.requireNonNull(file, "file");
        EventLog log = EventLog.open(file, opener);
        try {
            return new EventFileStore(log, replay(log));
        } catch (RuntimeException e) {
            try {
                log.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static Memory replay(EventLog log) {
        Memory replayed = new Memory();
        log.scan((offset, payload) -> {
            Event event;
            try {
                event = EventCodec.decode(payload);
            } catch (RuntimeException e) {
                throw new EventFileException(
                        "The event file " + log.file() + " is damaged at offset " + offset
                                + ": its record cannot be decoded; it was left as it is",
                        e);
            }
            try {
                replayed.apply(REPLAY, event);
            } catch (RuntimeException e) {
                throw new EventFileException(
                        "The event file " + log.file() + " cannot be replayed at offset " + offset + ": its "
                                + event.kind() + " record is refused; it was left as it is",
                        e);
            }
        });
        return replayed;
    }

    /** Where organisation histories are kept. */
    public Organizations organizations() {
        return organizations;
    }

    /** Where member histories are kept, confined by {@link #organizations()}. */
    public Members members() {
        return members;
    }

    /** Where meeting records and schedules are kept, confined by {@link #organizations()}. */
    public Meetings meetings() {
        return meetings;
    }

    /** Where the residence histories of serving members are kept, confined by {@link #organizations()}. */
    public ResidenceLiaisons residenceLiaisons() {
        return residenceLiaisons;
    }

    /** Where the yearly reviews are kept, confined by {@link #organizations()} and {@link #members()}. */
    public Evaluations evaluations() {
        return evaluations;
    }

    /**
     * Plugs all five ports into {@code builder}. Calling it again sets the same ports. Bulk loads and
     * reads are left to chibo's defaults over these ports ({@link
     * vn.chibo.domain.memory.PortBulkLoader}, {@link vn.chibo.domain.memory.PortBulkReader}): a load
     * is checked whole, then appended one record per aggregate, not as one record.
     *
     * @return {@code builder}
     */
    @Override
    public Chibo.Builder configure(Chibo.Builder builder) {
        return builder.organizations(organizations)
                .members(members)
                .meetings(meetings)
                .residenceLiaisons(residenceLiaisons)
                .evaluations(evaluations);
    }

    /** The event file. */
    public Path file() {
        return log.file();
    }

    /** Answers {@code query} from what the file holds. */
    <T> T read(Function<Memory, T> query) {
        lock.readLock().lock();
        try {
            checkUsable();
            return query.apply(memory);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Makes {@code actor}'s write: checks it against what the file holds, appends its record and
     * forces it to the disk, all or nothing.
     *
     * @throws ConcurrentUpdateException when a version is not the one expected; nothing is written
     * @throws OutOfScopeException when the actor may not make it; nothing is written
     * @throws EventFileException when the file fails; nothing is written
     */
    void write(Actor actor, Event event) {
        Objects.requireNonNull(actor, "actor");
        byte[] payload = EventCodec.encode(event);
        lock.writeLock().lock();
        try {
            checkUsable();
            try {
                memory.apply(actor, event);
            } catch (ConcurrentUpdateException | OutOfScopeException refused) {
                throw refused; // the in-memory stores check these before they change anything
            } catch (RuntimeException e) {
                rebuild(e); // any other failure may have changed part of them: the file is the truth
                throw e;
            }
            try {
                log.append(payload);
            } catch (IOException e) {
                if (log.damagedTail()) {
                    broken = true;
                    throw new EventFileException(
                            "Cannot append a " + event.kind() + " record to the event file " + log.file()
                                    + ", nor cut the file back: reopen it to see whether the record is kept",
                            e);
                }
                EventFileException failure = new EventFileException(
                        "Cannot append a " + event.kind() + " record to the event file " + log.file()
                                + "; nothing of it is kept",
                        e);
                rebuild(failure);
                throw failure;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @GuardedBy("lock")
    private void rebuild(Exception failure) {
        try {
            memory = replay(log);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            broken = true;
        }
    }

    @GuardedBy("lock")
    private void checkUsable() {
        checkState(!closed, "the event file store of %s is closed", log.file());
        if (broken) {
            throw new EventFileException(
                    "An earlier write to the event file " + log.file() + " failed; reopen the file to go on");
        }
    }

    /** Closes the file; the ports must not be used afterwards. Closing twice does nothing. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                log.close();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "EventFileStore[" + log.file() + "]";
    }
}

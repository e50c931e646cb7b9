package vn.chibo.domain.port;

/**
 * Told how far a {@link BulkLoader load} has come, from the loading thread: after each chunk of
 * records read, and once more at the end. Must be quick; it must not call the loader.
 */
@FunctionalInterface
public interface BulkProgress {
    /**
     * How far the load has come.
     *
     * @param phase what is being done ({@link BulkPhase#READING} while records are read and
     *     staged, {@link BulkPhase#CHECKING} while references and rules are checked, {@link
     *     BulkPhase#WRITING} while they are stored, {@link BulkPhase#DONE} once committed)
     * @param records records handled so far in the phase
     * @param facts facts, entries and versions handled so far in the phase
     */
    void reached(BulkPhase phase, long records, long facts);

    /** Progress that nobody watches. */
    static BulkProgress none() {
        return (phase, records, facts) -> {};
    }

    /** The phases of a load. */
    enum BulkPhase {
        /** Reading the source and staging its records. */
        READING,
        /** Checking identities, references and rules of the whole load. */
        CHECKING,
        /** Storing the records. */
        WRITING,
        /** Committed. */
        DONE
    }
}

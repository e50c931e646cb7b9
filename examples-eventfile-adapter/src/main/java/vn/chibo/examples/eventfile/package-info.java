/**
 * An integrator's storage adapter: every chibo port kept in one append-only file of events, written
 * only against {@code chibo-domain}'s published API. It shows what a third party needs to plug in a
 * store of its own without touching the core.
 *
 * <p>The entry point is {@link vn.chibo.examples.eventfile.EventFileStore}: {@code
 * EventFileStore.open(path)} hands out the five ports and plugs them into a {@code Chibo.Builder}.
 * {@link vn.chibo.examples.eventfile.ChiboStorageProvider} finds it by name through {@link
 * java.util.ServiceLoader}, as a convenience only.
 *
 * <p>How it keeps the ports' promises: every append is checked (versions, the actor's subtree) by
 * the public in-memory stores of {@code vn.chibo.domain.memory}, which serve as the index of what
 * the file holds; it is then encoded as one length-prefixed, checksummed record, written and forced
 * to the disk before the call returns. Reopening the file replays every record into fresh in-memory
 * stores, so the answers are the same; a record torn by a crash at the end of the file is cut off.
 *
 * <p>Thread safety: the store and its ports are safe for concurrent use (one read-write lock per
 * file).
 */
@NullMarked
package vn.chibo.examples.eventfile;

import org.jspecify.annotations.NullMarked;

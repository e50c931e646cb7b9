package vn.chibo.examples.eventfile;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The file itself: a header, then records, each written whole and forced to the disk before {@link
 * #append} returns.
 *
 * <pre>
 * file   = header record*
 * header = "CHIBOEVT" (8 ASCII bytes) format (int, 2)
 * record = length (int, &gt; 0) lengthCheck (int, CRC32C of length)
 *          checksum (int, CRC32C of length and payload) payload (length bytes)
 * </pre>
 *
 * <p>Format 2 added a member review's shares of targets on time and exceeded (QĐ 124); a file of
 * format 1 is refused rather than misread.
 *
 * <p>A crash can leave the last record incomplete: shorter than its length says, failing its
 * checksum while ending exactly at the end of the file, or followed by nothing but zero bytes (on
 * file systems that extend a file before its data lands). {@link #scan} treats such a tail as never
 * written and cuts the file back to the last whole record. Anything else that does not read back
 * is damage: a record header failing its check (a damaged length would otherwise pass for a record
 * cut short and take every later record with it), a bad checksum followed by more records, a wrong
 * file header. Then the file is left as it is and opening fails, so that no record is ever dropped
 * silently.
 *
 * <p>Not thread-safe: {@link EventFileStore} serialises every call.
 */
final class EventLog implements AutoCloseable {
    private static final byte[] MAGIC = "CHIBOEVT".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 2;
    private static final int HEADER_LENGTH = MAGIC.length + Integer.BYTES;
    private static final int FRAME_HEADER_LENGTH = 3 * Integer.BYTES;

    /** The longest payload read back; longer lengths are damage. */
    static final int MAX_PAYLOAD = 64 << 20;

    /** Opens the file's channel; tests substitute one that fails on demand. */
    @FunctionalInterface
    interface Opener {
        FileChannel open(Path file) throws IOException;

        /** Opens {@code file} for reading and writing, creating it if missing. */
        Opener DEFAULT = file ->
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Receives each whole record found by {@link #scan}. */
    @FunctionalInterface
    interface RecordVisitor {
        void visit(long offset, byte[] payload);
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    /** Where the next record goes: the end of the last whole record. */
    private long end;

    /** Whether a failed {@link #append} could not cut the file back: only reopening repairs it. */
    private boolean damagedTail;

    private EventLog(Path file, FileChannel channel, FileLock lock, long end) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.end = end;
    }

    /**
     * Opens {@code file}, creating it with its header if missing or empty, and locks it against
     * other writers (in this process or another). Call {@link #scan} next.
     */
    static EventLog open(Path file, Opener opener) {
        FileChannel channel;
        try {
            channel = opener.open(file);
        } catch (IOException e) {
            throw new EventFileException("Cannot open the event file " + file, e);
        }
        try {
            FileLock lock = lock(file, channel);
            try {
                writeHeaderIfNew(file, channel);
                return new EventLog(file, channel, lock, HEADER_LENGTH);
            } catch (RuntimeException | IOException e) {
                lock.release();
                throw e;
            }
        } catch (IOException e) {
            closeQuietly(channel, e);
            throw new EventFileException("Cannot open the event file " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(channel, e);
            throw e;
        }
    }

    private static FileLock lock(Path file, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            throw new EventFileException("The event file " + file + " is already open in this program", e);
        }
        if (lock == null) {
            throw new EventFileException("The event file " + file + " is open in another program");
        }
        return lock;
    }

    private static void writeHeaderIfNew(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC).putInt(FORMAT);
        header.flip();
        if (size >= HEADER_LENGTH) {
            ByteBuffer found = ByteBuffer.allocate(HEADER_LENGTH);
            readFully(channel, found, 0);
            if (!found.flip().equals(header)) {
                throw new EventFileException(file + " is not a chibo event file of format " + FORMAT);
            }
            return;
        }
        // Empty, or a header cut short by a crash while the file was created: write it (again).
        ByteBuffer found = ByteBuffer.allocate((int) size);
        readFully(channel, found, 0);
        if (!Arrays.equals(found.array(), Arrays.copyOf(header.array(), (int) size))) {
            throw new EventFileException(file + " is not a chibo event file");
        }
        channel.truncate(0);
        writeFully(channel, header, 0);
        channel.force(true);
        forceDirectory(file);
    }

    /** Makes the new file's name durable too (POSIX); where directories cannot be opened, skipped. */
    private static void forceDirectory(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return;
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException e) {
            // Not supported on this platform (Windows): the file system orders it as it can.
        }
    }

    /** The file. */
    Path file() {
        return file;
    }

    /** The bytes of header and whole records: where the next record goes. */
    long size() {
        return end;
    }

    /**
     * Reads every whole record from the start, in order, handing each to {@code visitor}; cuts off
     * a torn last record (see the class comment). A visitor's exception stops the scan and is
     * rethrown.
     *
     * @return the number of records read
     * @throws EventFileException when the file cannot be read or is damaged
     */
    long scan(RecordVisitor visitor) {
        long size;
        long records = 0;
        long at = HEADER_LENGTH;
        try {
            size = channel.size();
            InputStream raw = Channels.newInputStream(channel.position(HEADER_LENGTH));
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            while (at < size) {
                long left = size - at;
                @Nullable String torn = null;
                if (left < FRAME_HEADER_LENGTH) {
                    torn = "a record header cut short";
                } else {
                    int length = in.readInt();
                    int lengthCheck = in.readInt();
                    int checksum = in.readInt();
                    if (lengthCheck != lengthCheck(length)) {
                        if (!zerosToEnd(in, left - FRAME_HEADER_LENGTH)) {
                            throw damaged(at, "a record header that fails its check");
                        }
                        torn = "a record header followed by nothing but zero bytes";
                    } else if (length <= 0 || length > MAX_PAYLOAD) {
                        throw damaged(at, "a record length of " + length);
                    } else if (length > left - FRAME_HEADER_LENGTH) {
                        torn = "a record cut short";
                    } else {
                        byte[] payload = new byte[length];
                        in.readFully(payload);
                        if (checksum(payload) != checksum) {
                            if (at + FRAME_HEADER_LENGTH + length != size) {
                                throw damaged(at, "a checksum that does not match");
                            }
                            torn = "a last record whose checksum does not match";
                        } else {
                            visitor.visit(at, payload);
                            records++;
                            at += FRAME_HEADER_LENGTH + length;
                        }
                    }
                }
                if (torn != null) {
                    cut(at);
                    break;
                }
            }
        } catch (IOException e) {
            throw new EventFileException("Cannot read the event file " + file, e);
        }
        end = at;
        return records;
    }

    private static boolean zerosToEnd(DataInputStream in, long count) throws IOException {
        for (long i = 0; i < count; i++) {
            if (in.read() != 0) {
                return false;
            }
        }
        return true;
    }

    /** Cuts a torn tail off at {@code at}, the end of the last whole record. */
    private void cut(long at) throws IOException {
        channel.truncate(at);
        channel.force(true);
    }

    private EventFileException damaged(long offset, String what) {
        return new EventFileException(
                "The event file " + file + " is damaged at offset " + offset + ": " + what + "; it was left as it is");
    }

    /**
     * Writes one record after the last whole one and forces it to the disk. On failure the file is
     * cut back to where it was, so the record is not there when the file is read again.
     *
     * @throws IOException when the record could not be written or forced; then {@link #damagedTail}
     *     says whether the file could be cut back
     */
    void append(byte[] payload) throws IOException {
        checkArgument(payload.length > 0 && payload.length <= MAX_PAYLOAD, "a payload of %s bytes", payload.length);
        ByteBuffer frame = ByteBuffer.allocate(FRAME_HEADER_LENGTH + payload.length)
                .putInt(payload.length)
                .putInt(lengthCheck(payload.length))
                .putInt(checksum(payload))
                .put(payload);
        frame.flip();
        try {
            writeFully(channel, frame, end);
            channel.force(true);
        } catch (IOException e) {
            try {
                cut(end);
            } catch (IOException | RuntimeException cutFailed) {
                e.addSuppressed(cutFailed);
                damagedTail = true;
            }
            throw e;
        }
        end += frame.limit();
    }

    /** Whether a failed {@link #append} left bytes after the last whole record that it could not cut. */
    boolean damagedTail() {
        return damagedTail;
    }

    private static int lengthCheck(int length) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(Integer.BYTES).putInt(length).flip());
        return (int) crc.getValue();
    }

    private static int checksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(Integer.BYTES).putInt(payload.length).flip());
        crc.update(payload);
        return (int) crc.getValue();
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long position) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int n = channel.read(into, at);
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
            at += n;
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer from, long position) throws IOException {
        long at = position;
        while (from.hasRemaining()) {
            at += channel.write(from, at);
        }
    }

    private static void closeQuietly(FileChannel channel, Exception failure) {
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Releases the lock and closes the file. */
    @Override
    public void close() {
        try {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
            } finally {
                channel.close();
            }
        } catch (IOException e) {
            throw new EventFileException("Cannot close the event file " + file, e);
        }
    }
}

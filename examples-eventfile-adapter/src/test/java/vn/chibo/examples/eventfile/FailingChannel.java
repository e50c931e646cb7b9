package vn.chibo.examples.eventfile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/**
 * A file channel that fails on demand, the way a full or failing disk does: a positional write that
 * stores half its bytes and then fails, some calls of {@code force} that fail, a {@code truncate} that fails.
 * Everything else goes to the real file. Not thread-safe: switch failures on and off between calls.
 */
final class FailingChannel extends FileChannel {
    private final FileChannel file;

    /** Whether the next positional writes store half their bytes, then fail. */
    boolean failWrites;

    /** How many of the next calls of {@code force} fail. */
    int forcesToFail;

    /** Whether {@code truncate} fails. */
    boolean failTruncate;

    private FailingChannel(FileChannel file) {
        this.file = file;
    }

    /** Opens {@code path} as {@link EventLog.Opener#DEFAULT} does, wrapped. */
    static FailingChannel open(Path path) throws IOException {
        return new FailingChannel(EventLog.Opener.DEFAULT.open(path));
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        if (!failWrites) {
            return file.write(src, position);
        }
        ByteBuffer half = src.duplicate();
        half.limit(src.position() + src.remaining() / 2);
        file.write(half, position);
        throw new IOException("no space left on device (simulated)");
    }

    @Override
    public void force(boolean metaData) throws IOException {
        if (forcesToFail > 0) {
            forcesToFail--;
            throw new IOException("input/output error (simulated)");
        }
        file.force(metaData);
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        if (failTruncate) {
            throw new IOException("input/output error on truncate (simulated)");
        }
        file.truncate(size);
        return this;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return file.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return file.read(dsts, offset, length);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return file.write(src);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        return file.write(srcs, offset, length);
    }

    @Override
    public long position() throws IOException {
        return file.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        file.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return file.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        return file.transferFrom(src, position, count);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return file.read(dst, position);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return file.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return file.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return file.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        file.close();
    }
}

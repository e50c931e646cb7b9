package vn.chibo.examples.eventfile;

import vn.chibo.domain.Chibo;

/**
 * A storage that plugs chibo's ports into a {@link Chibo.Builder} and owns what it opened. What
 * {@link ChiboStorageProvider#open} returns.
 *
 * <p>chibo's domain has no storage SPI of its own yet: this interface and {@link
 * ChiboStorageProvider} live in this module, and show the smallest shape one could take.
 */
public interface ChiboStorage extends AutoCloseable {
    /**
     * Sets every port this storage keeps on {@code builder}.
     *
     * @return {@code builder}
     */
    Chibo.Builder configure(Chibo.Builder builder);

    /** Releases what the storage holds; its ports must not be used afterwards. */
    @Override
    void close();
}

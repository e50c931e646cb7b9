package vn.chibo.examples.eventfile;

import java.nio.file.Path;

/**
 * The {@link ChiboStorageProvider} named {@value #NAME}: its location is the path of the event
 * file. Listed in this jar's {@code META-INF/services}. Stateless.
 */
public final class EventFileStorageProvider implements ChiboStorageProvider {
    /** The name this provider is found by. */
    public static final String NAME = "eventfile";

    /** For {@link java.util.ServiceLoader}. */
    public EventFileStorageProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    /** {@link EventFileStore#open(Path)} on the path {@code location}. */
    @Override
    public ChiboStorage open(String location) {
        return EventFileStore.open(Path.of(location));
    }
}

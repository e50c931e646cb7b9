package vn.chibo.examples.eventfile;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds a storage by name at run time, through {@link ServiceLoader}: a convenience for hosts that
 * choose their storage in configuration. Registering explicitly ({@code
 * EventFileStore.open(path).configure(builder)}) needs none of this and is what a host should do
 * when it knows its storage at compile time.
 *
 * <p>A provider is listed in {@code META-INF/services/vn.chibo.examples.eventfile.ChiboStorageProvider}
 * of its jar, has a public no-argument constructor, and is stateless.
 */
public interface ChiboStorageProvider {
    /** The provider's stable name, e.g. {@code "eventfile"}. */
    String name();

    /**
     * Opens the storage at {@code location}, in the provider's own terms (a file path, a JDBC URL).
     *
     * @throws vn.chibo.domain.common.ChiboException when it cannot be opened
     */
    ChiboStorage open(String location);

    /** The provider named {@code name} among those on the class path, if any. */
    static Optional<ChiboStorageProvider> find(String name) {
        return ServiceLoader.load(ChiboStorageProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(name))
                .findFirst();
    }

    /**
     * Opens {@code location} with the provider named {@code name}.
     *
     * @throws IllegalArgumentException when no provider has that name
     */
    static ChiboStorage open(String name, String location) {
        return find(name)
                .orElseThrow(
                        () -> new IllegalArgumentException("No chibo storage named '" + name + "'; found: " + names()))
                .open(location);
    }

    private static String names() {
        List<String> names = ServiceLoader.load(ChiboStorageProvider.class).stream()
                .map(p -> p.get().name())
                .sorted()
                .collect(Collectors.toList());
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}

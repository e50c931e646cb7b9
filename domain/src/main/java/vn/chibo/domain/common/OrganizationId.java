package vn.chibo.domain.common;

import java.util.UUID;
import org.immutables.value.Value;

/** The identity of a party organisation (tổ chức đảng): a UUID, never a name or a code. */
@Value.Immutable(builder = false, copy = false)
public abstract class OrganizationId implements Comparable<OrganizationId> {
    OrganizationId() {}

    /** The raw UUID. */
    @Value.Parameter
    public abstract UUID value();

    /** Wraps a UUID. */
    public static OrganizationId of(UUID value) {
        return ImmutableOrganizationId.of(value);
    }

    /** Parses the canonical UUID text form. */
    public static OrganizationId parse(String text) {
        return of(UUID.fromString(text));
    }

    /** A random identity, for a new organisation. */
    public static OrganizationId random() {
        return of(UUID.randomUUID());
    }

    @Override
    public int compareTo(OrganizationId other) {
        return value().compareTo(other.value());
    }

    @Override
    public String toString() {
        return value().toString();
    }
}

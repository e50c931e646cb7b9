package vn.chibo.domain.common;

import java.util.UUID;
import org.immutables.value.Value;

/** The identity of a party member (đảng viên): a UUID, never the party-card number or the citizen ID. */
@Value.Immutable(builder = false, copy = false)
public abstract class MemberId implements Comparable<MemberId> {
    MemberId() {}

    /** The raw UUID. */
    @Value.Parameter
    public abstract UUID value();

    /** Wraps a UUID. */
    public static MemberId of(UUID value) {
        return ImmutableMemberId.of(value);
    }

    /** Parses the canonical UUID text form. */
    public static MemberId parse(String text) {
        return of(UUID.fromString(text));
    }

    /** A random identity, for a new member. */
    public static MemberId random() {
        return of(UUID.randomUUID());
    }

    @Override
    public int compareTo(MemberId other) {
        return value().compareTo(other.value());
    }

    @Override
    public String toString() {
        return value().toString();
    }
}

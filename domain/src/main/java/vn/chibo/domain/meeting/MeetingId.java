package vn.chibo.domain.meeting;

import java.util.UUID;
import org.immutables.value.Value;

/** The identity of a meeting: a UUID. */
@Value.Immutable(builder = false, copy = false)
public abstract class MeetingId implements Comparable<MeetingId> {
    MeetingId() {}

    /** The raw UUID. */
    @Value.Parameter
    public abstract UUID value();

    /** Wraps a UUID. */
    public static MeetingId of(UUID value) {
        return ImmutableMeetingId.of(value);
    }

    /** Parses the canonical UUID text form. */
    public static MeetingId parse(String text) {
        return of(UUID.fromString(text));
    }

    /** A random identity, for a new meeting. */
    public static MeetingId random() {
        return of(UUID.randomUUID());
    }

    @Override
    public int compareTo(MeetingId other) {
        return value().compareTo(other.value());
    }

    @Override
    public String toString() {
        return value().toString();
    }
}

package vn.chibo.examples.eventfile;

/**
 * The payload of one record: an {@link Event} in a small explicit binary encoding (big-endian, as
 * {@link java.io.DataOutput} writes it).
 *
 * <ul>
 *   <li>a record starts with the event's tag (one byte, the constants below); a fact, a sponsor, a
 *       role, a ballot, a review or an evaluation subject starts with its own one-byte tag, the
 *       position of its type in {@link EventWriter};
 *   <li>text: its UTF-8 length (int) and bytes; an enum constant: its name as text, so reordering
 *       an enum never changes what a file means;
 *   <li>an identity or UUID: two longs; a date: its epoch day (long); a time of day: its nano of day
 *       (long); an instant: epoch second (long) and nano (int); a year: int; a month: year (int) and
 *       month (byte); a decimal: its {@code toString()} as text, scale kept;
 *   <li>a list: its size (int) and items; an optional value: a flag byte (0 or 1) and the value;
 *   <li>the expected versions of an append: their count (int), then each key and version (long).
 * </ul>
 *
 * <p>Every field of every value is written, in the order of its record components: {@link
 * EventReader} rebuilds the same value, which the round-trip tests check for every fact type.
 */
final class EventCodec {
    /** {@link Event.OrganizationsAppended}. */
    static final int ORGANIZATIONS_APPENDED = 1;

    /** {@link Event.MembersAppended}. */
    static final int MEMBERS_APPENDED = 2;

    /** {@link Event.ResidenceLiaisonsAppended}. */
    static final int RESIDENCE_LIAISONS_APPENDED = 3;

    /** {@link Event.MeetingRecorded}. */
    static final int MEETING_RECORDED = 4;

    /** {@link Event.ScheduleAdded}. */
    static final int SCHEDULE_ADDED = 5;

    /** {@link Event.EvaluationsAppended}. */
    static final int EVALUATIONS_APPENDED = 6;

    private EventCodec() {}

    /**
     * The payload of {@code event}.
     *
     * @throws IllegalArgumentException when a value has a type this encoding does not know (a fact
     *     type added to the domain after this adapter was written)
     */
    static byte[] encode(Event event) {
        EventWriter writer = new EventWriter();
        writer.event(event);
        return writer.bytes();
    }

    /**
     * The event in {@code payload}.
     *
     * @throws RuntimeException when the payload is not one whole event, as {@link EventReader} says
     */
    static Event decode(byte[] payload) {
        EventReader reader = new EventReader(payload);
        Event event = reader.event();
        if (!reader.atEnd()) {
            throw new IllegalArgumentException("bytes left after the event");
        }
        return event;
    }
}

package vn.chibo.domain.meeting;

import java.util.Objects;
import vn.chibo.domain.common.Recorded;

/**
 * A stored version of a meeting's record: a correction is a new version; earlier ones stay.
 *
 * @param meeting the meeting as recorded
 * @param recorded when, by whom and why
 * @param version 1 for the first record, then one more per correction
 */
public record MeetingRecord(Meeting meeting, Recorded recorded, long version) {
    public MeetingRecord {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(recorded, "recorded");
        com.google.common.base.Preconditions.checkArgument(version >= 1, "versions start at 1");
    }
}

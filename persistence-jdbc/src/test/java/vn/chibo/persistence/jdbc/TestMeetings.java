package vn.chibo.persistence.jdbc;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.testkit.data.MemberTestData;

/** Meeting records for the adapter's tests (the ports keep them without judging them). */
final class TestMeetings {
    /** The day of the meetings here. */
    static final LocalDate MARCH_25 = LocalDate.of(2024, 3, 25);

    private TestMeetings() {}

    /** A regular meeting of {@code organization} on 25/3/2024, 19:00 to 21:00, with {@code agenda}, An present. */
    static Meeting regular(MeetingId id, OrganizationId organization, List<String> agenda) {
        return new Meeting(
                id,
                organization,
                MeetingKind.REGULAR,
                false,
                MARCH_25,
                LocalTime.of(19, 0),
                LocalTime.of(21, 0),
                null,
                agenda,
                List.of(),
                List.of(Attendance.present(MemberTestData.id("An"))),
                null,
                List.of());
    }
}

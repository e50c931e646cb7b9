package vn.chibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;
import static vn.chibo.testkit.data.OrganizationTestData.member;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.meeting.AttendanceStatus;
import vn.chibo.domain.meeting.Ballot;
import vn.chibo.domain.meeting.Guest;
import vn.chibo.domain.meeting.GuestRole;
import vn.chibo.domain.meeting.HolidayShift;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.meeting.Resolution;
import vn.chibo.domain.meeting.ResolutionKind;
import vn.chibo.domain.meeting.VoteChoice;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;
import vn.chibo.testkit.data.OrganizationTestData;

/**
 * The contract every {@link Meetings} implementation keeps. Extend it and return a fresh, empty
 * organisation store and a fresh, empty meeting store over it.
 *
 * <p>The tree: Tỉnh &gt; Thành phố &gt; Phường 5 with the cells Khu phố 3 and Khu phố 4, and
 * Phường 1 with the cell Khu phố 9. The store checks versions and scope only: meetings here need not
 * satisfy the meeting rules.
 */
public abstract class MeetingsContract {
    private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);
    private static final OrganizationId CITY = OrganizationTestData.id("Thành phố");
    private static final OrganizationId P5 = OrganizationTestData.id("Phường 5");
    private static final OrganizationId P1 = OrganizationTestData.id("Phường 1");
    private static final OrganizationId KP3 = OrganizationTestData.id("Khu phố 3");
    private static final OrganizationId KP4 = OrganizationTestData.id("Khu phố 4");
    private static final OrganizationId KP9 = OrganizationTestData.id("Khu phố 9");
    private static final LocalDate MARCH_25 = LocalDate.of(2024, 3, 25);

    private Meetings meetings;

    /** A fresh, empty organisation store. */
    protected abstract Organizations newOrganizations();

    /** A fresh, empty meeting store reading its scope from {@code organizations}. */
    protected abstract Meetings newMeetings(Organizations organizations);

    @BeforeEach
    void createStores() {
        Organizations organizations = newOrganizations();
        List<OrganizationFact> tree = List.of(
                founded("Tỉnh", OrganizationKind.PROVINCIAL_COMMITTEE, null, Y2000),
                founded("Thành phố", OrganizationKind.DISTRICT_COMMITTEE, "Tỉnh", Y2000),
                founded("Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, "Thành phố", Y2000),
                founded("Khu phố 3", OrganizationKind.CELL, "Phường 5", Y2000),
                founded("Khu phố 4", OrganizationKind.CELL, "Phường 5", Y2000),
                founded("Phường 1", OrganizationKind.GRASSROOTS_COMMITTEE, "Thành phố", Y2000),
                founded("Khu phố 9", OrganizationKind.CELL, "Phường 1", Y2000));
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        tree.forEach(f -> versions.put(f.organization(), 0L));
        organizations.append(ADMIN, OrganizationAppend.of(versions, tree));
        meetings = newMeetings(organizations);
    }

    private static Actor ward5() {
        return Actor.forSubtree("ward-5-clerk", P5);
    }

    private static MeetingId meetingId(String name) {
        return MeetingId.of(UUID.nameUUIDFromBytes(("meeting:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    private static Recorded recorded(String at, String reason) {
        return new Recorded(Instant.parse(at), "thu-ky-chi-bo", reason);
    }

    /** A meeting with every field set: guests, every kind of attendance, an open and a secret ballot. */
    private static Meeting everyField(MeetingId id) {
        MemberId an = member("An");
        MemberId binh = member("Bình");
        MemberId cuong = member("Cường");
        MemberId dung = member("Dũng");
        MemberId em = member("Em");
        Map<MemberId, VoteChoice> open = new LinkedHashMap<>();
        open.put(an, VoteChoice.YES);
        open.put(em, VoteChoice.NO);
        open.put(binh, VoteChoice.ABSTAIN);
        return new Meeting(
                id,
                KP3,
                MeetingKind.REGULAR,
                true,
                MARCH_25,
                LocalTime.of(19, 0),
                LocalTime.of(21, 15),
                LocalDate.of(2024, 3, 23),
                List.of("Thông báo thời sự", "Chuyên đề: học tập và làm theo tư tưởng Hồ Chí Minh"),
                List.of(
                        new Guest("Nguyễn Văn Trưởng", GuestRole.RESIDENTIAL_GROUP_LEADER),
                        new Guest("Trần Thị Hội", GuestRole.MASS_ORGANIZATION_HEAD),
                        new Guest("Lê Văn Công Chức", GuestRole.RESIDING_SERVING_MEMBER)),
                List.of(
                        Attendance.present(an),
                        new Attendance(binh, AttendanceStatus.PRESENT, "đến muộn 15 phút", false, false),
                        Attendance.excused(cuong, "đi công tác theo quyết định"),
                        new Attendance(dung, AttendanceStatus.EXCUSED, "việc gia đình", false, true),
                        Attendance.unexcused(member("Giang")),
                        Attendance.present(em)),
                an,
                List.of(
                        new Resolution("Nghị quyết tháng 3/2024", ResolutionKind.ORDINARY, null, Ballot.Open.of(open)),
                        new Resolution(
                                "Kết nạp quần chúng Hà",
                                ResolutionKind.ADMISSION,
                                member("Hà"),
                                new Ballot.Secret(3, 2, 0, 0, 1))));
    }

    /** A meeting with nothing optional: no materials, agenda, guests, secretary or resolutions. */
    private static Meeting bare(
            MeetingId id, OrganizationId organization, MeetingKind kind, LocalDate date, LocalTime start) {
        return new Meeting(
                id,
                organization,
                kind,
                false,
                date,
                start,
                start.plusMinutes(90),
                null,
                List.of(),
                List.of(),
                List.of(Attendance.present(member("An"))),
                null,
                List.of());
    }

    private static Meeting bare(String name, OrganizationId organization, LocalDate date, LocalTime start) {
        return bare(meetingId(name), organization, MeetingKind.REGULAR, date, start);
    }

    /** The same meeting with another agenda: a correction. */
    private static Meeting withAgenda(Meeting m, String item) {
        return new Meeting(
                m.id(),
                m.organization(),
                m.kind(),
                m.alsoThematic(),
                m.date(),
                m.start(),
                m.end(),
                m.materialsPublished(),
                List.of(item),
                m.guests(),
                m.attendance(),
                m.minutesSecretary(),
                m.resolutions());
    }

    private void recordNew(Meeting m) {
        meetings.record(ADMIN, m, recorded("2024-03-26T01:02:03.123456Z", "biên bản"), 0);
    }

    private static List<MeetingId> ids(List<MeetingRecord> records) {
        return records.stream().map(r -> r.meeting().id()).toList();
    }

    // ---------------------------------------------------------------- records and versions

    @Test
    public void aMeetingWithEveryFieldComesBackIntactWithItsStamp() {
        Meeting m = everyField(meetingId("every field"));
        Recorded stamp = recorded("2024-03-26T01:02:03.123456Z", "biên bản số 3/BB-CB");

        meetings.record(ADMIN, m, stamp, 0);

        MeetingRecord kept = meetings.find(ADMIN, m.id()).orElseThrow();
        assertThat(kept).isEqualTo(new MeetingRecord(m, stamp, 1));
        assertThat(kept.meeting().attendance()).containsExactlyElementsOf(m.attendance());
        assertThat(kept.meeting().agenda()).containsExactlyElementsOf(m.agenda());
        assertThat(kept.meeting().guests()).containsExactlyElementsOf(m.guests());
        assertThat(kept.meeting().resolutions().get(1).ballot()).isEqualTo(new Ballot.Secret(3, 2, 0, 0, 1));
        assertThat(kept.meeting().resolutions().get(0).ballot().yes()).isEqualTo(1);
    }

    @Test
    public void aMeetingWithNothingOptionalComesBackIntact() {
        Meeting m = bare(meetingId("bare"), P5, MeetingKind.COMMITTEE, MARCH_25, LocalTime.of(7, 30));

        recordNew(m);

        assertThat(meetings.find(ADMIN, m.id()).orElseThrow().meeting()).isEqualTo(m);
    }

    @Test
    public void anUnknownMeetingIsNotFoundAndHasNoVersions() {
        assertThat(meetings.find(ADMIN, meetingId("unknown"))).isEmpty();
        assertThat(meetings.versions(ADMIN, meetingId("unknown"))).isEmpty();
    }

    @Test
    public void aCorrectionKeepsTheEarlierVersion() {
        Meeting first = everyField(meetingId("corrected"));
        Meeting corrected = withAgenda(first, "Đính chính: nghị quyết tháng 3");
        Recorded one = recorded("2024-03-26T01:02:03.123456Z", "biên bản");
        Recorded two = recorded("2024-04-02T08:00:00.000001Z", "đính chính theo ý kiến chi ủy");

        meetings.record(ADMIN, first, one, 0);
        meetings.record(ADMIN, corrected, two, 1);

        assertThat(meetings.find(ADMIN, first.id())).contains(new MeetingRecord(corrected, two, 2));
        assertThat(meetings.versions(ADMIN, first.id()))
                .containsExactly(new MeetingRecord(first, one, 1), new MeetingRecord(corrected, two, 2));
    }

    @Test
    public void aStaleExpectedVersionLosesAndNothingIsKept() {
        Meeting first = everyField(meetingId("stale"));
        recordNew(first);
        MeetingRecord before = meetings.find(ADMIN, first.id()).orElseThrow();
        Meeting late = withAgenda(first, "ghi muộn");

        assertThatThrownBy(() -> meetings.record(ADMIN, late, recorded("2024-04-01T00:00:00Z", "muộn"), 0))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> meetings.record(ADMIN, late, recorded("2024-04-01T00:00:00Z", "muộn"), 2))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(meetings.find(ADMIN, first.id())).contains(before);
        assertThat(meetings.versions(ADMIN, first.id())).containsExactly(before);
    }

    @Test
    public void aNewMeetingExpectedAtAVersionIsRefused() {
        Meeting m = everyField(meetingId("never recorded"));

        assertThatThrownBy(() -> meetings.record(ADMIN, m, recorded("2024-04-01T00:00:00Z", "?"), 1))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(meetings.find(ADMIN, m.id())).isEmpty();
    }

    // ---------------------------------------------------------------- meetings of an organisation

    @Test
    public void meetingsOfAnOrganisationAreItsSubtreesInTheRangeByDateAndStartLatestVersionsOnly() {
        Meeting evening = bare("KP3 evening", KP3, MARCH_25, LocalTime.of(19, 0));
        Meeting morning = bare("KP3 morning", KP3, MARCH_25, LocalTime.of(8, 0));
        Meeting kp4 = bare("KP4", KP4, LocalDate.of(2024, 3, 10), LocalTime.of(19, 0));
        Meeting ward = bare(
                meetingId("P5 committee"), P5, MeetingKind.COMMITTEE, LocalDate.of(2024, 3, 20), LocalTime.of(8, 0));
        Meeting otherWard = bare("KP9", KP9, LocalDate.of(2024, 3, 15), LocalTime.of(19, 0));
        Meeting first = bare("KP3 first day", KP3, LocalDate.of(2024, 3, 1), LocalTime.of(19, 0));
        Meeting last = bare("KP4 last day", KP4, LocalDate.of(2024, 3, 31), LocalTime.of(19, 0));
        Meeting before = bare("KP3 February", KP3, LocalDate.of(2024, 2, 29), LocalTime.of(19, 0));
        Meeting after = bare("KP3 April", KP3, LocalDate.of(2024, 4, 1), LocalTime.of(19, 0));
        for (Meeting m : List.of(evening, morning, kp4, ward, otherWard, first, last, before, after)) {
            recordNew(m);
        }
        Meeting kp4Corrected = withAgenda(kp4, "đính chính");
        meetings.record(ADMIN, kp4Corrected, recorded("2024-04-02T00:00:00Z", "đính chính"), 1);
        LocalDate from = LocalDate.of(2024, 3, 1);
        LocalDate to = LocalDate.of(2024, 3, 31);

        List<MeetingRecord> ofWard = meetings.ofOrganization(ADMIN, P5, from, to);

        assertThat(ids(ofWard)).containsExactly(first.id(), kp4.id(), ward.id(), morning.id(), evening.id(), last.id());
        assertThat(ofWard.get(1)).satisfies(r -> {
            assertThat(r.version()).isEqualTo(2);
            assertThat(r.meeting()).isEqualTo(kp4Corrected);
        });
        assertThat(ids(meetings.ofOrganization(ADMIN, KP3, from, to)))
                .containsExactly(first.id(), morning.id(), evening.id());
        assertThat(ids(meetings.ofOrganization(ADMIN, OrganizationTestData.id("Tỉnh"), from, to)))
                .containsExactly(
                        first.id(), kp4.id(), otherWard.id(), ward.id(), morning.id(), evening.id(), last.id());
        assertThat(meetings.ofOrganization(ADMIN, KP9, from, from)).isEmpty();
    }

    // ---------------------------------------------------------------- scope

    @Test
    public void aWardRecordsAndReadsTheMeetingsOfItsOwnCells() {
        Meeting own = everyField(meetingId("own cell"));

        meetings.record(ward5(), own, recorded("2024-03-26T00:00:00Z", "biên bản"), 0);

        assertThat(meetings.find(ward5(), own.id()).orElseThrow().meeting()).isEqualTo(own);
        assertThat(meetings.versions(ward5(), own.id())).hasSize(1);
        assertThat(ids(meetings.ofOrganization(ward5(), P5, MARCH_25, MARCH_25)))
                .containsExactly(own.id());
    }

    @Test
    public void aWardCannotRecordAMeetingOfASiblingWardsCell() {
        Meeting sibling = bare("KP9 by ward 5", KP9, MARCH_25, LocalTime.of(19, 0));

        assertThatThrownBy(() -> meetings.record(ward5(), sibling, recorded("2024-03-26T00:00:00Z", "?"), 0))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(meetings.find(ADMIN, sibling.id())).isEmpty();
    }

    @Test
    public void aWardCannotReadOrCorrectASiblingWardsMeeting() {
        Meeting sibling = bare("KP9", KP9, MARCH_25, LocalTime.of(19, 0));
        recordNew(sibling);

        assertThatThrownBy(() -> meetings.find(ward5(), sibling.id())).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> meetings.versions(ward5(), sibling.id())).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> meetings.ofOrganization(ward5(), P1, MARCH_25, MARCH_25))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() ->
                        meetings.record(ward5(), withAgenda(sibling, "sửa"), recorded("2024-03-27T00:00:00Z", "?"), 1))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(meetings.versions(ADMIN, sibling.id())).hasSize(1);
    }

    @Test
    public void aWardCannotMoveItsMeetingIntoASiblingWard() {
        Meeting own = bare("KP3 moved", KP3, MARCH_25, LocalTime.of(19, 0));
        meetings.record(ward5(), own, recorded("2024-03-26T00:00:00Z", "biên bản"), 0);
        Meeting moved = bare(own.id(), KP9, MeetingKind.REGULAR, MARCH_25, LocalTime.of(19, 0));

        assertThatThrownBy(() -> meetings.record(ward5(), moved, recorded("2024-03-27T00:00:00Z", "?"), 1))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(meetings.find(ADMIN, own.id()).orElseThrow().meeting()).isEqualTo(own);
    }

    @Test
    public void aWardDoesNotReadTheMeetingsOfTheCommitteesAboveIt() {
        Meeting city = bare(meetingId("city committee"), CITY, MeetingKind.COMMITTEE, MARCH_25, LocalTime.of(8, 0));
        Meeting own = bare("KP3", KP3, MARCH_25, LocalTime.of(19, 0));
        recordNew(city);
        recordNew(own);

        assertThatThrownBy(() -> meetings.find(ward5(), city.id())).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> meetings.versions(ward5(), city.id())).isInstanceOf(OutOfScopeException.class);
        assertThat(ids(meetings.ofOrganization(ward5(), CITY, MARCH_25, MARCH_25)))
                .containsExactly(own.id());
    }

    // ---------------------------------------------------------------- schedules

    @Test
    public void schedulesComeBackInTheOrderKept() {
        MeetingSchedule committee = new MeetingSchedule(
                KP3,
                MeetingKind.COMMITTEE,
                21,
                HolidayShift.EARLIER,
                DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)));
        MeetingSchedule cell = new MeetingSchedule(
                KP3, MeetingKind.REGULAR, 25, HolidayShift.LATER, DateRange.startingOn(LocalDate.of(2020, 1, 1)));
        MeetingSchedule other = new MeetingSchedule(
                KP4, MeetingKind.REGULAR, 31, HolidayShift.KEEP, DateRange.startingOn(LocalDate.of(2021, 6, 1)));

        meetings.addSchedule(ADMIN, committee, recorded("2024-01-02T00:00:00Z", "nghị quyết chi bộ"));
        meetings.addSchedule(ward5(), cell, recorded("2024-01-02T00:00:00Z", "nghị quyết chi bộ"));
        meetings.addSchedule(ADMIN, other, recorded("2024-01-02T00:00:00Z", "nghị quyết chi bộ"));

        assertThat(meetings.schedules(ADMIN, KP3)).containsExactly(committee, cell);
        assertThat(meetings.schedules(ward5(), KP4)).containsExactly(other);
        assertThat(meetings.schedules(ADMIN, KP9)).isEmpty();
    }

    @Test
    public void aWardKeepsAndReadsTheSchedulesOfItsOwnCellsOnly() {
        MeetingSchedule sibling = new MeetingSchedule(
                KP9, MeetingKind.REGULAR, 25, HolidayShift.KEEP, DateRange.startingOn(LocalDate.of(2020, 1, 1)));

        assertThatThrownBy(() -> meetings.addSchedule(ward5(), sibling, recorded("2024-01-02T00:00:00Z", "?")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> meetings.schedules(ward5(), KP9)).isInstanceOf(OutOfScopeException.class);
        assertThat(meetings.schedules(ADMIN, KP9)).isEmpty();
    }
}

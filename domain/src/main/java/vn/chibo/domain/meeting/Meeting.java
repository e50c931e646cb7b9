package vn.chibo.domain.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * The record of one meeting, as the minutes (biên bản) keep it: who met, when, for how long, with
 * which guests, who of those summoned came, and what was voted. It is also the input a host gives
 * to record a meeting: its constraints are checked by the validator, the meeting rules next.
 *
 * @param id the meeting's identity
 * @param organization the cell (or the committee's organisation, or the party group) that met
 * @param kind the kind of meeting
 * @param alsoThematic whether a regular meeting also held a thematic one (then ≥ 120 minutes)
 * @param date the day
 * @param start the start time
 * @param end the end time
 * @param materialsPublished the day the materials were posted on the e-handbook, if known
 * @param agenda the items discussed
 * @param guests invited participants, who do not vote
 * @param attendance every member summoned, with their attendance
 * @param minutesSecretary the member who kept the minutes, if recorded
 * @param resolutions what was put to the vote
 */
public record Meeting(
        @NotNull MeetingId id,
        @NotNull OrganizationId organization,
        @NotNull MeetingKind kind,
        boolean alsoThematic,
        @NotNull LocalDate date,
        @NotNull LocalTime start,
        @NotNull LocalTime end,
        @Nullable LocalDate materialsPublished,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> agenda,
        @NotNull @Size(max = 200) List<@NotNull @Valid Guest> guests,
        @NotNull @Size(max = 5000) List<@NotNull @Valid Attendance> attendance,
        @Nullable MemberId minutesSecretary,
        @NotNull @Size(max = 100) List<@NotNull @Valid Resolution> resolutions) {
    public Meeting {
        // Nulls are kept so that the validator reports them with their index.
        agenda = copy(agenda);
        guests = copy(guests);
        attendance = copy(attendance);
        resolutions = copy(resolutions);
    }

    private static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    /** How long it lasted; negative or zero when the record is wrong (refused when recorded). */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** The attendance of {@code member}, if summoned. */
    public Optional<Attendance> attendanceOf(MemberId member) {
        return attendance.stream().filter(a -> a.member().equals(member)).findFirst();
    }

    /** Whether it counts as the month's regular meeting. */
    public boolean isRegular() {
        return kind == MeetingKind.REGULAR;
    }

    /** Whether it counts as the quarter's thematic meeting. */
    public boolean isThematic() {
        return kind == MeetingKind.THEMATIC || (kind == MeetingKind.REGULAR && alsoThematic);
    }
}

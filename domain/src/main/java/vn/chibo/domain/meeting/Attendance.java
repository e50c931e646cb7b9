package vn.chibo.domain.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;

/**
 * One summoned member's attendance.
 *
 * @param member the member
 * @param status present, excused or unexcused
 * @param reason the reason given for an absence, if any
 * @param accepted whether the convener accepted the reason (an excused absence only)
 * @param wholeSession whether an absence lasted the whole session (a late arrival is present)
 */
public record Attendance(
        @NotNull MemberId member,
        @NotNull AttendanceStatus status,
        @Nullable @Size(max = 500) String reason,
        boolean accepted,
        boolean wholeSession) {
    public Attendance {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(status, "status");
    }

    /** Present. */
    public static Attendance present(MemberId member) {
        return new Attendance(member, AttendanceStatus.PRESENT, null, false, false);
    }

    /** Absent for the whole session with a reason the convener accepted. */
    public static Attendance excused(MemberId member, String reason) {
        return new Attendance(member, AttendanceStatus.EXCUSED, reason, true, true);
    }

    /** Absent without reason. */
    public static Attendance unexcused(MemberId member) {
        return new Attendance(member, AttendanceStatus.UNEXCUSED, null, false, true);
    }

    /** Whether the member was there. */
    public boolean isPresent() {
        return status == AttendanceStatus.PRESENT;
    }
}

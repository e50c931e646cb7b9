package vn.chibo.domain.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;

/**
 * One span of membership: from an admission decision and its ceremony to removal, expulsion,
 * refusal of recognition or death. A readmitted member has two.
 *
 * @param admission the admission decision
 * @param ceremony the ceremony date, once held
 * @param recognizedFrom the day full membership began (the end of probation), once recognised
 * @param recognitionDecided the date the cell decided on recognition
 * @param ended the first day no longer a member, if the membership ended
 */
public record Membership(
        MemberFact.AdmissionDecided admission,
        @Nullable LocalDate ceremony,
        @Nullable LocalDate recognizedFrom,
        @Nullable LocalDate recognitionDecided,
        @Nullable LocalDate ended) {
    /** Probation lasts twelve months from the ceremony (Charter Art. 5.1; conventions.md). */
    public static final int PROBATION_MONTHS = 12;

    public Membership {
        Objects.requireNonNull(admission, "admission");
    }

    /** The ceremony date, once held. */
    public Optional<LocalDate> ceremonyDate() {
        return Optional.ofNullable(ceremony);
    }

    /** The end of probation: {@code ceremony.plusMonths(12)}, the day full membership can start. */
    public Optional<LocalDate> probationEnd() {
        return ceremonyDate().map(c -> c.plusMonths(PROBATION_MONTHS));
    }

    /** The days the person was a member: from the ceremony until the end; empty before a ceremony. */
    public Optional<DateRange> span() {
        if (ceremony == null || (ended != null && !ended.isAfter(ceremony))) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(ceremony, ended));
    }

    /**
     * Whether {@code date} is in {@link #span()} (from the ceremony until the end), without making
     * the span: histories ask it of every member on every rating.
     */
    public boolean runsOn(LocalDate date) {
        return ceremony != null
                && !date.isBefore(ceremony)
                && (ended == null || (ended.isAfter(ceremony) && date.isBefore(ended)));
    }

    /** The status on {@code date}, if a member then. */
    public Optional<MembershipStatus> statusOn(LocalDate date) {
        Optional<DateRange> span = span();
        if (span.isEmpty() || !span.get().contains(date)) {
            return Optional.empty();
        }
        LocalDate end = Objects.requireNonNull(ceremony).plusMonths(PROBATION_MONTHS);
        if (date.isBefore(end)) {
            return Optional.of(MembershipStatus.PROBATIONARY);
        }
        if (recognizedFrom != null && !date.isBefore(recognizedFrom)) {
            return Optional.of(MembershipStatus.FULL);
        }
        return Optional.of(MembershipStatus.AWAITING_RECOGNITION);
    }
}

package vn.chibo.domain.member.residence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.OrganizationId;

/**
 * One span of registration with a residential cell, from the registration to its end, derived
 * from the facts.
 *
 * @param registered the registration
 * @param until the first day no longer registered, or {@code null} while it runs
 * @param endReason why it ended, or {@code null} while it runs
 */
public record ResidenceRegistration(
        ResidenceFact.Registered registered,
        @Nullable LocalDate until,
        @Nullable EndReason endReason) {
    public ResidenceRegistration {
        Objects.requireNonNull(registered, "registered");
    }

    /** The days registered. */
    public DateRange span() {
        return new DateRange(registered.effective(), until);
    }

    /** The residential cell. */
    public OrganizationId residentialCell() {
        return registered.residentialCell();
    }

    /** Why it ended, if it did. */
    public Optional<EndReason> ended() {
        return Optional.ofNullable(endReason);
    }
}

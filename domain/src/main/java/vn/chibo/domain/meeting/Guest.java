package vn.chibo.domain.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * An invited participant with no vote.
 *
 * @param name the guest's name
 * @param role who the guest is
 */
public record Guest(
        @NotBlank @Size(max = 200) String name, @NotNull GuestRole role) {
    public Guest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}

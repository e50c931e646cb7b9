package vn.chibo.domain.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;

/**
 * A resolution (nghị quyết) put to the vote at a meeting.
 *
 * @param title what it is about
 * @param kind what it decides, which sets the threshold
 * @param subject the member it concerns (admission, recognition, discipline), if any
 * @param ballot how it was voted
 */
public record Resolution(
        @NotBlank @Size(max = 500) String title,
        @NotNull ResolutionKind kind,
        @Nullable MemberId subject,
        @NotNull @Valid Ballot ballot) {
    public Resolution {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ballot, "ballot");
    }

    /** The member it concerns, if any. */
    public Optional<MemberId> member() {
        return Optional.ofNullable(subject);
    }
}

package vn.chibo.domain.oversight;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;

/**
 * The cell's education of a member whose will to strive declined (rules.md §2.11 case 3): an
 * input of the oversight area, supplied by the host, not a member fact. The member is considered
 * for removal when 12 months after {@code started} no progress was noted by then.
 *
 * @param member the member
 * @param started the day the cell began educating the member (its resolution)
 * @param progressNoted the day the cell noted progress, or {@code null} if it has not
 * @param note the cell's decision or a short note
 */
public record EducationStarted(
        @NotNull MemberId member,
        @NotNull LocalDate started,
        @Nullable LocalDate progressNoted,
        @NotNull String note) {
    public EducationStarted {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(note, "note");
    }
}

package vn.chibo.domain.oversight;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.rule.Finding;

/**
 * A member the cell should consider for removal from the list, with the evidence. A flag for the
 * cell to consider, never a removal.
 *
 * @param member the member
 * @param trigger the ground
 * @param months the months counted (meetings: with an unexcused absence; dues: unpaid), oldest first
 * @param years the years rated "not completed", oldest first
 * @param educationStarted the day the education began, for {@link RemovalTrigger#NO_PROGRESS_AFTER_EDUCATION}
 * @param finding the finding, with its rule source
 */
public record RemovalConsideration(
        MemberId member,
        RemovalTrigger trigger,
        ImmutableList<YearMonth> months,
        ImmutableList<Year> years,
        @Nullable LocalDate educationStarted,
        Finding finding) {
    public RemovalConsideration {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(finding, "finding");
    }
}

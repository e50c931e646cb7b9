package vn.chibo.domain.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a classification reads besides the review and the member's history: the period reviewed
 * with its first and last day, the Annex 5 criteria set that applies to the member's organisation
 * (from the {@link vn.chibo.domain.rule.PolicyRegistry}), and the decided grades of the earlier
 * periods that feed this one (quarters 1 to 3 for a year, the years of a term for a term).
 *
 * @param period the period reviewed
 * @param start its first day
 * @param end its last day: facts "in the year" are those dated from {@code start} to {@code end}
 * @param criteria the Annex 5 criteria set, or {@code null} for chibo's default ({@link
 *     CriteriaSets#annex5Default()})
 * @param earlier the grades of the earlier periods feeding this one, oldest first
 */
public record RatingContext(
        ReviewPeriod period,
        LocalDate start,
        LocalDate end,
        @Nullable CriteriaSet criteria,
        ImmutableList<PeriodGrade> earlier) {
    public RatingContext {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(earlier, "earlier");
        checkArgument(!end.isBefore(start), "a period ends after it starts: %s to %s", start, end);
    }

    /**
     * The last yearly context made, given again for the same year (a classification asks for the
     * year's context once per member; the value is immutable).
     */
    private static volatile @Nullable RatingContext lastYearly;

    /** The yearly review of {@code year}: 1/1 to 31/12, nothing else. */
    public static RatingContext yearly(Year year) {
        RatingContext last = lastYearly;
        if (last != null && last.start.getYear() == year.getValue()) {
            return last;
        }
        RatingContext made = of(year, ReviewPeriod.YEAR);
        lastYearly = made;
        return made;
    }

    /**
     * The review of {@code period} of {@code year}, a year or a quarter.
     *
     * @throws IllegalArgumentException for a term, whose first day the term gives: use the constructor
     */
    public static RatingContext of(Year year, ReviewPeriod period) {
        LocalDate start = period.start(year)
                .orElseThrow(() -> new IllegalArgumentException("a term review needs the term's first day"));
        return new RatingContext(period, start, period.end(year), null, ImmutableList.of());
    }

    /** This context with the Annex 5 criteria set that applies. */
    public RatingContext withCriteria(@Nullable CriteriaSet set) {
        return new RatingContext(period, start, end, set, earlier);
    }

    /** This context with the grades of the earlier periods feeding it. */
    public RatingContext withEarlier(List<PeriodGrade> grades) {
        return new RatingContext(period, start, end, criteria, ImmutableList.copyOf(grades));
    }

    /** The criteria set to score an Annex 5 member on: the one given, or chibo's default. */
    public CriteriaSet criteriaOrDefault() {
        return criteria != null ? criteria : CriteriaSets.annex5Default();
    }
}

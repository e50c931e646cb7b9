package vn.chibo.domain.evaluation;

import java.time.Year;
import java.util.Objects;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * What one {@link EvaluationRecord} is about: a member or an organisation, the review year and the
 * review period ({@link ReviewPeriod#YEAR} unless a quarterly or term review is meant). Two keys
 * differing only in the period are two reviews.
 *
 * @param subject the member or organisation
 * @param year the review year (for a term review, the year the term ends)
 * @param period the review period
 */
public record EvaluationKey(EvaluationSubject subject, Year year, ReviewPeriod period) {
    public EvaluationKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(period, "period");
    }

    /** The yearly review of {@code subject} for {@code year}. */
    public EvaluationKey(EvaluationSubject subject, Year year) {
        this(subject, year, ReviewPeriod.YEAR);
    }

    /** The yearly review of {@code member} for {@code year}. */
    public static EvaluationKey of(MemberId member, Year year) {
        return new EvaluationKey(new EvaluationSubject.OfMember(member), year);
    }

    /** The yearly review of {@code organization} for {@code year}. */
    public static EvaluationKey of(OrganizationId organization, Year year) {
        return new EvaluationKey(new EvaluationSubject.OfOrganization(organization), year);
    }

    /** The review of {@code member} for {@code period} of {@code year}. */
    public static EvaluationKey of(MemberId member, Year year, ReviewPeriod period) {
        return new EvaluationKey(new EvaluationSubject.OfMember(member), year, period);
    }

    /** The review of {@code organization} for {@code period} of {@code year}. */
    public static EvaluationKey of(OrganizationId organization, Year year, ReviewPeriod period) {
        return new EvaluationKey(new EvaluationSubject.OfOrganization(organization), year, period);
    }

    /** Whether this is a yearly review. */
    public boolean yearly() {
        return period == ReviewPeriod.YEAR;
    }

    /** This key for another period of the same subject and year. */
    public EvaluationKey withPeriod(ReviewPeriod other) {
        return new EvaluationKey(subject, year, other);
    }

    /** {@code member … 2021} for a yearly review, {@code member … 2021 Q1} otherwise. */
    @Override
    public String toString() {
        return subject + " " + year + (yearly() ? "" : " " + period.code());
    }
}

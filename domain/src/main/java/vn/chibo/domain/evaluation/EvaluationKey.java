package vn.chibo.domain.evaluation;

import java.time.Year;
import java.util.Objects;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * What one {@link EvaluationRecord} is about: a member or an organisation, and the review year.
 *
 * @param subject the member or organisation
 * @param year the review year
 */
public record EvaluationKey(EvaluationSubject subject, Year year) {
    public EvaluationKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(year, "year");
    }

    /** The review of {@code member} for {@code year}. */
    public static EvaluationKey of(MemberId member, Year year) {
        return new EvaluationKey(new EvaluationSubject.OfMember(member), year);
    }

    /** The review of {@code organization} for {@code year}. */
    public static EvaluationKey of(OrganizationId organization, Year year) {
        return new EvaluationKey(new EvaluationSubject.OfOrganization(organization), year);
    }

    @Override
    public String toString() {
        return subject + " " + year;
    }
}

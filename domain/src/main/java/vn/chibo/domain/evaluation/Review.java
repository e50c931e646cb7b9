package vn.chibo.domain.evaluation;

import java.time.Year;

/** The input of a review, as the cell's proposal brings it: a member's or an organisation's. */
public sealed interface Review permits MemberReview, OrganizationReview {
    /** The review year. */
    Year year();

    /** The grade proposed. */
    Grade proposed();
}

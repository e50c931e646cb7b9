package vn.chibo.domain.evaluation;

import java.util.Objects;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/** Who is reviewed: a member, or an organisation (a cell, a committee). */
public sealed interface EvaluationSubject {
    /**
     * A member.
     *
     * @param member the member
     */
    record OfMember(MemberId member) implements EvaluationSubject {
        public OfMember {
            Objects.requireNonNull(member, "member");
        }

        @Override
        public String toString() {
            return "member " + member;
        }
    }

    /**
     * An organisation.
     *
     * @param organization the organisation
     */
    record OfOrganization(OrganizationId organization) implements EvaluationSubject {
        public OfOrganization {
            Objects.requireNonNull(organization, "organization");
        }

        @Override
        public String toString() {
            return "organisation " + organization;
        }
    }
}

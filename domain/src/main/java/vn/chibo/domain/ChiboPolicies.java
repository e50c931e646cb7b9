package vn.chibo.domain;

import vn.chibo.domain.evaluation.CriteriaSets;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.QuotaPools;
import vn.chibo.domain.meeting.MeetingPolicies;
import vn.chibo.domain.meeting.VotePolicies;
import vn.chibo.domain.member.MembershipPolicies;
import vn.chibo.domain.member.dues.DuesPolicies;
import vn.chibo.domain.member.residence.ResidencePolicies;
import vn.chibo.domain.organization.StructurePolicies;
import vn.chibo.domain.rule.PolicyRegistry;

/**
 * chibo's central policies, every area's, registered by their dates. A host adds its own or a
 * province's overlay with {@code ChiboPolicies.central().toBuilder().overlay(...).build()}.
 */
public final class ChiboPolicies {
    private ChiboPolicies() {}

    /** A new registry of every central policy chibo ships. */
    public static PolicyRegistry central() {
        PolicyRegistry.Builder b = PolicyRegistry.builder();
        StructurePolicies.registerCentral(b);
        MembershipPolicies.registerCentral(b);
        DuesPolicies.registerCentral(b);
        VotePolicies.registerCentral(b);
        MeetingPolicies.registerCentral(b);
        EvaluationRegimes.registerCentral(b);
        CriteriaSets.registerCentral(b);
        QuotaPools.registerCentral(b);
        ResidencePolicies.registerCentral(b);
        return b.build();
    }
}

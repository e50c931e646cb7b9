package vn.chibo.domain.evaluation;

import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.Policy;
import vn.chibo.domain.rule.PolicyKind;

/**
 * Which pool a rated member counts in for the excellence quota: the pluggable key of the quota
 * (rules.md §4.5, §4.12). HD 21 counts "trong từng tổ chức cơ sở đảng" (each grassroots
 * organisation); QĐ 124 counts per "nhóm đối tượng có vai trò, chức năng, nhiệm vụ tương đồng",
 * groups the host defines. A host implements this interface and registers it under {@link #KIND}
 * by review year, centrally or as an overlay on its subtree; chibo's defaults are in {@link
 * QuotaPools}. Implementations are immutable and their {@link #parameters()} say how they group, so
 * that the fingerprint changes with the grouping.
 */
public interface QuotaPool extends Policy {
    /** The kind under which pools are registered, chosen by review year and subtree. */
    PolicyKind<QuotaPool> KIND = PolicyKind.byReviewYear("evaluation.quota-pool", QuotaPool.class);

    /**
     * The pool of {@code member}, a member rated in the review year.
     *
     * @param tree the organisation tree on 31/12 of the review year
     */
    QuotaPoolKey poolOf(MemberHistory member, OrganizationTree.Snapshot tree);
}

package vn.chibo.domain.meeting;

import com.google.common.collect.ImmutableMap;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.member.MembershipPolicies;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.RuleSource;

/**
 * chibo's central vote policies (rules.md §3.5, §3.6):
 *
 * <ul>
 *   <li>from QĐ 29-QĐ/TW (25/7/2016): members absent with an accepted reason stay in the base (the
 *       older wording, recalled);
 *   <li>from QĐ 24-QĐ/TW (30/7/2021), and under QĐ 232 and QĐ 294: they leave it, as QĐ 24 item
 *       9.3.2 is quoted; the worked example of rules.md §3.5 reads otherwise, so the parameter is
 *       an open question and a host can register the other reading.
 * </ul>
 */
public final class VotePolicies {
    private VotePolicies() {}

    /** Under QĐ 29-QĐ/TW: accepted absences stay in the base. */
    public static VotePolicy qd29() {
        return common().id("meeting.vote/QĐ29-2016")
                .title(Label.of("Biểu quyết theo QĐ 29-QĐ/TW", "Voting under QĐ 29-QĐ/TW"))
                .source(RuleSource.of("Điều lệ Đảng; QĐ 29-QĐ/TW", "Điều 10 khoản 5", Confidence.RECALLED))
                .acceptedAbsenceLeavesBase(false)
                .putRuleSource(
                        VotePolicy.BASE,
                        RuleSource.of(
                                "QĐ 29-QĐ/TW",
                                "item 9.3",
                                Confidence.RECALLED,
                                "the older wording without the accepted-absence exclusion (rules.md §3.5)"))
                .build();
    }

    /** Under QĐ 24-QĐ/TW and its successors: accepted absences leave the base. */
    public static VotePolicy qd24() {
        return common().id("meeting.vote/QĐ24-2021")
                .title(Label.of("Biểu quyết theo QĐ 24-QĐ/TW", "Voting under QĐ 24-QĐ/TW"))
                .source(RuleSource.of(
                        "Điều lệ Đảng; QĐ 24-QĐ/TW; QĐ 294-QĐ/TW",
                        "Điều 10 khoản 5; item 9.3.2",
                        Confidence.SOURCE_SEEN))
                .acceptedAbsenceLeavesBase(true)
                .putRuleSource(
                        VotePolicy.BASE,
                        RuleSource.of(
                                "QĐ 24-QĐ/TW; QĐ 294-QĐ/TW",
                                "item 9.3.2",
                                Confidence.OPEN_QUESTION,
                                "base: full members summoned less those temporarily transferred, exempted and"
                                        + " absent, suspended, prosecuted or in custody, and absent with an accepted"
                                        + " reason; the worked example of rules.md §3.5 keeps the last group in"))
                .build();
    }

    /** Registers both, by the dates of QĐ 29 and QĐ 24. */
    public static PolicyRegistry.Builder registerCentral(PolicyRegistry.Builder registry) {
        return registry.register(
                        VotePolicy.KIND,
                        qd29(),
                        Applicability.between(MembershipPolicies.QD29, MembershipPolicies.QD24))
                .register(VotePolicy.KIND, qd24(), Applicability.from(MembershipPolicies.QD24));
    }

    private static VotePolicy.Builder common() {
        VotePolicy.Builder b = VotePolicy.builder();
        b.ruleSources(ImmutableMap.of(
                VotePolicy.MAJORITY,
                RuleSource.of("Điều lệ Đảng", "Điều 10 khoản 5", Confidence.SOURCE_SEEN, "more than half of the base"),
                VotePolicy.TWO_THIRDS,
                RuleSource.of(
                        "Điều lệ Đảng; QĐ 102-QĐ/TW (practice)",
                        "Điều 4 khoản 3; Điều 5 khoản 2",
                        Confidence.SOURCE_SEEN,
                        "at least two thirds for admission and recognition; dismissal and expulsion from practice"
                                + " under QĐ 102 (recalled for QĐ 296)"),
                VotePolicy.VOTERS,
                RuleSource.of(
                        "Điều lệ Đảng",
                        "Điều 3 khoản 4; Điều 7",
                        Confidence.SOURCE_SEEN,
                        "probationary members never vote; exempted members vote when present")));
        return b;
    }
}

package vn.chibo.domain.member.dues;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import vn.chibo.domain.common.Masking;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;

/**
 * What a member owes for one month, how it was computed and under which policy (with the
 * fingerprint of its parameters), plus what the calculation found on the way (an exemption claimed
 * that does not hold, one available but not claimed). A month no dues policy covers has no amount
 * and one {@link Finding#NO_POLICY} finding.
 *
 * <p>The amount is sensitive: {@link #toString()} masks it.
 */
@Value.Immutable
public abstract class DuesAssessment {
    DuesAssessment() {}

    /** The member. */
    public abstract MemberId member();

    /** The month. */
    public abstract YearMonth month();

    /** The member's category that month. */
    public abstract DuesCategory category();

    /** The policy applied, with its fingerprint; empty when no policy covers the month. */
    public abstract Optional<PolicyRef> policy();

    /** How the amount was computed; empty when no policy covers the month. */
    public abstract Optional<DuesComputation> computation();

    /** What the calculation found, in the order found. */
    public abstract ImmutableList<Finding> findings();

    /** The amount owed in VND; empty when no policy covers the month. */
    public OptionalLong amountDue() {
        return computation().isPresent() ? OptionalLong.of(computation().get().amountDue()) : OptionalLong.empty();
    }

    /** The source of the rule that set the amount: the category's rate. */
    public Optional<RuleSource> source() {
        return computation().map(DuesComputation::rateSource);
    }

    /** Whether a policy covered the month, so that there is an amount. */
    public boolean judged() {
        return computation().isPresent();
    }

    /** The findings with a rule code. */
    public ImmutableList<Finding> findings(String code) {
        return findings().stream().filter(f -> f.code().equals(code)).collect(ImmutableList.toImmutableList());
    }

    @Value.Check
    void check() {
        checkArgument(policy().isPresent() == computation().isPresent(), "an amount comes with the policy that set it");
        computation()
                .ifPresent(c -> checkArgument(
                        c.policy().equals(policy().orElseThrow()) && c.category() == category(),
                        "the computation belongs to this assessment"));
        checkArgument(
                policy().isPresent()
                        || findings().stream().anyMatch(f -> f.code().equals(Finding.NO_POLICY)),
                "an assessment without a policy says why");
    }

    /** The assessment with its amount masked. */
    @Override
    public String toString() {
        return "DuesAssessment{member=" + member()
                + ", month=" + month()
                + ", category=" + category()
                + ", policy=" + policy().map(PolicyRef::toString).orElse("none")
                + ", amountDue=" + (computation().isPresent() ? Masking.MASK : "none")
                + ", findings=" + findings().stream().map(Finding::code).collect(ImmutableList.toImmutableList())
                + "}";
    }
}

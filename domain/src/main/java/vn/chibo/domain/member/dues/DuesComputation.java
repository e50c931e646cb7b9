package vn.chibo.domain.member.dues;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import vn.chibo.domain.common.Masking;
import vn.chibo.domain.common.Sensitive;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;

/**
 * How a month's dues were computed: the rate applied to the basis amount or the fixed amount, the
 * share paid past working age, the relief, the one rounding and the source of each rule. The exact
 * amount is {@code base × share × (100 − reduction%)}, rounded once at the end.
 *
 * <p>Amounts are sensitive: {@link #toString()} masks them.
 */
@Value.Immutable
public abstract class DuesComputation {
    DuesComputation() {}

    /** The policy applied. */
    public abstract PolicyRef policy();

    /** The member's category. */
    public abstract DuesCategory category();

    /** The category's rate under the policy. */
    public abstract DuesRate rate();

    /** The basis amount a {@linkplain DuesRate.Percentage share} was taken of. */
    @Sensitive
    public abstract OptionalLong basisAmount();

    /** The area a {@linkplain DuesRate.FixedByArea fixed amount} was looked up for. */
    public abstract Optional<DuesArea> area();

    /** The percent of the fixed amount owed: 100, or the past-working-age share (50). */
    public abstract int factorPercent();

    /** What would be owed without relief, rounded like the amount due. */
    @Sensitive
    public abstract long amountBeforeRelief();

    /** The exemption or hardship decision applied, if any. */
    @Sensitive
    public abstract Optional<DuesRelief> relief();

    /** The amount owed for the month, in VND. */
    @Sensitive
    public abstract long amountDue();

    /** How the exact amount was rounded. */
    public abstract RoundingMode roundingMode();

    /** The VND multiple it was rounded to. */
    public abstract long roundingUnit();

    /** The source of the category's rate. */
    public abstract RuleSource rateSource();

    /** The source of the past-working-age share, when it was applied. */
    public abstract Optional<RuleSource> factorSource();

    /** The source of the relief, when one was applied. */
    public abstract Optional<RuleSource> reliefSource();

    /** The source of the rounding rule. */
    public abstract RuleSource roundingSource();

    /** The percent the relief took off: 0 without relief, 100 for an exemption. */
    public int reductionPercent() {
        return relief().map(DuesRelief::reductionPercent).orElse(0);
    }

    /** Every source applied: the rate's, then the share's, the relief's and the rounding's. */
    public ImmutableList<RuleSource> sources() {
        ImmutableList.Builder<RuleSource> b = ImmutableList.builder();
        b.add(rateSource());
        factorSource().ifPresent(b::add);
        reliefSource().ifPresent(b::add);
        return b.add(roundingSource()).build();
    }

    /** The computation with its amounts and relief masked. */
    @Override
    public String toString() {
        return "DuesComputation{policy=" + policy()
                + ", category=" + category()
                + ", rate=" + rate().canonical()
                + ", basisAmount=" + (basisAmount().isPresent() ? Masking.MASK : "absent")
                + ", area=" + area().map(Enum::name).orElse("absent")
                + ", factorPercent=" + factorPercent()
                + ", amountBeforeRelief=" + Masking.MASK
                + ", relief=" + relief().map(Object::toString).orElse("none")
                + ", amountDue=" + Masking.MASK
                + ", rounding=" + roundingMode() + "/" + roundingUnit()
                + "}";
    }
}

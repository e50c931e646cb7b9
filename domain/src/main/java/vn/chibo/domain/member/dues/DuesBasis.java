package vn.chibo.domain.member.dues;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import vn.chibo.domain.common.Masking;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Sensitive;

/**
 * What a member's dues for one month are computed from: the category, the basis amount if the
 * category pays a share (salary and allowances, pension, social-insurance salary base, benefit),
 * the area if it pays a fixed amount, whether the member is past working age, the party age, the
 * exemption grounds the cell has accepted and any hardship decision.
 *
 * <p>The basis amount and the exemption grounds are sensitive: {@link #toString()} masks them.
 */
@Value.Immutable
public abstract class DuesBasis {
    /** The largest basis amount accepted, in VND: one thousand billion a month. */
    public static final long MAX_BASIS_AMOUNT = 1_000_000_000_000L;

    DuesBasis() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DuesBasis}. */
    public static final class Builder extends ImmutableDuesBasis.Builder {
        Builder() {}
    }

    /** The member. */
    public abstract MemberId member();

    /** The month the dues are for. */
    public abstract YearMonth month();

    /** The member's category that month. */
    public abstract DuesCategory category();

    /**
     * The monthly amount in VND the category's share is taken of: salary and allowances, payroll
     * salary, pension, the previous month's social-insurance salary base or the benefit; absent
     * for a category paying a fixed or flat amount.
     */
    @Sensitive
    public abstract OptionalLong basisAmount();

    /** Where the member lives, for a category paying a fixed amount by area. */
    public abstract Optional<DuesArea> area();

    /** Whether the member is past working age (hết tuổi lao động); false unless set. */
    @Value.Default
    public boolean pastWorkingAge() {
        return false;
    }

    /** The member's party age in whole years (tuổi đảng), for {@link ExemptionGround#LONG_PARTY_AGE}. */
    public abstract int partyAgeYears();

    /**
     * The grounds on which the member applied for exemption and the cell accepted the application;
     * {@link ExemptionGround#LONG_PARTY_AGE} is checked against {@link #partyAgeYears()}.
     */
    @Sensitive
    public abstract ImmutableSet<ExemptionGround> exemptionGrounds();

    /** The hardship decision in force, if any; it lowers the dues only in the months it covers. */
    @Sensitive
    public abstract Optional<HardshipDecision> hardshipDecision();

    @Value.Check
    void check() {
        basisAmount()
                .ifPresent(amount -> checkArgument(
                        amount >= 0 && amount <= MAX_BASIS_AMOUNT,
                        "the basis amount is 0 to %s VND",
                        MAX_BASIS_AMOUNT));
        checkArgument(partyAgeYears() >= 0, "a party age is not negative");
    }

    /** The basis with its amount, exemption grounds and hardship decision masked. */
    @Override
    public String toString() {
        return "DuesBasis{member=" + member()
                + ", month=" + month()
                + ", category=" + category()
                + ", basisAmount=" + (basisAmount().isPresent() ? Masking.MASK : "absent")
                + ", area=" + area().map(Enum::name).orElse("absent")
                + ", pastWorkingAge=" + pastWorkingAge()
                + ", partyAgeYears=" + partyAgeYears()
                + ", exemptionGrounds=" + (exemptionGrounds().isEmpty() ? "[]" : Masking.MASK)
                + ", hardshipDecision="
                + hardshipDecision().map(Object::toString).orElse("absent")
                + "}";
    }
}

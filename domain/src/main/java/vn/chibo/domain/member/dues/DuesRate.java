package vn.chibo.domain.member.dues;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.chibo.domain.common.Label;

/**
 * How a category's monthly dues are computed: a share of a basis amount, a fixed amount by area,
 * or one flat amount. Shares are basis points (1% = 100, 0.5% = 50); amounts are whole VND.
 */
public sealed interface DuesRate {
    /** One ten-thousandth: the unit of {@link Percentage#basisPoints()}. */
    int BASIS_POINTS_PER_WHOLE = 10_000;

    /** The rate as canonical text, for a policy's parameters. */
    String canonical();

    /** A share of a basis amount. */
    static DuesRate percentage(int basisPoints, Label basis) {
        return new Percentage(basisPoints, basis);
    }

    /** A fixed amount for each area. */
    static DuesRate fixedByArea(ImmutableMap<DuesArea, Long> amounts) {
        return new FixedByArea(amounts);
    }

    /** One flat amount. */
    static DuesRate flat(long amount) {
        return new Flat(amount);
    }

    /**
     * A share of the member's basis amount (salary, pension, social-insurance base, benefit).
     *
     * @param basisPoints the share in basis points: 100 for 1%, 50 for 0.5%
     * @param basis what the basis amount is, e.g. "salary and allowances"
     */
    record Percentage(int basisPoints, Label basis) implements DuesRate {
        public Percentage {
            Objects.requireNonNull(basis, "basis");
            checkArgument(
                    basisPoints > 0 && basisPoints <= BASIS_POINTS_PER_WHOLE,
                    "a share is 1 to 10000 basis points, not %s",
                    basisPoints);
        }

        @Override
        public String canonical() {
            return "percentage:" + basisPoints + "bp";
        }
    }

    /**
     * A fixed monthly amount that depends on where the member lives; past working age the policy's
     * {@link DuesPolicy#pastWorkingAgePercent()} of it.
     *
     * @param amounts the amount in VND for every area
     */
    record FixedByArea(ImmutableMap<DuesArea, Long> amounts) implements DuesRate {
        public FixedByArea {
            amounts = ImmutableMap.copyOf(amounts);
            checkArgument(amounts.keySet().containsAll(EnumSet.allOf(DuesArea.class)), "an amount for every area");
            checkArgument(amounts.values().stream().allMatch(a -> a >= 0), "amounts are not negative");
        }

        /** The amount for {@code area}. */
        public long amount(DuesArea area) {
            Long amount = amounts.get(area);
            checkArgument(amount != null, "no amount for %s", area);
            return amount;
        }

        @Override
        public String canonical() {
            return "fixedByArea:"
                    + amounts.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .sorted()
                            .collect(Collectors.joining(","));
        }
    }

    /**
     * One amount whatever the area.
     *
     * @param amount the amount in VND
     */
    record Flat(long amount) implements DuesRate {
        public Flat {
            checkArgument(amount >= 0, "an amount is not negative");
        }

        @Override
        public String canonical() {
            return "flat:" + amount;
        }
    }
}

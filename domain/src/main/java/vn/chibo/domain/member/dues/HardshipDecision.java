package vn.chibo.domain.member.dues;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.chibo.domain.common.Masking;

/**
 * A decision exempting a member in hardship from dues, or reducing them, for a run of months (miễn
 * hoặc giảm đảng phí cho đảng viên có hoàn cảnh khó khăn). Whether it is allowed is the policy's
 * to say when the decision is applied: QĐ 01-QĐ/TW (2026) Điều 5 allows an exemption or a
 * reduction of 30%, 50% or 70%, for at most 12 months per decision.
 *
 * @param from the first month it covers
 * @param to the last month it covers, inclusive
 * @param reductionPercent by how much dues are reduced, in percent; 100 for an exemption
 */
public record HardshipDecision(YearMonth from, YearMonth to, int reductionPercent) {
    /** The reduction percent of an exemption. */
    public static final int EXEMPTION = 100;

    public HardshipDecision {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        checkArgument(!to.isBefore(from), "a decision ends (%s) no earlier than it starts (%s)", to, from);
    }

    /** An exemption from {@code from} to {@code to}, both inclusive. */
    public static HardshipDecision exemption(YearMonth from, YearMonth to) {
        return new HardshipDecision(from, to, EXEMPTION);
    }

    /** A reduction by {@code percent} from {@code from} to {@code to}, both inclusive. */
    public static HardshipDecision reduction(int percent, YearMonth from, YearMonth to) {
        return new HardshipDecision(from, to, percent);
    }

    /** Whether it exempts fully. */
    public boolean exempts() {
        return reductionPercent == EXEMPTION;
    }

    /** How many months it covers: 12 from 2026-02 to 2027-01. */
    public long months() {
        return from.until(to, ChronoUnit.MONTHS) + 1;
    }

    /** Whether it covers {@code month}. */
    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }

    /** The months it covers, without the reduction: a hardship decision is a sensitive fact. */
    @Override
    public String toString() {
        return "HardshipDecision[" + from + "–" + to + ", reduction " + Masking.mask(reductionPercent) + "]";
    }
}

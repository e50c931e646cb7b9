package vn.chibo.domain.member.dues;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Masking;
import vn.chibo.domain.common.Sensitive;

/**
 * One month of a member's dues ledger: what was owed, what was paid, when and how. A month owing
 * nothing (an exemption) is never unpaid. Amounts are sensitive: {@link #toString()} masks them and
 * the note.
 *
 * @param month the month the dues are for
 * @param amountDue what was owed, in VND; 0 for an exempted month
 * @param amountPaid what was paid for the month, in VND (possibly more than owed: members may pay
 *     more of their own will)
 * @param paidOn the day it was paid (the last payment, if several), or {@code null} if nothing was
 * @param channel how it was paid, or {@code null} if unknown or unpaid
 * @param note a free note (decision number, receipt), possibly empty
 */
public record DuesEntry(
        YearMonth month,
        @Sensitive long amountDue,
        @Sensitive long amountPaid,
        @Nullable LocalDate paidOn,
        @Nullable PaymentChannel channel,
        @Sensitive String note) {
    public DuesEntry {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(note, "note");
        checkArgument(amountDue >= 0, "an amount due is not negative");
        checkArgument(amountPaid >= 0, "an amount paid is not negative");
        checkArgument((paidOn != null) == (amountPaid > 0), "a payment date goes with a payment, and only with one");
        checkArgument(channel == null || paidOn != null, "a channel goes with a payment");
    }

    /** A month owing {@code amountDue} with nothing paid yet. */
    public static DuesEntry unpaid(YearMonth month, long amountDue) {
        return new DuesEntry(month, amountDue, 0, null, null, "");
    }

    /** A month owing {@code amountDue}, paid {@code amountPaid} on {@code paidOn} through {@code channel}. */
    public static DuesEntry paid(
            YearMonth month, long amountDue, long amountPaid, LocalDate paidOn, PaymentChannel channel) {
        return new DuesEntry(month, amountDue, amountPaid, paidOn, channel, "");
    }

    /** A month owing nothing: exempted. */
    public static DuesEntry exempt(YearMonth month) {
        return unpaid(month, 0);
    }

    /** This entry with {@code note}. */
    public DuesEntry withNote(String note) {
        return new DuesEntry(month, amountDue, amountPaid, paidOn, channel, note);
    }

    /** The payment date, if paid. */
    public Optional<LocalDate> paymentDate() {
        return Optional.ofNullable(paidOn);
    }

    /** The channel, if known. */
    public Optional<PaymentChannel> paymentChannel() {
        return Optional.ofNullable(channel);
    }

    /**
     * Whether, as of {@code asOf}, the month owes something and less than that was paid on or
     * before {@code asOf}. An exempted month (nothing owed) is never unpaid.
     */
    public boolean unpaidAsOf(LocalDate asOf) {
        if (amountDue == 0) {
            return false;
        }
        return paidOn == null || paidOn.isAfter(asOf) || amountPaid < amountDue;
    }

    /** The entry with its amounts and note masked. */
    @Override
    public String toString() {
        return "DuesEntry{month=" + month
                + ", amountDue=" + Masking.MASK
                + ", amountPaid=" + Masking.MASK
                + ", paidOn=" + (paidOn == null ? "unpaid" : paidOn)
                + ", channel=" + (channel == null ? "none" : channel)
                + ", note=" + (note.isEmpty() ? "\"\"" : Masking.MASK)
                + "}";
    }
}

package vn.chibo.domain.member;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Tuổi đảng on a date: counted from the first admission decision, less the days without party
 * activity (time out of the party, loss of contact, transfer gaps), as whole years, months and
 * days.
 *
 * @param start the first admission decision's date
 * @param gapDays the days without party activity between {@code start} and {@code asOf}
 * @param asOf the date
 * @param age the party age: the period from {@code start} plus the gap days to {@code asOf}
 */
public record PartyAge(LocalDate start, long gapDays, LocalDate asOf, Period age) {
    public PartyAge {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(age, "age");
    }

    /** Whole years. */
    public int years() {
        return age.getYears();
    }

    /** Whole months in all. */
    public long totalMonths() {
        return age.toTotalMonths();
    }

    @Override
    public String toString() {
        return age.getYears() + "y" + age.getMonths() + "m" + age.getDays() + "d since " + start + " less " + gapDays
                + " days";
    }
}

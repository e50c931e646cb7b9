package vn.chibo.domain.rule;

import com.google.common.collect.ImmutableSortedSet;
import vn.chibo.domain.common.ChiboException;

/**
 * A {@link WorkingCalendar} was asked about a year it has no holiday data for. chibo never assumes
 * that a year without data has no holidays: a host adds the year's official days off with {@link
 * WorkingCalendar.Builder#holidays(int, Iterable)}.
 */
public class CalendarNotCoveredException extends ChiboException {
    private static final long serialVersionUID = 1L;

    private final int year;

    @SuppressWarnings("serial") // ImmutableSortedSet is serializable
    private final ImmutableSortedSet<Integer> coveredYears;

    /**
     * Names the year asked about and the years the calendar covers.
     *
     * @param year the year without holiday data
     * @param coveredYears the years the calendar has data for
     */
    public CalendarNotCoveredException(int year, ImmutableSortedSet<Integer> coveredYears) {
        super("The working calendar has no holiday data for " + year + " (it covers "
                + describe(coveredYears) + "); add the year's official days off to the calendar"
                + " before counting working days in it.");
        this.year = year;
        this.coveredYears = coveredYears;
    }

    /** The year asked about. */
    public int year() {
        return year;
    }

    /** The years the calendar covers. */
    public ImmutableSortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** The years as runs: {@code 2016–2027}, {@code 2016–2020, 2025}, or {@code no year}. */
    static String describe(ImmutableSortedSet<Integer> years) {
        if (years.isEmpty()) {
            return "no year";
        }
        StringBuilder out = new StringBuilder();
        int start = years.first();
        int previous = start;
        for (int y : years.tailSet(start, false)) {
            if (y != previous + 1) {
                appendRun(out, start, previous);
                start = y;
            }
            previous = y;
        }
        appendRun(out, start, previous);
        return out.toString();
    }

    private static void appendRun(StringBuilder out, int first, int last) {
        if (out.length() > 0) {
            out.append(", ");
        }
        out.append(first);
        if (last != first) {
            out.append('–').append(last);
        }
    }
}

package vn.chibo.domain.organization;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.Objects;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;

/**
 * A term (nhiệm kỳ) opened by a congress (Đại hội), e.g. nhiệm kỳ 2020–2025 opened by Đại hội lần
 * thứ XIII.
 *
 * @param organization the organisation
 * @param congress the ordinal of the congress
 * @param congressDate the day of the congress
 * @param plannedEnd the year the term is planned to end
 */
public record Term(OrganizationId organization, int congress, LocalDate congressDate, int plannedEnd) {
    public Term {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(congressDate, "congressDate");
        Preconditions.checkArgument(congress >= 1, "congress ordinals start at 1");
    }

    /** {@code nhiệm kỳ 2020–2025, Đại hội lần thứ XIII} and its English counterpart. */
    public Label label() {
        String years = congressDate.getYear() + "–" + plannedEnd;
        String roman = roman(congress);
        return Label.of(
                "Nhiệm kỳ " + years + ", Đại hội lần thứ " + roman, "Term " + years + ", " + roman + " Congress");
    }

    /** The term's length in years as planned. */
    public int plannedYears() {
        return plannedEnd - congressDate.getYear();
    }

    /** Roman numerals, as congresses are numbered. */
    static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }
}

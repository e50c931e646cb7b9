package vn.chibo.domain.organization;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders names as a Vietnamese reader expects: letters by the Vietnamese alphabet (a, ă, â, … đ …
 * ư), and runs of digits by their value, so "Khu phố 2" comes before "Khu phố 10".
 */
public final class NameOrder implements Comparator<String> {
    private final Collator collator;

    private NameOrder() {
        Collator c = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        c.setStrength(Collator.TERTIARY);
        this.collator = c;
    }

    /** A new comparator; each holds its own collator, so do not share one between threads. */
    public static NameOrder vietnamese() {
        return new NameOrder();
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ie = run(a, i);
            int je = run(b, j);
            String x = a.substring(i, ie);
            String y = b.substring(j, je);
            int c;
            if (Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))) {
                c = compareNumbers(x, y);
            } else {
                c = collator.compare(x, y);
            }
            if (c != 0) {
                return c;
            }
            i = ie;
            j = je;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int run(String s, int from) {
        boolean digit = Character.isDigit(s.charAt(from));
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k)) == digit) {
            k++;
        }
        return k;
    }

    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        int c = a.compareTo(b);
        return c != 0 ? c : Integer.compare(x.length(), y.length());
    }
}

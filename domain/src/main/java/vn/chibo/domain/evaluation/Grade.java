package vn.chibo.domain.evaluation;

import java.util.Locale;
import java.util.Optional;
import vn.chibo.domain.common.Label;

/** The four grades of the review, best first, for organisations and members alike. */
public enum Grade {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT("HTXSNV", Label.of("hoàn thành xuất sắc nhiệm vụ", "completed tasks excellently")),
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD("HTTNV", Label.of("hoàn thành tốt nhiệm vụ", "completed tasks well")),
    /** Hoàn thành nhiệm vụ. */
    COMPLETED("HTNV", Label.of("hoàn thành nhiệm vụ", "completed tasks")),
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED("KHTNV", Label.of("không hoàn thành nhiệm vụ", "did not complete tasks"));

    private final String abbreviation;
    private final Label label;

    Grade(String abbreviation, Label label) {
        this.abbreviation = abbreviation;
        this.label = label;
    }

    /** The abbreviation used in reports: HTXSNV, HTTNV, HTNV, KHTNV. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The label shown to people. */
    public Label label() {
        return label;
    }

    /** The label in {@code locale}. */
    public String label(Locale locale) {
        return label.in(locale);
    }

    /** Whether this grade is at least {@code other}. */
    public boolean atLeast(Grade other) {
        return ordinal() <= other.ordinal();
    }

    /** The lower of the two. */
    public Grade atMost(Grade cap) {
        return ordinal() >= cap.ordinal() ? this : cap;
    }

    /**
     * The grade of the pre-2018 organisation wording (HD 27-HD/BTCTW 2014): "trong sạch, vững mạnh"
     * → excellent, "hoàn thành tốt nhiệm vụ" → good, "hoàn thành nhiệm vụ" → completed, "yếu kém" →
     * not completed (rules.md §4.1).
     */
    public static Optional<Grade> fromLegacyWording(String wording) {
        String w = wording.strip().toLowerCase(Locale.ROOT);
        if (w.equals("trong sạch, vững mạnh") || w.equals("trong sạch vững mạnh")) {
            return Optional.of(EXCELLENT);
        }
        if (w.equals("yếu kém")) {
            return Optional.of(NOT_COMPLETED);
        }
        for (Grade g : values()) {
            if (g.label.vi().equals(w) || g.abbreviation.equalsIgnoreCase(w)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}

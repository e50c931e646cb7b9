package vn.chibo.examples.generate;

import java.time.Instant;
import java.time.LocalDate;
import vn.chibo.domain.common.Recorded;

/**
 * When, by whom and why the generated facts were recorded: what happened before 2021 was imported
 * from the paper files on {@link #IMPORTED} (the import's own instant); what happened from 2021 was
 * recorded on the day it was decided, at 09:00 in Vietnam.
 */
final class Stamps {
    /** The first day the generated organisations record as it happens. */
    static final LocalDate LIVE_FROM = LocalDate.of(2021, 1, 1);

    /** The last day of the generated history. */
    static final LocalDate END = LocalDate.of(2025, 12, 31);

    /** The instant the history before 2021 was imported: 4/1/2021 09:00 in Vietnam. */
    static final Instant IMPORTED = on(LocalDate.of(2021, 1, 4));

    /** The reason of the imported facts. */
    static final String IMPORT_REASON = "Chuyển dữ liệu từ hồ sơ đảng viên, hồ sơ tổ chức (dữ liệu sinh, minh họa)";

    private Stamps() {}

    /** 09:00 in Vietnam on {@code day}. */
    static Instant on(LocalDate day) {
        return Instant.ofEpochSecond(day.toEpochDay() * 86_400L + 2 * 3_600L);
    }

    /** A fact valid from {@code day}, recorded on {@code decided} (or imported, when before 2021). */
    static Recorded recorded(LocalDate decided, String actor, String reason) {
        if (decided.isBefore(LIVE_FROM)) {
            return new Recorded(IMPORTED, actor, IMPORT_REASON);
        }
        return new Recorded(on(decided), actor, reason);
    }
}

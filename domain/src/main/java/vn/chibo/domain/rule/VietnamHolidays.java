package vn.chibo.domain.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.chibo.domain.common.Label;

/**
 * chibo's default days off in Vietnam, {@value #FIRST_YEAR}–{@value #LAST_YEAR}: the data behind
 * {@link WorkingCalendar#vietnam()}.
 *
 * <p><b>The dates must be checked against the official announcements before release</b> ({@code
 * conventions.md}, "Public holidays"). Which days of Tết are off, and which day next to 2/9, are
 * decided each year (Labour Code 2019, Art. 112(3): by the Prime Minister), often together with
 * swaps of weekend days; what is encoded here is a rule, not the announcements, and a host whose
 * year differs replaces that year in its calendar.
 *
 * <p>The rule, for each year:
 *
 * <ul>
 *   <li>1/1 (Tết Dương lịch);
 *   <li>Tết Nguyên Đán, five days: by default the last day of the lunar year and the first four
 *       days of the new year (1/1 to 4/1 lunar), the usual government practice
 *       ({@link Confidence#RECALLED});
 *   <li>Giỗ Tổ Hùng Vương, 10/3 lunar;
 *   <li>30/4 (Ngày Chiến thắng) and 1/5 (Ngày Quốc tế Lao động);
 *   <li>2/9 (Quốc khánh); from 2021 one adjacent day too, by default 1/9, the day before, the
 *       choice of 2022, 2023 and 2025 as recalled (2021 and 2024 used 3/9; in 2024 1/9 was a
 *       Sunday, and the compensation rule below turns it into 3/9 anyway) ({@link
 *       Confidence#RECALLED});
 *   <li>each of these days that falls on the weekend gives a compensatory day off on the next
 *       working day that is not already off, in date order: 30/4 and 1/5/2022 (Saturday and
 *       Sunday) give 2/5 and 3/5/2022 ({@link #withCompensatoryDays(Iterable, Set)}).
 * </ul>
 *
 * <p>Sources: for 2016–2020 the Labour Code 2012, Art. 115 (2/9 alone; clause 3 gives the
 * compensatory day, "ngày kế tiếp", applied in practice as the next working day); from 2021 the
 * Labour Code 2019, Art. 112 (2/9 and an adjacent day) and Art. 111(3) for the compensatory day.
 * The solar dates of 1/1 lunar and 10/3 lunar are the table of {@code conventions.md}, never
 * computed (the Chinese calendar differs from Vietnam's in some years).
 *
 * <p>Stateless and thread-safe.
 */
public final class VietnamHolidays {
    /** The first year with default data. */
    public static final int FIRST_YEAR = 2016;

    /** The last year with default data. */
    public static final int LAST_YEAR = 2027;

    /** The source of the default calendar as a whole. */
    public static final RuleSource CALENDAR_SOURCE = RuleSource.of(
            "Bộ luật Lao động 2019",
            "Điều 111 khoản 3, Điều 112",
            Confidence.SOURCE_SEEN,
            "2016–2020: Bộ luật Lao động 2012, Điều 115. Which five days of Tết and which day next to 2/9"
                    + " are chibo's default rule (RECALLED): each year's official announcement decides;"
                    + " check the dates against the announcements before release.");

    /** 1/1 lunar (Tết) and 10/3 lunar (Giỗ Tổ Hùng Vương) in the solar calendar, from conventions.md. */
    private static final ImmutableMap<Integer, LunarDates> LUNAR = ImmutableMap.<Integer, LunarDates>builder()
            .put(2016, new LunarDates(MonthDay.of(2, 8), MonthDay.of(4, 16)))
            .put(2017, new LunarDates(MonthDay.of(1, 28), MonthDay.of(4, 6)))
            .put(2018, new LunarDates(MonthDay.of(2, 16), MonthDay.of(4, 25)))
            .put(2019, new LunarDates(MonthDay.of(2, 5), MonthDay.of(4, 14)))
            .put(2020, new LunarDates(MonthDay.of(1, 25), MonthDay.of(4, 2)))
            .put(2021, new LunarDates(MonthDay.of(2, 12), MonthDay.of(4, 21)))
            .put(2022, new LunarDates(MonthDay.of(2, 1), MonthDay.of(4, 10)))
            .put(2023, new LunarDates(MonthDay.of(1, 22), MonthDay.of(4, 29)))
            .put(2024, new LunarDates(MonthDay.of(2, 10), MonthDay.of(4, 18)))
            .put(2025, new LunarDates(MonthDay.of(1, 29), MonthDay.of(4, 7)))
            .put(2026, new LunarDates(MonthDay.of(2, 17), MonthDay.of(4, 26)))
            .put(2027, new LunarDates(MonthDay.of(2, 6), MonthDay.of(4, 16)))
            .buildOrThrow();

    /** The year the Labour Code 2019 took effect (1/1/2021). */
    private static final int CODE_2019_FROM = 2021;

    private static final String CHECK = "; check the year's official announcement before release";

    private record LunarDates(MonthDay newYear, MonthDay hungKings) {}

    private VietnamHolidays() {}

    /**
     * The years with default data, {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
     *
     * @return every year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}
     */
    public static ImmutableSortedSet<Integer> years() {
        return ImmutableSortedSet.copyOf(LUNAR.keySet());
    }

    /**
     * The solar date of 1/1 lunar (mùng 1 Tết) in {@code year}, from the table of {@code
     * conventions.md}.
     *
     * @throws CalendarNotCoveredException outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public static LocalDate lunarNewYear(int year) {
        return lunar(year).newYear().atYear(year);
    }

    /**
     * The solar date of 10/3 lunar (Giỗ Tổ Hùng Vương) in {@code year}, from the table of {@code
     * conventions.md}.
     *
     * @throws CalendarNotCoveredException outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public static LocalDate hungKingsDay(int year) {
        return lunar(year).hungKings().atYear(year);
    }

    private static LunarDates lunar(int year) {
        LunarDates dates = LUNAR.get(year);
        if (dates == null) {
            throw new CalendarNotCoveredException(year, years());
        }
        return dates;
    }

    /**
     * The public holidays of {@code year} by chibo's default rule, without compensatory days, by
     * date.
     *
     * @throws CalendarNotCoveredException outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public static ImmutableList<Holiday> statutoryDays(int year) {
        LunarDates lunar = lunar(year);
        boolean code2019 = year >= CODE_2019_FROM;
        String code = code2019 ? "Bộ luật Lao động 2019" : "Bộ luật Lao động 2012";
        String article = code2019 ? "Điều 112 khoản 1" : "Điều 115 khoản 1";
        List<Holiday> days = new ArrayList<>();

        days.add(Holiday.of(
                LocalDate.of(year, 1, 1),
                Label.of("Tết Dương lịch", "New Year's Day"),
                RuleSource.of(code, article + " điểm a", Confidence.SOURCE_SEEN)));

        LocalDate tet = lunar.newYear().atYear(year);
        RuleSource tetSource = RuleSource.of(
                code,
                article + " điểm b" + (code2019 ? ", khoản 3" : ""),
                Confidence.RECALLED,
                "five days of Tết by statute; which five is decided each year. chibo's default: the last day"
                        + " of the lunar year and 1/1 to 4/1 lunar, the usual government practice; 1/1 lunar"
                        + " from conventions.md"
                        + CHECK);
        days.add(Holiday.of(
                tet.minusDays(1),
                Label.of("Tết Nguyên đán (ngày cuối năm âm lịch)", "Lunar New Year (last day of the old year)"),
                tetSource));
        for (int i = 0; i < 4; i++) {
            days.add(Holiday.of(
                    tet.plusDays(i),
                    Label.of("Tết Nguyên đán (mùng " + (i + 1) + ")", "Lunar New Year (day " + (i + 1) + ")"),
                    tetSource));
        }

        days.add(Holiday.of(
                lunar.hungKings().atYear(year),
                Label.of("Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration Day (10/3 lunar)"),
                RuleSource.of(
                        code,
                        article + " điểm e",
                        Confidence.SOURCE_SEEN,
                        "solar date of 10/3 lunar from conventions.md" + CHECK)));
        days.add(Holiday.of(
                LocalDate.of(year, 4, 30),
                Label.of("Ngày Chiến thắng", "Victory Day"),
                RuleSource.of(code, article + " điểm c", Confidence.SOURCE_SEEN)));
        days.add(Holiday.of(
                LocalDate.of(year, 5, 1),
                Label.of("Ngày Quốc tế Lao động", "International Labour Day"),
                RuleSource.of(code, article + " điểm d", Confidence.SOURCE_SEEN)));

        if (code2019) {
            days.add(Holiday.of(
                    LocalDate.of(year, 9, 1),
                    Label.of("Quốc khánh (ngày liền kề)", "National Day (adjacent day)"),
                    RuleSource.of(
                            code,
                            article + " điểm đ, khoản 3",
                            Confidence.RECALLED,
                            "2/9 and one day before or after, chosen each year. chibo's default: 1/9, the choice"
                                    + " of 2022, 2023 and 2025 as recalled (2021 and 2024: 3/9)"
                                    + CHECK)));
        }
        days.add(Holiday.of(
                LocalDate.of(year, 9, 2),
                Label.of("Quốc khánh", "National Day"),
                RuleSource.of(code, article + " điểm đ", Confidence.SOURCE_SEEN)));

        days.sort(Comparator.comparing(Holiday::date));
        return ImmutableList.copyOf(days);
    }

    /**
     * The days off of {@code year} by chibo's default rule: {@link #statutoryDays(int)} with the
     * compensatory days for a Saturday and Sunday weekend, by date.
     *
     * @throws CalendarNotCoveredException outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public static ImmutableList<Holiday> daysOff(int year) {
        return withCompensatoryDays(statutoryDays(year), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    /**
     * {@code holidays} plus a compensatory day off for each of them that falls on the {@code
     * weekend}: the next day that is neither on the weekend, nor one of {@code holidays}, nor a
     * compensatory day already given, taken in date order (Labour Code 2019, Art. 111(3); 2012,
     * Art. 115(3)). 30/4 and 1/5/2022, a Saturday and a Sunday, give 2/5 and 3/5/2022.
     *
     * <p>Use it on a year's statutory days; a list already announced with its compensatory days
     * goes into the calendar as it is.
     *
     * @return the holidays and their compensatory days, by date
     * @throws IllegalArgumentException if every day of the week is on the weekend
     */
    public static ImmutableList<Holiday> withCompensatoryDays(Iterable<Holiday> holidays, Set<DayOfWeek> weekend) {
        checkArgument(weekend.size() < DayOfWeek.values().length, "every day of the week is on the weekend");
        List<Holiday> sorted = new ArrayList<>();
        holidays.forEach(sorted::add);
        sorted.sort(Comparator.comparing(Holiday::date));
        Set<LocalDate> taken = new HashSet<>();
        sorted.forEach(h -> taken.add(h.date()));
        List<Holiday> result = new ArrayList<>(sorted);
        for (Holiday h : sorted) {
            if (!weekend.contains(h.date().getDayOfWeek())) {
                continue;
            }
            LocalDate day = h.date().plusDays(1);
            while (weekend.contains(day.getDayOfWeek()) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            result.add(Holiday.of(
                    day,
                    Label.of(
                            "Nghỉ bù " + h.name().vi(),
                            "Compensatory day off for " + h.name().en()),
                    compensationSource(h)));
        }
        result.sort(Comparator.comparing(Holiday::date));
        return ImmutableList.copyOf(result);
    }

    private static RuleSource compensationSource(Holiday h) {
        String of = "for " + h.date() + " (" + h.name().en() + "), which fell on the weekend";
        return h.date().getYear() >= CODE_2019_FROM
                ? RuleSource.of("Bộ luật Lao động 2019", "Điều 111 khoản 3", Confidence.SOURCE_SEEN, of)
                : RuleSource.of(
                        "Bộ luật Lao động 2012",
                        "Điều 115 khoản 3",
                        Confidence.SOURCE_SEEN,
                        of + "; \"ngày kế tiếp\" read as the next working day, as applied in practice");
    }
}

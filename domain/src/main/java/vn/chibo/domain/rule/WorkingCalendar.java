package vn.chibo.domain.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Violation;

/**
 * The working-day calendar every deadline counted in working days uses ("the ceremony follows the
 * decision within 30 working days"): which days are working days, and how to count them after an
 * event, as {@code conventions.md} ("Dates and periods") defines it.
 *
 * <p>A day is a working day when it is not on the weekend (Saturday and Sunday unless the host
 * says otherwise) and not a day off ({@link Holiday}: a public holiday or a compensatory day), or
 * when it is a make-up working day (a Saturday an announcement declares worked, in exchange for a
 * bridge day off). Days off are data, per year; the calendar knows which years it {@linkplain
 * #coveredYears() covers} and throws {@link CalendarNotCoveredException} for any other year rather
 * than assume it has no holidays.
 *
 * <p><b>Counting.</b> "Within N working days after event E": day 1 is the first working day after
 * E; E itself never counts, even when it is a working day. {@link #addWorkingDays(LocalDate, int)}
 * gives the last day of that window, {@link #isWithinWorkingDays(LocalDate, LocalDate, int)} judges
 * a date against it and {@link #workingDaysBetween(LocalDate, LocalDate)} counts.
 *
 * <p><b>Default data.</b> {@link #vietnam()} holds chibo's default days off for 2016–2027, built by
 * {@link VietnamHolidays} from the Labour Code and a default rule for the days each year's
 * announcement decides (Tết, the day next to 2/9). <b>The dates must be checked against the
 * official announcements before release</b>, and a host whose year differs replaces that year with
 * {@code vietnam().toBuilder().holidays(year, days).build()}.
 *
 * <p>A calendar is a {@link Policy}: its {@link #parameters()} are the weekend, every day off and
 * every make-up day, so a result that records the calendar's {@link #fingerprint()} shows when a
 * host changed a date.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()} or from {@link #vietnam()} with
 * {@link #toBuilder()}.
 */
public final class WorkingCalendar implements Policy {
    /** The identity of chibo's default calendar, {@link #vietnam()}. */
    public static final String VIETNAM_ID = "working-calendar/vn-default";

    private final String id;
    private final Label title;
    private final RuleSource source;
    private final ImmutableSet<DayOfWeek> weekend;
    private final ImmutableSortedMap<Integer, ImmutableList<Holiday>> holidaysByYear;
    private final ImmutableMap<LocalDate, Holiday> holidayByDate;
    private final ImmutableSortedSet<LocalDate> makeUpDays;

    private WorkingCalendar(
            String id,
            Label title,
            RuleSource source,
            ImmutableSet<DayOfWeek> weekend,
            ImmutableSortedMap<Integer, ImmutableList<Holiday>> holidaysByYear,
            ImmutableSortedSet<LocalDate> makeUpDays) {
        this.id = id;
        this.title = title;
        this.source = source;
        this.weekend = weekend;
        this.holidaysByYear = holidaysByYear;
        this.makeUpDays = makeUpDays;
        ImmutableMap.Builder<LocalDate, Holiday> byDate = ImmutableMap.builder();
        holidaysByYear.values().forEach(days -> days.forEach(h -> byDate.put(h.date(), h)));
        this.holidayByDate = byDate.buildOrThrow();
    }

    /**
     * chibo's default calendar for Vietnam, years {@value VietnamHolidays#FIRST_YEAR}–{@value
     * VietnamHolidays#LAST_YEAR}: Saturday and Sunday off, the days off of {@link
     * VietnamHolidays#daysOff(int)} for each year, no make-up working day.
     *
     * <p>The statutory days are read from the Labour Code (2012 Code Art. 115 for 2016–2020, 2019
     * Code Art. 112 from 2021); which five days of Tết, and which day next to 2/9, are chibo's
     * default rule, recalled from government practice: each year's official announcement decides,
     * and the dates must be checked against the announcements before release. See {@link
     * VietnamHolidays}.
     */
    public static WorkingCalendar vietnam() {
        return DefaultHolder.VIETNAM;
    }

    /**
     * An empty builder: Saturday and Sunday off, no year covered. Add each year's days off with
     * {@link Builder#holidays(int, Iterable)}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding everything in this calendar, to add or replace years and days. */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).title(title).source(source).weekend(weekend);
        holidaysByYear.forEach(b::holidays);
        makeUpDays.stream().collect(Collectors.groupingBy(LocalDate::getYear)).forEach(b::makeUpWorkingDays);
        return b;
    }

    // ---------------------------------------------------------------- days

    /**
     * Whether {@code date} is a working day: a make-up working day, or a day neither on the
     * weekend nor off.
     *
     * @throws CalendarNotCoveredException if the calendar has no data for the year of {@code date}
     */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date.getYear());
        if (makeUpDays.contains(date)) {
            return true;
        }
        return !holidayByDate.containsKey(date) && !weekend.contains(date.getDayOfWeek());
    }

    /**
     * The {@code n}-th working day after {@code event}: the last day of the window "within {@code
     * n} working days after {@code event}". Day 1 is the first working day after the event; the
     * event day itself never counts. For {@code n == 0}, the event day itself.
     *
     * <p>Example (default calendar): a decision on Friday 13/2/2026, the last working day before
     * Tết Bính Ngọ; day 1 is Monday 23/2/2026, after the weekend, the five days of Tết (16–20/2)
     * and the next weekend.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarNotCoveredException if counting reaches a year the calendar has no data for
     */
    public LocalDate addWorkingDays(LocalDate event, int n) {
        Objects.requireNonNull(event, "event");
        checkArgument(n >= 0, "a number of working days is not negative: %s", n);
        LocalDate day = event;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * How many working days there are after {@code event} up to and including {@code date}; 0 when
     * {@code date} is not after {@code event}. {@code workingDaysBetween(e, addWorkingDays(e, n))
     * == n}.
     *
     * @throws CalendarNotCoveredException if a day counted is in a year the calendar has no data
     *     for
     */
    public int workingDaysBetween(LocalDate event, LocalDate date) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        int count = 0;
        for (LocalDate day = event.plusDays(1); !day.isAfter(date); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether {@code date} falls within {@code n} working days after {@code event}: not before the
     * event, and on or before {@link #addWorkingDays(LocalDate, int) addWorkingDays(event, n)}. A
     * weekend or holiday right after the {@code n}-th working day is late.
     *
     * <p>Only the days up to {@code date} are looked at, so a date well before a deadline that
     * lies in a year without data is still judged.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarNotCoveredException if a day counted is in a year the calendar has no data
     *     for
     */
    public boolean isWithinWorkingDays(LocalDate event, LocalDate date, int n) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        checkArgument(n >= 0, "a number of working days is not negative: %s", n);
        if (date.isBefore(event)) {
            return false;
        }
        // date <= the n-th working day  <=>  fewer than n working days lie strictly between event and date
        int before = 0;
        for (LocalDate day = event.plusDays(1); day.isBefore(date); day = day.plusDays(1)) {
            if (isWorkingDay(day) && ++before >= n) {
                return false;
            }
        }
        return date.equals(event) || before < n;
    }

    /**
     * The days off of {@code year}, public holidays and compensatory days alike (weekends are not
     * listed).
     *
     * @throws CalendarNotCoveredException if the calendar has no data for {@code year}
     */
    public ImmutableSortedSet<LocalDate> holidays(int year) {
        return holidayEntries(year).stream()
                .map(Holiday::date)
                .collect(ImmutableSortedSet.toImmutableSortedSet(LocalDate::compareTo));
    }

    /**
     * The days off of {@code year} with their names and sources, by date.
     *
     * @throws CalendarNotCoveredException if the calendar has no data for {@code year}
     */
    public ImmutableList<Holiday> holidayEntries(int year) {
        requireCovered(year);
        ImmutableList<Holiday> days = holidaysByYear.get(year);
        return days == null ? ImmutableList.of() : days;
    }

    /**
     * The day off on {@code date}, if it is one.
     *
     * @throws CalendarNotCoveredException if the calendar has no data for the year of {@code date}
     */
    public Optional<Holiday> holiday(LocalDate date) {
        requireCovered(date.getYear());
        return Optional.ofNullable(holidayByDate.get(date));
    }

    /**
     * The make-up working days of {@code year}: weekend days declared worked.
     *
     * @throws CalendarNotCoveredException if the calendar has no data for {@code year}
     */
    public ImmutableSortedSet<LocalDate> makeUpWorkingDays(int year) {
        requireCovered(year);
        return makeUpDays.subSet(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The days of the week that are not worked. */
    public ImmutableSet<DayOfWeek> weekend() {
        return weekend;
    }

    /** The years the calendar has holiday data for. */
    public ImmutableSortedSet<Integer> coveredYears() {
        return holidaysByYear.keySet();
    }

    /** Whether the calendar has holiday data for {@code year}. */
    public boolean covers(int year) {
        return holidaysByYear.containsKey(year);
    }

    private void requireCovered(int year) {
        if (!holidaysByYear.containsKey(year)) {
            throw new CalendarNotCoveredException(year, holidaysByYear.keySet());
        }
    }

    // ---------------------------------------------------------------- Policy

    @Override
    public String id() {
        return id;
    }

    @Override
    public Label title() {
        return title;
    }

    @Override
    public RuleSource source() {
        return source;
    }

    /**
     * {@code weekend}, then {@code holidays.<year>} and {@code makeUpWorkingDays.<year>} for each
     * covered year, as ISO dates separated by commas.
     */
    @Override
    public ImmutableSortedMap<String, String> parameters() {
        ImmutableSortedMap.Builder<String, String> p = ImmutableSortedMap.naturalOrder();
        p.put("weekend", weekend.stream().map(DayOfWeek::name).collect(Collectors.joining(",")));
        for (int year : holidaysByYear.keySet()) {
            p.put("holidays." + year, join(holidays(year)));
            p.put("makeUpWorkingDays." + year, join(makeUpWorkingDays(year)));
        }
        return p.buildOrThrow();
    }

    private static String join(Collection<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof WorkingCalendar other
                && other.id.equals(id)
                && other.title.equals(title)
                && other.source.equals(source)
                && other.weekend.equals(weekend)
                && other.holidaysByYear.equals(holidaysByYear)
                && other.makeUpDays.equals(makeUpDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, weekend, holidaysByYear, makeUpDays);
    }

    /** {@code working-calendar/vn-default (2016–2027)}. */
    @Override
    public String toString() {
        return id + " (" + CalendarNotCoveredException.describe(coveredYears()) + ")";
    }

    /** Holds the default calendar, built once on first use; it is immutable. */
    private static final class DefaultHolder {
        static final WorkingCalendar VIETNAM = buildVietnam();

        private static WorkingCalendar buildVietnam() {
            Builder b = builder()
                    .id(VIETNAM_ID)
                    .title(Label.of(
                            "Lịch ngày làm việc Việt Nam (dữ liệu mặc định của chibo)",
                            "Vietnam working-day calendar (chibo's default data)"))
                    .source(VietnamHolidays.CALENDAR_SOURCE);
            for (int year = VietnamHolidays.FIRST_YEAR; year <= VietnamHolidays.LAST_YEAR; year++) {
                b.holidays(year, VietnamHolidays.daysOff(year));
            }
            return b.build();
        }
    }

    // ---------------------------------------------------------------- builder

    /**
     * Collects the weekend, each year's days off and the make-up working days; {@link #build()}
     * checks them all at once. Not thread-safe; use it from one thread.
     */
    public static final class Builder {
        private String id = "working-calendar/custom";
        private Label title = Label.of("Lịch ngày làm việc", "Working-day calendar");
        private RuleSource source = VietnamHolidays.CALENDAR_SOURCE;
        private Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final SortedMap<Integer, List<Holiday>> holidays = new TreeMap<>();
        private final SortedMap<Integer, List<LocalDate>> makeUpDays = new TreeMap<>();

        private Builder() {}

        /** The calendar's identity as a {@link Policy}; {@code working-calendar/custom} by default. */
        public Builder id(String id) {
            checkArgument(!id.isBlank(), "a calendar has an id");
            this.id = id;
            return this;
        }

        /** The calendar's title for people. */
        public Builder title(Label title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** Where the calendar's rules come from as a whole. */
        public Builder source(RuleSource source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /** The days of the week not worked; Saturday and Sunday by default. */
        public Builder weekend(Set<DayOfWeek> days) {
            this.weekend = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
            return this;
        }

        /**
         * Sets the complete list of days off of {@code year}, replacing any the builder held: the
         * year becomes covered. The days are taken as they are, as an announcement lists them:
         * include the compensatory days (see {@link VietnamHolidays#withCompensatoryDays(Iterable,
         * Set)}). An empty list says the year has no day off at all.
         */
        public Builder holidays(int year, Iterable<Holiday> daysOff) {
            List<Holiday> days = new ArrayList<>();
            daysOff.forEach(days::add);
            holidays.put(year, days);
            return this;
        }

        /**
         * Adds one day off to a year the builder already covers (e.g. an extra day a decree grants).
         *
         * @throws IllegalStateException if the builder has no data for the day's year yet: set the
         *     year's complete list with {@link #holidays(int, Iterable)} first
         */
        public Builder addHoliday(Holiday day) {
            List<Holiday> days = holidays.get(day.date().getYear());
            checkState(
                    days != null,
                    "no holiday data for %s yet: set the year's complete list with holidays(year, days) first",
                    day.date().getYear());
            days.add(day);
            return this;
        }

        /** Sets the make-up working days of {@code year}, replacing any the builder held. */
        public Builder makeUpWorkingDays(int year, Iterable<LocalDate> days) {
            List<LocalDate> list = new ArrayList<>();
            days.forEach(list::add);
            makeUpDays.put(year, list);
            return this;
        }

        /** Adds one make-up working day: a weekend day declared worked. */
        public Builder addMakeUpWorkingDay(LocalDate day) {
            makeUpDays.computeIfAbsent(day.getYear(), y -> new ArrayList<>()).add(day);
            return this;
        }

        /**
         * The calendar.
         *
         * @throws InvalidInputException listing every problem at once: a weekend of all seven days,
         *     a day off listed under another year or twice, a make-up day listed under another
         *     year, not on the weekend, on a day off or in a year without holiday data
         */
        public WorkingCalendar build() {
            List<Violation> violations = new ArrayList<>();
            if (weekend.size() == DayOfWeek.values().length) {
                violations.add(Violation.of(
                        "weekend",
                        "CALENDAR-WEEKEND-ALL-DAYS",
                        weekend.toString(),
                        Label.of("mọi ngày trong tuần đều là ngày nghỉ", "every day of the week is off")));
            }
            ImmutableSortedMap.Builder<Integer, ImmutableList<Holiday>> byYear = ImmutableSortedMap.naturalOrder();
            Set<LocalDate> offDays = new HashSet<>();
            for (Map.Entry<Integer, List<Holiday>> e : holidays.entrySet()) {
                int year = e.getKey();
                Set<LocalDate> seen = new HashSet<>();
                List<Holiday> days = e.getValue();
                for (int i = 0; i < days.size(); i++) {
                    Holiday h = days.get(i);
                    String path = "holidays[" + year + "][" + i + "]";
                    if (h.date().getYear() != year) {
                        violations.add(Violation.of(
                                path,
                                "CALENDAR-HOLIDAY-YEAR",
                                h.toString(),
                                Label.of("ngày nghỉ không thuộc năm " + year, "the day off is not in " + year)));
                    } else if (!seen.add(h.date())) {
                        violations.add(Violation.of(
                                path,
                                "CALENDAR-HOLIDAY-DUPLICATE",
                                h.toString(),
                                Label.of("ngày nghỉ bị liệt kê hai lần", "the day off is listed twice")));
                    }
                }
                offDays.addAll(seen);
                byYear.put(
                        year,
                        days.stream()
                                .sorted((a, b) -> a.date().compareTo(b.date()))
                                .collect(ImmutableList.toImmutableList()));
            }
            ImmutableSortedSet.Builder<LocalDate> makeUp = ImmutableSortedSet.naturalOrder();
            for (Map.Entry<Integer, List<LocalDate>> e : makeUpDays.entrySet()) {
                int year = e.getKey();
                List<LocalDate> days = e.getValue();
                for (int i = 0; i < days.size(); i++) {
                    LocalDate d = days.get(i);
                    String path = "makeUpWorkingDays[" + year + "][" + i + "]";
                    if (d.getYear() != year) {
                        violations.add(Violation.of(
                                path,
                                "CALENDAR-MAKEUP-YEAR",
                                d.toString(),
                                Label.of("ngày làm bù không thuộc năm " + year, "the make-up day is not in " + year)));
                    } else if (!holidays.containsKey(year)) {
                        violations.add(Violation.of(
                                path,
                                "CALENDAR-MAKEUP-UNCOVERED",
                                d.toString(),
                                Label.of(
                                        "chưa có dữ liệu ngày nghỉ lễ của năm " + year,
                                        "the calendar has no holiday data for " + year)));
                    } else if (!weekend.contains(d.getDayOfWeek())) {
                        violations.add(Violation.of(
                                path,
                                "CALENDAR-MAKEUP-NOT-WEEKEND",
                                d + " " + d.getDayOfWeek(),
                                Label.of(
                                        "ngày làm bù phải là ngày nghỉ hằng tuần",
                                        "a make-up working day is a weekend day")));
                    } else if (offDays.contains(d)) {
                        violations.add(Violation.of(
                                path,
                                "CALENDAR-MAKEUP-HOLIDAY",
                                d.toString(),
                                Label.of(
                                        "ngày làm bù trùng một ngày nghỉ lễ",
                                        "the make-up working day is also a day off")));
                    } else {
                        makeUp.add(d);
                    }
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException("Working calendar", violations);
            }
            return new WorkingCalendar(
                    id, title, source, Sets.immutableEnumSet(weekend), byYear.buildOrThrow(), makeUp.build());
        }
    }
}

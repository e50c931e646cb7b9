package vn.chibo.domain.oversight;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingCompliance;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.dues.UnpaidCounting;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.Severity;

/**
 * The oversight rules over one member's facts. Pure: the caller brings the member's history, the
 * meetings of the cells the member attended, the decided grades by year and the education notes.
 */
public final class Oversight {
    private Oversight() {}

    /**
     * The removal considerations of one member for {@code year}, read on {@code asOf}: each trigger
     * at most once, counted separately (two months of absences and one unpaid month trigger
     * nothing).
     *
     * @param meetings the meetings of the member's cells in the year (others are ignored)
     * @param grades the decided grades by review year (rated years only)
     * @param education the cell's education notes (others' are ignored)
     */
    public static ImmutableList<RemovalConsideration> removal(
            MemberHistory history,
            Year year,
            LocalDate asOf,
            Collection<Meeting> meetings,
            Map<Year, Grade> grades,
            Collection<EducationStarted> education,
            OversightRules rules) {
        String name =
                history.profile().map(p -> p.fullName()).orElse(history.id().toString());
        List<RemovalConsideration> out = new ArrayList<>();
        ImmutableList<YearMonth> absent = MeetingCompliance.unexcusedMonths(
                        history.id(),
                        year,
                        meetings.stream().filter(m -> !m.date().isAfter(asOf)).toList())
                .asList();
        if (absent.size() >= rules.months()) {
            out.add(months(
                    history,
                    RemovalTrigger.MEETING_ABSENCE,
                    absent,
                    rules,
                    Label.of(
                            name + " vắng sinh hoạt chi bộ thường kỳ không có lý do trong " + absent.size()
                                    + " tháng của năm " + year + " (" + list(absent) + "), từ " + rules.months()
                                    + " tháng: chi bộ xem xét xóa tên.",
                            name + " was absent without reason from regular cell meetings in " + absent.size()
                                    + " months of " + year + " (" + list(absent) + "), " + rules.months()
                                    + " or more: the cell considers removal.")));
        }
        ImmutableList<YearMonth> unpaid = rules.duesCounting() == UnpaidCounting.CALENDAR_YEAR
                ? history.duesLedger().unpaidMonths(year, asOf)
                : history.duesLedger().unpaidMonthsInRollingYear(asOf);
        if (unpaid.size() >= rules.months()) {
            out.add(months(
                    history,
                    RemovalTrigger.UNPAID_DUES,
                    unpaid,
                    rules,
                    Label.of(
                            name + " không đóng đảng phí " + unpaid.size() + " tháng (" + list(unpaid) + ", "
                                    + rules.duesCounting().label().vi().toLowerCase(java.util.Locale.ROOT) + "), từ "
                                    + rules.months() + " tháng: chi bộ xem xét xóa tên.",
                            name + " left dues unpaid for " + unpaid.size() + " months (" + list(unpaid) + ", "
                                    + rules.duesCounting().label().en().toLowerCase(java.util.Locale.ROOT) + "), "
                                    + rules.months() + " or more: the cell considers removal.")));
        }
        List<Year> run = new ArrayList<>();
        for (int i = rules.notCompletedYears() - 1; i >= 0; i--) {
            Year y = year.minusYears(i);
            if (grades.get(y) == Grade.NOT_COMPLETED) {
                run.add(y);
            }
        }
        if (run.size() == rules.notCompletedYears()) {
            Finding f = finding(
                    rules,
                    RemovalTrigger.NOT_COMPLETED_TWO_YEARS,
                    history,
                    Label.of(
                            name + " xếp loại không hoàn thành nhiệm vụ " + run.size() + " năm liền (" + years(run)
                                    + "): chi bộ xem xét xóa tên.",
                            name + " was rated not completed in " + run.size() + " consecutive years (" + years(run)
                                    + "): the cell considers removal."));
            out.add(new RemovalConsideration(
                    history.id(),
                    RemovalTrigger.NOT_COMPLETED_TWO_YEARS,
                    ImmutableList.of(),
                    ImmutableList.copyOf(run),
                    null,
                    f));
        }
        Optional<EducationStarted> stalled = education.stream()
                .filter(e -> e.member().equals(history.id()))
                .filter(e -> !e.started().plusMonths(rules.educationMonths()).isAfter(asOf))
                .filter(e -> e.progressNoted() == null
                        || e.progressNoted().isAfter(e.started().plusMonths(rules.educationMonths())))
                .findFirst();
        if (stalled.isPresent()) {
            EducationStarted e = stalled.get();
            Finding f = finding(
                    rules,
                    RemovalTrigger.NO_PROGRESS_AFTER_EDUCATION,
                    history,
                    Label.of(
                            name + " được chi bộ giáo dục từ " + e.started() + " (" + e.note() + "), sau "
                                    + rules.educationMonths()
                                    + " tháng không có tiến bộ được ghi nhận: chi bộ xem xét xóa tên.",
                            name + " was educated by the cell from " + e.started() + " (" + e.note() + "); "
                                    + rules.educationMonths() + " months on, no progress was noted: the cell considers"
                                    + " removal."));
            out.add(new RemovalConsideration(
                    history.id(),
                    RemovalTrigger.NO_PROGRESS_AFTER_EDUCATION,
                    ImmutableList.of(),
                    ImmutableList.of(),
                    e.started(),
                    f));
        }
        return ImmutableList.copyOf(out);
    }

    /**
     * The commendation of one member, if rated excellent in each of the {@link
     * OversightRules#commendationYears()} years ending with {@code year}.
     */
    public static Optional<Commendation> commendation(
            MemberHistory history, Year year, Map<Year, Grade> grades, OversightRules rules) {
        List<Year> run = new ArrayList<>();
        for (int i = rules.commendationYears() - 1; i >= 0; i--) {
            Year y = year.minusYears(i);
            if (grades.get(y) != Grade.EXCELLENT) {
                return Optional.empty();
            }
            run.add(y);
        }
        String name =
                history.profile().map(p -> p.fullName()).orElse(history.id().toString());
        Finding f = Finding.of(
                "OVERSIGHT-COMMENDATION",
                Severity.INFO,
                name + " [" + history.id() + "]",
                Label.of(
                        name + " hoàn thành xuất sắc nhiệm vụ " + run.size() + " năm liền (" + years(run)
                                + "): đủ điều kiện xem xét khen thưởng.",
                        name + " was rated excellent " + run.size() + " years in a row (" + years(run)
                                + "): eligible to be considered for the commendation."),
                rules.commendationSource(),
                rules);
        return Optional.of(new Commendation(history.id(), ImmutableList.copyOf(run), f));
    }

    private static RemovalConsideration months(
            MemberHistory history,
            RemovalTrigger trigger,
            List<YearMonth> months,
            OversightRules rules,
            Label message) {
        return new RemovalConsideration(
                history.id(),
                trigger,
                ImmutableList.copyOf(months),
                ImmutableList.of(),
                null,
                finding(rules, trigger, history, message));
    }

    private static Finding finding(OversightRules rules, RemovalTrigger trigger, MemberHistory history, Label message) {
        String name = history.profile().map(p -> p.fullName()).orElse("");
        return Finding.of(
                trigger.code(),
                Severity.WARNING,
                name + " [" + history.id() + "]",
                message,
                rules.sourceOf(trigger),
                rules);
    }

    private static String list(List<YearMonth> months) {
        return months.stream().map(m -> m.getMonthValue() + "/" + m.getYear()).collect(Collectors.joining(", "));
    }

    private static String years(List<Year> years) {
        return years.stream().map(Year::toString).collect(Collectors.joining(", "));
    }
}

package vn.chibo.domain.member.residence;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.CalendarNotCoveredException;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.Severity;
import vn.chibo.domain.rule.WorkingCalendar;

/**
 * Checks a {@link ResidenceCommand} against the member's residence history, the organisation tree
 * and the {@link ResidencePolicy} in force on the command's date, and turns it into facts and
 * findings, or into every violation. Pure: it reads what it is given and changes nothing.
 *
 * <p>A command dated before every residence policy (before 2/1/2020) is accepted with a {@link
 * Finding#NO_POLICY} finding: the fact is kept, it just cannot be judged.
 */
public final class ResidencePlanner {
    /** Rule code: the member was never registered with a residence. */
    public static final String UNKNOWN = "RES-UNKNOWN";
    /** Rule code: the act needs a running registration on that date. */
    public static final String NOT_ACTIVE = "RES-NOT-ACTIVE";
    /** Rule code: a registration overlapping another of the same member. */
    public static final String OVERLAP = "RES-OVERLAP";
    /** Rule code: not a cell or grassroots cell existing on that date. */
    public static final String CELL = "RES-CELL";
    /** Rule code: dates in the wrong order. */
    public static final String DATE_ORDER = "RES-DATE-ORDER";
    /** Rule code: a comment for a year the member was not registered in. */
    public static final String COMMENT_YEAR = "RES-COMMENT-YEAR";
    /** Rule code: a second comment for one year. */
    public static final String COMMENT_TWICE = "RES-COMMENT-TWICE";
    /** Rule code: a second answer to the meeting of one day. */
    public static final String MEETING_TWICE = "RES-MEETING-TWICE";
    /** Rule code: an excused absence without its reason. */
    public static final String EXCUSE = "RES-EXCUSE";

    /**
     * What the planner reads.
     *
     * @param liaisons the residence histories of members
     * @param organizations the organisation tree
     * @param policies the policies
     * @param calendar the working-day calendar
     * @param stamp the record stamp of the facts produced
     */
    public record Context(
            Function<MemberId, Optional<ResidenceLiaisonHistory>> liaisons,
            OrganizationTree organizations,
            PolicyRegistry policies,
            WorkingCalendar calendar,
            Recorded stamp) {
        public Context {
            Objects.requireNonNull(liaisons, "liaisons");
            Objects.requireNonNull(organizations, "organizations");
            Objects.requireNonNull(policies, "policies");
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(stamp, "stamp");
        }
    }

    private final Context ctx;
    private final String prefix;
    private final List<Violation> violations = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private String subject = "";

    private ResidencePlanner(Context ctx, String prefix) {
        this.ctx = ctx;
        this.prefix = prefix;
    }

    /** Checks {@code command}; violation paths start with {@code pathPrefix}. */
    public static ResidenceOutcome plan(ResidenceCommand command, Context context, String pathPrefix) {
        ResidencePlanner p = new ResidencePlanner(context, pathPrefix);
        String name = command instanceof ResidenceCommand.Register r
                ? r.fullName().strip()
                : context.liaisons()
                        .apply(command.member())
                        .map(ResidenceLiaisonHistory::fullName)
                        .orElse("");
        p.subject = name + " [" + command.member() + "]";
        List<ResidenceFact> facts = p.dispatch(command);
        return p.violations.isEmpty()
                ? new ResidenceOutcome.Accepted(facts, p.findings)
                : new ResidenceOutcome.Rejected(p.violations);
    }

    private List<ResidenceFact> dispatch(ResidenceCommand command) {
        if (command instanceof ResidenceCommand.Register c) {
            return register(c);
        } else if (command instanceof ResidenceCommand.RecordExemption c) {
            return exemption(c);
        } else if (command instanceof ResidenceCommand.RecordMeeting c) {
            return meeting(c);
        } else if (command instanceof ResidenceCommand.RecordComment c) {
            return comment(c);
        } else if (command instanceof ResidenceCommand.End c) {
            return end(c);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    // ---------------------------------------------------------------- registration

    private List<ResidenceFact> register(ResidenceCommand.Register c) {
        boolean cellOk = requireCell(c.residentialCell(), c.registered(), "residentialCell");
        Optional<ResidenceLiaisonHistory> existing = ctx.liaisons().apply(c.member());
        DateRange from = DateRange.startingOn(c.registered());
        if (existing.isPresent()) {
            for (ResidenceRegistration r : existing.get().registrations()) {
                if (r.span().overlaps(from)) {
                    fail(
                            "registered",
                            OVERLAP,
                            c.registered().toString(),
                            Label.of(
                                    "đã đăng ký ở nơi cư trú khác " + r.span() + "; phải kết thúc trước",
                                    "already registered with a residence " + r.span() + "; end that first"));
                    break;
                }
            }
        }
        boolean datesOk = true;
        if (c.letterIssued().isAfter(c.registered())) {
            datesOk = false;
            fail(
                    "letterIssued",
                    DATE_ORDER,
                    c.letterIssued().toString(),
                    Label.of(
                            "giấy giới thiệu đề ngày sau ngày đăng ký",
                            "the introduction letter is dated after the registration"));
        }
        Optional<ResidencePolicy> found = cellOk ? policy(c.residentialCell(), c.registered()) : Optional.empty();
        ExemptionCategory exemption = c.exemption();
        if (found.isPresent()) {
            ResidencePolicy policy = found.get();
            if (exemption != null && policy.exemptFromIntroduction().contains(exemption)) {
                fail(
                        "exemption",
                        ResidencePolicy.EXEMPTION,
                        exemption.name(),
                        found,
                        Label.of(
                                "đảng viên thuộc diện không giới thiệu về nơi cư trú: "
                                        + exemption.label().vi(),
                                "the member is exempt from being introduced to the residence at all: "
                                        + exemption.label().en()));
            }
            if (datesOk) {
                checkRegistrationDeadline(c, policy);
            }
        }
        List<ResidenceFact> facts = new ArrayList<>();
        if (!datesOk) {
            return facts;
        }
        facts.add(new ResidenceFact.Registered(
                c.member(),
                c.registered(),
                c.fullName().strip(),
                c.residentialCell(),
                new Workplace(c.workplace().name().strip(), c.workplace().organization()),
                c.letterIssued(),
                ctx.stamp()));
        if (exemption != null) {
            facts.add(new ResidenceFact.ExemptionChanged(c.member(), c.registered(), exemption, ctx.stamp()));
        }
        return facts;
    }

    private void checkRegistrationDeadline(ResidenceCommand.Register c, ResidencePolicy policy) {
        try {
            if (!policy.registeredInTime(c.letterIssued(), c.registered(), ctx.calendar())) {
                LocalDate last = policy.registrationLastDay(c.letterIssued(), ctx.calendar());
                String unit = policy.registrationDeadlineInWorkingDays() ? " ngày làm việc" : " ngày";
                String unitEn = policy.registrationDeadlineInWorkingDays() ? " working days" : " days";
                find(
                        ResidencePolicy.REGISTRATION_DEADLINE,
                        Severity.WARNING,
                        policy,
                        Label.of(
                                "Nộp giấy giới thiệu ngày " + c.registered() + ", quá "
                                        + policy.registrationDeadlineDays() + unit + " kể từ ngày giới thiệu "
                                        + c.letterIssued() + " (hạn cuối " + last + ")",
                                "Introduction letter presented on " + c.registered() + ", later than "
                                        + policy.registrationDeadlineDays() + unitEn + " after the letter of "
                                        + c.letterIssued() + " (last day " + last + ")"));
            }
        } catch (CalendarNotCoveredException e) {
            find(
                    ResidencePolicy.REGISTRATION_DEADLINE,
                    Severity.INFO,
                    policy,
                    Label.of(
                            "Không kiểm tra được thời hạn: lịch ngày làm việc không có năm này (" + e.getMessage()
                                    + ")",
                            "The deadline could not be checked: the working calendar does not cover it ("
                                    + e.getMessage() + ")"));
        }
    }

    // ---------------------------------------------------------------- exemption, meetings, end

    private List<ResidenceFact> exemption(ResidenceCommand.RecordExemption c) {
        Optional<ResidenceLiaisonHistory> h = activeOn(c.member(), c.from(), "from");
        if (h.isEmpty()) {
            return List.of();
        }
        ExemptionCategory category = c.exemption();
        Optional<ResidencePolicy> found =
                policy(h.get().residentialCellOn(c.from()).orElseThrow(), c.from());
        if (category != null
                && found.isPresent()
                && found.get().exemptFromIntroduction().contains(category)) {
            fail(
                    "exemption",
                    ResidencePolicy.EXEMPTION,
                    category.name(),
                    found,
                    Label.of(
                            "diện không giới thiệu về nơi cư trú: kết thúc việc đăng ký thay vì ghi miễn",
                            "a category exempt from introduction: end the registration instead"));
        }
        return List.of(new ResidenceFact.ExemptionChanged(c.member(), c.from(), category, ctx.stamp()));
    }

    private List<ResidenceFact> meeting(ResidenceCommand.RecordMeeting c) {
        String given = c.excuse();
        String excuse = given == null ? "" : given.strip();
        if (c.presence() == MeetingPresence.EXCUSED && excuse.isEmpty()) {
            fail("excuse", EXCUSE, "", Label.of("vắng có lý do phải ghi lý do", "an excused absence needs its reason"));
        }
        Optional<ResidenceLiaisonHistory> h = activeOn(c.member(), c.held(), "held");
        if (h.isEmpty()) {
            return List.of();
        }
        if (h.get().meetings().stream().anyMatch(m -> m.effective().equals(c.held()))) {
            fail(
                    "held",
                    MEETING_TWICE,
                    c.held().toString(),
                    Label.of(
                            "đã ghi việc dự cuộc họp ngày " + c.held(),
                            "the answer to the meeting of " + c.held() + " is already recorded"));
        }
        policy(h.get().residentialCellOn(c.held()).orElseThrow(), c.held());
        if (!violations.isEmpty()) {
            return List.of();
        }
        return List.of(new ResidenceFact.MeetingRecorded(c.member(), c.held(), c.presence(), excuse, ctx.stamp()));
    }

    private List<ResidenceFact> end(ResidenceCommand.End c) {
        Optional<ResidenceLiaisonHistory> h = activeOn(c.member(), c.on().minusDays(1), "on");
        if (h.isEmpty()) {
            return List.of();
        }
        ResidenceRegistration r = h.get().registrationOn(c.on().minusDays(1)).orElseThrow();
        if (!c.on().isAfter(r.registered().effective())) {
            fail(
                    "on",
                    DATE_ORDER,
                    c.on().toString(),
                    Label.of("kết thúc không sau ngày đăng ký", "the end is not after the registration"));
            return List.of();
        }
        return List.of(new ResidenceFact.Ended(
                c.member(), c.on(), c.endReason(), c.note().strip(), ctx.stamp()));
    }

    // ---------------------------------------------------------------- yearly comment

    private List<ResidenceFact> comment(ResidenceCommand.RecordComment c) {
        Optional<ResidenceLiaisonHistory> found = history(c.member());
        Year year = c.year();
        if (c.requested().isAfter(c.replied())) {
            fail(
                    "requested",
                    DATE_ORDER,
                    c.requested().toString(),
                    Label.of("ngày đề nghị sau ngày trả lời", "the request is dated after the reply"));
        }
        if (c.replied().isBefore(year.atDay(1))) {
            fail(
                    "replied",
                    DATE_ORDER,
                    c.replied().toString(),
                    Label.of(
                            "nhận xét năm " + year + " trước khi năm đó bắt đầu",
                            "a comment on " + year + " given before that year began"));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        ResidenceLiaisonHistory h = found.get();
        DateRange days = ResidenceLiaisonHistory.yearRange(year);
        LocalDate nextYear = year.plusYears(1).atDay(1);
        Optional<ResidenceRegistration> span =
                h.registrations().stream().filter(r -> r.span().overlaps(days)).reduce((a, b) -> b);
        if (span.isEmpty()) {
            boolean before =
                    h.registrations().stream().allMatch(r -> !r.span().from().isBefore(nextYear));
            fail(
                    "year",
                    COMMENT_YEAR,
                    year.toString(),
                    before
                            ? Label.of(
                                    "năm " + year + " trước khi đăng ký ở nơi cư trú ("
                                            + h.registrations().get(0).span().from() + ")",
                                    "the year " + year + " is before the registration at the residence ("
                                            + h.registrations().get(0).span().from() + ")")
                            : Label.of(
                                    "năm " + year + " không có ngày nào đăng ký ở nơi cư trú (đã kết thúc)",
                                    "the member was not registered on any day of " + year + " (ended)"));
        }
        Optional<ResidenceFact.CommentGiven> twice = h.commentFor(year);
        if (twice.isPresent()) {
            fail(
                    "year",
                    COMMENT_TWICE,
                    year.toString(),
                    Label.of(
                            "đã có nhận xét năm " + year + " (trả lời ngày "
                                    + twice.get().replied() + ")",
                            "the comment on " + year + " was already given on "
                                    + twice.get().replied()));
        }
        if (span.isEmpty() || !violations.isEmpty()) {
            return List.of();
        }
        OrganizationId cell = span.get().residentialCell();
        LocalDate lastDay = nextYear.minusDays(1);
        LocalDate judged = c.replied().isBefore(lastDay) ? c.replied() : lastDay;
        Optional<ResidencePolicy> policy = policy(cell, judged);
        if (policy.isPresent()) {
            ResidencePolicy p = policy.get();
            LocalDate deadline = p.commentDeadlineIn(year);
            if (c.replied().isAfter(deadline)) {
                find(
                        ResidencePolicy.COMMENT_DEADLINE,
                        Severity.WARNING,
                        p,
                        Label.of(
                                "Nhận xét năm " + year + " trả lời ngày " + c.replied() + ", sau hạn " + deadline,
                                "The comment on " + year + " was given on " + c.replied() + ", after the deadline "
                                        + deadline));
            }
            if (c.verdict() == CommentVerdict.DOES_NOT_FULFIL && p.negativeCommentCapsAtCompleted()) {
                find(
                        ResidencePolicy.RATING_CAP,
                        Severity.WARNING,
                        p,
                        Label.of(
                                "Nơi cư trú nhận xét chưa thực hiện tốt trách nhiệm năm " + year
                                        + ": nơi công tác không xếp loại từ hoàn thành tốt nhiệm vụ trở lên",
                                "The residence says the member does not fulfil the residence duties in " + year
                                        + ": the workplace should not rate them good or above"));
            }
        }
        return List.of(new ResidenceFact.CommentGiven(
                c.member(),
                c.replied(),
                year,
                cell,
                c.frontWorkCommittee().strip(),
                c.text().strip(),
                c.verdict(),
                c.requested(),
                c.channel(),
                ctx.stamp()));
    }

    // ---------------------------------------------------------------- helpers

    private Optional<ResidenceLiaisonHistory> history(MemberId id) {
        Optional<ResidenceLiaisonHistory> h = ctx.liaisons().apply(id);
        if (h.isEmpty() || h.get().registrations().isEmpty()) {
            fail(
                    "member",
                    UNKNOWN,
                    id.toString(),
                    Label.of(
                            "đảng viên này chưa đăng ký ở nơi cư trú",
                            "this member was never registered with a residence"));
            return Optional.empty();
        }
        return h;
    }

    private Optional<ResidenceLiaisonHistory> activeOn(MemberId id, LocalDate date, String path) {
        Optional<ResidenceLiaisonHistory> h = history(id);
        if (h.isPresent() && !h.get().isActiveOn(date)) {
            fail(
                    path,
                    NOT_ACTIVE,
                    id + " on " + date,
                    Label.of(
                            "không đăng ký sinh hoạt nơi cư trú ngày " + date,
                            "not registered with a residence on " + date));
            return Optional.empty();
        }
        return h;
    }

    private boolean requireCell(OrganizationId cell, LocalDate date, String path) {
        Optional<OrganizationState> s = ctx.organizations().on(date).get(cell);
        if (s.isEmpty()) {
            fail(
                    path,
                    CELL,
                    cell + " on " + date,
                    Label.of(
                            "chi bộ nơi cư trú không tồn tại (chưa thành lập hoặc đã giải thể) ngày " + date,
                            "the residential cell does not exist (not yet founded, or dissolved) on " + date));
            return false;
        }
        if (!s.get().kind().isCell()) {
            fail(
                    path,
                    CELL,
                    s.get().name() + " (" + s.get().kind() + ")",
                    Label.of(
                            "đảng viên đăng ký với chi bộ nơi cư trú, không với "
                                    + s.get().kind().label().vi(),
                            "a serving member registers with a residential cell, not with a "
                                    + s.get().kind().label().en()));
            return false;
        }
        return true;
    }

    private Optional<ResidencePolicy> policy(OrganizationId cell, LocalDate date) {
        ImmutableList<OrganizationId> path = ctx.organizations().on(date).pathFromRoot(cell);
        PolicyLookup<ResidencePolicy> lookup = ctx.policies().find(ResidencePolicy.KIND, date, path, subject);
        if (lookup instanceof PolicyLookup.Missing<ResidencePolicy> missing
                && findings.stream().noneMatch(f -> f.code().equals(Finding.NO_POLICY))) {
            findings.add(missing.finding());
        }
        return lookup.policy();
    }

    private void find(String code, Severity severity, ResidencePolicy policy, Label message) {
        findings.add(Finding.of(code, severity, subject, message, policy.sourceOf(code), policy));
    }

    private void fail(String path, String rule, String value, Label message) {
        violations.add(Violation.of(prefix + path, rule, value, message));
    }

    private void fail(String path, String rule, String value, Optional<ResidencePolicy> policy, Label message) {
        String source = policy.map(p -> " — " + p.sourceOf(rule)).orElse("");
        violations.add(
                Violation.of(prefix + path, rule, value, Label.of(message.vi() + source, message.en() + source)));
    }
}

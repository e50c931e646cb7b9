package vn.chibo.domain.meeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.Severity;

/**
 * Judges meetings against the meeting policy of their dates (rules.md §3.1–3.4, §3.8; rules-2.md
 * §G): per meeting, attendance above 85 % with exempted members and members on special duty left
 * out of both counts, no unexcused absence, the minimum length, materials posted ahead (from HD
 * 42); per cell and period, a regular meeting every month, a thematic one every quarter, the
 * committee before the cell, the party-group pilot's limits, no member excused more than 3 times in
 * a row in a year (exempted members and members on special duty left out here too); per member and
 * year, the months with an unexcused absence.
 */
public final class MeetingCompliance {
    private MeetingCompliance() {}

    /**
     * The findings on one meeting, under the meeting policy of its date for its organisation (a
     * province's overlay wins over the central rules).
     *
     * @param standings the standing of everyone on the roll on the meeting's date
     * @param pathFromRoot the meeting organisation's ancestors on the meeting's date, from the root
     *     down to the organisation itself
     */
    public static ImmutableList<Finding> ofMeeting(
            Meeting m,
            Map<MemberId, MemberStanding> standings,
            PolicyRegistry policies,
            List<OrganizationId> pathFromRoot,
            String subject) {
        PolicyLookup<MeetingPolicy> lookup = policies.find(MeetingPolicy.KIND, m.date(), pathFromRoot, subject);
        if (lookup instanceof PolicyLookup.Missing<MeetingPolicy> missing) {
            return ImmutableList.of(missing.finding());
        }
        MeetingPolicy policy = lookup.policy().orElseThrow();
        List<Finding> out = new ArrayList<>();
        String on = subject + " " + m.date();
        if (m.kind() != MeetingKind.COMMITTEE) {
            int counted = 0;
            int present = 0;
            int unexcused = 0;
            for (Attendance a : m.attendance()) {
                MemberStanding s = standings.get(a.member());
                if (s != null && (s.has(ConditionKind.EXEMPTION) || s.has(ConditionKind.SPECIAL_DUTY))) {
                    continue;
                }
                counted++;
                if (a.isPresent()) {
                    present++;
                } else if (a.status() == AttendanceStatus.UNEXCUSED) {
                    unexcused++;
                }
            }
            if (counted > 0 && !(100L * present > (long) policy.attendanceAbovePercent() * counted)) {
                out.add(Finding.of(
                        MeetingPolicy.ATTENDANCE,
                        Severity.WARNING,
                        on,
                        Label.of(
                                "Có mặt " + Numbers.percent(present, counted, Label.VIETNAMESE) + " ("
                                        + Numbers.fraction(present, counted) + "), cần trên "
                                        + policy.attendanceAbovePercent() + " %.",
                                "Attendance " + Numbers.percent(present, counted, Locale.ENGLISH) + " ("
                                        + Numbers.fraction(present, counted) + "); above "
                                        + policy.attendanceAbovePercent() + "% is required."),
                        policy.sourceOf(MeetingPolicy.ATTENDANCE),
                        policy));
            }
            if (unexcused > 0) {
                out.add(Finding.of(
                        MeetingPolicy.UNEXCUSED,
                        Severity.WARNING,
                        on,
                        Label.of(
                                unexcused + " đảng viên vắng không lý do.",
                                unexcused + " members absent without reason."),
                        policy.sourceOf(MeetingPolicy.UNEXCUSED),
                        policy));
            }
        }
        if (m.kind() == MeetingKind.REGULAR) {
            long minutes = m.duration().toMinutes();
            int min = m.alsoThematic() ? policy.minMinutesCombined() : policy.minMinutesRegular();
            if (minutes < min) {
                out.add(Finding.of(
                        MeetingPolicy.DURATION,
                        Severity.WARNING,
                        on,
                        Label.of(
                                "Họp " + minutes + " phút, tối thiểu " + min + " phút.",
                                "The meeting lasted " + minutes + " minutes; at least " + min + " are required."),
                        policy.sourceOf(MeetingPolicy.DURATION),
                        policy));
            }
        }
        if ((m.kind() == MeetingKind.REGULAR || m.kind() == MeetingKind.THEMATIC) && policy.materialsDaysAhead() > 0) {
            LocalDate latest = m.date().minusDays(policy.materialsDaysAhead());
            LocalDate published = m.materialsPublished();
            if (published == null || published.isAfter(latest)) {
                out.add(Finding.of(
                        MeetingPolicy.MATERIALS,
                        Severity.WARNING,
                        on,
                        Label.of(
                                "Tài liệu không đăng trước ít nhất " + policy.materialsDaysAhead() + " ngày ("
                                        + (published == null ? "không ghi nhận" : published) + ").",
                                "Materials not posted at least " + policy.materialsDaysAhead() + " day ahead ("
                                        + (published == null ? "not recorded" : published) + ")."),
                        policy.sourceOf(MeetingPolicy.MATERIALS),
                        policy));
            }
        }
        return ImmutableList.copyOf(out);
    }

    /**
     * The compliance of {@code cell} from {@code from} to {@code to}.
     *
     * @param meetings every meeting of the cell, its committee and its party groups in the period
     * @param standings each date's standings of the cell's members and of everyone on the rolls
     * @param tree the organisation tree (for the cell's existence, its committee and the path its
     *     policies are found by)
     * @param members the cell's members (all statuses) on each date, for the party-group pilot
     */
    public static ComplianceReport ofPeriod(
            OrganizationId cell,
            YearMonth from,
            YearMonth to,
            List<Meeting> meetings,
            Function<LocalDate, Map<MemberId, MemberStanding>> standings,
            OrganizationTree tree,
            Function<LocalDate, Integer> members,
            PolicyRegistry policies) {
        OrganizationHistory history =
                tree.history(cell).orElseThrow(() -> new IllegalArgumentException("unknown cell " + cell));
        String name = history.states().isEmpty()
                ? cell.toString()
                : history.states().get(history.states().size() - 1).name();
        List<Meeting> sorted = new ArrayList<>(meetings);
        sorted.sort(Comparator.comparing(Meeting::date).thenComparing(Meeting::start));
        List<Finding> out = new ArrayList<>();
        Set<PolicyRef> used = new LinkedHashSet<>();
        for (Meeting m : sorted) {
            ImmutableList<Finding> f = ofMeeting(
                    m,
                    standings.apply(m.date()),
                    policies,
                    tree.on(m.date()).pathFromRoot(m.organization()),
                    name + " (" + m.kind().label().vi() + ")");
            out.addAll(f);
        }
        Function<LocalDate, Optional<MeetingPolicy>> policyOn =
                day -> policies.find(MeetingPolicy.KIND, day, tree.on(day).pathFromRoot(cell), name)
                        .policy();
        consecutiveExcused(sorted, cell, standings, policyOn, name, out);
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1);
            boolean exists = history.on(first).isPresent()
                    || history.on(month.atEndOfMonth()).isPresent();
            Optional<MeetingPolicy> found =
                    policyOn.apply(history.on(first).isPresent() ? first : month.atEndOfMonth());
            if (!exists || found.isEmpty()) {
                continue;
            }
            MeetingPolicy policy = found.get();
            used.add(PolicyRef.of(policy));
            YearMonth m = month;
            List<Meeting> ofMonth = sorted.stream()
                    .filter(x -> YearMonth.from(x.date()).equals(m))
                    .toList();
            Optional<Meeting> regular = ofMonth.stream()
                    .filter(x -> x.organization().equals(cell) && x.kind() == MeetingKind.REGULAR)
                    .findFirst();
            boolean byGroups = policy.partyGroupPilotAllowed()
                    && ofMonth.stream().anyMatch(x -> x.kind() == MeetingKind.PARTY_GROUP);
            if (regular.isEmpty() && !byGroups) {
                out.add(finding(
                        MeetingPolicy.MONTHLY,
                        name + " " + month,
                        policy,
                        Label.of(
                                "Không có buổi sinh hoạt chi bộ thường kỳ trong tháng " + month.getMonthValue() + "/"
                                        + month.getYear() + ".",
                                "No regular cell meeting in " + month + ".")));
            }
            if (policy.committeeBeforeCell()
                    && regular.isPresent()
                    && MeetingPlanner.hasCellCommittee(history, regular.get().date())) {
                LocalDate cellDay = regular.get().date();
                boolean committeeFirst = ofMonth.stream()
                        .anyMatch(x -> x.organization().equals(cell)
                                && x.kind() == MeetingKind.COMMITTEE
                                && !x.date().isAfter(cellDay));
                if (!committeeFirst) {
                    out.add(finding(
                            MeetingPolicy.COMMITTEE_FIRST,
                            name + " " + month,
                            policy,
                            Label.of(
                                    "Chi ủy không họp trước buổi sinh hoạt chi bộ ngày " + cellDay + ".",
                                    "The cell committee did not meet before the cell meeting of " + cellDay + ".")));
                }
            }
            if (month.getMonthValue() % 3 == 0 && !month.minusMonths(2).isBefore(from)) {
                YearMonth q0 = month.minusMonths(2);
                long thematic = sorted.stream()
                        .filter(x -> x.isThematic()
                                && !YearMonth.from(x.date()).isBefore(q0)
                                && !YearMonth.from(x.date()).isAfter(m))
                        .count();
                if (thematic < policy.thematicPerQuarter()) {
                    out.add(finding(
                            MeetingPolicy.QUARTERLY_THEMATIC,
                            name + " Q" + (month.getMonthValue() / 3) + "/" + month.getYear(),
                            policy,
                            Label.of(
                                    "Không có buổi sinh hoạt chuyên đề trong quý " + (month.getMonthValue() / 3) + "/"
                                            + month.getYear() + ".",
                                    "No thematic meeting in Q" + (month.getMonthValue() / 3) + " " + month.getYear()
                                            + ".")));
                }
            }
        }
        partyGroupPilot(sorted, members, policyOn, name, out);
        return new ComplianceReport(
                cell, from, to, sorted.size(), ImmutableList.copyOf(out), ImmutableSet.copyOf(used));
    }

    /**
     * The 4th excused absence in a row in a year from the cell's regular meetings. Exempted members
     * and members on special duty are out of the attendance counts, as in {@link #ofMeeting}: their
     * absences neither count nor end a run.
     */
    private static void consecutiveExcused(
            List<Meeting> sorted,
            OrganizationId cell,
            Function<LocalDate, Map<MemberId, MemberStanding>> standings,
            Function<LocalDate, Optional<MeetingPolicy>> policyOn,
            String name,
            List<Finding> out) {
        Map<MemberId, Integer> run = new HashMap<>();
        Map<MemberId, Integer> runYear = new HashMap<>();
        for (Meeting m : sorted) {
            if (m.kind() != MeetingKind.REGULAR || !m.organization().equals(cell)) {
                continue;
            }
            Optional<MeetingPolicy> found = policyOn.apply(m.date());
            Map<MemberId, MemberStanding> standingsOn = standings.apply(m.date());
            for (Attendance a : m.attendance()) {
                MemberStanding s = standingsOn.get(a.member());
                if (s != null && (s.has(ConditionKind.EXEMPTION) || s.has(ConditionKind.SPECIAL_DUTY))) {
                    continue;
                }
                Integer year = runYear.get(a.member());
                if (year == null || year != m.date().getYear()) {
                    run.put(a.member(), 0);
                    runYear.put(a.member(), m.date().getYear());
                }
                int n = a.status() == AttendanceStatus.EXCUSED ? run.getOrDefault(a.member(), 0) + 1 : 0;
                run.put(a.member(), n);
                if (found.isPresent() && n == found.get().maxConsecutiveExcused() + 1) {
                    MeetingPolicy policy = found.get();
                    out.add(finding(
                            MeetingPolicy.CONSECUTIVE_EXCUSED,
                            name + " " + m.date() + " [" + a.member() + "]",
                            policy,
                            Label.of(
                                    "Đảng viên vắng có lý do " + n + " lần liên tiếp trong năm "
                                            + m.date().getYear() + ".",
                                    "A member absent with reason " + n + " times in a row in "
                                            + m.date().getYear() + ".")));
                }
            }
        }
    }

    private static void partyGroupPilot(
            List<Meeting> sorted,
            Function<LocalDate, Integer> members,
            Function<LocalDate, Optional<MeetingPolicy>> policyOn,
            String name,
            List<Finding> out) {
        Map<Integer, Set<YearMonth>> monthsByYear = new HashMap<>();
        for (Meeting m : sorted) {
            if (m.kind() != MeetingKind.PARTY_GROUP) {
                continue;
            }
            Optional<MeetingPolicy> found = policyOn.apply(m.date());
            if (found.isEmpty()) {
                continue;
            }
            MeetingPolicy policy = found.get();
            if (!policy.partyGroupPilotAllowed()) {
                out.add(finding(
                        MeetingPolicy.PARTY_GROUP_PILOT,
                        name + " " + m.date(),
                        policy,
                        Label.of(
                                "Chưa áp dụng thí điểm sinh hoạt theo tổ đảng vào ngày này.",
                                "The party-group meeting pilot does not apply on this date.")));
                continue;
            }
            int size = members.apply(m.date());
            if (size < policy.partyGroupPilotMinMembers()) {
                out.add(finding(
                        MeetingPolicy.PARTY_GROUP_PILOT,
                        name + " " + m.date(),
                        policy,
                        Label.of(
                                "Chi bộ có " + size + " đảng viên, dưới " + policy.partyGroupPilotMinMembers()
                                        + ": không sinh hoạt theo tổ đảng.",
                                "The cell has " + size + " members, under " + policy.partyGroupPilotMinMembers()
                                        + ": it may not meet by party group.")));
            }
            Set<YearMonth> months = monthsByYear.computeIfAbsent(m.date().getYear(), y -> new LinkedHashSet<>());
            if (months.add(YearMonth.from(m.date())) && months.size() == policy.partyGroupPilotMaxPerYear() + 1) {
                out.add(finding(
                        MeetingPolicy.PARTY_GROUP_PILOT,
                        name + " " + m.date().getYear(),
                        policy,
                        Label.of(
                                "Sinh hoạt theo tổ đảng quá " + policy.partyGroupPilotMaxPerYear() + " lần trong năm.",
                                "Party-group meetings more than " + policy.partyGroupPilotMaxPerYear()
                                        + " times in the year.")));
            }
        }
    }

    /**
     * The distinct months of {@code year} in which {@code member} was absent without reason from a
     * regular meeting: the counter the removal rule reads ("bỏ sinh hoạt chi bộ ba tháng trong
     * năm").
     */
    public static ImmutableSortedSet<YearMonth> unexcusedMonths(MemberId member, Year year, List<Meeting> meetings) {
        ImmutableSortedSet.Builder<YearMonth> out = ImmutableSortedSet.naturalOrder();
        for (Meeting m : meetings) {
            if (m.kind() == MeetingKind.REGULAR && Year.from(m.date()).equals(year)) {
                m.attendanceOf(member)
                        .filter(a -> a.status() == AttendanceStatus.UNEXCUSED)
                        .ifPresent(a -> out.add(YearMonth.from(m.date())));
            }
        }
        return out.build();
    }

    private static Finding finding(String code, String subject, MeetingPolicy policy, Label message) {
        return Finding.of(code, Severity.WARNING, subject, message, policy.sourceOf(code), policy);
    }
}

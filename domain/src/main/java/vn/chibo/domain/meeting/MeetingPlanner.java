package vn.chibo.domain.meeting;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.member.MembershipStatus;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.PolicyRegistry;

/**
 * Checks a meeting record before it is kept: the organisation and kind, the times, that the
 * attendance covers exactly the members summoned, and that every ballot is possible (only full
 * members present and in the base vote; a secret tally adds up and has no more ballots than
 * voters present). Returns every violation; quality is judged separately ({@link
 * MeetingCompliance}).
 */
public final class MeetingPlanner {
    /** Rule code: the organisation does not fit the kind, or did not exist. */
    public static final String ORGANIZATION = "MTG-ORGANIZATION";
    /** Rule code: the meeting ends before it starts. */
    public static final String TIMES = "MTG-TIMES";
    /** Rule code: attendance for someone not summoned. */
    public static final String NOT_SUMMONED = "MTG-NOT-SUMMONED";
    /** Rule code: a member summoned with no attendance, or listed twice. */
    public static final String ATTENDANCE_ROLL = "MTG-ATTENDANCE-ROLL";
    /** Rule code: an excused absence without a reason. */
    public static final String REASON = "MTG-REASON";
    /** Rule code: a vote by someone who cannot vote. */
    public static final String VOTER = "MTG-VOTER";
    /** Rule code: a tally that does not add up, or more votes than voters present. */
    public static final String TALLY = "MTG-TALLY";
    /** Rule code: a field that does not fit the meeting (materials after it, a thematic flag). */
    public static final String FIELD = "MTG-FIELD";

    private MeetingPlanner() {}

    /**
     * The members who may be summoned: for a cell meeting, the members taking part in the cell that
     * day and its own members temporarily transferred out; for a party-group meeting, the group's
     * members; for a committee meeting, its committee members. Exempted members and members
     * temporarily away may be left off the roll; everyone else must be on it.
     */
    public static Set<MemberId> summonable(
            Meeting meeting, OrganizationTree tree, Map<MemberId, MemberStanding> standingsOfOrganization) {
        Set<MemberId> out = new HashSet<>();
        if (meeting.kind() == MeetingKind.COMMITTEE) {
            tree.history(meeting.organization())
                    .map(h -> h.seatsOn(meeting.date()))
                    .ifPresent(seats -> seats.stream()
                            .filter(s -> s.role() instanceof CommitteeRole)
                            .forEach(s -> out.add(s.member())));
            return out;
        }
        standingsOfOrganization.forEach((id, s) -> {
            // A member temporarily transferred out may stay on the home cell's roll, where the vote
            // result names the exclusion; a member attached here from elsewhere is summoned too.
            boolean in = meeting.kind() == MeetingKind.PARTY_GROUP
                    ? meeting.organization().equals(s.partyGroup())
                    : meeting.organization().equals(s.activityCell())
                            || meeting.organization().equals(s.homeCell());
            if (in && s.isMember()) {
                out.add(id);
            }
        });
        return out;
    }

    /**
     * Every violation of {@code meeting}.
     *
     * @param standings the standing on the meeting's date of every member of the organisation and
     *     of everyone on the roll
     */
    public static ImmutableList<Violation> check(
            Meeting meeting, OrganizationTree tree, Map<MemberId, MemberStanding> standings, PolicyRegistry policies) {
        List<Violation> out = new ArrayList<>();
        Optional<OrganizationState> org = tree.on(meeting.date()).get(meeting.organization());
        if (org.isEmpty()) {
            out.add(Violation.of(
                    "organization",
                    ORGANIZATION,
                    meeting.organization() + " on " + meeting.date(),
                    Label.of(
                            "tổ chức không tồn tại ngày họp", "the organisation did not exist on the meeting's date")));
            return ImmutableList.copyOf(out);
        }
        OrganizationKind kind = org.get().kind();
        boolean fits = switch (meeting.kind()) {
            case COMMITTEE -> kind.hasCommittee();
            case PARTY_GROUP -> kind == OrganizationKind.PARTY_GROUP;
            default -> kind.isCell();
        };
        if (!fits) {
            out.add(Violation.of(
                    "kind",
                    ORGANIZATION,
                    meeting.kind() + " of " + kind,
                    Label.of(
                            meeting.kind().label().vi() + " không phải của "
                                    + kind.label().vi(),
                            "a " + meeting.kind().label().en() + " cannot be held by a "
                                    + kind.label().en())));
        }
        if (!meeting.end().isAfter(meeting.start())) {
            out.add(Violation.of(
                    "end",
                    TIMES,
                    meeting.start() + "–" + meeting.end(),
                    Label.of("giờ kết thúc phải sau giờ bắt đầu", "the meeting must end after it starts")));
        }
        if (meeting.alsoThematic() && meeting.kind() != MeetingKind.REGULAR) {
            out.add(Violation.of(
                    "alsoThematic",
                    FIELD,
                    "true",
                    Label.of(
                            "chỉ sinh hoạt thường kỳ mới kết hợp chuyên đề",
                            "only a regular meeting combines a thematic one")));
        }
        LocalDate published = meeting.materialsPublished();
        if (published != null && published.isAfter(meeting.date())) {
            out.add(Violation.of(
                    "materialsPublished",
                    FIELD,
                    published.toString(),
                    Label.of("tài liệu đăng sau ngày họp", "materials dated after the meeting")));
        }
        Set<MemberId> summonable = summonable(meeting, tree, standings);
        Set<MemberId> roll = new HashSet<>();
        for (int i = 0; i < meeting.attendance().size(); i++) {
            Attendance a = meeting.attendance().get(i);
            String path = "attendance[" + i + "]";
            if (!roll.add(a.member())) {
                out.add(Violation.of(
                        path + ".member",
                        ATTENDANCE_ROLL,
                        a.member().toString(),
                        Label.of("đảng viên được ghi hai lần", "the member is on the roll twice")));
            } else if (!summonable.contains(a.member())) {
                out.add(Violation.of(
                        path + ".member",
                        NOT_SUMMONED,
                        a.member().toString(),
                        Label.of(
                                "không thuộc diện triệu tập của cuộc họp này ngày " + meeting.date(),
                                "not among those summoned to this meeting on " + meeting.date())));
            }
            if (a.status() == AttendanceStatus.EXCUSED
                    && (a.reason() == null || a.reason().isBlank())) {
                out.add(Violation.of(
                        path + ".reason",
                        REASON,
                        "null",
                        Label.of("vắng có lý do phải ghi lý do", "an excused absence records its reason")));
            }
        }
        for (MemberId id : summonable) {
            MemberStanding s = standings.get(id);
            boolean mayBeLeftOff = s != null
                    && (s.has(ConditionKind.EXEMPTION)
                            || (meeting.kind() != MeetingKind.PARTY_GROUP
                                    && !meeting.organization().equals(s.activityCell())));
            if (!roll.contains(id) && !mayBeLeftOff) {
                out.add(Violation.of(
                        "attendance",
                        ATTENDANCE_ROLL,
                        id.toString(),
                        Label.of(
                                "thiếu điểm danh của một đảng viên được triệu tập",
                                "a member summoned has no attendance")));
            }
        }
        MemberId secretary = meeting.minutesSecretary();
        if (secretary != null
                && meeting.attendanceOf(secretary).map(a -> !a.isPresent()).orElse(true)) {
            out.add(Violation.of(
                    "minutesSecretary",
                    FIELD,
                    secretary.toString(),
                    Label.of("thư ký cuộc họp phải có mặt", "the minutes' secretary must be present")));
        }
        policies.find(
                        VotePolicy.KIND,
                        meeting.date(),
                        tree.on(meeting.date()).pathFromRoot(meeting.organization()),
                        meeting.organization() + " " + meeting.date())
                .policy()
                .ifPresent(policy -> {
                    for (int i = 0; i < meeting.resolutions().size(); i++) {
                        checkBallot(
                                meeting,
                                meeting.resolutions().get(i),
                                "resolutions[" + i + "].ballot",
                                standings,
                                policy,
                                out);
                    }
                });
        return ImmutableList.copyOf(out);
    }

    private static void checkBallot(
            Meeting meeting,
            Resolution r,
            String path,
            Map<MemberId, MemberStanding> standings,
            VotePolicy policy,
            List<Violation> out) {
        ImmutableList<VoteResult.Exclusion> excluded = Votes.exclusions(meeting, r.kind(), standings, policy);
        Set<MemberId> notInBase = new HashSet<>();
        excluded.forEach(e -> notInBase.add(e.member()));
        long votersPresent = meeting.attendance().stream()
                .filter(a -> a.isPresent() && !notInBase.contains(a.member()))
                .count();
        if (r.ballot() instanceof Ballot.Open open) {
            open.votes().forEach((voter, choice) -> {
                Optional<Attendance> a = meeting.attendanceOf(voter);
                MemberStanding s = standings.get(voter);
                if (a.isEmpty() || !a.get().isPresent()) {
                    out.add(Violation.of(
                            path + ".votes[" + voter + "]",
                            VOTER,
                            choice.name(),
                            Label.of("người biểu quyết không có mặt", "the voter was not present")));
                } else if (s == null || s.status() != MembershipStatus.FULL) {
                    out.add(Violation.of(
                            path + ".votes[" + voter + "]",
                            VOTER,
                            choice.name(),
                            Label.of(
                                    "đảng viên dự bị không biểu quyết (" + policy.sourceOf(VotePolicy.VOTERS) + ")",
                                    "a probationary member does not vote (" + policy.sourceOf(VotePolicy.VOTERS)
                                            + ")")));
                } else if (notInBase.contains(voter)) {
                    out.add(Violation.of(
                            path + ".votes[" + voter + "]",
                            VOTER,
                            choice.name(),
                            Label.of(
                                    "đảng viên không thuộc cơ số biểu quyết của nghị quyết này",
                                    "the member is not in the base of this resolution")));
                }
            });
        } else if (r.ballot() instanceof Ballot.Secret t) {
            if (t.yes() + t.no() + t.abstain() + t.invalid() != t.cast()) {
                out.add(Violation.of(
                        path,
                        TALLY,
                        t.yes() + "+" + t.no() + "+" + t.abstain() + "+" + t.invalid() + " vs " + t.cast(),
                        Label.of(
                                "tổng phiếu không khớp với số phiếu phát ra",
                                "the tally does not add up to the ballots cast")));
            }
            if (t.cast() > votersPresent) {
                out.add(Violation.of(
                        path + ".cast",
                        TALLY,
                        t.cast() + " > " + votersPresent,
                        Label.of(
                                "số phiếu nhiều hơn số đảng viên có quyền biểu quyết có mặt",
                                "more ballots than members present who may vote")));
            }
        }
    }

    /** Whether {@code organization} has a cell committee (more than a secretary and a deputy) on {@code date}. */
    static boolean hasCellCommittee(OrganizationHistory organization, LocalDate date) {
        return organization.seatsOn(date).stream()
                .anyMatch(s -> s.role() == CommitteeRole.MEMBER || s.role() == CommitteeRole.STANDING_MEMBER);
    }
}

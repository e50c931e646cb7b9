package vn.chibo.domain.member;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.CalendarNotCoveredException;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.Severity;
import vn.chibo.domain.rule.WorkingCalendar;

/**
 * Checks a {@link MemberCommand} against the member's history, the organisation tree and the
 * {@link MembershipPolicy} in force on the command's date, and turns it into facts and findings, or
 * into every violation. Pure: it reads what it is given and changes nothing.
 *
 * <p>A command dated before every membership policy is accepted with a {@link Finding#NO_POLICY}
 * finding: the fact is kept, it just cannot be judged.
 */
public final class MemberPlanner {
    /** Rule code: the member does not exist. */
    public static final String UNKNOWN = "MEM-UNKNOWN";
    /** Rule code: the identity is already a member's. */
    public static final String DUPLICATE = "MEM-DUPLICATE";
    /** Rule code: the act needs a member on that date. */
    public static final String NOT_MEMBER = "MEM-NOT-MEMBER";
    /** Rule code: not a cell that exists on that date. */
    public static final String CELL = "MEM-CELL";
    /** Rule code: dates in the wrong order. */
    public static final String DATE_ORDER = "MEM-DATE-ORDER";
    /** Rule code: a ceremony with no admission, or a second one. */
    public static final String CEREMONY = "MEM-CEREMONY";
    /** Rule code: overlapping conditions of one kind, or temporary transfers. */
    public static final String OVERLAP = "MEM-OVERLAP";
    /** Rule code: not a party group of the member's cell. */
    public static final String GROUP = "MEM-GROUP";
    /** Rule code: one violation disciplined twice. */
    public static final String DISCIPLINE_TWICE = "MEM-DISCIPLINE-TWICE";
    /** Rule code: an unknown condition. */
    public static final String UNKNOWN_CONDITION = "MEM-UNKNOWN-CONDITION";

    /**
     * What the planner reads.
     *
     * @param members the histories of members (the subject, sponsors)
     * @param organizations the organisation tree
     * @param policies the policies
     * @param calendar the working-day calendar
     * @param stamp the record stamp of the facts produced
     */
    public record Context(
            Function<MemberId, Optional<MemberHistory>> members,
            OrganizationTree organizations,
            PolicyRegistry policies,
            WorkingCalendar calendar,
            Recorded stamp) {
        public Context {
            Objects.requireNonNull(members, "members");
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

    private MemberPlanner(Context ctx, String prefix) {
        this.ctx = ctx;
        this.prefix = prefix;
    }

    /** Checks {@code command}; violation paths start with {@code pathPrefix}. */
    public static MemberOutcome plan(MemberCommand command, Context context, String pathPrefix) {
        MemberPlanner p = new MemberPlanner(context, pathPrefix);
        p.subject = context.members()
                        .apply(command.member())
                        .flatMap(MemberHistory::profile)
                        .map(MemberProfile::fullName)
                        .orElse(
                                command instanceof MemberCommand.Admit a
                                        ? a.profile().fullName()
                                        : "")
                + " [" + command.member() + "]";
        List<MemberFact> facts = p.dispatch(command);
        return p.violations.isEmpty()
                ? new MemberOutcome.Accepted(facts, p.findings)
                : new MemberOutcome.Rejected(p.violations);
    }

    private List<MemberFact> dispatch(MemberCommand command) {
        if (command instanceof MemberCommand.Admit c) {
            return admit(c);
        } else if (command instanceof MemberCommand.HoldCeremony c) {
            return holdCeremony(c);
        } else if (command instanceof MemberCommand.Recognize c) {
            return recognize(c);
        } else if (command instanceof MemberCommand.RefuseRecognition c) {
            return refuse(c);
        } else if (command instanceof MemberCommand.Transfer c) {
            return transfer(c);
        } else if (command instanceof MemberCommand.AssignGroup c) {
            return assignGroup(c);
        } else if (command instanceof MemberCommand.BeginCondition c) {
            return beginCondition(c);
        } else if (command instanceof MemberCommand.EndCondition c) {
            return endCondition(c);
        } else if (command instanceof MemberCommand.Discipline c) {
            return discipline(c);
        } else if (command instanceof MemberCommand.Remove c) {
            return remove(c);
        } else if (command instanceof MemberCommand.RecordDeath c) {
            return died(c);
        } else if (command instanceof MemberCommand.AwardBadge c) {
            return awardBadge(c);
        } else if (command instanceof MemberCommand.UpdateProfile c) {
            return updateProfile(c);
        } else if (command instanceof MemberCommand.RecordDues c) {
            return recordDues(c);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    // ---------------------------------------------------------------- admission

    private List<MemberFact> admit(MemberCommand.Admit c) {
        Optional<MemberHistory> existing = ctx.members().apply(c.member());
        boolean cellOk = requireCell(c.cell(), c.considered(), "cell");
        Optional<MembershipPolicy> found = policy(c.cell(), c.considered());
        if (existing.isPresent()) {
            checkReadmission(c, existing.get(), found);
        } else if (c.readmission()) {
            fail(
                    "readmission",
                    MembershipPolicy.READMISSION,
                    "true",
                    found,
                    Label.of(
                            "không có đảng viên cũ với mã này để kết nạp lại",
                            "there is no former member with this identity to readmit"));
        }
        if (c.decided().isBefore(c.considered())) {
            fail(
                    "decided",
                    DATE_ORDER,
                    c.decided().toString(),
                    Label.of(
                            "ngày quyết định kết nạp trước ngày chi bộ xét",
                            "the decision precedes the cell's consideration"));
        }
        if (c.ceremony() != null && c.ceremony().isBefore(c.decided())) {
            fail(
                    "ceremony",
                    DATE_ORDER,
                    c.ceremony().toString(),
                    Label.of("lễ kết nạp trước ngày quyết định", "the ceremony precedes the decision"));
        }
        if (found.isPresent() && cellOk) {
            MembershipPolicy policy = found.get();
            checkAge(c, policy);
            checkSponsors(c, policy);
            checkCertificate(c, policy);
            checkTwoThirds(c.votesFor(), c.fullMembers(), policy);
            LocalDate ceremony = c.ceremony();
            if (ceremony != null && !ceremony.isBefore(c.decided())) {
                deadline(
                        c.decided(),
                        ceremony,
                        policy.ceremonyDeadlineWorkingDays(),
                        MembershipPolicy.CEREMONY_DEADLINE,
                        policy,
                        Label.of("Lễ kết nạp", "The admission ceremony"));
            }
        }
        if (!violations.isEmpty()) {
            return List.of(); // the facts could not even be built (a decision before the consideration)
        }
        List<MemberFact> facts = new ArrayList<>();
        facts.add(new MemberFact.ProfileRecorded(c.member(), c.considered(), c.profile(), ctx.stamp()));
        facts.add(new MemberFact.AdmissionDecided(
                c.member(),
                c.decided(),
                c.cell(),
                c.considered(),
                c.decidedBy().strip(),
                c.sponsors(),
                c.readmission(),
                ctx.stamp()));
        if (c.ceremony() != null) {
            facts.add(new MemberFact.CeremonyHeld(c.member(), c.ceremony(), c.cell(), ctx.stamp()));
        }
        return facts;
    }

    private void checkReadmission(MemberCommand.Admit c, MemberHistory h, Optional<MembershipPolicy> found) {
        if (!c.readmission()) {
            fail(
                    "member",
                    DUPLICATE,
                    c.member().toString(),
                    Label.of(
                            "mã này đã là của một đảng viên; kết nạp lại phải ghi rõ",
                            "this identity is already a member's; a" + " readmission must say so"));
            return;
        }
        if (h.statusOn(c.considered()).isPresent()
                || h.lastMembership().map(m -> m.ended() == null).orElse(false)) {
            fail(
                    "member",
                    MembershipPolicy.READMISSION,
                    c.member().toString(),
                    found,
                    Label.of("vẫn đang là đảng viên", "still a member"));
            return;
        }
        if (found.isEmpty()) {
            return;
        }
        MembershipPolicy policy = found.get();
        if (h.memberships().stream().anyMatch(m -> m.admission().readmission())) {
            fail(
                    "readmission",
                    MembershipPolicy.READMISSION,
                    "true",
                    found,
                    Label.of(
                            "chỉ được kết nạp lại một lần (" + policy.sourceOf(MembershipPolicy.READMISSION) + ")",
                            "readmission is allowed once only (" + policy.sourceOf(MembershipPolicy.READMISSION)
                                    + ")"));
        }
        LocalDate left = h.lastMembership().map(Membership::ended).orElse(null);
        if (left != null && c.decided().isBefore(left.plusMonths(policy.readmissionMinMonths()))) {
            fail(
                    "decided",
                    MembershipPolicy.READMISSION,
                    c.decided().toString(),
                    found,
                    Label.of(
                            "chưa đủ " + policy.readmissionMinMonths() + " tháng kể từ khi ra khỏi Đảng (" + left + ")",
                            "less than " + policy.readmissionMinMonths() + " months since leaving the Party on "
                                    + left));
        }
    }

    private void checkAge(MemberCommand.Admit c, MembershipPolicy policy) {
        long months = c.profile().ageInMonths(c.considered());
        String shown = (months / 12) + "y" + (months % 12) + "m";
        if (months < policy.minAgeMonths()) {
            fail(
                    "profile.birthDate",
                    MembershipPolicy.ADMISSION_AGE,
                    shown,
                    Optional.of(policy),
                    Label.of(
                            "chưa đủ " + policy.minAgeMonths() / 12 + " tuổi (tính theo tháng) ngày chi bộ xét",
                            "younger than " + policy.minAgeMonths() / 12
                                    + " years (counted in months) when the cell considered"));
        } else if (months > policy.maxAgeMonths() && c.over60Decision() == null) {
            fail(
                    "profile.birthDate",
                    MembershipPolicy.ADMISSION_AGE,
                    shown,
                    Optional.of(policy),
                    Label.of(
                            "quá " + policy.maxAgeMonths() / 12
                                    + " tuổi mà không có quyết định của cấp ủy trực thuộc Trung ương",
                            "older than " + policy.maxAgeMonths() / 12 + " years without a provincial-level decision"));
        } else if (months > policy.maxAgeMonths()) {
            find(
                    MembershipPolicy.ADMISSION_AGE,
                    Severity.INFO,
                    policy,
                    Label.of(
                            "Kết nạp người trên 60 tuổi theo quyết định: " + c.over60Decision(),
                            "Admitted over 60 by decision: " + c.over60Decision()));
        }
    }

    private void checkSponsors(MemberCommand.Admit c, MembershipPolicy policy) {
        int valid = 0;
        int members = 0;
        int unions = 0;
        Set<MemberId> seen = new HashSet<>();
        for (int i = 0; i < c.sponsors().size(); i++) {
            Sponsor s = c.sponsors().get(i);
            String path = "sponsors[" + i + "]";
            if (s instanceof Sponsor.ByUnion) {
                if (unions++ == 0) {
                    valid++;
                } else {
                    fail(
                            path,
                            MembershipPolicy.SPONSORS,
                            "ByUnion",
                            Optional.of(policy),
                            Label.of("chỉ một tổ chức đoàn thể được giới thiệu", "only one union body may sponsor"));
                }
                continue;
            }
            Sponsor.ByMember m = (Sponsor.ByMember) s;
            if (m.member().equals(c.member()) || !seen.add(m.member())) {
                fail(
                        path + ".member",
                        MembershipPolicy.SPONSORS,
                        m.member().toString(),
                        Optional.of(policy),
                        Label.of("người giới thiệu trùng lặp", "the same sponsor twice"));
                continue;
            }
            if (checkMemberSponsor(m, c.considered(), policy, path)) {
                valid++;
                members++;
            }
        }
        if (valid < policy.sponsorsRequired() || members == 0) {
            fail(
                    "sponsors",
                    MembershipPolicy.SPONSORS,
                    valid + " eligible",
                    Optional.of(policy),
                    Label.of(
                            "cần " + policy.sponsorsRequired()
                                    + " người giới thiệu đủ điều kiện, trong đó có ít nhất một đảng"
                                    + " viên chính thức (" + policy.sourceOf(MembershipPolicy.SPONSORS) + ")",
                            policy.sponsorsRequired() + " eligible sponsors are needed, at least one a full member ("
                                    + policy.sourceOf(MembershipPolicy.SPONSORS) + ")"));
        }
    }

    private boolean checkMemberSponsor(Sponsor.ByMember m, LocalDate considered, MembershipPolicy policy, String path) {
        Optional<MemberHistory> h = ctx.members().apply(m.member());
        if (h.isEmpty()) {
            fail(
                    path + ".member",
                    UNKNOWN,
                    m.member().toString(),
                    Label.of("không có đảng viên này", "no such member"));
            return false;
        }
        boolean ok = true;
        if (h.get()
                .statusOn(considered)
                .filter(st -> st == MembershipStatus.FULL)
                .isEmpty()) {
            fail(
                    path + ".member",
                    MembershipPolicy.SPONSORS,
                    describe(h.get(), considered),
                    Optional.of(policy),
                    Label.of(
                            "người giới thiệu phải là đảng viên chính thức ngày chi bộ xét",
                            "a sponsor must be a full member when the cell considers the candidate"));
            ok = false;
        }
        if (m.relation() == SponsorRelation.RESIDENCE && !policy.residenceSponsorAllowed()) {
            fail(
                    path + ".relation",
                    MembershipPolicy.SPONSORS,
                    m.relation().name(),
                    Optional.of(policy),
                    Label.of(
                            "cùng sinh hoạt nơi cư trú chỉ được tính từ QĐ 24-QĐ/TW; áp dụng " + policy.id(),
                            "living in the same residential cell counts only from QĐ 24-QĐ/TW; applied "
                                    + policy.id()));
            ok = false;
        }
        long months = vn.chibo.domain.common.Months.between(m.since(), considered);
        if (!m.replacement() && months < policy.sponsorMinMonths()) {
            fail(
                    path + ".since",
                    MembershipPolicy.SPONSORS,
                    months + " months",
                    Optional.of(policy),
                    Label.of(
                            "người giới thiệu phải cùng công tác, học tập hoặc cư trú với người vào Đảng ít nhất "
                                    + policy.sponsorMinMonths() + " tháng",
                            "a sponsor must have known the candidate for at least " + policy.sponsorMinMonths()
                                    + " months"));
            ok = false;
        }
        return ok;
    }

    private void checkCertificate(MemberCommand.Admit c, MembershipPolicy policy) {
        LocalDate expires = c.certificateIssued().plusMonths(policy.certificateValidityMonths());
        if (c.certificateIssued().isAfter(c.considered()) || !c.considered().isBefore(expires)) {
            fail(
                    "certificateIssued",
                    MembershipPolicy.CERTIFICATE,
                    c.certificateIssued().toString(),
                    Optional.of(policy),
                    Label.of(
                            "giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng có giá trị "
                                    + policy.certificateValidityMonths() + " tháng, đến hết " + expires.minusDays(1),
                            "the party-awareness course certificate is valid " + policy.certificateValidityMonths()
                                    + " months, until " + expires.minusDays(1)));
        }
    }

    private void checkTwoThirds(int votesFor, int fullMembers, MembershipPolicy policy) {
        if (votesFor > fullMembers) {
            fail(
                    "votesFor",
                    MembershipPolicy.TWO_THIRDS,
                    votesFor + "/" + fullMembers,
                    Optional.of(policy),
                    Label.of(
                            "số phiếu tán thành lớn hơn số đảng viên chính thức",
                            "more votes in favour than full members"));
        } else if (3L * votesFor < 2L * fullMembers) {
            fail(
                    "votesFor",
                    MembershipPolicy.TWO_THIRDS,
                    votesFor + "/" + fullMembers,
                    Optional.of(policy),
                    Label.of(
                            "cần ít nhất hai phần ba số đảng viên chính thức tán thành ("
                                    + policy.sourceOf(MembershipPolicy.TWO_THIRDS) + ")",
                            "at least two thirds of the full members must vote in favour ("
                                    + policy.sourceOf(MembershipPolicy.TWO_THIRDS) + ")"));
        }
    }

    private List<MemberFact> holdCeremony(MemberCommand.HoldCeremony c) {
        Optional<MemberHistory> h = history(c.member());
        if (h.isEmpty()) {
            return List.of();
        }
        Optional<Membership> last = h.get().lastMembership();
        if (last.isEmpty() || last.get().ceremony() != null || last.get().ended() != null) {
            fail(
                    "member",
                    CEREMONY,
                    c.member().toString(),
                    Label.of(
                            "không có quyết định kết nạp nào đang chờ lễ kết nạp",
                            "no admission decision awaits its ceremony"));
            return List.of();
        }
        MemberFact.AdmissionDecided admission = last.get().admission();
        if (c.held().isBefore(admission.effective())) {
            fail(
                    "held",
                    DATE_ORDER,
                    c.held().toString(),
                    Label.of(
                            "lễ kết nạp trước ngày quyết định " + admission.effective(),
                            "the ceremony precedes the decision of " + admission.effective()));
            return List.of();
        }
        policy(admission.cell(), admission.considered())
                .ifPresent(policy -> deadline(
                        admission.effective(),
                        c.held(),
                        policy.ceremonyDeadlineWorkingDays(),
                        MembershipPolicy.CEREMONY_DEADLINE,
                        policy,
                        Label.of("Lễ kết nạp", "The admission ceremony")));
        return List.of(new MemberFact.CeremonyHeld(c.member(), c.held(), admission.cell(), ctx.stamp()));
    }

    // ---------------------------------------------------------------- recognition

    private Optional<Membership> probationOver(MemberId member, LocalDate decided, Optional<MembershipPolicy> policy) {
        Optional<MemberHistory> h = history(member);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Optional<Membership> m = h.get().lastMembership().filter(x -> x.ceremony() != null && x.ended() == null);
        if (m.isEmpty()) {
            fail(
                    "member",
                    NOT_MEMBER,
                    member.toString(),
                    Label.of("không phải đảng viên dự bị", "not a probationary member"));
            return Optional.empty();
        }
        if (m.get().recognizedFrom() != null) {
            fail(
                    "member",
                    MembershipPolicy.PROBATION,
                    member.toString(),
                    policy,
                    Label.of("đã được công nhận đảng viên chính thức", "already recognised as a full member"));
            return Optional.empty();
        }
        LocalDate end = m.get().probationEnd().orElseThrow();
        if (decided.isBefore(end)) {
            fail(
                    "decided",
                    MembershipPolicy.PROBATION,
                    decided.toString(),
                    policy,
                    Label.of(
                            "thời kỳ dự bị 12 tháng chưa hết; hết ngày " + end.minusDays(1),
                            "the 12-month probation has not ended; it ends after " + end.minusDays(1)));
            return Optional.empty();
        }
        return m;
    }

    private List<MemberFact> recognize(MemberCommand.Recognize c) {
        Optional<MembershipPolicy> policy = policyForMember(c.member(), c.decided());
        Optional<Membership> m = probationOver(c.member(), c.decided(), policy);
        policy.ifPresent(p -> checkTwoThirds(c.votesFor(), c.fullMembers(), p));
        if (m.isEmpty()) {
            return List.of();
        }
        LocalDate end = m.get().probationEnd().orElseThrow();
        policy.ifPresent(p -> deadline(
                end,
                c.decided(),
                p.recognitionDeadlineWorkingDays(),
                MembershipPolicy.RECOGNITION_DEADLINE,
                p,
                Label.of("Việc xét công nhận đảng viên chính thức", "The recognition")));
        return List.of(new MemberFact.Recognized(c.member(), end, c.decided(), ctx.stamp()));
    }

    private List<MemberFact> refuse(MemberCommand.RefuseRecognition c) {
        Optional<MembershipPolicy> policy = policyForMember(c.member(), c.decided());
        if (probationOver(c.member(), c.decided(), policy).isEmpty()) {
            return List.of();
        }
        return List.of(new MemberFact.Removed(
                c.member(),
                c.decided(),
                RemovalGround.RECOGNITION_REFUSED,
                c.decidedBy().strip(),
                ctx.stamp()));
    }

    // ---------------------------------------------------------------- transfers, groups, conditions

    private List<MemberFact> transfer(MemberCommand.Transfer c) {
        Optional<MemberHistory> h = memberOn(c.member(), c.effective(), "effective");
        boolean cellOk = requireCell(c.to(), c.effective(), "to");
        if (c.letterIssued().isAfter(c.effective())) {
            fail(
                    "letterIssued",
                    DATE_ORDER,
                    c.letterIssued().toString(),
                    Label.of("giấy giới thiệu sau ngày bắt đầu sinh hoạt", "the letter is dated after the start"));
        }
        if (c.trigger().isAfter(c.effective())) {
            fail(
                    "trigger",
                    DATE_ORDER,
                    c.trigger().toString(),
                    Label.of(
                            "sự kiện phát sinh sau ngày bắt đầu sinh hoạt", "the triggering event is after the start"));
        }
        if (h.isEmpty() || !cellOk) {
            return List.of();
        }
        OrganizationId home = h.get().homeCellOn(c.effective()).orElseThrow();
        if (home.equals(c.to())) {
            fail("to", CELL, c.to().toString(), Label.of("đã sinh hoạt ở chi bộ này", "already the member's cell"));
        }
        Optional<MembershipPolicy> found = policy(home, c.effective());
        if (found.isEmpty()) {
            checkShape(c);
            return violations.isEmpty() ? List.of(fact(c, home)) : List.of();
        }
        MembershipPolicy policy = found.get();
        if (c.kind() == TransferKind.TEMPORARY) {
            checkTemporary(c, h.get(), policy);
        } else {
            if (c.until() != null) {
                fail(
                        "until",
                        MembershipPolicy.TEMPORARY_TRANSFER,
                        c.until().toString(),
                        found,
                        Label.of(
                                "chuyển sinh hoạt chính thức không có ngày kết thúc",
                                "a permanent transfer has no end"));
            }
            deadline(
                    c.trigger(),
                    c.effective(),
                    policy.transferStartWorkingDays(),
                    MembershipPolicy.TRANSFER_START,
                    policy,
                    Label.of("Việc chuyển sinh hoạt đảng chính thức", "The permanent transfer"));
            if (policy.transferLetterInWorkingDays()) {
                deadline(
                        c.letterIssued(),
                        c.effective(),
                        policy.transferLetterDays(),
                        MembershipPolicy.TRANSFER_LETTER,
                        policy,
                        Label.of("Việc nộp giấy giới thiệu", "Presenting the introduction letter"));
            } else if (c.effective().isAfter(c.letterIssued().plusDays(policy.transferLetterDays()))) {
                find(
                        MembershipPolicy.TRANSFER_LETTER,
                        Severity.WARNING,
                        policy,
                        Label.of(
                                "Nộp giấy giới thiệu quá " + policy.transferLetterDays() + " ngày (" + c.effective()
                                        + ")",
                                "Introduction letter presented after " + policy.transferLetterDays() + " days ("
                                        + c.effective() + ")"));
            }
        }
        return violations.isEmpty() ? List.of(fact(c, home)) : List.of();
    }

    /** What every transfer must be, with or without a policy: a temporary one ends after it starts, a permanent one never ends. */
    private void checkShape(MemberCommand.Transfer c) {
        LocalDate until = c.until();
        if (c.kind() == TransferKind.PERMANENT && until != null) {
            fail(
                    "until",
                    MembershipPolicy.TEMPORARY_TRANSFER,
                    until.toString(),
                    Label.of("chuyển sinh hoạt chính thức không có ngày kết thúc", "a permanent transfer has no end"));
        } else if (c.kind() == TransferKind.TEMPORARY && until == null) {
            fail(
                    "until",
                    MembershipPolicy.TEMPORARY_TRANSFER,
                    "null",
                    Label.of("chuyển sinh hoạt tạm thời cần ngày trở về", "a temporary transfer needs its end"));
        } else if (until != null && !until.isAfter(c.effective())) {
            fail(
                    "until",
                    DATE_ORDER,
                    until.toString(),
                    Label.of("ngày trở về phải sau ngày bắt đầu", "the end must be after the start"));
        }
    }

    private MemberFact.Transferred fact(MemberCommand.Transfer c, OrganizationId home) {
        return new MemberFact.Transferred(
                c.member(),
                c.effective(),
                c.kind(),
                home,
                c.to(),
                c.kind() == TransferKind.TEMPORARY ? c.until() : null,
                c.trigger(),
                c.letterIssued(),
                c.study(),
                ctx.stamp());
    }

    private void checkTemporary(MemberCommand.Transfer c, MemberHistory h, MembershipPolicy policy) {
        LocalDate until = c.until();
        Optional<MembershipPolicy> found = Optional.of(policy);
        if (until == null) {
            fail(
                    "until",
                    MembershipPolicy.TEMPORARY_TRANSFER,
                    "null",
                    found,
                    Label.of("chuyển sinh hoạt tạm thời cần ngày trở về", "a temporary transfer needs its end"));
            return;
        }
        LocalDate min = c.effective().plusMonths(policy.temporaryTransferMinMonths());
        LocalDate max = c.effective()
                .plusMonths(c.study() ? policy.studyTransferMaxMonths() : policy.temporaryTransferMaxMonths());
        String away = vn.chibo.domain.common.Months.between(c.effective(), until) + " months "
                + ChronoUnit.DAYS.between(
                        c.effective().plusMonths(vn.chibo.domain.common.Months.between(c.effective(), until)), until)
                + " days";
        if (until.isBefore(min)) {
            fail(
                    "until",
                    MembershipPolicy.TEMPORARY_TRANSFER,
                    away,
                    found,
                    Label.of(
                            "vắng dưới " + policy.temporaryTransferMinMonths()
                                    + " tháng thì không chuyển sinh hoạt đảng",
                            "an absence under " + policy.temporaryTransferMinMonths() + " months needs no transfer"));
        } else if (c.study() ? until.isAfter(max) : !until.isBefore(max)) {
            fail(
                    "until",
                    MembershipPolicy.TEMPORARY_TRANSFER,
                    away,
                    found,
                    Label.of(
                            c.study()
                                    ? "đi học trên " + policy.studyTransferMaxMonths() + " tháng phải chuyển chính thức"
                                    : "vắng từ " + policy.temporaryTransferMaxMonths()
                                            + " tháng trở lên phải chuyển chính thức",
                            c.study()
                                    ? "study over " + policy.studyTransferMaxMonths()
                                            + " months needs a permanent transfer"
                                    : "an absence of " + policy.temporaryTransferMaxMonths()
                                            + " months or more needs a permanent" + " transfer"));
        }
        vn.chibo.domain.common.DateRange range = vn.chibo.domain.common.DateRange.of(c.effective(), until);
        for (MemberFact.Transferred t : h.transfers()) {
            if (t.away().map(r -> r.overlaps(range)).orElse(false)) {
                fail(
                        "effective",
                        OVERLAP,
                        range.toString(),
                        Label.of(
                                "trùng với đợt chuyển sinh hoạt tạm thời "
                                        + t.away().orElseThrow(),
                                "overlaps the temporary transfer " + t.away().orElseThrow()));
            }
        }
    }

    private List<MemberFact> assignGroup(MemberCommand.AssignGroup c) {
        Optional<MemberHistory> h = memberOn(c.member(), c.from(), "from");
        if (h.isEmpty()) {
            return List.of();
        }
        OrganizationId group = c.partyGroup();
        if (group != null) {
            Optional<OrganizationState> g = ctx.organizations().on(c.from()).get(group);
            OrganizationId home = h.get().homeCellOn(c.from()).orElseThrow();
            if (g.isEmpty()
                    || g.get().kind() != OrganizationKind.PARTY_GROUP
                    || !home.equals(g.get().parent())) {
                fail(
                        "partyGroup",
                        GROUP,
                        group.toString(),
                        Label.of(
                                "không phải tổ đảng của chi bộ của đảng viên ngày " + c.from(),
                                "not a party group of the member's cell on " + c.from()));
                return List.of();
            }
        }
        return List.of(new MemberFact.GroupAssigned(c.member(), c.from(), group, ctx.stamp()));
    }

    private List<MemberFact> beginCondition(MemberCommand.BeginCondition c) {
        if (c.until() != null && !c.until().isAfter(c.from())) {
            fail(
                    "until",
                    DATE_ORDER,
                    c.until().toString(),
                    Label.of("ngày kết thúc phải sau ngày bắt đầu", "the end must be after the start"));
            return List.of();
        }
        Optional<MemberHistory> h = memberOn(c.member(), c.from(), "from");
        if (h.isEmpty()) {
            return List.of();
        }
        vn.chibo.domain.common.DateRange range = new vn.chibo.domain.common.DateRange(c.from(), c.until());
        for (MemberCondition existing : h.get().conditions()) {
            if (existing.id().equals(c.condition())) {
                fail(
                        "condition",
                        DUPLICATE,
                        c.condition().toString(),
                        Label.of("mã này đã có", "this identity exists"));
            } else if (existing.kind() == c.kind() && existing.valid().overlaps(range)) {
                fail(
                        "from",
                        OVERLAP,
                        c.kind() + " " + range,
                        Label.of(
                                c.kind().label().vi() + " trùng thời gian với " + existing.valid(),
                                c.kind().label().en() + " overlaps " + existing.valid()));
            }
        }
        return List.of(new MemberFact.ConditionBegan(
                c.member(),
                c.from(),
                c.condition(),
                c.kind(),
                c.until(),
                c.note().strip(),
                ctx.stamp()));
    }

    private List<MemberFact> endCondition(MemberCommand.EndCondition c) {
        Optional<MemberHistory> h = history(c.member());
        if (h.isEmpty()) {
            return List.of();
        }
        Optional<MemberCondition> existing = h.get().conditions().stream()
                .filter(x -> x.id().equals(c.condition()))
                .findFirst();
        if (existing.isEmpty()) {
            fail(
                    "condition",
                    UNKNOWN_CONDITION,
                    c.condition().toString(),
                    Label.of("không có tình trạng này", "no such condition"));
            return List.of();
        }
        vn.chibo.domain.common.DateRange valid = existing.get().valid();
        if (!c.on().isAfter(valid.from()) || (valid.until() != null && c.on().isAfter(valid.until()))) {
            fail(
                    "on",
                    DATE_ORDER,
                    c.on().toString(),
                    Label.of("ngày kết thúc phải nằm trong " + valid, "the end must fall within " + valid));
            return List.of();
        }
        return List.of(new MemberFact.ConditionEnded(c.member(), c.on(), c.condition(), ctx.stamp()));
    }

    // ---------------------------------------------------------------- discipline, removal, death, badges

    private List<MemberFact> discipline(MemberCommand.Discipline c) {
        Optional<MemberHistory> h = memberOn(c.member(), c.effective(), "effective");
        if (h.isEmpty()) {
            return List.of();
        }
        MembershipStatus status = h.get().statusOn(c.effective()).orElseThrow();
        Optional<MembershipPolicy> found = policyForMember(c.member(), c.effective());
        if (found.isPresent()
                && status != MembershipStatus.FULL
                && !found.get().probationaryDisciplineForms().contains(c.form())) {
            fail(
                    "form",
                    MembershipPolicy.DISCIPLINE_FORM,
                    c.form().name(),
                    found,
                    Label.of(
                            "đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo ("
                                    + found.get().sourceOf(MembershipPolicy.DISCIPLINE_FORM) + ")",
                            "a probationary member may only be reprimanded or warned ("
                                    + found.get().sourceOf(MembershipPolicy.DISCIPLINE_FORM) + ")"));
        }
        if (c.form() == MemberDiscipline.DISMISSAL && !holdsPost(c.member(), c.effective())) {
            fail(
                    "form",
                    MembershipPolicy.DISCIPLINE_FORM,
                    c.form().name(),
                    found,
                    Label.of(
                            "cách chức chỉ áp dụng với đảng viên giữ chức vụ",
                            "dismissal applies only to a member holding a post"));
        }
        String violation = c.violation().strip();
        if (h.get().disciplines().stream().anyMatch(d -> d.violation().equalsIgnoreCase(violation))) {
            fail(
                    "violation",
                    DISCIPLINE_TWICE,
                    violation,
                    found,
                    Label.of(
                            "một vi phạm chỉ bị kỷ luật một lần, bằng một hình thức",
                            "one violation is disciplined once, with one form"));
        }
        return List.of(new MemberFact.Disciplined(
                c.member(),
                c.effective(),
                c.form(),
                c.decidedBy().strip(),
                violation,
                c.selfDetectedAndFixed(),
                ctx.stamp()));
    }

    private boolean holdsPost(MemberId member, LocalDate date) {
        return ctx.organizations().histories().values().stream()
                .flatMap(o -> o.seatsOn(date).stream())
                .anyMatch(s -> s.member().equals(member) && s.role() instanceof CommitteeRole);
    }

    private List<MemberFact> remove(MemberCommand.Remove c) {
        if (memberOn(c.member(), c.on().minusDays(1), "on").isEmpty()) {
            return List.of();
        }
        return List.of(new MemberFact.Removed(
                c.member(), c.on(), c.ground(), c.decidedBy().strip(), ctx.stamp()));
    }

    private List<MemberFact> died(MemberCommand.RecordDeath c) {
        if (memberOn(c.member(), c.died(), "died").isEmpty()) {
            return List.of();
        }
        return List.of(new MemberFact.Died(c.member(), c.died().plusDays(1), ctx.stamp()));
    }

    private List<MemberFact> awardBadge(MemberCommand.AwardBadge c) {
        Optional<MemberHistory> h = memberOn(c.member(), c.on(), "on");
        Optional<MembershipPolicy> found = policyForMember(c.member(), c.on());
        if (h.isEmpty() || found.isEmpty()) {
            return h.isEmpty()
                    ? List.of()
                    : List.of(new MemberFact.BadgeAwarded(c.member(), c.on(), c.years(), false, ctx.stamp()));
        }
        Badges.Decision decision = Badges.on(h.get(), c.on(), found.get());
        if (decision instanceof Badges.Decision.Due due && due.years() == c.years()) {
            return List.of(new MemberFact.BadgeAwarded(c.member(), c.on(), c.years(), due.early(), ctx.stamp()));
        }
        String why = decision instanceof Badges.Decision.Deferred d
                ? "deferred until " + d.until() + " after " + d.discipline().form()
                : decision instanceof Badges.Decision.Due due ? "the badge due is " + due.years() : "no badge is due";
        fail(
                "years",
                MembershipPolicy.BADGE,
                Integer.toString(c.years()),
                found,
                Label.of(
                        "chưa đến lượt huy hiệu " + c.years() + " năm tuổi đảng: " + why,
                        "the " + c.years() + "-year badge is not due: " + why));
        return List.of();
    }

    private List<MemberFact> updateProfile(MemberCommand.UpdateProfile c) {
        if (history(c.member()).isEmpty()) {
            return List.of();
        }
        return List.of(new MemberFact.ProfileRecorded(c.member(), c.from(), c.profile(), ctx.stamp()));
    }

    private List<MemberFact> recordDues(MemberCommand.RecordDues c) {
        Optional<MemberHistory> h = history(c.member());
        if (h.isEmpty()) {
            return List.of();
        }
        java.time.YearMonth month = c.entry().month();
        boolean memberInMonth = h.get().statusOn(month.atDay(1)).isPresent()
                || h.get().statusOn(month.atEndOfMonth()).isPresent();
        if (!memberInMonth) {
            fail(
                    "entry.month",
                    NOT_MEMBER,
                    month.toString(),
                    Label.of("không phải đảng viên trong tháng " + month, "not a member during " + month));
            return List.of();
        }
        return List.of(new MemberFact.DuesRecorded(c.member(), month.atDay(1), c.entry(), ctx.stamp()));
    }

    // ---------------------------------------------------------------- helpers

    private Optional<MemberHistory> history(MemberId id) {
        Optional<MemberHistory> h = ctx.members().apply(id);
        if (h.isEmpty()) {
            fail("member", UNKNOWN, id.toString(), Label.of("không có đảng viên này", "no such member"));
        }
        return h;
    }

    private Optional<MemberHistory> memberOn(MemberId id, LocalDate date, String path) {
        Optional<MemberHistory> h = history(id);
        if (h.isPresent() && h.get().statusOn(date).isEmpty()) {
            fail(
                    path,
                    NOT_MEMBER,
                    id + " on " + date,
                    Label.of("không phải đảng viên ngày " + date, "not a member on " + date));
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
                            "chi bộ không tồn tại (chưa thành lập hoặc đã giải thể) ngày " + date,
                            "the cell does not exist (not yet founded, or dissolved) on " + date));
            return false;
        }
        if (!s.get().kind().isCell()) {
            fail(
                    path,
                    CELL,
                    s.get().name() + " (" + s.get().kind() + ")",
                    Label.of(
                            "đảng viên sinh hoạt ở chi bộ, không ở "
                                    + s.get().kind().label().vi(),
                            "members belong to a cell, not to a "
                                    + s.get().kind().label().en()));
            return false;
        }
        return true;
    }

    private Optional<MembershipPolicy> policy(OrganizationId cell, LocalDate date) {
        ImmutableList<OrganizationId> path = ctx.organizations().on(date).pathFromRoot(cell);
        PolicyLookup<MembershipPolicy> lookup = ctx.policies().find(MembershipPolicy.KIND, date, path, subject);
        if (lookup instanceof PolicyLookup.Missing<MembershipPolicy> missing
                && findings.stream().noneMatch(f -> f.code().equals(Finding.NO_POLICY))) {
            findings.add(missing.finding());
        }
        return lookup.policy();
    }

    private Optional<MembershipPolicy> policyForMember(MemberId member, LocalDate date) {
        Optional<OrganizationId> cell = ctx.members()
                .apply(member)
                .flatMap(h -> h.homeCellOn(date)
                        .or(() -> h.lastMembership().map(m -> m.admission().cell())));
        return cell.flatMap(c -> policy(c, date));
    }

    /** A finding when {@code done} falls after {@code n} working days from {@code event}. */
    private void deadline(LocalDate event, LocalDate done, int n, String code, MembershipPolicy policy, Label what) {
        try {
            if (!ctx.calendar().isWithinWorkingDays(event, done, n)) {
                LocalDate last = ctx.calendar().addWorkingDays(event, n);
                find(
                        code,
                        Severity.WARNING,
                        policy,
                        Label.of(
                                what.vi() + " ngày " + done + " quá hạn " + n + " ngày làm việc kể từ " + event
                                        + " (hạn cuối " + last + ")",
                                what.en() + " on " + done + " is later than " + n + " working days after " + event
                                        + " (last day " + last + ")"));
            }
        } catch (CalendarNotCoveredException e) {
            find(
                    code,
                    Severity.INFO,
                    policy,
                    Label.of(
                            "Không kiểm tra được thời hạn: lịch ngày làm việc không có năm này (" + e.getMessage()
                                    + ")",
                            "The deadline could not be checked: the working calendar does not cover it ("
                                    + e.getMessage() + ")"));
        }
    }

    private String describe(MemberHistory h, LocalDate date) {
        return h.profile().map(MemberProfile::fullName).orElse(h.id().toString()) + " ("
                + h.statusOn(date).map(Enum::name).orElse("not a member") + ")";
    }

    private void find(String code, Severity severity, MembershipPolicy policy, Label message) {
        findings.add(Finding.of(code, severity, subject, message, policy.sourceOf(code), policy));
    }

    private void fail(String path, String rule, String value, Label message) {
        violations.add(Violation.of(prefix + path, rule, value, message));
    }

    private void fail(String path, String rule, String value, Optional<MembershipPolicy> policy, Label message) {
        // Every rule violation names its source once: appended unless the message already cites it.
        String source = policy.map(p -> p.sourceOf(rule).toString())
                .filter(text -> !message.en().contains(text))
                .map(text -> " — " + text)
                .orElse("");
        violations.add(
                Violation.of(prefix + path, rule, value, Label.of(message.vi() + source, message.en() + source)));
    }
}

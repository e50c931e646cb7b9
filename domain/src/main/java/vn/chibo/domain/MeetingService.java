package vn.chibo.domain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConstraintViolations;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.NotFoundException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.meeting.ComplianceReport;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingCompliance;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.meeting.MeetingPlanner;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.meeting.Resolution;
import vn.chibo.domain.meeting.VotePolicy;
import vn.chibo.domain.meeting.VoteResult;
import vn.chibo.domain.meeting.Votes;
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;

/**
 * The meeting area as a host uses it: meetings checked and recorded, their votes counted and
 * explained, schedules and the meetings they expect, compliance over a period, and the months a
 * member was absent without reason. Obtained from {@link Chibo#meetings()}; thread-safe as far as
 * its ports are.
 */
public final class MeetingService {
    private final Chibo chibo;
    private final Meetings port;

    MeetingService(Chibo chibo, Meetings port) {
        this.chibo = chibo;
        this.port = port;
    }

    /**
     * Checks and keeps a meeting's record (a new meeting, or a correction of one: a new version).
     *
     * @return the findings on the meeting's quality (attendance, length, materials)
     * @throws InvalidInputException with every violation; nothing is kept
     */
    public ImmutableList<Finding> record(Actor actor, Meeting meeting, String reason) {
        List<Violation> violations = new ArrayList<>(ConstraintViolations.validate(chibo.validator(), meeting, ""));
        if (!violations.isEmpty()) {
            throw new InvalidInputException("Meeting", violations);
        }
        OrganizationTree tree = chibo.organizations().tree(actor);
        Map<MemberId, MemberStanding> standings = standingsFor(actor, meeting, tree);
        violations.addAll(MeetingPlanner.check(meeting, tree, standings, chibo.policies()));
        if (!violations.isEmpty()) {
            throw new InvalidInputException("Meeting", violations);
        }
        long version =
                port.find(actor, meeting.id()).map(MeetingRecord::version).orElse(0L);
        port.record(actor, meeting, Recorded.by(actor, chibo.clock().instant(), reason), version);
        return MeetingCompliance.ofMeeting(
                meeting,
                standings,
                chibo.policies(),
                tree.on(meeting.date()).pathFromRoot(meeting.organization()),
                name(tree, meeting));
    }

    /** The latest record of a meeting. */
    public Optional<MeetingRecord> find(Actor actor, MeetingId id) {
        return port.find(actor, id);
    }

    /** The meetings of {@code organization} and below, from {@code from} to {@code to}. */
    public ImmutableList<Meeting> meetings(Actor actor, OrganizationId organization, LocalDate from, LocalDate to) {
        return port.ofOrganization(actor, organization, from, to).stream()
                .map(MeetingRecord::meeting)
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * Every resolution of a meeting, counted and explained under the vote policy of its date for
     * its organisation (a province's overlay wins over the central rules).
     */
    public ImmutableList<VoteResult> votes(Actor actor, MeetingId id) {
        Meeting meeting = port.find(actor, id)
                .orElseThrow(() -> new NotFoundException("meeting " + id))
                .meeting();
        OrganizationTree tree = chibo.organizations().tree(actor);
        PolicyLookup<VotePolicy> lookup = chibo.policies()
                .find(
                        VotePolicy.KIND,
                        meeting.date(),
                        tree.on(meeting.date()).pathFromRoot(meeting.organization()),
                        name(tree, meeting));
        VotePolicy policy =
                lookup.policy().orElseThrow(() -> new NotFoundException("a vote policy for " + meeting.date()));
        Map<MemberId, MemberStanding> standings = standingsFor(actor, meeting, tree);
        ImmutableList.Builder<VoteResult> out = ImmutableList.builder();
        for (Resolution r : meeting.resolutions()) {
            out.add(Votes.count(meeting, r, standings, policy));
        }
        return out.build();
    }

    /** Keeps a schedule. */
    public void addSchedule(Actor actor, MeetingSchedule schedule, String reason) {
        List<Violation> violations = ConstraintViolations.validate(chibo.validator(), schedule, "");
        if (!violations.isEmpty()) {
            throw new InvalidInputException("MeetingSchedule", violations);
        }
        port.addSchedule(actor, schedule, Recorded.by(actor, chibo.clock().instant(), reason));
    }

    /** The meetings the schedules of {@code organization} expect from {@code from} to {@code to}, by schedule. */
    public ImmutableMap<MeetingSchedule, ImmutableList<LocalDate>> expected(
            Actor actor, OrganizationId organization, YearMonth from, YearMonth to) {
        ImmutableMap.Builder<MeetingSchedule, ImmutableList<LocalDate>> out = ImmutableMap.builder();
        for (MeetingSchedule s : port.schedules(actor, organization)) {
            out.put(s, s.expected(from, to, chibo.calendar()));
        }
        return out.buildKeepingLast();
    }

    /** The compliance of {@code cell}'s meetings from {@code from} to {@code to}. */
    public ComplianceReport compliance(Actor actor, OrganizationId cell, YearMonth from, YearMonth to) {
        OrganizationTree tree = chibo.organizations().tree(actor);
        List<Meeting> meetings = meetings(actor, cell, from.atDay(1), to.atEndOfMonth());
        Map<LocalDate, Map<MemberId, MemberStanding>> cache = new HashMap<>();
        return MeetingCompliance.ofPeriod(
                cell,
                from,
                to,
                meetings,
                day -> cache.computeIfAbsent(day, d -> chibo.members().standingsOn(actor, cell, d)),
                tree,
                day -> cache.computeIfAbsent(day, d -> chibo.members().standingsOn(actor, cell, d))
                        .size(),
                chibo.policies());
    }

    /**
     * The distinct months of {@code year} in which {@code member} was absent without reason from a
     * regular meeting of {@code cell}.
     */
    public ImmutableSortedSet<YearMonth> unexcusedMonths(Actor actor, OrganizationId cell, MemberId member, Year year) {
        return MeetingCompliance.unexcusedMonths(
                member,
                year,
                meetings(actor, cell, year.atDay(1), year.atMonth(12).atEndOfMonth()));
    }

    private Map<MemberId, MemberStanding> standingsFor(Actor actor, Meeting meeting, OrganizationTree tree) {
        OrganizationId org = meeting.organization();
        Optional<OrganizationState> state = tree.on(meeting.date()).get(org);
        if (meeting.kind() == MeetingKind.PARTY_GROUP
                && state.isPresent()
                && state.get().kind() == OrganizationKind.PARTY_GROUP
                && state.get().parent() != null) {
            org = state.get().parent();
        }
        if (state.isEmpty()) {
            return Map.of();
        }
        return chibo.members().standingsOn(actor, org, meeting.date());
    }

    private static String name(OrganizationTree tree, Meeting meeting) {
        return tree.on(meeting.date())
                        .get(meeting.organization())
                        .map(OrganizationState::name)
                        .orElse(meeting.organization().toString())
                + " (" + meeting.kind().label().vi() + ")";
    }
}

package vn.chibo.domain.memory;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;

/**
 * A {@link BulkReader} over any five ports, through their finders: for the in-memory stores and
 * small data. It asks the ports organisation by organisation and year by year, so it is slow on
 * large stores; a storage adapter ships its own reader that streams from the store.
 *
 * <p>Schedules carry no record stamp of their own in the port, so they are read back with the
 * stamp {@code (epoch, "unknown", "schedule read through the Meetings port")}; an adapter's own
 * reader returns the stamp kept.
 */
public final class PortBulkReader implements BulkReader {
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 30);
    private static final Recorded SCHEDULE_STAMP =
            new Recorded(java.time.Instant.EPOCH, "unknown", "schedule read through the Meetings port");

    private final Organizations organizations;
    private final Members members;
    private final Meetings meetings;
    private final ResidenceLiaisons residences;
    private final Evaluations evaluations;

    /** A reader asking these ports. */
    public PortBulkReader(
            Organizations organizations,
            Members members,
            Meetings meetings,
            ResidenceLiaisons residences,
            Evaluations evaluations) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.members = Objects.requireNonNull(members, "members");
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.residences = Objects.requireNonNull(residences, "residences");
        this.evaluations = Objects.requireNonNull(evaluations, "evaluations");
    }

    @Override
    public void read(Actor actor, BulkSelection selection, Consumer<? super BulkRecord> sink) {
        List<OrganizationHistory> all = organizations.all(actor);
        OrganizationTree tree = OrganizationTree.of(all);
        Actor reader = actor;
        List<OrganizationHistory> selected = new ArrayList<>();
        if (selection.root() != null) {
            OrganizationId root = selection.root();
            if (actor.scope() instanceof Scope.Subtree s && !tree.everUnder(root, s.root())) {
                throw new OutOfScopeException(actor, "organisation " + root);
            }
            reader = Actor.forSubtree(actor.id(), root);
            Set<OrganizationId> wanted =
                    new LinkedHashSet<>(tree.on(selection.asOf()).pathFromRoot(root));
            for (OrganizationHistory h : all) {
                if (wanted.contains(h.id()) || tree.everUnder(h.id(), root)) {
                    selected.add(h);
                }
            }
        } else {
            selected.addAll(all);
        }
        selected.sort(Comparator.comparing(h -> text(h.id())));
        for (OrganizationHistory h : selected) {
            sink.accept(BulkRecord.Organization.of(h.id(), h.facts(), "organization " + h.id()));
        }
        List<MemberHistory> memberList = new ArrayList<>(members.all(reader));
        memberList.sort(Comparator.comparing(h -> text(h.id())));
        for (MemberHistory h : memberList) {
            sink.accept(BulkRecord.Member.of(h.id(), h.facts(), "member " + h.id()));
        }
        List<ResidenceLiaisonHistory> residenceList = new ArrayList<>(residences.all(reader));
        residenceList.sort(Comparator.comparing(h -> text(h.id())));
        for (ResidenceLiaisonHistory h : residenceList) {
            sink.accept(BulkRecord.Residence.of(h.id(), h.facts(), "residence " + h.id()));
        }
        Set<MeetingId> meetingIds =
                new java.util.TreeSet<>(Comparator.comparing(m -> m.value().toString()));
        for (OrganizationHistory h : selected) {
            if (reaches(reader, tree, h.id())) {
                for (MeetingRecord m : meetings.ofOrganization(reader, h.id(), FIRST, LAST)) {
                    meetingIds.add(m.meeting().id());
                }
            }
        }
        for (MeetingId id : meetingIds) {
            sink.accept(BulkRecord.Meeting.of(id, meetings.versions(reader, id), "meeting " + id));
        }
        for (OrganizationHistory h : selected) {
            if (reaches(reader, tree, h.id())) {
                for (MeetingSchedule s : meetings.schedules(reader, h.id())) {
                    sink.accept(new BulkRecord.Schedule(s, SCHEDULE_STAMP, "schedule of " + h.id()));
                }
            }
        }
        int lastYear = selection.asOf().getYear() + 1;
        for (OrganizationHistory h : selected) {
            if (!reaches(reader, tree, h.id())) {
                continue;
            }
            int first = h.founded().map(LocalDate::getYear).orElse(lastYear);
            for (int y = first; y <= lastYear; y++) {
                EvaluationKey key = EvaluationKey.of(h.id(), Year.of(y));
                evaluations
                        .find(reader, key)
                        .ifPresent(r ->
                                sink.accept(BulkRecord.Evaluation.of(r.key(), r.entries(), "evaluation " + r.key())));
            }
        }
        for (MemberHistory h : memberList) {
            MemberId id = h.id();
            evaluations
                    .ofMember(reader, id)
                    .forEach(r -> sink.accept(BulkRecord.Evaluation.of(r.key(), r.entries(), "evaluation " + r.key())));
        }
    }

    private static boolean reaches(Actor reader, OrganizationTree tree, OrganizationId id) {
        return !(reader.scope() instanceof Scope.Subtree s) || tree.everUnder(id, s.root());
    }

    private static String text(OrganizationId id) {
        return id.value().toString();
    }

    private static String text(MemberId id) {
        return id.value().toString();
    }
}

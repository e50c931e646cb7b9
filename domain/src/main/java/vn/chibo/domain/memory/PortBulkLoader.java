package vn.chibo.domain.memory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Scope;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkLoader;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkProgress.BulkPhase;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.domain.port.ResidenceLiaisons;

/**
 * A {@link BulkLoader} over any five ports: it holds the whole load in memory, checks it, then
 * appends it through the ports (organisations, members, residence histories, meetings, schedules,
 * reviews, in that order). For the in-memory stores and for small loads into any store; a storage
 * adapter ships its own loader for large ones.
 *
 * <p>All or nothing as far as the checks reach: every check of {@link BulkLoader} is made before
 * the first append. The appends themselves are separate units of work, so a store failing in the
 * middle (a lost connection) can leave part of a load behind; an adapter's own loader does not.
 */
public final class PortBulkLoader implements BulkLoader {
    private static final int PROGRESS_EVERY = 10_000;

    private final Organizations organizations;
    private final Members members;
    private final Meetings meetings;
    private final ResidenceLiaisons residences;
    private final Evaluations evaluations;

    /** A loader writing through these ports. */
    public PortBulkLoader(
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
    public BulkLoadSummary load(Actor actor, BulkSource source, BulkProgress progress) {
        if (actor.scope() instanceof Scope.Subtree) {
            throw new OutOfScopeException(actor, "a bulk load (a whole-party operation)");
        }
        ViolationCollector problems = ViolationCollector.create();
        List<BulkRecord> records = read(source, problems, progress);
        Identities ids = new Identities();
        long facts = 0;
        for (BulkRecord r : records) {
            checkIdentity(actor, r, ids, problems);
            r.checkInvariants(problems);
            facts += r.size();
        }
        for (BulkRecord r : records) {
            checkReferences(actor, r, ids, problems);
        }
        progress.reached(BulkPhase.CHECKING, records.size(), facts);
        problems.throwIfAny("bulk load");
        write(actor, records, progress);
        BulkLoadSummary summary = new BulkLoadSummary(
                ids.organizations.size(),
                ids.members.size(),
                ids.residences.size(),
                ids.meetings.size(),
                records.stream().filter(r -> r instanceof BulkRecord.Schedule).count(),
                ids.evaluations.size(),
                facts);
        progress.reached(BulkPhase.DONE, summary.records(), facts);
        return summary;
    }

    private static List<BulkRecord> read(BulkSource source, ViolationCollector problems, BulkProgress progress) {
        List<BulkRecord> records = new ArrayList<>();
        long facts = 0;
        for (Optional<BulkRecord> r = source.next(problems); r.isPresent(); r = source.next(problems)) {
            records.add(r.get());
            facts += r.get().size();
            if (records.size() % PROGRESS_EVERY == 0) {
                progress.reached(BulkPhase.READING, records.size(), facts);
            }
        }
        progress.reached(BulkPhase.READING, records.size(), facts);
        return records;
    }

    private static final class Identities {
        final Set<OrganizationId> organizations = new HashSet<>();
        final Set<MemberId> members = new HashSet<>();
        final Set<MemberId> residences = new HashSet<>();
        final Set<MeetingId> meetings = new HashSet<>();
        final Set<EvaluationKey> evaluations = new HashSet<>();
    }

    private void checkIdentity(Actor actor, BulkRecord r, Identities ids, ViolationCollector problems) {
        if (r instanceof BulkRecord.Organization o) {
            identity(r, o.id().toString(), ids.organizations.add(o.id()), organizations.find(actor, o.id()), problems);
        } else if (r instanceof BulkRecord.Member m) {
            identity(r, m.id().toString(), ids.members.add(m.id()), members.find(actor, m.id()), problems);
        } else if (r instanceof BulkRecord.Residence x) {
            identity(
                    r,
                    x.member().toString(),
                    ids.residences.add(x.member()),
                    residences.find(actor, x.member()),
                    problems);
        } else if (r instanceof BulkRecord.Meeting m) {
            identity(r, m.id().toString(), ids.meetings.add(m.id()), meetings.find(actor, m.id()), problems);
        } else if (r instanceof BulkRecord.Evaluation e) {
            identity(r, e.key().toString(), ids.evaluations.add(e.key()), evaluations.find(actor, e.key()), problems);
        }
    }

    private static void identity(
            BulkRecord r, String id, boolean firstInLoad, Optional<?> stored, ViolationCollector problems) {
        if (!firstInLoad) {
            problems.add(BulkLoader.duplicate(r.origin(), id));
        } else if (stored.isPresent()) {
            problems.add(BulkLoader.alreadyStored(r.origin(), id));
        }
    }

    private void checkReferences(Actor actor, BulkRecord r, Identities ids, ViolationCollector problems) {
        for (OrganizationId o : r.organizationsReferred()) {
            if (!ids.organizations.contains(o) && organizations.find(actor, o).isEmpty()) {
                problems.add(BulkLoader.missingOrganization(r.origin(), o.toString()));
            }
        }
        for (MemberId m : r.membersReferred()) {
            if (!ids.members.contains(m) && members.find(actor, m).isEmpty()) {
                problems.add(BulkLoader.missingMember(r.origin(), m.toString()));
            }
        }
    }

    private void write(Actor actor, List<BulkRecord> records, BulkProgress progress) {
        Map<OrganizationId, Long> orgVersions = new LinkedHashMap<>();
        List<OrganizationFact> orgFacts = new ArrayList<>();
        Map<MemberId, Long> memberVersions = new LinkedHashMap<>();
        List<MemberFact> memberFacts = new ArrayList<>();
        Map<MemberId, Long> residenceVersions = new LinkedHashMap<>();
        List<ResidenceFact> residenceFacts = new ArrayList<>();
        Map<EvaluationKey, Long> evaluationVersions = new LinkedHashMap<>();
        List<EvaluationEntry> entries = new ArrayList<>();
        for (BulkRecord r : records) {
            if (r instanceof BulkRecord.Organization o) {
                orgVersions.put(o.id(), 0L);
                orgFacts.addAll(o.facts());
            } else if (r instanceof BulkRecord.Member m) {
                memberVersions.put(m.id(), 0L);
                memberFacts.addAll(m.facts());
            } else if (r instanceof BulkRecord.Residence x) {
                residenceVersions.put(x.member(), 0L);
                residenceFacts.addAll(x.facts());
            } else if (r instanceof BulkRecord.Evaluation e) {
                evaluationVersions.put(e.key(), 0L);
                entries.addAll(e.entries());
            }
        }
        long written = 0;
        if (!orgFacts.isEmpty()) {
            organizations.append(actor, OrganizationAppend.of(orgVersions, orgFacts));
            written += orgFacts.size();
            progress.reached(BulkPhase.WRITING, orgVersions.size(), written);
        }
        if (!memberFacts.isEmpty()) {
            members.append(actor, MemberAppend.of(memberVersions, memberFacts));
            written += memberFacts.size();
            progress.reached(BulkPhase.WRITING, orgVersions.size() + memberVersions.size(), written);
        }
        if (!residenceFacts.isEmpty()) {
            residences.append(actor, ResidenceLiaisonAppend.of(residenceVersions, residenceFacts));
        }
        for (BulkRecord r : records) {
            if (r instanceof BulkRecord.Meeting m) {
                for (MeetingRecord v : m.versions()) {
                    meetings.record(actor, v.meeting(), v.recorded(), v.version() - 1);
                }
            } else if (r instanceof BulkRecord.Schedule s) {
                meetings.addSchedule(actor, s.schedule(), s.recorded());
            }
        }
        if (!entries.isEmpty()) {
            evaluations.append(actor, EvaluationAppend.of(evaluationVersions, entries));
        }
    }
}

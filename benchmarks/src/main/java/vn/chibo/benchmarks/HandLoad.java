package vn.chibo.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkRecord;

/**
 * The baseline of {@link BulkLoadBenchmark}: a hand-written in-memory load of the same records,
 * with the same checks ({@link BulkRecord#checkInvariants}, every identity once, every reference
 * in the load) and the same result: each aggregate's history built and kept by identity.
 */
final class HandLoad {
    /** Organisation histories by identity. */
    final Map<OrganizationId, OrganizationHistory> organizations = new HashMap<>();
    /** Member histories by identity. */
    final Map<MemberId, MemberHistory> members = new HashMap<>();
    /** Residence histories by member. */
    final Map<MemberId, ResidenceLiaisonHistory> residences = new HashMap<>();
    /** Meeting versions by meeting. */
    final Map<MeetingId, List<MeetingRecord>> meetings = new HashMap<>();
    /** Schedules, in order. */
    final List<MeetingSchedule> schedules = new ArrayList<>();
    /** Reviews by key. */
    final Map<EvaluationKey, EvaluationRecord> reviews = new HashMap<>();

    private long facts;

    /** Loads {@code records}; throws with every problem when any. */
    static HandLoad load(List<BulkRecord> records) {
        ViolationCollector problems = ViolationCollector.create();
        Set<Object> seen = new HashSet<>();
        Set<OrganizationId> organizations = new HashSet<>();
        Set<MemberId> members = new HashSet<>();
        long facts = 0;
        for (BulkRecord r : records) {
            r.checkInvariants(problems);
            Object id = identity(r);
            if (id != null && !seen.add(id)) {
                problems.add(Violation.of(r.origin(), "BULK-DUPLICATE", id.toString(), "twice"));
            }
            if (r instanceof BulkRecord.Organization o) {
                organizations.add(o.id());
            } else if (r instanceof BulkRecord.Member m) {
                members.add(m.id());
            }
            facts += r.size();
        }
        for (BulkRecord r : records) {
            for (OrganizationId o : r.organizationsReferred()) {
                if (!organizations.contains(o)) {
                    problems.add(Violation.of(r.origin(), "BULK-REFERENCE", o.toString(), "missing"));
                }
            }
            for (MemberId m : r.membersReferred()) {
                if (!members.contains(m)) {
                    problems.add(Violation.of(r.origin(), "BULK-REFERENCE", m.toString(), "missing"));
                }
            }
        }
        problems.throwIfAny("hand-written load");
        HandLoad out = new HandLoad();
        for (BulkRecord r : records) {
            if (r instanceof BulkRecord.Organization o) {
                out.organizations.put(o.id(), OrganizationHistory.of(o.id(), o.facts()));
            } else if (r instanceof BulkRecord.Member m) {
                out.members.put(m.id(), MemberHistory.of(m.id(), m.facts()));
            } else if (r instanceof BulkRecord.Residence x) {
                out.residences.put(x.member(), ResidenceLiaisonHistory.of(x.member(), x.facts()));
            } else if (r instanceof BulkRecord.Meeting m) {
                out.meetings.put(m.id(), new ArrayList<>(m.versions()));
            } else if (r instanceof BulkRecord.Schedule s) {
                out.schedules.add(s.schedule());
            } else if (r instanceof BulkRecord.Evaluation e) {
                out.reviews.put(e.key(), EvaluationRecord.of(e.key(), e.entries()));
            }
        }
        out.facts = facts;
        return out;
    }

    private static Object identity(BulkRecord r) {
        if (r instanceof BulkRecord.Organization o) {
            return o.id();
        } else if (r instanceof BulkRecord.Member m) {
            return m.id();
        } else if (r instanceof BulkRecord.Residence x) {
            return "residence " + x.member();
        } else if (r instanceof BulkRecord.Meeting m) {
            return m.id();
        } else if (r instanceof BulkRecord.Evaluation e) {
            return e.key();
        }
        return r;
    }

    /** What was loaded, counted as a {@link vn.chibo.domain.port.BulkLoader} counts it. */
    BulkLoadSummary summary() {
        return new BulkLoadSummary(
                organizations.size(),
                members.size(),
                residences.size(),
                meetings.size(),
                schedules.size(),
                reviews.size(),
                facts);
    }
}

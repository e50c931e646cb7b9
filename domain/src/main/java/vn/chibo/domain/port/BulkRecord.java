package vn.chibo.domain.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.organization.OrganizationFact;

/**
 * One whole aggregate in a {@link BulkLoader load}: every fact of one organisation, member,
 * residence history, meeting or review, as first recorded (their recorded instants, actors and
 * reasons are kept, not restamped).
 *
 * <p>Each record carries its {@link #origin()}: where it came from, as the source names it (a JSON
 * Pointer with line and column, a CSV line number, a generator's sequence number). Every violation
 * about the record starts its path with it, so a rejected load can be traced back to its input.
 */
public sealed interface BulkRecord {
    /** Where the record came from, as its source names it. */
    String origin();

    /** How many facts, entries or versions the record holds. */
    int size();

    /**
     * The organisations the record refers to besides itself (a parent, a cell, a meeting's or
     * review's organisation), which must be stored or in the same load.
     */
    ImmutableSet<OrganizationId> organizationsReferred();

    /** The members the record refers to (a review's subject), which must be stored or in the same load. */
    default ImmutableSet<MemberId> membersReferred() {
        return ImmutableSet.of();
    }

    /**
     * Reports to {@code problems} every way the record breaks an invariant of its aggregate that
     * its port would otherwise reject half-way (rule {@code BULK-RECORD}): a fact about another
     * identity, an organisation whose first fact does not found it, meeting versions not numbered
     * 1, 2, … in order.
     */
    default void checkInvariants(ViolationCollector problems) {
        BulkRecord r = this;
        if (r instanceof BulkRecord.Organization o) {
            if (!(o.facts().get(0) instanceof OrganizationFact.Founded)) {
                problems.add(recordProblem(
                        r,
                        ".facts[0]",
                        o.facts().get(0).getClass().getSimpleName(),
                        Label.of(
                                "sự kiện đầu tiên của một tổ chức phải là thành lập",
                                "the first fact of an organisation must found it")));
            }
            for (int i = 0; i < o.facts().size(); i++) {
                OrganizationId about = o.facts().get(i).organization();
                if (!about.equals(o.id())) {
                    problems.add(otherIdentity(r, ".facts[" + i + "].organization", about.toString()));
                }
            }
        } else if (r instanceof BulkRecord.Member m) {
            for (int i = 0; i < m.facts().size(); i++) {
                MemberFact f = m.facts().get(i);
                if (!f.member().equals(m.id())) {
                    problems.add(otherIdentity(
                            r, ".facts[" + i + "].member", f.member().toString()));
                }
            }
        } else if (r instanceof BulkRecord.Residence x) {
            for (int i = 0; i < x.facts().size(); i++) {
                ResidenceFact f = x.facts().get(i);
                if (!f.member().equals(x.member())) {
                    problems.add(otherIdentity(
                            r, ".facts[" + i + "].member", f.member().toString()));
                }
            }
        } else if (r instanceof BulkRecord.Meeting m) {
            for (int i = 0; i < m.versions().size(); i++) {
                MeetingRecord v = m.versions().get(i);
                if (!v.meeting().id().equals(m.id())) {
                    problems.add(otherIdentity(
                            r, ".versions[" + i + "].id", v.meeting().id().toString()));
                }
                if (v.version() != i + 1) {
                    problems.add(recordProblem(
                            r,
                            ".versions[" + i + "].version",
                            Long.toString(v.version()),
                            Label.of(
                                    "các phiên bản phải được đánh số 1, 2, … theo thứ tự",
                                    "versions must be numbered 1, 2, … in order")));
                }
            }
        } else if (r instanceof BulkRecord.Evaluation e) {
            for (int i = 0; i < e.entries().size(); i++) {
                EvaluationEntry entry = e.entries().get(i);
                if (!entry.key().equals(e.key())) {
                    problems.add(otherIdentity(
                            r, ".entries[" + i + "].key", entry.key().toString()));
                }
            }
        }
    }

    private static Violation otherIdentity(BulkRecord r, String field, String value) {
        return recordProblem(
                r,
                field,
                value,
                Label.of("thuộc một đối tượng khác với bản ghi chứa nó", "is about another identity than its record"));
    }

    private static Violation recordProblem(BulkRecord r, String field, String value, Label message) {
        return Violation.of(r.origin() + field, "BULK-RECORD", value, message);
    }

    /**
     * Every fact of one organisation.
     *
     * @param id the organisation
     * @param facts its facts, in the order recorded; the first one founds it
     * @param origin where the record came from
     */
    record Organization(OrganizationId id, ImmutableList<OrganizationFact> facts, String origin) implements BulkRecord {
        public Organization {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(origin, "origin");
            checkArgument(!facts.isEmpty(), "an organisation record has at least one fact");
        }

        /** Copies the facts. */
        public static Organization of(OrganizationId id, List<? extends OrganizationFact> facts, String origin) {
            return new Organization(id, ImmutableList.copyOf(facts), origin);
        }

        @Override
        public ImmutableSet<OrganizationId> organizationsReferred() {
            ImmutableSet.Builder<OrganizationId> refs = ImmutableSet.builder();
            for (OrganizationFact f : facts) {
                if (f instanceof OrganizationFact.Founded x && x.parent() != null) {
                    refs.add(x.parent());
                } else if (f instanceof OrganizationFact.Reparented x) {
                    refs.add(x.parent());
                } else if (f instanceof OrganizationFact.Dissolved x && x.mergedInto() != null) {
                    refs.add(x.mergedInto());
                } else if (f instanceof OrganizationFact.SupervisionAssigned x) {
                    refs.add(x.committeeOf());
                }
            }
            return refs.build();
        }

        @Override
        public int size() {
            return facts.size();
        }
    }

    /**
     * Every fact of one member.
     *
     * @param id the member
     * @param facts the facts, in the order recorded
     * @param origin where the record came from
     */
    record Member(MemberId id, ImmutableList<MemberFact> facts, String origin) implements BulkRecord {
        public Member {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(origin, "origin");
            checkArgument(!facts.isEmpty(), "a member record has at least one fact");
        }

        /** Copies the facts. */
        public static Member of(MemberId id, List<? extends MemberFact> facts, String origin) {
            return new Member(id, ImmutableList.copyOf(facts), origin);
        }

        @Override
        public ImmutableSet<OrganizationId> organizationsReferred() {
            ImmutableSet.Builder<OrganizationId> refs = ImmutableSet.builder();
            for (MemberFact f : facts) {
                if (f instanceof MemberFact.AdmissionDecided x) {
                    refs.add(x.cell());
                } else if (f instanceof MemberFact.CeremonyHeld x) {
                    refs.add(x.cell());
                } else if (f instanceof MemberFact.Transferred x) {
                    refs.add(x.from(), x.to());
                } else if (f instanceof MemberFact.GroupAssigned x && x.partyGroup() != null) {
                    refs.add(x.partyGroup());
                }
            }
            return refs.build();
        }

        @Override
        public int size() {
            return facts.size();
        }
    }

    /**
     * The residence history of one serving member.
     *
     * @param member the member
     * @param facts the facts, in the order recorded
     * @param origin where the record came from
     */
    record Residence(MemberId member, ImmutableList<ResidenceFact> facts, String origin) implements BulkRecord {
        public Residence {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(origin, "origin");
            checkArgument(!facts.isEmpty(), "a residence record has at least one fact");
        }

        /** Copies the facts. */
        public static Residence of(MemberId member, List<? extends ResidenceFact> facts, String origin) {
            return new Residence(member, ImmutableList.copyOf(facts), origin);
        }

        /** The residential cells; the member is a serving member of another organisation, not checked. */
        @Override
        public ImmutableSet<OrganizationId> organizationsReferred() {
            ImmutableSet.Builder<OrganizationId> refs = ImmutableSet.builder();
            for (ResidenceFact f : facts) {
                if (f instanceof ResidenceFact.Registered x) {
                    refs.add(x.residentialCell());
                } else if (f instanceof ResidenceFact.CommentGiven x) {
                    refs.add(x.residentialCell());
                }
            }
            return refs.build();
        }

        @Override
        public int size() {
            return facts.size();
        }
    }

    /**
     * Every version of one meeting's record, oldest first (versions 1, 2, …).
     *
     * @param id the meeting
     * @param versions the versions, oldest first
     * @param origin where the record came from
     */
    record Meeting(MeetingId id, ImmutableList<MeetingRecord> versions, String origin) implements BulkRecord {
        public Meeting {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(origin, "origin");
            checkArgument(!versions.isEmpty(), "a meeting record has at least one version");
        }

        /** Copies the versions. */
        public static Meeting of(MeetingId id, List<MeetingRecord> versions, String origin) {
            return new Meeting(id, ImmutableList.copyOf(versions), origin);
        }

        @Override
        public ImmutableSet<OrganizationId> organizationsReferred() {
            return versions.stream().map(v -> v.meeting().organization()).collect(ImmutableSet.toImmutableSet());
        }

        @Override
        public int size() {
            return versions.size();
        }
    }

    /**
     * One meeting schedule of an organisation.
     *
     * @param schedule the schedule
     * @param recorded when, by whom and why it was kept
     * @param origin where the record came from
     */
    record Schedule(MeetingSchedule schedule, Recorded recorded, String origin) implements BulkRecord {
        public Schedule {
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(recorded, "recorded");
            Objects.requireNonNull(origin, "origin");
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public ImmutableSet<OrganizationId> organizationsReferred() {
            return ImmutableSet.of(schedule.organization());
        }
    }

    /**
     * Every entry of one review.
     *
     * @param key the review
     * @param entries the entries, in the order recorded
     * @param origin where the record came from
     */
    record Evaluation(EvaluationKey key, ImmutableList<EvaluationEntry> entries, String origin) implements BulkRecord {
        public Evaluation {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(origin, "origin");
            checkArgument(!entries.isEmpty(), "a review record has at least one entry");
        }

        /** Copies the entries. */
        public static Evaluation of(EvaluationKey key, List<? extends EvaluationEntry> entries, String origin) {
            return new Evaluation(key, ImmutableList.copyOf(entries), origin);
        }

        @Override
        public ImmutableSet<OrganizationId> organizationsReferred() {
            return key.subject() instanceof EvaluationSubject.OfOrganization o
                    ? ImmutableSet.of(o.organization())
                    : ImmutableSet.of();
        }

        @Override
        public ImmutableSet<MemberId> membersReferred() {
            return key.subject() instanceof EvaluationSubject.OfMember m
                    ? ImmutableSet.of(m.member())
                    : ImmutableSet.of();
        }

        @Override
        public int size() {
            return entries.size();
        }
    }
}

package vn.chibo.examples.eventfile;

import com.google.common.io.ByteArrayDataOutput;
import com.google.common.io.ByteStreams;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.evaluation.HostCellComment;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.Review;
import vn.chibo.domain.evaluation.Scores;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.meeting.Ballot;
import vn.chibo.domain.meeting.Guest;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.meeting.Resolution;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.member.dues.DuesEntry;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.member.residence.Workplace;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.PartyGroupRole;
import vn.chibo.domain.organization.ReorganizationRef;
import vn.chibo.domain.organization.Role;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;

/**
 * Encodes one {@link Event} as the payload of a record. {@link EventReader} reads it back with one
 * method per type, in the same order; {@link EventCodec} describes the encoding.
 *
 * <p>Not thread-safe: one writer per record.
 */
final class EventWriter {
    private final ByteArrayDataOutput out = ByteStreams.newDataOutput(256);

    /** The bytes written so far. */
    byte[] bytes() {
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- events

    void event(Event e) {
        if (e instanceof Event.OrganizationsAppended x) {
            tag(EventCodec.ORGANIZATIONS_APPENDED);
            versions(x.append().expectedVersions(), this::organization);
            list(x.append().facts(), this::organizationFact);
        } else if (e instanceof Event.MembersAppended x) {
            tag(EventCodec.MEMBERS_APPENDED);
            versions(x.append().expectedVersions(), this::member);
            list(x.append().facts(), this::memberFact);
        } else if (e instanceof Event.ResidenceLiaisonsAppended x) {
            tag(EventCodec.RESIDENCE_LIAISONS_APPENDED);
            versions(x.append().expectedVersions(), this::member);
            list(x.append().facts(), this::residenceFact);
        } else if (e instanceof Event.MeetingRecorded x) {
            tag(EventCodec.MEETING_RECORDED);
            meeting(x.meeting());
            recorded(x.recorded());
            out.writeLong(x.expectedVersion());
        } else if (e instanceof Event.ScheduleAdded x) {
            tag(EventCodec.SCHEDULE_ADDED);
            schedule(x.schedule());
            recorded(x.recorded());
        } else if (e instanceof Event.EvaluationsAppended x) {
            tag(EventCodec.EVALUATIONS_APPENDED);
            versions(x.append().expectedVersions(), this::evaluationKey);
            list(x.append().entries(), this::evaluationEntry);
        } else {
            throw unknown(e);
        }
    }

    private <K> void versions(Map<K, Long> versions, Consumer<K> key) {
        out.writeInt(versions.size());
        versions.forEach((k, v) -> {
            key.accept(k);
            out.writeLong(v);
        });
    }

    // ---------------------------------------------------------------- organisations

    void organizationFact(OrganizationFact f) {
        if (f instanceof OrganizationFact.Founded x) {
            head(1, x.organization(), x.effective());
            name(x.kind());
            text(x.name());
            optional(x.parent(), this::organization);
            optional(x.cause(), this::reorganization);
        } else if (f instanceof OrganizationFact.Renamed x) {
            head(2, x.organization(), x.effective());
            text(x.name());
            optional(x.cause(), this::reorganization);
        } else if (f instanceof OrganizationFact.KindChanged x) {
            head(3, x.organization(), x.effective());
            name(x.kind());
            optional(x.cause(), this::reorganization);
        } else if (f instanceof OrganizationFact.Reparented x) {
            head(4, x.organization(), x.effective());
            organization(x.parent());
            optional(x.cause(), this::reorganization);
        } else if (f instanceof OrganizationFact.Dissolved x) {
            head(5, x.organization(), x.effective());
            optional(x.mergedInto(), this::organization);
            optional(x.cause(), this::reorganization);
        } else if (f instanceof OrganizationFact.SeatTaken x) {
            head(6, x.organization(), x.effective());
            uuid(x.seat());
            member(x.member());
            role(x.role());
            optional(x.until(), this::date);
            optional(x.congress(), out::writeInt);
        } else if (f instanceof OrganizationFact.SeatVacated x) {
            head(7, x.organization(), x.effective());
            uuid(x.seat());
        } else if (f instanceof OrganizationFact.TermOpened x) {
            head(8, x.organization(), x.effective());
            out.writeInt(x.congress());
            out.writeInt(x.plannedEnd());
        } else if (f instanceof OrganizationFact.SupervisionAssigned x) {
            head(9, x.organization(), x.effective());
            member(x.supervisor());
            organization(x.committeeOf());
            optional(x.until(), this::date);
        } else if (f instanceof OrganizationFact.DisciplineImposed x) {
            head(10, x.organization(), x.effective());
            name(x.form());
            text(x.decidedBy());
            text(x.violation());
        } else if (f instanceof OrganizationFact.ExceptionApproved x) {
            head(11, x.organization(), x.effective());
            text(x.rule());
            text(x.decision());
            optional(x.until(), this::date);
        } else {
            throw unknown(f);
        }
        recorded(f.recorded());
    }

    private void head(int tag, OrganizationId organization, LocalDate effective) {
        tag(tag);
        organization(organization);
        date(effective);
    }

    private void reorganization(ReorganizationRef r) {
        uuid(r.id());
        name(r.kind());
        text(r.decision());
    }

    private void role(Role role) {
        if (role instanceof CommitteeRole r) {
            tag(1);
            name(r);
        } else if (role instanceof PartyGroupRole r) {
            tag(2);
            name(r);
        } else {
            throw unknown(role);
        }
    }

    // ---------------------------------------------------------------- members

    void memberFact(MemberFact f) {
        if (f instanceof MemberFact.ProfileRecorded x) {
            head(1, x.member(), x.effective());
            profile(x.profile());
        } else if (f instanceof MemberFact.AdmissionDecided x) {
            head(2, x.member(), x.effective());
            organization(x.cell());
            date(x.considered());
            text(x.decidedBy());
            list(x.sponsors(), this::sponsor);
            out.writeBoolean(x.readmission());
        } else if (f instanceof MemberFact.CeremonyHeld x) {
            head(3, x.member(), x.effective());
            organization(x.cell());
        } else if (f instanceof MemberFact.Recognized x) {
            head(4, x.member(), x.effective());
            date(x.decided());
        } else if (f instanceof MemberFact.Transferred x) {
            head(5, x.member(), x.effective());
            name(x.kind());
            organization(x.from());
            organization(x.to());
            optional(x.until(), this::date);
            date(x.trigger());
            date(x.letterIssued());
            out.writeBoolean(x.study());
        } else if (f instanceof MemberFact.GroupAssigned x) {
            head(6, x.member(), x.effective());
            optional(x.partyGroup(), this::organization);
        } else if (f instanceof MemberFact.ConditionBegan x) {
            head(7, x.member(), x.effective());
            uuid(x.condition());
            name(x.kind());
            optional(x.until(), this::date);
            text(x.note());
        } else if (f instanceof MemberFact.ConditionEnded x) {
            head(8, x.member(), x.effective());
            uuid(x.condition());
        } else if (f instanceof MemberFact.Disciplined x) {
            head(9, x.member(), x.effective());
            name(x.form());
            text(x.decidedBy());
            text(x.violation());
            out.writeBoolean(x.selfDetectedAndFixed());
        } else if (f instanceof MemberFact.Removed x) {
            head(10, x.member(), x.effective());
            name(x.ground());
            text(x.decidedBy());
        } else if (f instanceof MemberFact.Died x) {
            head(11, x.member(), x.effective());
        } else if (f instanceof MemberFact.DuesRecorded x) {
            head(12, x.member(), x.effective());
            dues(x.entry());
        } else if (f instanceof MemberFact.BadgeAwarded x) {
            head(13, x.member(), x.effective());
            out.writeInt(x.years());
            out.writeBoolean(x.early());
        } else {
            throw unknown(f);
        }
        recorded(f.recorded());
    }

    private void head(int tag, MemberId member, LocalDate effective) {
        tag(tag);
        member(member);
        date(effective);
    }

    private void profile(MemberProfile p) {
        text(p.fullName());
        date(p.birthDate());
        name(p.sex());
        optional(p.citizenId(), this::text);
        optional(p.partyCardNumber(), this::text);
    }

    private void sponsor(Sponsor sponsor) {
        if (sponsor instanceof Sponsor.ByMember s) {
            tag(1);
            member(s.member());
            name(s.relation());
            date(s.since());
            out.writeBoolean(s.replacement());
        } else if (sponsor instanceof Sponsor.ByUnion s) {
            tag(2);
            name(s.body());
            text(s.resolution());
        } else {
            throw unknown(sponsor);
        }
    }

    private void dues(DuesEntry d) {
        yearMonth(d.month());
        out.writeLong(d.amountDue());
        out.writeLong(d.amountPaid());
        optional(d.paidOn(), this::date);
        optional(d.channel(), this::name);
        text(d.note());
    }

    // ---------------------------------------------------------------- residence liaisons

    void residenceFact(ResidenceFact f) {
        if (f instanceof ResidenceFact.Registered x) {
            head(1, x.member(), x.effective());
            text(x.fullName());
            organization(x.residentialCell());
            workplace(x.workplace());
            date(x.letterIssued());
        } else if (f instanceof ResidenceFact.ExemptionChanged x) {
            head(2, x.member(), x.effective());
            optional(x.category(), this::name);
        } else if (f instanceof ResidenceFact.MeetingRecorded x) {
            head(3, x.member(), x.effective());
            name(x.presence());
            text(x.excuse());
        } else if (f instanceof ResidenceFact.CommentGiven x) {
            head(4, x.member(), x.effective());
            year(x.year());
            organization(x.residentialCell());
            text(x.frontWorkCommittee());
            text(x.text());
            name(x.verdict());
            date(x.requested());
            name(x.channel());
        } else if (f instanceof ResidenceFact.Ended x) {
            head(5, x.member(), x.effective());
            name(x.reason());
            text(x.note());
        } else {
            throw unknown(f);
        }
        recorded(f.recorded());
    }

    private void workplace(Workplace w) {
        text(w.name());
        optional(w.organization(), this::organization);
    }

    // ---------------------------------------------------------------- meetings

    void meeting(Meeting m) {
        uuid(m.id().value());
        organization(m.organization());
        name(m.kind());
        out.writeBoolean(m.alsoThematic());
        date(m.date());
        time(m.start());
        time(m.end());
        optional(m.materialsPublished(), this::date);
        list(m.agenda(), this::text);
        list(m.guests(), this::guest);
        list(m.attendance(), this::attendance);
        optional(m.minutesSecretary(), this::member);
        list(m.resolutions(), this::resolution);
    }

    private void guest(Guest g) {
        text(g.name());
        name(g.role());
    }

    private void attendance(Attendance a) {
        member(a.member());
        name(a.status());
        optional(a.reason(), this::text);
        out.writeBoolean(a.accepted());
        out.writeBoolean(a.wholeSession());
    }

    private void resolution(Resolution r) {
        text(r.title());
        name(r.kind());
        optional(r.subject(), this::member);
        ballot(r.ballot());
    }

    private void ballot(Ballot ballot) {
        if (ballot instanceof Ballot.Open b) {
            tag(1);
            out.writeInt(b.votes().size());
            b.votes().forEach((member, choice) -> {
                member(member);
                name(choice);
            });
        } else if (ballot instanceof Ballot.Secret b) {
            tag(2);
            out.writeInt(b.cast());
            out.writeInt(b.yes());
            out.writeInt(b.no());
            out.writeInt(b.abstain());
            out.writeInt(b.invalid());
        } else {
            throw unknown(ballot);
        }
    }

    void schedule(MeetingSchedule s) {
        organization(s.organization());
        name(s.kind());
        out.writeInt(s.dayOfMonth());
        name(s.shift());
        range(s.valid());
    }

    private void range(DateRange r) {
        date(r.from());
        optional(r.until(), this::date);
    }

    // ---------------------------------------------------------------- evaluations

    void evaluationEntry(EvaluationEntry e) {
        if (e instanceof EvaluationEntry.SelfAssessed x) {
            head(1, x.key());
            name(x.grade());
        } else if (e instanceof EvaluationEntry.Proposed x) {
            head(2, x.key());
            review(x.review());
        } else if (e instanceof EvaluationEntry.Decided x) {
            head(3, x.key());
            optional(x.grade(), this::name);
            optional(x.notRatedReason(), this::text);
            out.writeBoolean(x.reviewed());
            policy(x.regime());
            list(x.findings(), this::finding);
        } else if (e instanceof EvaluationEntry.Published x) {
            head(4, x.key());
            optional(x.grade(), this::name);
        } else if (e instanceof EvaluationEntry.QuotaExceptionRecorded x) {
            head(5, x.key());
            text(x.decision());
        } else {
            throw unknown(e);
        }
        recorded(e.recorded());
    }

    private void head(int tag, EvaluationKey key) {
        tag(tag);
        evaluationKey(key);
    }

    private void evaluationKey(EvaluationKey key) {
        if (key.subject() instanceof EvaluationSubject.OfMember s) {
            tag(1);
            member(s.member());
        } else if (key.subject() instanceof EvaluationSubject.OfOrganization s) {
            tag(2);
            organization(s.organization());
        } else {
            throw unknown(key.subject());
        }
        year(key.year());
        text(key.period().code());
    }

    private void review(Review review) {
        if (review instanceof MemberReview r) {
            tag(1);
            member(r.member());
            year(r.year());
            name(r.proposed());
            optional(r.selfAssessed(), this::name);
            optional(r.civilServantGrade(), this::name);
            optional(r.targetsPercent(), out::writeInt);
            out.writeBoolean(r.degradationConcluded());
            out.writeBoolean(r.negativeResidenceComment());
            optional(r.scores(), this::scores);
            out.writeBoolean(r.outsidePoliticalSystem());
            optional(r.hostCellComment(), this::hostCellComment);
            optional(r.targetsOnTimePercent(), this::decimal);
            optional(r.targetsExceededPercent(), this::decimal);
        } else if (review instanceof OrganizationReview r) {
            tag(2);
            organization(r.organization());
            year(r.year());
            name(r.proposed());
            optional(r.targetsPercent(), out::writeInt);
            out.writeBoolean(r.disciplineSelfFixed());
        } else {
            throw unknown(review);
        }
    }

    private void hostCellComment(HostCellComment c) {
        organization(c.hostCell());
        date(c.date());
        text(c.source());
        text(c.comment());
    }

    private void scores(Scores s) {
        decimal(s.general());
        decimal(s.results());
        out.writeBoolean(s.allTasksOnTime());
        decimal(s.exceededPercent());
        decimal(s.latePercent());
        out.writeBoolean(s.shortcomingsFixed());
    }

    private void finding(Finding f) {
        text(f.code());
        name(f.severity());
        text(f.subject());
        label(f.message());
        source(f.source());
        optional(f.policy(), this::policy);
    }

    private void label(Label l) {
        text(l.vi());
        text(l.en());
    }

    private void source(RuleSource s) {
        text(s.document());
        text(s.article());
        name(s.confidence());
        text(s.note());
    }

    private void policy(PolicyRef p) {
        text(p.id());
        text(p.fingerprint());
    }

    // ---------------------------------------------------------------- shared values and primitives

    private void recorded(Recorded r) {
        instant(r.at());
        text(r.actor());
        text(r.reason());
    }

    private void organization(OrganizationId id) {
        uuid(id.value());
    }

    private void member(MemberId id) {
        uuid(id.value());
    }

    private void tag(int tag) {
        out.writeByte(tag);
    }

    private void text(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private void name(Enum<?> constant) {
        text(constant.name());
    }

    private void uuid(UUID id) {
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    private void date(LocalDate d) {
        out.writeLong(d.toEpochDay());
    }

    private void time(LocalTime t) {
        out.writeLong(t.toNanoOfDay());
    }

    private void year(Year y) {
        out.writeInt(y.getValue());
    }

    private void yearMonth(YearMonth m) {
        out.writeInt(m.getYear());
        out.writeByte(m.getMonthValue());
    }

    private void instant(Instant i) {
        out.writeLong(i.getEpochSecond());
        out.writeInt(i.getNano());
    }

    private void decimal(BigDecimal d) {
        text(d.toString());
    }

    private <T> void list(List<T> values, Consumer<T> write) {
        out.writeInt(values.size());
        values.forEach(write);
    }

    private <T> void optional(@Nullable T value, Consumer<T> write) {
        out.writeBoolean(value != null);
        if (value != null) {
            write.accept(value);
        }
    }

    private static IllegalArgumentException unknown(Object value) {
        return new IllegalArgumentException(
                "the event file has no encoding for " + value.getClass().getName());
    }
}

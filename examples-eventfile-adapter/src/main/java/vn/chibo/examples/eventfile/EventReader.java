package vn.chibo.examples.eventfile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.HostCellComment;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.Review;
import vn.chibo.domain.evaluation.ReviewPeriod;
import vn.chibo.domain.evaluation.Scores;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.meeting.AttendanceStatus;
import vn.chibo.domain.meeting.Ballot;
import vn.chibo.domain.meeting.Guest;
import vn.chibo.domain.meeting.GuestRole;
import vn.chibo.domain.meeting.HolidayShift;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.meeting.Resolution;
import vn.chibo.domain.meeting.ResolutionKind;
import vn.chibo.domain.meeting.VoteChoice;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.RemovalGround;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.member.SponsorRelation;
import vn.chibo.domain.member.TransferKind;
import vn.chibo.domain.member.dues.DuesEntry;
import vn.chibo.domain.member.dues.PaymentChannel;
import vn.chibo.domain.member.residence.CommentChannel;
import vn.chibo.domain.member.residence.CommentVerdict;
import vn.chibo.domain.member.residence.EndReason;
import vn.chibo.domain.member.residence.ExemptionCategory;
import vn.chibo.domain.member.residence.MeetingPresence;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.member.residence.Workplace;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationDiscipline;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.PartyGroupRole;
import vn.chibo.domain.organization.ReorganizationKind;
import vn.chibo.domain.organization.ReorganizationRef;
import vn.chibo.domain.organization.Role;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;

/**
 * Decodes the payload of one record, mirroring {@link EventWriter} method for method. Java
 * evaluates arguments left to right, so each constructor call below reads its fields in the order
 * they were written. Every value is rebuilt through its public constructor, so the domain's own
 * checks run again on what the file holds.
 *
 * <p>Damaged input fails with a {@link RuntimeException} ({@link java.nio.BufferUnderflowException},
 * {@link IllegalArgumentException}, {@link java.time.DateTimeException}, …) that the caller turns
 * into an {@link EventFileException}. Not thread-safe: one reader per record.
 */
final class EventReader {
    private final ByteBuffer in;

    EventReader(byte[] payload) {
        this.in = ByteBuffer.wrap(payload);
    }

    /** Whether every byte was read. */
    boolean atEnd() {
        return !in.hasRemaining();
    }

    // ---------------------------------------------------------------- events

    Event event() {
        int tag = tag();
        return switch (tag) {
            case EventCodec.ORGANIZATIONS_APPENDED ->
                new Event.OrganizationsAppended(
                        new OrganizationAppend(versions(this::organization), list(this::organizationFact)));
            case EventCodec.MEMBERS_APPENDED ->
                new Event.MembersAppended(new MemberAppend(versions(this::member), list(this::memberFact)));
            case EventCodec.RESIDENCE_LIAISONS_APPENDED ->
                new Event.ResidenceLiaisonsAppended(
                        new ResidenceLiaisonAppend(versions(this::member), list(this::residenceFact)));
            case EventCodec.MEETING_RECORDED -> new Event.MeetingRecorded(meeting(), recorded(), in.getLong());
            case EventCodec.SCHEDULE_ADDED -> new Event.ScheduleAdded(schedule(), recorded());
            case EventCodec.EVALUATIONS_APPENDED ->
                new Event.EvaluationsAppended(
                        new EvaluationAppend(versions(this::evaluationKey), list(this::evaluationEntry)));
            default -> throw unknown("event", tag);
        };
    }

    private <K> ImmutableMap<K, Long> versions(Supplier<K> key) {
        int n = count();
        ImmutableMap.Builder<K, Long> out = ImmutableMap.builderWithExpectedSize(n);
        for (int i = 0; i < n; i++) {
            out.put(key.get(), in.getLong());
        }
        return out.buildOrThrow();
    }

    // ---------------------------------------------------------------- organisations

    OrganizationFact organizationFact() {
        int tag = tag();
        OrganizationId o = organization();
        LocalDate on = date();
        return switch (tag) {
            case 1 ->
                new OrganizationFact.Founded(
                        o,
                        on,
                        name(OrganizationKind.class),
                        text(),
                        optional(this::organization),
                        optional(this::reorganization),
                        recorded());
            case 2 -> new OrganizationFact.Renamed(o, on, text(), optional(this::reorganization), recorded());
            case 3 ->
                new OrganizationFact.KindChanged(
                        o, on, name(OrganizationKind.class), optional(this::reorganization), recorded());
            case 4 ->
                new OrganizationFact.Reparented(o, on, organization(), optional(this::reorganization), recorded());
            case 5 ->
                new OrganizationFact.Dissolved(
                        o, on, optional(this::organization), optional(this::reorganization), recorded());
            case 6 ->
                new OrganizationFact.SeatTaken(
                        o, on, uuid(), member(), role(), optional(this::date), optional(in::getInt), recorded());
            case 7 -> new OrganizationFact.SeatVacated(o, on, uuid(), recorded());
            case 8 -> new OrganizationFact.TermOpened(o, on, in.getInt(), in.getInt(), recorded());
            case 9 ->
                new OrganizationFact.SupervisionAssigned(
                        o, on, member(), organization(), optional(this::date), recorded());
            case 10 ->
                new OrganizationFact.DisciplineImposed(
                        o, on, name(OrganizationDiscipline.class), text(), text(), recorded());
            case 11 -> new OrganizationFact.ExceptionApproved(o, on, text(), text(), optional(this::date), recorded());
            default -> throw unknown("organisation fact", tag);
        };
    }

    private ReorganizationRef reorganization() {
        return new ReorganizationRef(uuid(), name(ReorganizationKind.class), text());
    }

    private Role role() {
        int tag = tag();
        return switch (tag) {
            case 1 -> name(CommitteeRole.class);
            case 2 -> name(PartyGroupRole.class);
            default -> throw unknown("role", tag);
        };
    }

    // ---------------------------------------------------------------- members

    MemberFact memberFact() {
        int tag = tag();
        MemberId m = member();
        LocalDate on = date();
        return switch (tag) {
            case 1 -> new MemberFact.ProfileRecorded(m, on, profile(), recorded());
            case 2 ->
                new MemberFact.AdmissionDecided(
                        m, on, organization(), date(), text(), list(this::sponsor), bool(), recorded());
            case 3 -> new MemberFact.CeremonyHeld(m, on, organization(), recorded());
            case 4 -> new MemberFact.Recognized(m, on, date(), recorded());
            case 5 ->
                new MemberFact.Transferred(
                        m,
                        on,
                        name(TransferKind.class),
                        organization(),
                        organization(),
                        optional(this::date),
                        date(),
                        date(),
                        bool(),
                        recorded());
            case 6 -> new MemberFact.GroupAssigned(m, on, optional(this::organization), recorded());
            case 7 ->
                new MemberFact.ConditionBegan(
                        m, on, uuid(), name(ConditionKind.class), optional(this::date), text(), recorded());
            case 8 -> new MemberFact.ConditionEnded(m, on, uuid(), recorded());
            case 9 ->
                new MemberFact.Disciplined(m, on, name(MemberDiscipline.class), text(), text(), bool(), recorded());
            case 10 -> new MemberFact.Removed(m, on, name(RemovalGround.class), text(), recorded());
            case 11 -> new MemberFact.Died(m, on, recorded());
            case 12 -> new MemberFact.DuesRecorded(m, on, dues(), recorded());
            case 13 -> new MemberFact.BadgeAwarded(m, on, in.getInt(), bool(), recorded());
            default -> throw unknown("member fact", tag);
        };
    }

    private MemberProfile profile() {
        return new MemberProfile(text(), date(), name(Sex.class), optional(this::text), optional(this::text));
    }

    private Sponsor sponsor() {
        int tag = tag();
        return switch (tag) {
            case 1 -> new Sponsor.ByMember(member(), name(SponsorRelation.class), date(), bool());
            case 2 -> new Sponsor.ByUnion(name(Sponsor.UnionBody.class), text());
            default -> throw unknown("sponsor", tag);
        };
    }

    private DuesEntry dues() {
        return new DuesEntry(
                yearMonth(),
                in.getLong(),
                in.getLong(),
                optional(this::date),
                optional(() -> name(PaymentChannel.class)),
                text());
    }

    // ---------------------------------------------------------------- residence liaisons

    ResidenceFact residenceFact() {
        int tag = tag();
        MemberId m = member();
        LocalDate on = date();
        return switch (tag) {
            case 1 -> new ResidenceFact.Registered(m, on, text(), organization(), workplace(), date(), recorded());
            case 2 ->
                new ResidenceFact.ExemptionChanged(m, on, optional(() -> name(ExemptionCategory.class)), recorded());
            case 3 -> new ResidenceFact.MeetingRecorded(m, on, name(MeetingPresence.class), text(), recorded());
            case 4 ->
                new ResidenceFact.CommentGiven(
                        m,
                        on,
                        year(),
                        organization(),
                        text(),
                        text(),
                        name(CommentVerdict.class),
                        date(),
                        name(CommentChannel.class),
                        recorded());
            case 5 -> new ResidenceFact.Ended(m, on, name(EndReason.class), text(), recorded());
            default -> throw unknown("residence fact", tag);
        };
    }

    private Workplace workplace() {
        return new Workplace(text(), optional(this::organization));
    }

    // ---------------------------------------------------------------- meetings

    Meeting meeting() {
        return new Meeting(
                MeetingId.of(uuid()),
                organization(),
                name(MeetingKind.class),
                bool(),
                date(),
                time(),
                time(),
                optional(this::date),
                list(this::text),
                list(this::guest),
                list(this::attendance),
                optional(this::member),
                list(this::resolution));
    }

    private Guest guest() {
        return new Guest(text(), name(GuestRole.class));
    }

    private Attendance attendance() {
        return new Attendance(member(), name(AttendanceStatus.class), optional(this::text), bool(), bool());
    }

    private Resolution resolution() {
        return new Resolution(text(), name(ResolutionKind.class), optional(this::member), ballot());
    }

    private Ballot ballot() {
        int tag = tag();
        return switch (tag) {
            case 1 -> new Ballot.Open(votes());
            case 2 -> new Ballot.Secret(in.getInt(), in.getInt(), in.getInt(), in.getInt(), in.getInt());
            default -> throw unknown("ballot", tag);
        };
    }

    private ImmutableMap<MemberId, VoteChoice> votes() {
        int n = count();
        ImmutableMap.Builder<MemberId, VoteChoice> votes = ImmutableMap.builderWithExpectedSize(n);
        for (int i = 0; i < n; i++) {
            votes.put(member(), name(VoteChoice.class));
        }
        return votes.buildOrThrow();
    }

    MeetingSchedule schedule() {
        return new MeetingSchedule(
                organization(), name(MeetingKind.class), in.getInt(), name(HolidayShift.class), range());
    }

    private DateRange range() {
        return new DateRange(date(), optional(this::date));
    }

    // ---------------------------------------------------------------- evaluations

    EvaluationEntry evaluationEntry() {
        int tag = tag();
        EvaluationKey key = evaluationKey();
        return switch (tag) {
            case 1 -> new EvaluationEntry.SelfAssessed(key, name(Grade.class), recorded());
            case 2 -> new EvaluationEntry.Proposed(key, review(), recorded());
            case 3 ->
                new EvaluationEntry.Decided(
                        key,
                        optional(() -> name(Grade.class)),
                        optional(this::text),
                        bool(),
                        policy(),
                        list(this::finding),
                        recorded());
            case 4 -> new EvaluationEntry.Published(key, optional(() -> name(Grade.class)), recorded());
            case 5 -> new EvaluationEntry.QuotaExceptionRecorded(key, text(), recorded());
            default -> throw unknown("evaluation entry", tag);
        };
    }

    private EvaluationKey evaluationKey() {
        int tag = tag();
        EvaluationSubject subject = switch (tag) {
            case 1 -> new EvaluationSubject.OfMember(member());
            case 2 -> new EvaluationSubject.OfOrganization(organization());
            default -> throw unknown("evaluation subject", tag);
        };
        Year year = year();
        return new EvaluationKey(subject, year, ReviewPeriod.ofCode(text()));
    }

    private Review review() {
        int tag = tag();
        return switch (tag) {
            case 1 ->
                new MemberReview(
                        member(),
                        year(),
                        name(Grade.class),
                        optional(() -> name(Grade.class)),
                        optional(() -> name(Grade.class)),
                        optional(in::getInt),
                        bool(),
                        bool(),
                        optional(this::scores),
                        bool(),
                        optional(this::hostCellComment),
                        optional(this::decimal),
                        optional(this::decimal));
            case 2 -> new OrganizationReview(organization(), year(), name(Grade.class), optional(in::getInt), bool());
            default -> throw unknown("review", tag);
        };
    }

    private HostCellComment hostCellComment() {
        return new HostCellComment(organization(), date(), text(), text());
    }

    private Scores scores() {
        return new Scores(decimal(), decimal(), bool(), decimal(), decimal(), bool());
    }

    private Finding finding() {
        return new Finding(text(), name(Severity.class), text(), label(), source(), optional(this::policy));
    }

    private Label label() {
        return new Label(text(), text());
    }

    private RuleSource source() {
        return new RuleSource(text(), text(), name(Confidence.class), text());
    }

    private PolicyRef policy() {
        return new PolicyRef(text(), text());
    }

    // ---------------------------------------------------------------- shared values and primitives

    private Recorded recorded() {
        return new Recorded(instant(), text(), text());
    }

    private OrganizationId organization() {
        return OrganizationId.of(uuid());
    }

    private MemberId member() {
        return MemberId.of(uuid());
    }

    private int tag() {
        return Byte.toUnsignedInt(in.get());
    }

    private boolean bool() {
        byte b = in.get();
        if (b != 0 && b != 1) {
            throw new IllegalArgumentException("a flag is 0 or 1");
        }
        return b == 1;
    }

    /** A count of items or bytes that follow: never negative, never more than the bytes left. */
    private int count() {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalArgumentException("a count of " + n + " with " + in.remaining() + " bytes left");
        }
        return n;
    }

    private String text() {
        byte[] utf8 = new byte[count()];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private <E extends Enum<E>> E name(Class<E> type) {
        return Enum.valueOf(type, text());
    }

    private UUID uuid() {
        return new UUID(in.getLong(), in.getLong());
    }

    private LocalDate date() {
        return LocalDate.ofEpochDay(in.getLong());
    }

    private LocalTime time() {
        return LocalTime.ofNanoOfDay(in.getLong());
    }

    private Year year() {
        return Year.of(in.getInt());
    }

    private YearMonth yearMonth() {
        return YearMonth.of(in.getInt(), in.get());
    }

    private Instant instant() {
        return Instant.ofEpochSecond(in.getLong(), in.getInt());
    }

    private BigDecimal decimal() {
        return new BigDecimal(text());
    }

    private <T> ImmutableList<T> list(Supplier<T> read) {
        int n = count();
        ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(n);
        for (int i = 0; i < n; i++) {
            out.add(read.get());
        }
        return out.build();
    }

    private <T> @Nullable T optional(Supplier<T> read) {
        return bool() ? read.get() : null;
    }

    private static IllegalArgumentException unknown(String what, int tag) {
        return new IllegalArgumentException("unknown " + what + " tag " + tag);
    }
}

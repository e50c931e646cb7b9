package vn.chibo.examples.eventfile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationReview;
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
 * Values of every fact type, each with its optional fields set and, where it has any, left empty:
 * texts with Vietnamese diacritics and a character outside the Basic Multilingual Plane, instants to
 * the nanosecond, decimals of several scales.
 */
final class Samples {
    static final OrganizationId WARD = org("Phường 5");
    static final OrganizationId CELL = org("Khu phố 3");
    static final MemberId AN = member("An");
    static final MemberId BINH = member("Bình");
    static final LocalDate DAY = LocalDate.of(2024, 2, 29);
    static final Recorded RECORDED =
            new Recorded(Instant.parse("2026-02-03T04:05:06.123456789Z"), "thư-ký", "bổ sung theo QĐ 12 𝔸");
    static final Recorded EMPTY_REASON = new Recorded(Instant.EPOCH, "x", "");

    private static final ReorganizationRef CAUSE =
            new ReorganizationRef(uuid("reorg"), ReorganizationKind.MERGE, "QĐ 1234-QĐ/TU ngày 25/6/2025");

    private Samples() {}

    static OrganizationId org(String name) {
        return OrganizationId.of(uuid("org:" + name));
    }

    static MemberId member(String name) {
        return MemberId.of(uuid("member:" + name));
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static ImmutableList<OrganizationFact> organizationFacts() {
        return ImmutableList.of(
                new OrganizationFact.Founded(
                        CELL, DAY, OrganizationKind.CELL, "Chi bộ Khu phố 3", WARD, CAUSE, RECORDED),
                new OrganizationFact.Founded(WARD, DAY, OrganizationKind.PARTY, "Đảng", null, null, EMPTY_REASON),
                new OrganizationFact.Renamed(CELL, DAY, "Chi bộ KP3", CAUSE, RECORDED),
                new OrganizationFact.Renamed(CELL, DAY, "", null, RECORDED),
                new OrganizationFact.KindChanged(CELL, DAY, OrganizationKind.GRASSROOTS_CELL, CAUSE, RECORDED),
                new OrganizationFact.KindChanged(CELL, DAY, OrganizationKind.PARTY_GROUP, null, RECORDED),
                new OrganizationFact.Reparented(CELL, DAY, org("Phường 1"), CAUSE, RECORDED),
                new OrganizationFact.Reparented(CELL, DAY, WARD, null, RECORDED),
                new OrganizationFact.Dissolved(CELL, DAY, org("Khu phố 4"), CAUSE, RECORDED),
                new OrganizationFact.Dissolved(CELL, DAY, null, null, RECORDED),
                new OrganizationFact.SeatTaken(
                        CELL, DAY, uuid("seat 1"), AN, CommitteeRole.SECRETARY, DAY.plusYears(5), 13, RECORDED),
                new OrganizationFact.SeatTaken(
                        CELL, DAY, uuid("seat 2"), BINH, PartyGroupRole.DEPUTY_LEADER, null, null, RECORDED),
                new OrganizationFact.SeatVacated(CELL, DAY.plusDays(1), uuid("seat 1"), RECORDED),
                new OrganizationFact.TermOpened(CELL, DAY, 13, 2030, RECORDED),
                new OrganizationFact.SupervisionAssigned(CELL, DAY, AN, WARD, DAY.plusMonths(1), RECORDED),
                new OrganizationFact.SupervisionAssigned(CELL, DAY, AN, WARD, null, RECORDED),
                new OrganizationFact.DisciplineImposed(
                        CELL, DAY, OrganizationDiscipline.WARNING, "Đảng ủy phường", "vi phạm nguyên tắc", RECORDED),
                new OrganizationFact.ExceptionApproved(
                        CELL, DAY, "ORG-GRASSROOTS-SIZE", "CV 1/ĐU", LocalDate.of(2030, 1, 1), RECORDED),
                new OrganizationFact.ExceptionApproved(CELL, DAY, "ORG-X", "CV 2", null, RECORDED));
    }

    static ImmutableList<MemberFact> memberFacts() {
        return ImmutableList.of(
                new MemberFact.ProfileRecorded(
                        AN,
                        DAY,
                        new MemberProfile("Nguyễn Văn An", LocalDate.of(1980, 12, 31), Sex.MALE, "079080001234", "123"),
                        RECORDED),
                new MemberFact.ProfileRecorded(
                        AN, DAY, MemberProfile.of("Trần Thị Bình", LocalDate.of(1990, 1, 1), Sex.FEMALE), RECORDED),
                new MemberFact.AdmissionDecided(
                        AN,
                        DAY,
                        CELL,
                        DAY.minusDays(20),
                        "Đảng ủy phường, QĐ 5",
                        List.of(
                                new Sponsor.ByMember(BINH, SponsorRelation.RESIDENCE, DAY.minusYears(2), true),
                                new Sponsor.ByUnion(Sponsor.UnionBody.YOUTH_UNION, "NQ 3")),
                        true,
                        RECORDED),
                new MemberFact.AdmissionDecided(AN, DAY, CELL, DAY, "", List.of(), false, RECORDED),
                new MemberFact.CeremonyHeld(AN, DAY, CELL, RECORDED),
                new MemberFact.Recognized(AN, DAY, DAY.plusMonths(3), RECORDED),
                new MemberFact.Transferred(
                        AN,
                        DAY,
                        TransferKind.TEMPORARY,
                        CELL,
                        org("Khu phố 9"),
                        DAY.plusMonths(6),
                        DAY.minusDays(3),
                        DAY.minusDays(1),
                        true,
                        RECORDED),
                new MemberFact.Transferred(
                        AN, DAY, TransferKind.PERMANENT, CELL, WARD, null, DAY, DAY, false, RECORDED),
                new MemberFact.GroupAssigned(AN, DAY, org("Tổ 1"), RECORDED),
                new MemberFact.GroupAssigned(AN, DAY, null, RECORDED),
                new MemberFact.ConditionBegan(
                        AN, DAY, uuid("c1"), ConditionKind.SERIOUS_ILLNESS, DAY.plusDays(90), "bệnh án", RECORDED),
                new MemberFact.ConditionBegan(AN, DAY, uuid("c2"), ConditionKind.EXEMPTION, null, "", RECORDED),
                new MemberFact.ConditionEnded(AN, DAY.plusDays(10), uuid("c1"), RECORDED),
                new MemberFact.Disciplined(AN, DAY, MemberDiscipline.EXPULSION, "Chi bộ", "vắng họp", true, RECORDED),
                new MemberFact.Removed(AN, DAY, RemovalGround.RECOGNITION_REFUSED, "Đảng ủy", RECORDED),
                new MemberFact.Died(AN, DAY, RECORDED),
                new MemberFact.DuesRecorded(
                        AN,
                        LocalDate.of(2026, 2, 1),
                        DuesEntry.paid(
                                        YearMonth.of(2026, 2),
                                        73_457,
                                        80_000,
                                        LocalDate.of(2026, 2, 25),
                                        PaymentChannel.NATIONAL_PUBLIC_SERVICE_PORTAL)
                                .withNote("biên lai 12"),
                        RECORDED),
                new MemberFact.DuesRecorded(
                        AN, LocalDate.of(2026, 12, 1), DuesEntry.unpaid(YearMonth.of(2026, 12), 0), RECORDED),
                new MemberFact.BadgeAwarded(AN, DAY, 30, true, RECORDED));
    }

    static ImmutableList<ResidenceFact> residenceFacts() {
        return ImmutableList.of(
                new ResidenceFact.Registered(
                        AN, DAY, "Nguyễn Văn An", CELL, new Workplace("Đảng ủy phường 1", WARD), DAY, RECORDED),
                new ResidenceFact.Registered(
                        AN, DAY, "An", CELL, Workplace.named("Sở Tài chính"), DAY.minusDays(9), RECORDED),
                new ResidenceFact.ExemptionChanged(AN, DAY, ExemptionCategory.PERMANENT_COMBAT_READINESS, RECORDED),
                new ResidenceFact.ExemptionChanged(AN, DAY, null, RECORDED),
                new ResidenceFact.MeetingRecorded(AN, DAY, MeetingPresence.EXCUSED, "đi công tác", RECORDED),
                new ResidenceFact.MeetingRecorded(AN, DAY, MeetingPresence.ABSENT, "", RECORDED),
                new ResidenceFact.CommentGiven(
                        AN,
                        DAY,
                        Year.of(2023),
                        CELL,
                        "Ban công tác Mặt trận khu phố 3",
                        "Gương mẫu",
                        CommentVerdict.DOES_NOT_FULFIL,
                        DAY.minusDays(30),
                        CommentChannel.NATIONAL_PUBLIC_SERVICE_PORTAL,
                        RECORDED),
                new ResidenceFact.Ended(AN, DAY, EndReason.NO_LONGER_A_MEMBER, "chuyển đi", RECORDED));
    }

    static ImmutableList<EvaluationEntry> evaluationEntries() {
        EvaluationKey an = EvaluationKey.of(AN, Year.of(2021));
        EvaluationKey cell = EvaluationKey.of(CELL, Year.of(2025));
        Scores scores = new Scores(
                new BigDecimal("27.50"), new BigDecimal("1E+1"), true, new BigDecimal("29.9"), BigDecimal.ZERO, false);
        return ImmutableList.of(
                new EvaluationEntry.SelfAssessed(an, Grade.EXCELLENT, RECORDED),
                new EvaluationEntry.Proposed(
                        an,
                        new MemberReview(
                                        AN,
                                        Year.of(2021),
                                        Grade.GOOD,
                                        Grade.EXCELLENT,
                                        Grade.COMPLETED,
                                        95,
                                        false,
                                        true,
                                        scores)
                                .withTargetShares(new BigDecimal("99.50"), new BigDecimal("5E+1")),
                        RECORDED),
                new EvaluationEntry.Proposed(
                        an, MemberReview.proposed(AN, Year.of(2021), Grade.NOT_COMPLETED), RECORDED),
                new EvaluationEntry.Proposed(
                        cell, new OrganizationReview(CELL, Year.of(2025), Grade.GOOD, 101, true), RECORDED),
                new EvaluationEntry.Proposed(
                        cell, OrganizationReview.proposed(CELL, Year.of(2025), Grade.COMPLETED), RECORDED),
                new EvaluationEntry.Decided(
                        an,
                        Grade.GOOD,
                        null,
                        true,
                        new PolicyRef("evaluation/QĐ132-HD21", "ab12"),
                        ImmutableList.of(
                                new Finding(
                                        "EVAL-CAP",
                                        Severity.WARNING,
                                        "Nguyễn Văn An",
                                        Label.of("giới hạn", "capped"),
                                        RuleSource.of("QĐ 132-QĐ/TW", "Điều 5", Confidence.OPEN_QUESTION, "ghi chú"),
                                        new PolicyRef("evaluation/QĐ132-HD21", "ab12")),
                                new Finding(
                                        Finding.NO_POLICY,
                                        Severity.INFO,
                                        "",
                                        Label.of("không có", "none"),
                                        RuleSource.of("chibo", "", Confidence.SOURCE_SEEN),
                                        null)),
                        RECORDED),
                new EvaluationEntry.Decided(
                        an, null, "EVAL-NOT-RATED", false, new PolicyRef("p", ""), ImmutableList.of(), RECORDED),
                new EvaluationEntry.Published(an, Grade.GOOD, RECORDED),
                new EvaluationEntry.Published(an, null, RECORDED),
                new EvaluationEntry.QuotaExceptionRecorded(cell, "QĐ 7-QĐ/ĐU", RECORDED));
    }

    /** A meeting with every field set: guests, each kind of attendance, an open and a secret ballot. */
    static Meeting meeting() {
        Map<MemberId, VoteChoice> open = new LinkedHashMap<>();
        open.put(AN, VoteChoice.YES);
        open.put(BINH, VoteChoice.ABSTAIN);
        open.put(member("Cường"), VoteChoice.NO);
        return new Meeting(
                MeetingId.of(uuid("meeting")),
                CELL,
                MeetingKind.REGULAR,
                true,
                DAY,
                LocalTime.of(19, 0),
                LocalTime.of(21, 15, 30, 123_456_789),
                DAY.minusDays(2),
                List.of("Thông báo thời sự", "Chuyên đề"),
                List.of(new Guest("Nguyễn Văn Trưởng", GuestRole.RESIDENTIAL_GROUP_LEADER)),
                List.of(
                        Attendance.present(AN),
                        new Attendance(BINH, AttendanceStatus.PRESENT, "đến muộn", false, false),
                        Attendance.excused(member("Cường"), "ốm"),
                        Attendance.unexcused(member("Dũng"))),
                BINH,
                List.of(
                        new Resolution("Kết nạp", ResolutionKind.ADMISSION, member("Em"), Ballot.Open.of(open)),
                        new Resolution(
                                "Nghị quyết tháng", ResolutionKind.ORDINARY, null, new Ballot.Secret(5, 3, 1, 0, 1))));
    }

    /** A meeting with every optional field empty. */
    static Meeting bareMeeting() {
        return new Meeting(
                MeetingId.of(uuid("bare")),
                CELL,
                MeetingKind.PARTY_GROUP,
                false,
                DAY,
                LocalTime.MIDNIGHT,
                LocalTime.MAX,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of());
    }

    static ImmutableList<MeetingSchedule> schedules() {
        return ImmutableList.of(
                new MeetingSchedule(CELL, MeetingKind.REGULAR, 25, HolidayShift.LATER, DateRange.startingOn(DAY)),
                new MeetingSchedule(
                        WARD, MeetingKind.COMMITTEE, 31, HolidayShift.KEEP, DateRange.of(DAY, DAY.plusYears(1))));
    }

    /** Every event kind, with the samples above. */
    static ImmutableList<Event> events() {
        List<Event> events = new ArrayList<>();
        events.add(new Event.OrganizationsAppended(new OrganizationAppend(
                versions(organizationFacts().stream().map(OrganizationFact::organization)), organizationFacts())));
        events.add(new Event.MembersAppended(
                new MemberAppend(versions(memberFacts().stream().map(MemberFact::member)), memberFacts())));
        events.add(new Event.ResidenceLiaisonsAppended(new ResidenceLiaisonAppend(
                versions(residenceFacts().stream().map(ResidenceFact::member)), residenceFacts())));
        events.add(new Event.MeetingRecorded(meeting(), RECORDED, 3));
        events.add(new Event.MeetingRecorded(bareMeeting(), EMPTY_REASON, 0));
        for (MeetingSchedule s : schedules()) {
            events.add(new Event.ScheduleAdded(s, RECORDED));
        }
        events.add(new Event.EvaluationsAppended(new EvaluationAppend(
                versions(evaluationEntries().stream().map(EvaluationEntry::key)), evaluationEntries())));
        return ImmutableList.copyOf(events);
    }

    private static <K> ImmutableMap<K, Long> versions(Stream<K> keys) {
        Map<K, Long> versions = new LinkedHashMap<>();
        keys.forEach(k -> versions.putIfAbsent(k, (long) versions.size() * 7));
        return ImmutableMap.copyOf(versions);
    }
}

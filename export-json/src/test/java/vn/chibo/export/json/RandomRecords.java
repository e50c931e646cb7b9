package vn.chibo.export.json;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import vn.chibo.domain.meeting.MeetingRecord;
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
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;

/**
 * Random but loadable data for the property tests: every fact type of every aggregate, with
 * texts in Vietnamese, quotes, control characters and characters outside the BMP, instants to the
 * nanosecond, and references that all resolve.
 */
final class RandomRecords {
    /** The scope date of exports in tests: after every generated date. */
    static final LocalDate AS_OF = LocalDate.of(2030, 1, 1);

    private static final String[] WORDS = {
        "Chi bộ",
        "Khu phố",
        "Đảng bộ",
        "Phường 5",
        "Nguyễn",
        "Thị",
        "Hương",
        "Lê Quang Việt Sơn",
        "\"trích dẫn\"",
        "a\\b",
        "tab\tcột",
        "dòng\nmới",
        "🇻🇳",
        "𝔘𝔫𝔦",
        "ắằẳẵặ",
        "QĐ 132-QĐ/TW",
        "/~0~1",
        "<b>&amp;</b>",
        "\u0001"
    };

    private final Random random;
    private final List<OrganizationId> organizations = new ArrayList<>();
    private final List<LocalDate> founded = new ArrayList<>();
    private final List<MemberId> members = new ArrayList<>();

    private RandomRecords(long seed) {
        this.random = new Random(seed);
    }

    /** The records of a small random party, every kind in the documented order's sections. */
    static List<BulkRecord> of(long seed) {
        return new RandomRecords(seed).all();
    }

    private List<BulkRecord> all() {
        int orgCount = 2 + random.nextInt(5);
        int memberCount = 1 + random.nextInt(6);
        for (int i = 0; i < orgCount; i++) {
            organizations.add(OrganizationId.of(uuid()));
            founded.add(date(1990, 2010));
        }
        for (int i = 0; i < memberCount; i++) {
            members.add(MemberId.of(uuid()));
        }
        List<BulkRecord> out = new ArrayList<>();
        for (int i = 0; i < orgCount; i++) {
            out.add(BulkRecord.Organization.of(organizations.get(i), organizationFacts(i), "random"));
        }
        for (MemberId m : members) {
            out.add(BulkRecord.Member.of(m, memberFacts(m), "random"));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            MemberId serving = i == 1 && random.nextBoolean() ? pick(members) : MemberId.of(uuid());
            if (out.stream()
                    .noneMatch(r ->
                            r instanceof BulkRecord.Residence x && x.member().equals(serving))) {
                out.add(BulkRecord.Residence.of(serving, residenceFacts(serving), "random"));
            }
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            out.add(meeting());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            DateRange valid = random.nextBoolean()
                    ? DateRange.startingOn(date(2000, 2010))
                    : DateRange.of(date(2000, 2010), date(2011, 2020));
            out.add(new BulkRecord.Schedule(
                    new MeetingSchedule(
                            pick(organizations),
                            random.nextBoolean() ? MeetingKind.REGULAR : MeetingKind.COMMITTEE,
                            1 + random.nextInt(31),
                            pick(HolidayShift.values()),
                            valid),
                    recorded(),
                    "random"));
        }
        List<EvaluationKey> keys = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            EvaluationKey key;
            if (random.nextBoolean()) {
                int o = random.nextInt(orgCount);
                key = EvaluationKey.of(organizations.get(o), Year.of(2011 + random.nextInt(15)));
            } else {
                key = EvaluationKey.of(pick(members), Year.of(2011 + random.nextInt(15)));
            }
            if (!keys.contains(key)) {
                keys.add(key);
                out.add(BulkRecord.Evaluation.of(key, entries(key), "random"));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------ organisations

    private List<OrganizationFact> organizationFacts(int i) {
        OrganizationId id = organizations.get(i);
        LocalDate d = founded.get(i);
        List<OrganizationFact> facts = new ArrayList<>();
        OrganizationId parent = i == 0 ? null : organizations.get(random.nextInt(i));
        facts.add(new OrganizationFact.Founded(
                id,
                d,
                i == 0 ? OrganizationKind.PARTY : pick(OrganizationKind.values()),
                text(),
                parent,
                cause(),
                recorded()));
        List<UUID> seats = new ArrayList<>();
        for (int n = random.nextInt(6); n > 0; n--) {
            d = d.plusDays(1 + random.nextInt(400));
            switch (random.nextInt(9)) {
                case 0 -> facts.add(new OrganizationFact.Renamed(id, d, text(), cause(), recorded()));
                case 1 ->
                    facts.add(new OrganizationFact.KindChanged(
                            id, d, pick(OrganizationKind.values()), cause(), recorded()));
                case 2 -> {
                    if (i > 1) {
                        facts.add(new OrganizationFact.Reparented(
                                id, d, organizations.get(random.nextInt(i)), cause(), recorded()));
                    }
                }
                case 3 -> {
                    UUID seat = uuid();
                    seats.add(seat);
                    facts.add(new OrganizationFact.SeatTaken(
                            id,
                            d,
                            seat,
                            pick(members),
                            random.nextBoolean() ? pick(CommitteeRole.values()) : pick(PartyGroupRole.values()),
                            random.nextBoolean() ? null : d.plusYears(5),
                            random.nextBoolean() ? null : 1 + random.nextInt(20),
                            recorded()));
                }
                case 4 -> {
                    if (!seats.isEmpty()) {
                        facts.add(new OrganizationFact.SeatVacated(id, d, pick(seats), recorded()));
                    }
                }
                case 5 ->
                    facts.add(new OrganizationFact.TermOpened(
                            id, d, 1 + random.nextInt(20), d.getYear() + random.nextInt(6), recorded()));
                case 6 ->
                    facts.add(new OrganizationFact.SupervisionAssigned(
                            id,
                            d,
                            pick(members),
                            pick(organizations),
                            random.nextBoolean() ? null : d.plusMonths(7),
                            recorded()));
                case 7 ->
                    facts.add(new OrganizationFact.DisciplineImposed(
                            id, d, pick(OrganizationDiscipline.values()), text(), text(), recorded()));
                default ->
                    facts.add(new OrganizationFact.ExceptionApproved(
                            id,
                            d,
                            "ORG-GRASSROOTS-SIZE",
                            text(),
                            random.nextBoolean() ? null : d.plusYears(1),
                            recorded()));
            }
        }
        if (i > 0 && random.nextInt(4) == 0) {
            facts.add(new OrganizationFact.Dissolved(
                    id,
                    d.plusDays(30),
                    random.nextBoolean() ? null : organizations.get(random.nextInt(i)),
                    cause(),
                    recorded()));
        }
        return facts;
    }

    private @Nullable ReorganizationRef cause() {
        return random.nextBoolean() ? null : new ReorganizationRef(uuid(), pick(ReorganizationKind.values()), text());
    }

    // ----------------------------------------------------------------------------------- members

    private List<MemberFact> memberFacts(MemberId m) {
        List<MemberFact> facts = new ArrayList<>();
        LocalDate d = date(1990, 2010);
        facts.add(new MemberFact.ProfileRecorded(m, d, profile(), recorded()));
        OrganizationId cell = pick(organizations);
        List<Sponsor> sponsors = new ArrayList<>();
        sponsors.add(new Sponsor.ByMember(pick(members), pick(SponsorRelation.values()), d.minusYears(2), false));
        if (random.nextBoolean()) {
            sponsors.add(new Sponsor.ByUnion(pick(Sponsor.UnionBody.values()), text()));
        }
        facts.add(new MemberFact.AdmissionDecided(
                m, d, cell, d.minusDays(random.nextInt(30)), text(), sponsors, random.nextBoolean(), recorded()));
        LocalDate ceremony = d.plusDays(14);
        facts.add(new MemberFact.CeremonyHeld(m, ceremony, cell, recorded()));
        facts.add(new MemberFact.Recognized(m, ceremony.plusMonths(12), ceremony.plusMonths(13), recorded()));
        d = ceremony.plusMonths(13);
        for (int n = random.nextInt(8); n > 0; n--) {
            d = d.plusDays(1 + random.nextInt(300));
            switch (random.nextInt(8)) {
                case 0 -> {
                    boolean temporary = random.nextBoolean();
                    facts.add(new MemberFact.Transferred(
                            m,
                            d,
                            temporary ? TransferKind.TEMPORARY : TransferKind.PERMANENT,
                            pick(organizations),
                            pick(organizations),
                            temporary ? d.plusMonths(6) : null,
                            d.minusDays(20),
                            d.minusDays(10),
                            temporary && random.nextBoolean(),
                            recorded()));
                }
                case 1 ->
                    facts.add(new MemberFact.GroupAssigned(
                            m, d, random.nextBoolean() ? null : pick(organizations), recorded()));
                case 2 -> {
                    UUID condition = uuid();
                    facts.add(new MemberFact.ConditionBegan(
                            m,
                            d,
                            condition,
                            pick(ConditionKind.values()),
                            random.nextBoolean() ? null : d.plusMonths(2),
                            "ghi chú " + text(),
                            recorded()));
                    if (random.nextBoolean()) {
                        facts.add(new MemberFact.ConditionEnded(m, d.plusDays(20), condition, recorded()));
                    }
                }
                case 3 ->
                    facts.add(new MemberFact.Disciplined(
                            m, d, pick(MemberDiscipline.values()), text(), text(), random.nextBoolean(), recorded()));
                case 4 -> {
                    YearMonth month = YearMonth.from(d);
                    long due = random.nextInt(100) * 1_000L;
                    DuesEntry entry = random.nextBoolean()
                            ? DuesEntry.unpaid(month, due)
                            : DuesEntry.paid(month, due, due + 1_000, d, pick(PaymentChannel.values()))
                                    .withNote(text());
                    facts.add(new MemberFact.DuesRecorded(m, month.atDay(1), entry, recorded()));
                }
                case 5 ->
                    facts.add(new MemberFact.BadgeAwarded(
                            m, d, 30 + 5 * random.nextInt(12), random.nextBoolean(), recorded()));
                case 6 -> facts.add(new MemberFact.ProfileRecorded(m, d, profile(), recorded()));
                default -> {
                    if (random.nextBoolean()) {
                        facts.add(new MemberFact.Removed(m, d, pick(RemovalGround.values()), text(), recorded()));
                    } else {
                        facts.add(new MemberFact.Died(m, d, recorded()));
                    }
                }
            }
        }
        return facts;
    }

    private MemberProfile profile() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            id.append(random.nextInt(10));
        }
        return new MemberProfile(
                "Đảng viên " + text(),
                date(1940, 2000),
                pick(Sex.values()),
                random.nextBoolean() ? id.toString() : null,
                random.nextBoolean() ? null : "HV" + random.nextInt(1_000_000));
    }

    // -------------------------------------------------------------------------------- residences

    private List<ResidenceFact> residenceFacts(MemberId m) {
        List<ResidenceFact> facts = new ArrayList<>();
        LocalDate d = date(2015, 2020);
        facts.add(new ResidenceFact.Registered(
                m,
                d,
                "Người cư trú " + text(),
                pick(organizations),
                random.nextBoolean() ? Workplace.named("Đảng ủy " + text()) : new Workplace("Sở", pick(organizations)),
                d.minusDays(random.nextInt(20)),
                recorded()));
        for (int n = random.nextInt(5); n > 0; n--) {
            d = d.plusDays(1 + random.nextInt(200));
            switch (random.nextInt(4)) {
                case 0 ->
                    facts.add(new ResidenceFact.ExemptionChanged(
                            m, d, random.nextBoolean() ? null : pick(ExemptionCategory.values()), recorded()));
                case 1 -> {
                    MeetingPresence p = pick(MeetingPresence.values());
                    facts.add(new ResidenceFact.MeetingRecorded(
                            m, d, p, p == MeetingPresence.EXCUSED ? "ốm " + text() : "", recorded()));
                }
                case 2 ->
                    facts.add(new ResidenceFact.CommentGiven(
                            m,
                            d,
                            Year.of(d.getYear() - 1),
                            pick(organizations),
                            text(),
                            text(),
                            pick(CommentVerdict.values()),
                            d.minusDays(random.nextInt(60)),
                            pick(CommentChannel.values()),
                            recorded()));
                default -> facts.add(new ResidenceFact.Ended(m, d, pick(EndReason.values()), text(), recorded()));
            }
        }
        return facts;
    }

    // ---------------------------------------------------------------------------------- meetings

    private BulkRecord meeting() {
        MeetingId id = MeetingId.of(uuid());
        OrganizationId org = pick(organizations);
        List<MeetingRecord> versions = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        LocalDate day = date(2015, 2025);
        for (int v = 1; v <= count; v++) {
            List<Attendance> attendance = new ArrayList<>();
            for (MemberId m : members) {
                if (random.nextBoolean()) {
                    AttendanceStatus s = pick(AttendanceStatus.values());
                    attendance.add(new Attendance(
                            m,
                            s,
                            s == AttendanceStatus.PRESENT ? null : text(),
                            random.nextBoolean(),
                            random.nextBoolean()));
                }
            }
            List<Resolution> resolutions = new ArrayList<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                Ballot ballot;
                if (random.nextBoolean()) {
                    Map<MemberId, VoteChoice> votes = new LinkedHashMap<>();
                    for (MemberId m : members) {
                        if (random.nextBoolean()) {
                            votes.put(m, pick(VoteChoice.values()));
                        }
                    }
                    ballot = Ballot.Open.of(votes);
                } else {
                    ballot = new Ballot.Secret(
                            10, random.nextInt(10), random.nextInt(5), random.nextInt(3), random.nextInt(2));
                }
                resolutions.add(new Resolution(
                        "Nghị quyết " + text(),
                        pick(ResolutionKind.values()),
                        random.nextBoolean() ? null : pick(members),
                        ballot));
            }
            Meeting meeting = new Meeting(
                    id,
                    org,
                    pick(MeetingKind.values()),
                    random.nextBoolean(),
                    day,
                    LocalTime.of(19, 30),
                    LocalTime.of(19 + 1 + random.nextInt(3), random.nextInt(60), random.nextInt(60)),
                    random.nextBoolean() ? null : day.minusDays(3),
                    List.of("Thông qua " + text(), "Kiểm điểm"),
                    random.nextBoolean() ? List.of() : List.of(new Guest("Ông " + text(), pick(GuestRole.values()))),
                    attendance,
                    random.nextBoolean() ? null : pick(members),
                    resolutions);
            versions.add(new MeetingRecord(meeting, recorded(), v));
        }
        return BulkRecord.Meeting.of(id, versions, "random");
    }

    // ------------------------------------------------------------------------------- evaluations

    private List<EvaluationEntry> entries(EvaluationKey key) {
        List<EvaluationEntry> out = new ArrayList<>();
        Grade grade = pick(Grade.values());
        out.add(new EvaluationEntry.SelfAssessed(key, grade, recorded()));
        if (key.subject() instanceof vn.chibo.domain.evaluation.EvaluationSubject.OfMember m) {
            Scores scores = random.nextBoolean()
                    ? null
                    : new Scores(
                            new BigDecimal("2" + random.nextInt(10) + "." + random.nextInt(10)),
                            new BigDecimal("6" + random.nextInt(10) + ".25"),
                            random.nextBoolean(),
                            new BigDecimal("29.90"),
                            new BigDecimal(random.nextInt(100)),
                            random.nextBoolean());
            out.add(new EvaluationEntry.Proposed(
                    key,
                    new MemberReview(
                                    m.member(),
                                    key.year(),
                                    grade,
                                    random.nextBoolean() ? null : pick(Grade.values()),
                                    random.nextBoolean() ? null : pick(Grade.values()),
                                    random.nextBoolean() ? null : random.nextInt(200),
                                    random.nextBoolean(),
                                    random.nextBoolean(),
                                    scores)
                            .withTargetShares(
                                    random.nextBoolean()
                                            ? null
                                            : new BigDecimal(random.nextInt(100) + "." + random.nextInt(10)),
                                    random.nextBoolean() ? null : new BigDecimal(random.nextInt(101) + ".00")),
                    recorded()));
        } else {
            vn.chibo.domain.evaluation.EvaluationSubject.OfOrganization o =
                    (vn.chibo.domain.evaluation.EvaluationSubject.OfOrganization) key.subject();
            out.add(new EvaluationEntry.Proposed(
                    key,
                    new OrganizationReview(
                            o.organization(),
                            key.year(),
                            grade,
                            random.nextBoolean() ? null : random.nextInt(1000),
                            random.nextBoolean()),
                    recorded()));
            if (random.nextBoolean()) {
                out.add(new EvaluationEntry.QuotaExceptionRecorded(key, "QĐ " + text(), recorded()));
            }
        }
        boolean rated = random.nextBoolean();
        out.add(new EvaluationEntry.Decided(
                key,
                rated ? grade : null,
                rated ? null : "EVAL-NOT-RATED-EXEMPTED",
                random.nextBoolean(),
                new PolicyRef("evaluation.regime/QĐ366-2025", "0123456789abcdef"),
                ImmutableList.of(
                        new Finding(
                                "EVAL-CAP",
                                pick(Severity.values()),
                                text(),
                                Label.of("Tiếng Việt " + text(), "English " + text()),
                                RuleSource.of("QĐ 366-QĐ/TW", "Điều 5", pick(Confidence.values()), text()),
                                new PolicyRef("evaluation.regime/QĐ366-2025", "0123456789abcdef")),
                        new Finding(
                                Finding.NO_POLICY,
                                Severity.INFO,
                                text(),
                                Label.of("không có", "none"),
                                RuleSource.of("chibo", "", Confidence.SOURCE_SEEN),
                                null)),
                recorded()));
        if (random.nextBoolean()) {
            out.add(new EvaluationEntry.Published(key, rated ? grade : null, recorded()));
        }
        return out;
    }

    // ----------------------------------------------------------------------------------- helpers

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private LocalDate date(int fromYear, int toYear) {
        return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(365 * (toYear - fromYear + 1)));
    }

    private Recorded recorded() {
        Instant at = Instant.ofEpochSecond(1_000_000_000L + random.nextInt(900_000_000), random.nextInt(1_000_000_000));
        return new Recorded(at, "actor-" + random.nextInt(5), random.nextInt(4) == 0 ? "" : text());
    }

    private String text() {
        StringBuilder b = new StringBuilder(pick(WORDS));
        for (int n = random.nextInt(3); n > 0; n--) {
            b.append(' ').append(pick(WORDS));
        }
        return b.toString();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

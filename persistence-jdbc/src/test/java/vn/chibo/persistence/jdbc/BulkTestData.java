package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.ViolationCollector;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.ReviewPeriod;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.meeting.HolidayShift;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
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
import vn.chibo.domain.port.BulkSource;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;

/**
 * Records for the bulk tests: a small province using every organisation fact, members using every
 * member fact with text that COPY must escape, and generated loads of any size that hold nothing
 * (each record is made from its number when asked for).
 */
final class BulkTestData {
    static final LocalDate START = LocalDate.of(2000, 1, 1);
    static final LocalDate RESTRUCTURING = LocalDate.of(2025, 7, 1);

    static final OrganizationId PROVINCE = organization("Tỉnh Bình Dương");
    static final OrganizationId WARD = organization("Phường 5");
    static final OrganizationId OTHER_WARD = organization("Phường 6");
    static final OrganizationId CELL_A = organization("Khu phố 1");
    static final OrganizationId CELL_B = organization("Khu phố 2");
    static final OrganizationId CELL_C = organization("Khu phố 9");
    static final OrganizationId GROUP = organization("Tổ đảng 1");

    /** Text COPY must escape or encode: tab, newline, carriage return, backslash, {@code \N}, diacritics, an emoji. */
    static final String AWKWARD = "Ghi chú:\tcột\nmới\r\\N là \\ chứ không phải NULL; Nguyễn Thị Ánh Tuyết 🇻🇳";

    private BulkTestData() {}

    static OrganizationId organization(String name) {
        return OrganizationId.of(uuid("organization:" + name));
    }

    static MemberId member(long n) {
        return MemberId.of(uuid("member:" + n));
    }

    static UUID uuid(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stamp whose instant has nanoseconds, distinct for each {@code n}. */
    static Recorded stamp(long n, String reason) {
        return new Recorded(
                Instant.parse("2024-05-06T07:08:09.123456789Z").plusSeconds(n).plusNanos(n % 1000),
                "hệ-thống-cũ",
                reason);
    }

    private static ReorganizationRef restructuring() {
        return new ReorganizationRef(
                uuid("QĐ 1/2025"), ReorganizationKind.RESTRUCTURING, "QĐ 1-QĐ/TU sắp xếp\tlại\nbộ máy");
    }

    /**
     * A province with two wards, three cells and a party group; on {@link #RESTRUCTURING} Phường 6
     * merges into Phường 5, Khu phố 9 moves to Phường 5 and Phường 5 is renamed.
     */
    static List<BulkRecord> province() {
        List<BulkRecord> out = new ArrayList<>();
        out.add(BulkRecord.Organization.of(
                PROVINCE,
                List.of(
                        new OrganizationFact.Founded(
                                PROVINCE,
                                START,
                                OrganizationKind.PROVINCIAL_COMMITTEE,
                                "Tỉnh ủy",
                                null,
                                null,
                                stamp(1, "")),
                        new OrganizationFact.TermOpened(PROVINCE, LocalDate.of(2020, 10, 15), 11, 2025, stamp(2, "ĐH")),
                        new OrganizationFact.SeatTaken(
                                PROVINCE,
                                LocalDate.of(2020, 10, 16),
                                uuid("seat:1"),
                                member(1),
                                CommitteeRole.SECRETARY,
                                LocalDate.of(2025, 10, 1),
                                11,
                                stamp(3, "bầu")),
                        new OrganizationFact.SeatVacated(
                                PROVINCE, LocalDate.of(2023, 1, 1), uuid("seat:1"), stamp(4, "")),
                        new OrganizationFact.DisciplineImposed(
                                PROVINCE,
                                LocalDate.of(2023, 2, 1),
                                OrganizationDiscipline.WARNING,
                                "BCT",
                                AWKWARD,
                                stamp(5, ""))),
                "/organizations/0"));
        out.add(BulkRecord.Organization.of(
                WARD,
                List.of(
                        new OrganizationFact.Founded(
                                WARD,
                                START,
                                OrganizationKind.GRASSROOTS_COMMITTEE,
                                "Đảng bộ Phường 5",
                                PROVINCE,
                                new ReorganizationRef(uuid("QĐ 7"), ReorganizationKind.FOUNDING, "QĐ 7"),
                                stamp(6, "")),
                        new OrganizationFact.Renamed(
                                WARD, RESTRUCTURING, "Đảng bộ Phường Chánh Nghĩa", restructuring(), stamp(7, "")),
                        new OrganizationFact.SupervisionAssigned(
                                WARD, LocalDate.of(2021, 3, 1), member(2), PROVINCE, null, stamp(8, "")),
                        new OrganizationFact.ExceptionApproved(
                                WARD,
                                LocalDate.of(2022, 1, 1),
                                "ORG-MIN-MEMBERS",
                                "CV 9",
                                LocalDate.of(2023, 1, 1),
                                stamp(9, ""))),
                "/organizations/1"));
        out.add(BulkRecord.Organization.of(
                OTHER_WARD,
                List.of(
                        new OrganizationFact.Founded(
                                OTHER_WARD,
                                START,
                                OrganizationKind.GRASSROOTS_COMMITTEE,
                                "Đảng bộ Phường 6",
                                PROVINCE,
                                null,
                                stamp(10, "")),
                        new OrganizationFact.Dissolved(
                                OTHER_WARD, RESTRUCTURING, WARD, restructuring(), stamp(11, ""))),
                "/organizations/2"));
        out.add(cell(CELL_A, "Chi bộ Khu phố 1", WARD, 12));
        out.add(BulkRecord.Organization.of(
                CELL_B,
                List.of(
                        new OrganizationFact.Founded(
                                CELL_B, START, OrganizationKind.CELL, "Chi bộ Khu phố 2", WARD, null, stamp(13, "")),
                        new OrganizationFact.KindChanged(
                                CELL_B,
                                LocalDate.of(2010, 1, 1),
                                OrganizationKind.GRASSROOTS_CELL,
                                null,
                                stamp(14, ""))),
                "/organizations/4"));
        out.add(BulkRecord.Organization.of(
                CELL_C,
                List.of(
                        new OrganizationFact.Founded(
                                CELL_C,
                                START,
                                OrganizationKind.CELL,
                                "Chi bộ Khu phố 9",
                                OTHER_WARD,
                                null,
                                stamp(15, "")),
                        new OrganizationFact.Reparented(CELL_C, RESTRUCTURING, WARD, restructuring(), stamp(16, ""))),
                "/organizations/5"));
        out.add(BulkRecord.Organization.of(
                GROUP,
                List.of(
                        new OrganizationFact.Founded(
                                GROUP, START, OrganizationKind.PARTY_GROUP, "Tổ đảng 1", CELL_A, null, stamp(17, "")),
                        new OrganizationFact.SeatTaken(
                                GROUP,
                                START,
                                uuid("seat:2"),
                                member(3),
                                PartyGroupRole.LEADER,
                                null,
                                null,
                                stamp(18, ""))),
                "/organizations/6"));
        return out;
    }

    private static BulkRecord.Organization cell(OrganizationId id, String name, OrganizationId parent, long n) {
        return BulkRecord.Organization.of(
                id,
                List.of(new OrganizationFact.Founded(
                        id, START, OrganizationKind.CELL, name, parent, null, stamp(n, ""))),
                "/organizations/" + (n - 9));
    }

    /** A member of {@code cell} with every kind of member fact, text that needs escaping among them. */
    static BulkRecord.Member everyFact(long n, OrganizationId cell, OrganizationId other) {
        MemberId id = member(n);
        LocalDate decided = LocalDate.of(2005, 3, 1);
        LocalDate ceremony = decided.plusDays(14);
        UUID condition = uuid("condition:" + n);
        List<MemberFact> facts = List.of(
                new MemberFact.ProfileRecorded(
                        id,
                        decided,
                        new MemberProfile(
                                "Trần Thị Ánh\tTuyết \\N " + n,
                                LocalDate.of(1980, 2, 29),
                                Sex.FEMALE,
                                "079180001234",
                                "12.345.678"),
                        stamp(n, AWKWARD)),
                new MemberFact.AdmissionDecided(
                        id,
                        decided,
                        cell,
                        decided.minusDays(10),
                        "QĐ 12-QĐ/ĐU",
                        List.of(
                                new Sponsor.ByMember(
                                        member(n + 1), SponsorRelation.RESIDENCE, decided.minusYears(3), true),
                                new Sponsor.ByUnion(Sponsor.UnionBody.TRADE_UNION, "NQ 3/CĐ\nghi chú")),
                        true,
                        stamp(n, "")),
                new MemberFact.CeremonyHeld(id, ceremony, cell, stamp(n, "")),
                new MemberFact.Recognized(
                        id, ceremony.plusMonths(12), ceremony.plusMonths(12).plusDays(3), stamp(n, "")),
                new MemberFact.Transferred(
                        id,
                        LocalDate.of(2010, 5, 1),
                        TransferKind.TEMPORARY,
                        cell,
                        other,
                        LocalDate.of(2011, 5, 1),
                        LocalDate.of(2010, 4, 1),
                        LocalDate.of(2010, 4, 20),
                        true,
                        stamp(n, "")),
                new MemberFact.GroupAssigned(id, LocalDate.of(2012, 1, 1), GROUP, stamp(n, "")),
                new MemberFact.GroupAssigned(id, LocalDate.of(2013, 1, 1), null, stamp(n, "")),
                new MemberFact.ConditionBegan(
                        id,
                        LocalDate.of(2014, 1, 1),
                        condition,
                        ConditionKind.SERIOUS_ILLNESS,
                        null,
                        AWKWARD,
                        stamp(n, "")),
                new MemberFact.ConditionEnded(id, LocalDate.of(2015, 1, 1), condition, stamp(n, "")),
                new MemberFact.Disciplined(
                        id,
                        LocalDate.of(2016, 1, 1),
                        MemberDiscipline.REPRIMAND,
                        "Chi bộ",
                        "vi phạm\r\n",
                        true,
                        stamp(n, "")),
                new MemberFact.DuesRecorded(
                        id,
                        LocalDate.of(2017, 3, 1),
                        new DuesEntry(
                                YearMonth.of(2017, 3),
                                30_000,
                                30_000,
                                LocalDate.of(2017, 3, 5),
                                PaymentChannel.BANK,
                                "đủ"),
                        stamp(n, "")),
                new MemberFact.DuesRecorded(
                        id,
                        LocalDate.of(2017, 4, 1),
                        new DuesEntry(YearMonth.of(2017, 4), 30_000, 0, null, null, ""),
                        stamp(n, "")),
                new MemberFact.BadgeAwarded(id, LocalDate.of(2018, 2, 3), 30, false, stamp(n, "")),
                n % 2 == 0
                        ? new MemberFact.Removed(
                                id, LocalDate.of(2019, 1, 1), RemovalGround.ABSENCE_OR_DUES, "Chi bộ", stamp(n, ""))
                        : new MemberFact.Died(id, LocalDate.of(2019, 1, 1), stamp(n, "")));
        return BulkRecord.Member.of(id, facts, "/members/" + n);
    }

    /**
     * An ordinary member {@code n} of {@code cell}: profile, admission with two sponsors, ceremony,
     * recognition; every tenth away for a year, every seventh with a month of dues.
     */
    static BulkRecord.Member ordinary(long n, OrganizationId cell, OrganizationId other, String origin) {
        MemberId id = member(n);
        LocalDate decided = LocalDate.of(1990 + (int) (n % 30), 1 + (int) (n % 12), 1 + (int) (n % 28));
        LocalDate ceremony = decided.plusDays(14);
        Recorded stamp = stamp(n, "nhập từ hệ thống cũ");
        List<MemberFact> facts = new ArrayList<>(6);
        facts.add(new MemberFact.ProfileRecorded(
                id,
                decided,
                new MemberProfile(
                        NAMES[(int) (n % NAMES.length)] + " " + n,
                        decided.minusYears(25),
                        n % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                        String.format("%012d", n),
                        null),
                stamp));
        facts.add(new MemberFact.AdmissionDecided(
                id,
                decided,
                cell,
                decided.minusDays(10),
                "QĐ " + n + "-QĐ/ĐU",
                List.of(
                        new Sponsor.ByMember(member(n + 1), SponsorRelation.WORK, decided.minusYears(2), false),
                        new Sponsor.ByUnion(Sponsor.UnionBody.YOUTH_UNION, "NQ 1/ĐTN")),
                false,
                stamp));
        facts.add(new MemberFact.CeremonyHeld(id, ceremony, cell, stamp));
        facts.add(new MemberFact.Recognized(
                id, ceremony.plusMonths(12), ceremony.plusMonths(12).plusDays(5), stamp));
        if (n % 10 == 0) {
            LocalDate away = ceremony.plusYears(3);
            facts.add(new MemberFact.Transferred(
                    id,
                    away,
                    TransferKind.TEMPORARY,
                    cell,
                    other,
                    away.plusYears(1),
                    away.minusDays(20),
                    away.minusDays(10),
                    false,
                    stamp));
        }
        if (n % 7 == 0) {
            facts.add(new MemberFact.DuesRecorded(
                    id,
                    LocalDate.of(2024, 3, 1),
                    new DuesEntry(
                            YearMonth.of(2024, 3), 50_000, 50_000, LocalDate.of(2024, 3, 9), PaymentChannel.CELL, ""),
                    stamp));
        }
        return BulkRecord.Member.of(id, facts, origin);
    }

    private static final String[] NAMES = {
        "Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung", "Hoàng Văn Giang", "Võ Thị Hạnh"
    };

    /**
     * A load of a province, {@code wards} wards of {@code cellsPerWard} cells each, then {@code
     * members} ordinary members spread over the cells; member {@code n} refers to a missing cell
     * when {@code broken} says so. Holds nothing: every record is made when asked for.
     */
    static BulkSource generated(int wards, int cellsPerWard, long members, java.util.function.LongPredicate broken) {
        int organizations = 1 + wards + wards * cellsPerWard;
        return new BulkSource() {
            private long next;

            @Override
            public Optional<BulkRecord> next(ViolationCollector problems) {
                long n = next++;
                if (n < organizations) {
                    return Optional.of(generatedOrganization((int) n, wards));
                }
                long m = n - organizations;
                if (m >= members) {
                    return Optional.empty();
                }
                int cells = wards * cellsPerWard;
                OrganizationId cell = broken.test(m) ? organization("không có " + m) : generatedCell((int) (m % cells));
                return Optional.of(ordinary(m, cell, generatedCell((int) ((m + 1) % cells)), "/members/" + m));
            }
        };
    }

    /** Organisation {@code n} of {@link #generated}: the province, then the wards, then the cells. */
    private static BulkRecord.Organization generatedOrganization(int n, int wards) {
        OrganizationId id;
        OrganizationFact.Founded founded;
        if (n == 0) {
            id = organization("tỉnh");
            founded = new OrganizationFact.Founded(
                    id, START, OrganizationKind.PROVINCIAL_COMMITTEE, "Tỉnh ủy", null, null, stamp(n, ""));
        } else if (n <= wards) {
            id = organization("phường " + (n - 1));
            founded = new OrganizationFact.Founded(
                    id,
                    START,
                    OrganizationKind.GRASSROOTS_COMMITTEE,
                    "Đảng bộ phường " + n,
                    organization("tỉnh"),
                    null,
                    stamp(n, ""));
        } else {
            int c = n - 1 - wards;
            id = generatedCell(c);
            founded = new OrganizationFact.Founded(
                    id,
                    START,
                    OrganizationKind.CELL,
                    "Chi bộ " + c,
                    organization("phường " + (c % wards)),
                    null,
                    stamp(n, ""));
        }
        return BulkRecord.Organization.of(id, List.of(founded), "/organizations/" + n);
    }

    static OrganizationId generatedCell(int c) {
        return organization("chi bộ " + c);
    }

    /**
     * Residence histories, meetings (one corrected), schedules and reviews (decided, with a
     * finding, of members and cells, a quarter beside a year) about {@link #province()}'s
     * organisations and members 1 to {@code members}.
     */
    static List<BulkRecord> everyOtherKind(int members) {
        List<BulkRecord> out = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            MemberId serving = member(1_000 + n);
            LocalDate on = LocalDate.of(2021, 2, 1 + n);
            Workplace workplace = n == 0 ? new Workplace("Sở Tài chính", OTHER_WARD) : Workplace.named(AWKWARD);
            out.add(BulkRecord.Residence.of(
                    serving,
                    List.of(
                            new ResidenceFact.Registered(
                                    serving,
                                    on,
                                    "Người " + n,
                                    n == 2 ? CELL_B : CELL_A,
                                    workplace,
                                    on,
                                    stamp(40 + n, "")),
                            new ResidenceFact.MeetingRecorded(
                                    serving, on.plusMonths(1), MeetingPresence.EXCUSED, AWKWARD, stamp(50 + n, ""))),
                    "/residences/" + n));
        }
        for (int n = 0; n < 2; n++) {
            MeetingId id = MeetingId.of(uuid("meeting:" + n));
            OrganizationId cell = n == 0 ? CELL_A : CELL_C;
            List<MeetingRecord> versions = new ArrayList<>();
            for (int v = 1; v <= n + 1; v++) {
                Meeting m = new Meeting(
                        id,
                        cell,
                        MeetingKind.REGULAR,
                        false,
                        LocalDate.of(2021, 3, 3),
                        LocalTime.of(19, 30, 0, 123_000),
                        LocalTime.of(21, 0),
                        null,
                        List.of("Nghị quyết tháng " + v, AWKWARD),
                        List.of(),
                        List.of(Attendance.present(member(3)), Attendance.present(member(4))),
                        member(3),
                        List.of());
                versions.add(new MeetingRecord(m, stamp(60 + v, v == 1 ? "biên bản" : "đính chính"), v));
            }
            out.add(BulkRecord.Meeting.of(id, versions, "/meetings/" + n));
        }
        for (int n = 0; n < 3; n++) {
            out.add(new BulkRecord.Schedule(
                    new MeetingSchedule(
                            n == 2 ? CELL_B : CELL_A,
                            MeetingKind.REGULAR,
                            3 + n,
                            HolidayShift.LATER,
                            DateRange.startingOn(START.plusYears(n))),
                    stamp(70 + n, "lịch"),
                    "/schedules/" + n));
        }
        EvaluationRegime regime = EvaluationRegimes.qd132hd21();
        Grade[] grades = {Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.COMPLETED, Grade.NOT_COMPLETED};
        Year year = Year.of(2021);
        for (int n = 1; n <= members; n++) {
            out.add(decided(EvaluationKey.of(member(n), year), grades[n % grades.length], regime, n == 3, n));
        }
        out.add(decided(EvaluationKey.of(member(4), year, ReviewPeriod.Q1), Grade.GOOD, regime, false, 4));
        List<OrganizationId> cells = List.of(CELL_A, CELL_B, CELL_C);
        for (int n = 0; n < cells.size(); n++) {
            out.add(decided(EvaluationKey.of(cells.get(n), year), grades[n], regime, false, 100 + n));
        }
        return out;
    }

    static BulkRecord.Evaluation decided(
            EvaluationKey key, Grade grade, EvaluationRegime regime, boolean withFinding, long n) {
        ImmutableList<Finding> findings = withFinding
                ? ImmutableList.of(Finding.of(
                        EvaluationRegime.DISCIPLINE,
                        Severity.INFO,
                        AWKWARD,
                        Label.of("Không bị kỷ luật", "Not disciplined"),
                        regime.sourceOf(EvaluationRegime.DISCIPLINE),
                        regime))
                : ImmutableList.of();
        return BulkRecord.Evaluation.of(
                key,
                List.of(
                        new EvaluationEntry.SelfAssessed(key, grade, stamp(200 + n, "tự kiểm điểm")),
                        new EvaluationEntry.Decided(
                                key, grade, null, true, PolicyRef.of(regime), findings, stamp(300 + n, "quyết định")),
                        new EvaluationEntry.Published(key, grade, stamp(400 + n, "công bố"))),
                "/evaluations/" + key);
    }

    /** A review decided without a grade, for {@code reason}: counted when it is a member's yearly review. */
    static BulkRecord.Evaluation notRated(EvaluationKey key, String reason, EvaluationRegime regime, long n) {
        return BulkRecord.Evaluation.of(
                key,
                List.of(new EvaluationEntry.Decided(
                        key,
                        null,
                        reason,
                        true,
                        PolicyRef.of(regime),
                        ImmutableList.of(),
                        stamp(300 + n, "quyết định"))),
                "/evaluations/" + key);
    }

    /** A review self-assessed and not yet decided: placed, never counted. */
    static BulkRecord.Evaluation undecided(EvaluationKey key, Grade grade, long n) {
        return BulkRecord.Evaluation.of(
                key,
                List.of(new EvaluationEntry.SelfAssessed(key, grade, stamp(200 + n, "tự kiểm điểm"))),
                "/evaluations/" + key);
    }
}

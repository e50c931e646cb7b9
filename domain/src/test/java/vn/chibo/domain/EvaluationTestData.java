package vn.chibo.domain;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.member.MemberCommand;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.member.TransferKind;
import vn.chibo.domain.member.dues.DuesEntry;
import vn.chibo.domain.member.residence.ResidenceCommand;
import vn.chibo.domain.member.residence.Workplace;
import vn.chibo.domain.memory.InMemoryMeetings;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.organization.ReorganizationKind;
import vn.chibo.domain.organization.Role;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.rule.PolicyRegistry;

/**
 * A {@link Chibo} at a fixed instant over in-memory stores holding Đảng bộ Phường 5 (founded
 * 1/1/2010) with Chi bộ Khu phố 3 and Chi bộ Khu phố 7; members are admitted as imported history of
 * 2010 (no membership policy judges them), so each test adds exactly the members it counts.
 * Disciplines, dues and meetings are written to the stores directly: the evaluation and oversight
 * rules, not the member and meeting rules, are under test.
 */
final class EvaluationTestData {
    static final Actor ADMIN = OrganizationTestData.ADMIN;
    static final Actor WARD_5 = Actor.forSubtree("van-phong-dang-uy-phuong-5", OrganizationTestData.PHUONG_5);
    static final OrganizationId PHUONG_5 = OrganizationTestData.PHUONG_5;
    static final OrganizationId KHU_PHO_3 = OrganizationTestData.KHU_PHO_3;
    static final OrganizationId KHU_PHO_7 = OrganizationTestData.KHU_PHO_7;
    static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);
    static final LocalDate ADMITTED = LocalDate.of(2010, 3, 15);
    static final Year Y2021 = Year.of(2021);

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    /** A second province, outside Quảng Trị's subtree, with Phường Hải Đình and its Khu phố 2. */
    static final OrganizationId OTHER_PROVINCE = OrganizationTestData.org(20);

    static final OrganizationId OTHER_WARD = OrganizationTestData.org(21);
    static final OrganizationId OTHER_CELL = OrganizationTestData.org(22);

    final InMemoryOrganizations organizations = new InMemoryOrganizations();
    final InMemoryMembers members = new InMemoryMembers(organizations);
    final InMemoryMeetings meetings = new InMemoryMeetings(organizations);
    final Chibo chibo;

    EvaluationTestData() {
        this(ChiboPolicies.central());
    }

    /** The same over {@code policies}, e.g. the central ones with a province's overlay. */
    EvaluationTestData(PolicyRegistry policies) {
        chibo = Chibo.builder()
                .clock(OrganizationTestData.CLOCK)
                .validator(VALIDATOR)
                .policies(policies)
                .organizations(organizations)
                .members(members)
                .meetings(meetings)
                .build();
        chibo.organizations()
                .execute(
                        ADMIN,
                        OrganizationTestData.reorganize(ReorganizationKind.FOUNDING, FOUNDED)
                                .found(
                                        OrganizationTestData.PROVINCE,
                                        OrganizationKind.PROVINCIAL_COMMITTEE,
                                        OrganizationTestData.PROVINCE_NAME,
                                        null)
                                .found(
                                        OrganizationTestData.DONG_HA,
                                        OrganizationKind.DISTRICT_COMMITTEE,
                                        OrganizationTestData.DONG_HA_NAME,
                                        OrganizationTestData.PROVINCE)
                                .found(
                                        PHUONG_5,
                                        OrganizationKind.GRASSROOTS_COMMITTEE,
                                        OrganizationTestData.PHUONG_5_NAME,
                                        OrganizationTestData.DONG_HA)
                                .found(KHU_PHO_3, OrganizationKind.CELL, OrganizationTestData.KHU_PHO_3_NAME, PHUONG_5)
                                .found(KHU_PHO_7, OrganizationKind.CELL, OrganizationTestData.KHU_PHO_7_NAME, PHUONG_5)
                                .build());
    }

    /** Founds a second province with one ward (grassroots committee) and one cell, on {@link #FOUNDED}. */
    EvaluationTestData otherProvince() {
        chibo.organizations()
                .execute(
                        ADMIN,
                        OrganizationTestData.reorganize(ReorganizationKind.FOUNDING, FOUNDED)
                                .found(
                                        OTHER_PROVINCE,
                                        OrganizationKind.PROVINCIAL_COMMITTEE,
                                        "Đảng bộ tỉnh Quảng Bình (giả định)",
                                        null)
                                .found(
                                        OTHER_WARD,
                                        OrganizationKind.GRASSROOTS_COMMITTEE,
                                        "Đảng bộ phường Hải Đình (giả định)",
                                        OTHER_PROVINCE)
                                .found(OTHER_CELL, OrganizationKind.CELL, "Chi bộ Khu phố 2 (giả định)", OTHER_WARD)
                                .build());
        return this;
    }

    /** {@code name} takes a seat of {@code organization}'s committee in {@code role} from {@code from}, open-ended. */
    EvaluationTestData seat(OrganizationId organization, Role role, String name, LocalDate from) {
        chibo.organizations()
                .execute(
                        ADMIN,
                        OrganizationTestData.seat(organization, role)
                                .member(id(name))
                                .from(from)
                                .build());
        return this;
    }

    /** A term of {@code organization} opened by its congress {@code congress} on {@code held}, planned to end in {@code plannedEnd}. */
    EvaluationTestData term(OrganizationId organization, int congress, LocalDate held, int plannedEnd) {
        chibo.organizations().execute(ADMIN, OrganizationTestData.openTerm(organization, congress, held, plannedEnd));
        return this;
    }

    /** {@code name} admitted to {@code cell} with a ceremony on {@code ceremony}, written to the store as facts. */
    EvaluationTestData admittedOn(OrganizationId cell, String name, LocalDate ceremony) {
        MemberId m = id(name);
        LocalDate decided = ceremony.minusDays(14);
        List<MemberFact> facts = List.of(
                new MemberFact.ProfileRecorded(
                        m, decided, MemberProfile.of(name, LocalDate.of(1995, 5, 19), Sex.FEMALE), stamp()),
                new MemberFact.AdmissionDecided(
                        m, decided, cell, decided, "QĐ kết nạp (giả định)", List.of(), false, stamp()),
                new MemberFact.CeremonyHeld(m, ceremony, cell, stamp()));
        members.append(ADMIN, MemberAppend.of(java.util.Map.of(m, 0L), facts));
        return this;
    }

    /** {@code name}, a serving member working elsewhere, registered with {@code cell} from {@code registered}. */
    EvaluationTestData residing(OrganizationId cell, String name, LocalDate registered) {
        chibo.residences()
                .execute(
                        ADMIN,
                        new ResidenceCommand.Register(
                                id("residing:" + name),
                                name,
                                cell,
                                Workplace.named("Đảng ủy Sở Tài chính (giả định)"),
                                registered.minusDays(5),
                                registered,
                                null,
                                "giấy giới thiệu"));
        return this;
    }

    /** {@code name} temporarily attached to {@code host} from {@code from} until {@code until} (exclusive). */
    EvaluationTestData temporarilyIn(
            String name, OrganizationId home, OrganizationId host, LocalDate from, LocalDate until) {
        append(new MemberFact.Transferred(
                id(name),
                from,
                TransferKind.TEMPORARY,
                home,
                host,
                until,
                from.minusDays(10),
                from.minusDays(5),
                false,
                stamp()));
        return this;
    }

    /** A discipline of {@code form} of {@code name} on {@code on}. */
    EvaluationTestData disciplined(String name, LocalDate on, MemberDiscipline form, boolean selfDetectedAndFixed) {
        append(new MemberFact.Disciplined(
                id(name),
                on,
                form,
                "Ủy ban kiểm tra Đảng ủy Phường 5",
                "vi phạm (giả định)",
                selfDetectedAndFixed,
                stamp()));
        return this;
    }

    static MemberId id(String name) {
        return MemberId.of(UUID.nameUUIDFromBytes(("member:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    static Recorded stamp() {
        return new Recorded(OrganizationTestData.NOW, ADMIN.id(), "dữ liệu thử");
    }

    /** Full members of {@code cell}, admitted in 2010 and recognised in 2011. */
    EvaluationTestData fullIn(OrganizationId cell, String... names) {
        List<MemberCommand> commands = new ArrayList<>();
        for (String name : names) {
            commands.add(new MemberCommand.Admit(
                    id(name),
                    MemberProfile.of(name, LocalDate.of(1975, 5, 19), Sex.MALE),
                    cell,
                    ADMITTED.minusDays(14),
                    ADMITTED,
                    "QĐ 10-QĐ/ĐU (nhập dữ liệu cũ)",
                    List.of(),
                    ADMITTED.minusMonths(6),
                    9,
                    9,
                    null,
                    false,
                    ADMITTED.plusDays(14),
                    "nhập dữ liệu cũ"));
            commands.add(new MemberCommand.Recognize(
                    id(name), ADMITTED.plusDays(14).plusMonths(12), 9, 9, "nhập dữ liệu cũ"));
        }
        chibo.members().executeAll(ADMIN, commands);
        return this;
    }

    /** A condition of {@code kind} of {@code name} from {@code from}, open-ended. */
    EvaluationTestData condition(String name, vn.chibo.domain.member.ConditionKind kind, LocalDate from) {
        append(vn.chibo.domain.member.MemberTestData.conditionFact(id(name), kind, from, null));
        return this;
    }

    /** {@code name} moved for good from {@code home} to {@code cell} on {@code on}. */
    EvaluationTestData transferred(String name, OrganizationId home, OrganizationId cell, LocalDate on) {
        append(new MemberFact.Transferred(
                id(name),
                on,
                TransferKind.PERMANENT,
                home,
                cell,
                null,
                on.minusDays(10),
                on.minusDays(5),
                false,
                stamp()));
        return this;
    }

    /** {@code name} died: no longer a member from {@code effective}. */
    EvaluationTestData died(String name, LocalDate effective) {
        append(new MemberFact.Died(id(name), effective, stamp()));
        return this;
    }

    /** A reprimand of {@code name} on {@code on}. */
    EvaluationTestData reprimanded(String name, LocalDate on, boolean selfDetectedAndFixed) {
        append(new MemberFact.Disciplined(
                id(name),
                on,
                MemberDiscipline.REPRIMAND,
                "Ủy ban kiểm tra Đảng ủy Phường 5",
                "vi phạm quy định nêu gương",
                selfDetectedAndFixed,
                stamp()));
        return this;
    }

    /** Dues of {@code name}: {@code month} owed 10.000 đ, paid or not. */
    EvaluationTestData dues(String name, YearMonth month, boolean paid) {
        DuesEntry entry = paid
                ? DuesEntry.paid(
                        month, 10_000, 10_000, month.atDay(10), vn.chibo.domain.member.dues.PaymentChannel.CELL)
                : DuesEntry.unpaid(month, 10_000);
        append(new MemberFact.DuesRecorded(id(name), month.atDay(1), entry, stamp()));
        return this;
    }

    private void append(MemberFact fact) {
        long version = members.find(ADMIN, fact.member()).orElseThrow().version();
        members.append(ADMIN, MemberAppend.of(java.util.Map.of(fact.member(), version), List.of(fact)));
    }

    /** A regular meeting of {@code cell} on the 25th of {@code month} with {@code attendance}. */
    EvaluationTestData meeting(OrganizationId cell, YearMonth month, Attendance... attendance) {
        LocalDate date = month.atDay(25);
        MeetingId mid =
                MeetingId.of(UUID.nameUUIDFromBytes(("meeting:" + cell + date).getBytes(StandardCharsets.UTF_8)));
        meetings.record(
                ADMIN,
                new Meeting(
                        mid,
                        cell,
                        MeetingKind.REGULAR,
                        false,
                        date,
                        LocalTime.of(19, 0),
                        LocalTime.of(21, 0),
                        null,
                        List.of("Sinh hoạt thường kỳ"),
                        List.of(),
                        List.of(attendance),
                        null,
                        List.of()),
                stamp(),
                0);
        return this;
    }

    /** Proposes {@code grade} for {@code name} in {@code year} and decides it. */
    EvaluationTestData decided(String name, Year year, Grade grade) {
        chibo.evaluations().propose(ADMIN, MemberReview.proposed(id(name), year, grade), "nghị quyết chi bộ");
        chibo.evaluations().decide(ADMIN, id(name), year, "QĐ của Đảng ủy");
        return this;
    }

    static EvaluationKey key(String name, Year year) {
        return EvaluationKey.of(id(name), year);
    }
}

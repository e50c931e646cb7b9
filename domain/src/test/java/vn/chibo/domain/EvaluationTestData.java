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
import vn.chibo.domain.member.dues.DuesEntry;
import vn.chibo.domain.memory.InMemoryMeetings;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.organization.ReorganizationKind;
import vn.chibo.domain.port.MemberAppend;

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

    final InMemoryOrganizations organizations = new InMemoryOrganizations();
    final InMemoryMembers members = new InMemoryMembers(organizations);
    final InMemoryMeetings meetings = new InMemoryMeetings(organizations);
    final Chibo chibo = Chibo.builder()
            .clock(OrganizationTestData.CLOCK)
            .validator(VALIDATOR)
            .organizations(organizations)
            .members(members)
            .meetings(meetings)
            .build();

    EvaluationTestData() {
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

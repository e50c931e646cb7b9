package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;
import static vn.chibo.testkit.data.OrganizationTestData.id;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.meeting.AttendanceStatus;
import vn.chibo.domain.meeting.Ballot;
import vn.chibo.domain.meeting.Guest;
import vn.chibo.domain.meeting.GuestRole;
import vn.chibo.domain.meeting.HolidayShift;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.meeting.MeetingPlanner;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.meeting.Resolution;
import vn.chibo.domain.meeting.ResolutionKind;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberCommand;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberPlanner;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.RemovalGround;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.member.residence.CommentChannel;
import vn.chibo.domain.member.residence.CommentVerdict;
import vn.chibo.domain.member.residence.EndReason;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.member.residence.Workplace;
import vn.chibo.domain.organization.OrganizationCommand;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationPlanner;
import vn.chibo.domain.organization.ReorganizationKind;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;
import vn.chibo.testkit.data.ResidenceTestData;

/**
 * Bad input on H2 and PostgreSQL: duplicate identities, references to organisations or members
 * that are not stored, data that breaks a domain rule, text longer than its column, times finer
 * than their column. Each is refused with an error naming the record and the field (an {@link
 * InvalidInputException} whose violations' paths do, or a {@link ConcurrentUpdateException} naming
 * the aggregate for an identity already taken), and no table gains or loses a row.
 *
 * <p>Through the {@link Chibo} services the domain refuses most of it before the storage is asked;
 * what the domain does not check (an actor's id longer than {@code recorded_by}) the storage still
 * refuses before writing. Straight through the ports, the storage refuses everything it cannot
 * keep exactly, whoever calls.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(
        value = Kind.class,
        names = {"H2_MEMORY", "POSTGRESQL"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {
    private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);
    private static final LocalDate MARCH_25 = TestMeetings.MARCH_25;
    private static final OrganizationId P5 = id("Phường 5");
    private static final OrganizationId KP3 = id("Khu phố 3");
    private static final OrganizationId NOWHERE = id("Khu phố không có");
    private static final MemberId AN = MemberTestData.id("An");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T03:00:00Z"), ZoneOffset.UTC);

    private final ReusedStorage storage = new ReusedStorage();

    @Parameter
    @Nullable
    Kind kind;

    @TempDir
    Path dir;

    private @Nullable Chibo chibo;

    @BeforeEach
    void storeATreeAMemberAndAResident() {
        storage.freshOrganizations(Objects.requireNonNull(kind, "kind"), dir);
        List<OrganizationFact> tree = List.of(
                founded("Tỉnh", OrganizationKind.PROVINCIAL_COMMITTEE, null, Y2000),
                founded("Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, "Tỉnh", Y2000),
                founded("Khu phố 3", OrganizationKind.CELL, "Phường 5", Y2000));
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        tree.forEach(f -> versions.put(f.organization(), 0L));
        jdbc().organizations().append(ADMIN, OrganizationAppend.of(versions, tree));
        jdbc().members()
                .append(
                        ADMIN,
                        MemberAppend.of(
                                Map.of(AN, 0L),
                                MemberTestData.admittedAndRecognized("An", KP3, LocalDate.of(2010, 3, 1))));
        jdbc().residenceLiaisons()
                .append(
                        ADMIN,
                        ResidenceLiaisonAppend.of(
                                Map.of(ResidenceTestData.id("Cường"), 0L),
                                List.of(ResidenceTestData.registered("Cường", KP3, LocalDate.of(2021, 3, 1)))));
        jdbc().meetings().record(ADMIN, meeting(MeetingId.random(), KP3), OrganizationTestData.recorded(), 0);
    }

    @AfterParameterizedClassInvocation
    void closeDatabase() throws Exception {
        chibo = null;
        storage.close();
    }

    private JdbcChibo jdbc() {
        return storage.storage();
    }

    private Chibo chibo() {
        Chibo built = chibo;
        if (built == null) {
            built = jdbc().configure(Chibo.builder().clock(CLOCK)).build();
            chibo = built;
        }
        return built;
    }

    // ------------------------------------------------------------------ through the services

    @Test
    void foundingAnOrganisationThatExistsIsRefusedByTheDomainNamingTheStep() {
        InvalidInputException e = refused(() -> chibo().organizations()
                .execute(
                        ADMIN, reorganize(new OrganizationCommand.Found(KP3, OrganizationKind.CELL, "Khu phố 3", P5))));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("steps[0].organization", OrganizationPlanner.DUPLICATE_ID));
    }

    @Test
    void admittingTheSameMemberTwiceInOneUnitOfWorkIsRefusedNamingTheSecondCommand() {
        MemberId binh = MemberTestData.id("Bình");

        InvalidInputException e =
                refused(() -> chibo().members().executeAll(ADMIN, List.of(admit(binh, KP3), admit(binh, KP3))));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("commands[1].member", MemberPlanner.DUPLICATE));
    }

    @Test
    void admittingToACellThatDoesNotExistIsRefusedNamingTheCell() {
        InvalidInputException e =
                refused(() -> chibo().members().execute(ADMIN, admit(MemberTestData.id("Bình"), NOWHERE)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("cell", MemberPlanner.CELL));
    }

    @Test
    void aMeetingOfAnOrganisationThatDoesNotExistIsRefusedNamingTheOrganisation() {
        InvalidInputException e =
                refused(() -> chibo().meetings().record(ADMIN, meeting(MeetingId.random(), NOWHERE), "biên bản"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("organization", MeetingPlanner.ORGANIZATION));
    }

    @Test
    void aMeetingThatEndsBeforeItStartsBreaksADomainRuleAndIsRefusedNamingTheEnd() {
        Meeting backwards = with(meeting(MeetingId.random(), KP3), LocalTime.of(21, 0), LocalTime.of(19, 0));

        InvalidInputException e = refused(() -> chibo().meetings().record(ADMIN, backwards, "biên bản"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .contains(tuple("end", MeetingPlanner.TIMES));
    }

    @Test
    void aNameLongerThanTheDomainAllowsIsRefusedByTheValidatorNamingTheField() {
        InvalidInputException e = refused(() -> chibo().organizations()
                .execute(
                        ADMIN,
                        reorganize(new OrganizationCommand.Found(
                                id("Khu phố 4"), OrganizationKind.CELL, "K".repeat(201), P5))));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("steps[0].name", "validation:Size"));
    }

    @Test
    void anActorIdLongerThanItsColumnIsRefusedByTheStorageBeforeAnythingIsWritten() {
        Actor verbose = Actor.wholeParty("a".repeat(201));

        InvalidInputException e = refused(() -> chibo().organizations()
                .execute(
                        verbose,
                        reorganize(new OrganizationCommand.Found(
                                id("Khu phố 4"), OrganizationKind.CELL, "Khu phố 4", P5))));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("facts[0].recorded.actor", InputChecks.TOO_LONG));
        assertThat(e.violations().get(0).message())
                .contains("organization_fact.recorded_by")
                .contains("201 characters")
                .contains("200");
        assertThat(e.violations().get(0).messageVi()).contains("200 ký tự");
    }

    // ------------------------------------------------------------------ text longer than its column

    @Test
    void organisationTextLongerThanItsColumnIsRefusedNamingEveryFactAndField() {
        OrganizationAppend append = OrganizationAppend.of(
                Map.of(id("Khu phố 4"), 0L, KP3, 1L),
                List.of(
                        new OrganizationFact.Founded(
                                id("Khu phố 4"), Y2000, OrganizationKind.CELL, "N".repeat(201), P5, null, stamp()),
                        new OrganizationFact.DisciplineImposed(
                                KP3,
                                Y2000.plusYears(1),
                                vn.chibo.domain.organization.OrganizationDiscipline.REPRIMAND,
                                "Đảng ủy phường",
                                "V".repeat(1001),
                                stamp())));

        InvalidInputException e = refused(() -> jdbc().organizations().append(ADMIN, append));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        tuple("facts[0].name", InputChecks.TOO_LONG),
                        tuple("facts[1].violation", InputChecks.TOO_LONG));
        assertThat(e.violations().get(0).message()).contains("organization_fact.name");
        assertThat(e.violations().get(0).rejectedValue()).startsWith("NNNN").contains("(201 characters)");
    }

    @Test
    void memberTextLongerThanItsColumnIsRefusedAndASensitiveValueIsMasked() {
        long version = jdbc().members().find(ADMIN, AN).orElseThrow().version();
        String note = "bệnh án " + "0".repeat(1000);
        List<MemberFact> facts = List.of(
                new MemberFact.ConditionBegan(
                        AN, Y2000.plusYears(20), UUID.randomUUID(), ConditionKind.SICK_LEAVE, null, note, stamp()),
                new MemberFact.Removed(
                        AN, Y2000.plusYears(21), RemovalGround.ABSENCE_OR_DUES, "Q".repeat(1001), stamp()));

        InvalidInputException e =
                refused(() -> jdbc().members().append(ADMIN, MemberAppend.of(Map.of(AN, version), facts)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(
                        tuple("facts[0].note", InputChecks.TOO_LONG, "***"),
                        tuple("facts[1].decidedBy", InputChecks.TOO_LONG, "Q".repeat(40) + "… (1001 characters)"));
        assertThat(e.getMessage()).doesNotContain("bệnh án");
    }

    @Test
    void meetingTextLongerThanItsColumnsIsRefusedNamingEveryItem() {
        Meeting m = new Meeting(
                MeetingId.random(),
                KP3,
                MeetingKind.REGULAR,
                false,
                MARCH_25,
                LocalTime.of(19, 0),
                LocalTime.of(21, 0),
                null,
                List.of("ổn", "A".repeat(501)),
                List.of(new Guest("G".repeat(201), GuestRole.OTHER)),
                List.of(new Attendance(AN, AttendanceStatus.EXCUSED, "R".repeat(501), true, true)),
                null,
                List.of(new Resolution(
                        "T".repeat(501), ResolutionKind.ORDINARY, null, new Ballot.Secret(1, 1, 0, 0, 0))));
        Recorded stamp = new Recorded(Instant.parse("2024-03-26T00:00:00Z"), "c".repeat(201), "biên bản");

        InvalidInputException e = refused(() -> jdbc().meetings().record(ADMIN, m, stamp, 0));

        assertThat(e.violations())
                .extracting(Violation::path)
                .containsExactly(
                        "recorded.actor",
                        "meeting.agenda[1]",
                        "meeting.guests[0].name",
                        "meeting.attendance[0].reason",
                        "meeting.resolutions[0].title");
        assertThat(e.getMessage()).startsWith("Meeting " + m.id());
    }

    @Test
    void residenceTextLongerThanItsColumnsIsRefusedNamingEveryFactAndField() {
        MemberId dung = ResidenceTestData.id("Dũng");
        List<ResidenceFact> facts = List.of(
                new ResidenceFact.Registered(
                        dung,
                        LocalDate.of(2021, 3, 1),
                        "D".repeat(201),
                        KP3,
                        Workplace.named("W".repeat(Workplace.MAX_NAME_LENGTH + 1)),
                        LocalDate.of(2021, 2, 1),
                        stamp()),
                comment(dung, "C".repeat(4001)));

        InvalidInputException e = refused(() ->
                jdbc().residenceLiaisons().append(ADMIN, ResidenceLiaisonAppend.of(Map.of(dung, 0L), facts)));

        assertThat(e.violations())
                .extracting(Violation::path)
                .containsExactly("facts[0].fullName", "facts[0].workplace.name", "facts[1].text");
        assertThat(e.violations().get(2).message())
                .contains("residence_fact.comment_text")
                .contains("4000");
    }

    @Test
    void reviewTextLongerThanItsColumnsIsRefusedNamingEveryEntryFindingAndField() {
        EvaluationKey key = EvaluationKey.of(AN, Year.of(2021));
        EvaluationRegime regime = EvaluationRegimes.qd132hd21();
        Finding finding = Finding.of(
                EvaluationRegime.DISCIPLINE,
                Severity.INFO,
                "S".repeat(1001),
                Label.of("Không bị kỷ luật", "Not disciplined"),
                regime.sourceOf(EvaluationRegime.DISCIPLINE),
                regime);
        List<EvaluationEntry> entries = List.of(
                new EvaluationEntry.Decided(
                        key, null, "R".repeat(101), true, PolicyRef.of(regime), ImmutableList.of(finding), stamp()),
                new EvaluationEntry.Published(key, Grade.GOOD, new Recorded(stamp().at(), "a".repeat(201), "công bố")));

        InvalidInputException e =
                refused(() -> jdbc().evaluations().append(ADMIN, EvaluationAppend.of(Map.of(key, 0L), entries)));

        assertThat(e.violations())
                .extracting(Violation::path)
                .containsExactly(
                        "entries[0].notRatedReason", "entries[0].findings[0].subject", "entries[1].recorded.actor");
        assertThat(e.violations().get(1).message())
                .contains("evaluation_finding.subject")
                .contains("1000");
        assertThat(e.getMessage()).startsWith("Review entries");
        assertThat(jdbc().evaluations().find(ADMIN, key)).isEmpty();
    }

    @Test
    void aScheduleRecordedByAnActorIdLongerThanItsColumnIsRefused() {
        MeetingSchedule schedule = new MeetingSchedule(
                KP3, MeetingKind.REGULAR, 25, HolidayShift.LATER, DateRange.startingOn(LocalDate.of(2024, 1, 1)));
        Recorded stamp = new Recorded(Instant.parse("2024-01-02T00:00:00Z"), "c".repeat(201), "nghị quyết");

        InvalidInputException e = refused(() -> jdbc().meetings().addSchedule(ADMIN, schedule, stamp));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("recorded.actor");
    }

    @Test
    void textAsLongAsItsColumnIsKeptExactly() {
        String name = "Chi bộ " + "x".repeat(200 - "Chi bộ ".length());
        jdbc().organizations()
                .append(
                        ADMIN,
                        OrganizationAppend.of(
                                Map.of(id("Khu phố 4"), 0L),
                                List.of(new OrganizationFact.Founded(
                                        id("Khu phố 4"), Y2000, OrganizationKind.CELL, name, P5, null, stamp()))));
        Meeting m = new Meeting(
                MeetingId.random(),
                KP3,
                MeetingKind.REGULAR,
                false,
                MARCH_25,
                LocalTime.of(19, 0, 0, 1000),
                LocalTime.of(21, 0),
                null,
                List.of("ổ".repeat(500)),
                List.of(new Guest("G".repeat(200), GuestRole.OTHER)),
                List.of(new Attendance(AN, AttendanceStatus.EXCUSED, "R".repeat(500), true, true)),
                null,
                List.of());
        Recorded stamp =
                new Recorded(Instant.parse("2024-03-26T00:00:00.123456789Z"), "c".repeat(200), "r".repeat(1000));
        jdbc().meetings().record(ADMIN, m, stamp, 0);
        MemberId dung = ResidenceTestData.id("Dũng");
        ResidenceFact.CommentGiven comment = comment(dung, "ý".repeat(4000));
        jdbc().residenceLiaisons()
                .append(
                        ADMIN,
                        ResidenceLiaisonAppend.of(
                                Map.of(dung, 0L),
                                List.of(ResidenceTestData.registered("Dũng", KP3, LocalDate.of(2021, 3, 1)), comment)));

        assertThat(jdbc().organizations()
                        .find(ADMIN, id("Khu phố 4"))
                        .orElseThrow()
                        .states()
                        .get(0)
                        .name())
                .isEqualTo(name);
        assertThat(jdbc().meetings().find(ADMIN, m.id()).orElseThrow().meeting())
                .isEqualTo(m);
        assertThat(jdbc().meetings().find(ADMIN, m.id()).orElseThrow().recorded())
                .isEqualTo(stamp);
        assertThat(jdbc().residenceLiaisons().find(ADMIN, dung).orElseThrow().comments())
                .containsExactly(comment);
    }

    @Test
    void aTimeFinerThanTheMicrosecondIsRefusedNamingTheField() {
        Meeting m = with(meeting(MeetingId.random(), KP3), LocalTime.of(19, 0, 0, 1), LocalTime.of(21, 0));

        InvalidInputException e = refused(() -> jdbc().meetings().record(ADMIN, m, stamp(), 0));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("meeting.start", InputChecks.PRECISION));
    }

    // ------------------------------------------------------------------ references to what is not stored

    @Test
    void anOrganisationUnderAParentThatIsNotStoredIsRefusedNamingTheParent() {
        OrganizationAppend append = OrganizationAppend.of(
                Map.of(id("Khu phố 4"), 0L, id("Khu phố 5"), 0L),
                List.of(
                        founded("Khu phố 4", OrganizationKind.CELL, "Phường không có", Y2000),
                        founded("Khu phố 5", OrganizationKind.CELL, "Khu phố 4", Y2000)));

        InvalidInputException e = refused(() -> jdbc().organizations().append(ADMIN, append));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(
                        tuple("facts[0].parent", InputChecks.UNKNOWN, "organisation " + id("Phường không có")));
    }

    @Test
    void aFactOnAnOrganisationNeverFoundedIsRefusedNamingIt() {
        OrganizationAppend append = OrganizationAppend.of(
                Map.of(NOWHERE, 0L), List.of(new OrganizationFact.Renamed(NOWHERE, Y2000, "Tên", null, stamp())));

        InvalidInputException e = refused(() -> jdbc().organizations().append(ADMIN, append));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("facts[0].organization", InputChecks.UNKNOWN));
    }

    @Test
    void anAdmissionToACellThatIsNotStoredIsRefusedNamingEveryFactOnIt() {
        MemberId binh = MemberTestData.id("Bình");
        List<MemberFact> facts = MemberTestData.admittedAndRecognized("Bình", NOWHERE, Y2000.plusYears(12));

        InvalidInputException e =
                refused(() -> jdbc().members().append(ADMIN, MemberAppend.of(Map.of(binh, 0L), facts)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        tuple("facts[1].cell", InputChecks.UNKNOWN), tuple("facts[2].cell", InputChecks.UNKNOWN));
    }

    @Test
    void aFactOnAMemberNeverAdmittedIsRefusedNamingTheMember() {
        MemberId ghost = MemberTestData.id("Không có");
        MemberFact fact = new MemberFact.Died(ghost, Y2000.plusYears(20), stamp());

        InvalidInputException e =
                refused(() -> jdbc().members().append(ADMIN, MemberAppend.of(Map.of(ghost, 0L), List.of(fact))));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("facts[0].member", InputChecks.UNKNOWN, "member " + ghost));
    }

    @Test
    void aTransferToACellThatIsNotStoredIsRefusedNamingTheField() {
        long version = jdbc().members().find(ADMIN, AN).orElseThrow().version();
        MemberFact away = MemberTestData.transferred("An", KP3, NOWHERE, Y2000.plusYears(22));

        InvalidInputException e =
                refused(() -> jdbc().members().append(ADMIN, MemberAppend.of(Map.of(AN, version), List.of(away))));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("facts[0].to", InputChecks.UNKNOWN));
    }

    @Test
    void aMeetingOrScheduleOfAnOrganisationThatIsNotStoredIsRefusedNamingIt() {
        InvalidInputException meeting =
                refused(() -> jdbc().meetings().record(ADMIN, meeting(MeetingId.random(), NOWHERE), stamp(), 0));
        InvalidInputException schedule = refused(() -> jdbc().meetings()
                .addSchedule(
                        ADMIN,
                        new MeetingSchedule(
                                NOWHERE, MeetingKind.REGULAR, 25, HolidayShift.KEEP, DateRange.startingOn(Y2000)),
                        stamp()));

        assertThat(meeting.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("meeting.organization", InputChecks.UNKNOWN));
        assertThat(schedule.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("schedule.organization", InputChecks.UNKNOWN));
    }

    @Test
    void aResidenceWithACellOrWorkplaceThatIsNotStoredOrAFactOnNoRegistrationIsRefusedNamingEach() {
        MemberId dung = ResidenceTestData.id("Dũng");
        MemberId ghost = ResidenceTestData.id("Không có");
        ResidenceLiaisonAppend append = ResidenceLiaisonAppend.of(
                Map.of(dung, 0L, ghost, 0L),
                List.of(
                        new ResidenceFact.Registered(
                                dung,
                                LocalDate.of(2021, 3, 1),
                                "Dũng",
                                NOWHERE,
                                new Workplace("Đảng ủy không có", id("Đảng ủy không có")),
                                LocalDate.of(2021, 2, 1),
                                stamp()),
                        ResidenceTestData.ended("Không có", LocalDate.of(2022, 1, 1), EndReason.MOVED_AWAY)));

        InvalidInputException e = refused(() -> jdbc().residenceLiaisons().append(ADMIN, append));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        tuple("facts[0].residentialCell", InputChecks.UNKNOWN),
                        tuple("facts[0].workplace.organization", InputChecks.UNKNOWN),
                        tuple("facts[1].member", InputChecks.UNKNOWN));
    }

    // ------------------------------------------------------------------ identities already taken

    @Test
    void foundingAnOrganisationThatIsStoredAsANewOneLosesNamingIt() {
        OrganizationAppend again = OrganizationAppend.of(
                Map.of(KP3, 0L), List.of(founded("Khu phố 3", OrganizationKind.CELL, "Phường 5", Y2000)));

        ConcurrentUpdateException e = refused(
                ConcurrentUpdateException.class, () -> jdbc().organizations().append(ADMIN, again));

        assertThat(e).hasMessage("Concurrent update of organisation " + KP3 + ": expected version 0, found 1");
    }

    @Test
    void admittingAMemberWhoIsStoredAsANewOneLosesNamingIt() {
        MemberAppend again = MemberAppend.of(
                Map.of(AN, 0L), MemberTestData.admittedAndRecognized("An", KP3, LocalDate.of(2012, 3, 1)));

        ConcurrentUpdateException e =
                refused(ConcurrentUpdateException.class, () -> jdbc().members().append(ADMIN, again));

        assertThat(e).hasMessage("Concurrent update of member " + AN + ": expected version 0, found 4");
    }

    @Test
    void recordingAMeetingIdThatIsStoredAsANewMeetingLosesNamingIt() {
        Meeting m = meeting(MeetingId.random(), KP3);
        jdbc().meetings().record(ADMIN, m, stamp(), 0);

        ConcurrentUpdateException e =
                refused(ConcurrentUpdateException.class, () -> jdbc().meetings().record(ADMIN, m, stamp(), 0));

        assertThat(e).hasMessage("Concurrent update of meeting " + m.id() + ": expected version 0, found 1");
    }

    @Test
    void registeringAResidentWhoIsStoredAsANewOneLosesNamingIt() {
        MemberId cuong = ResidenceTestData.id("Cường");
        ResidenceLiaisonAppend again = ResidenceLiaisonAppend.of(
                Map.of(cuong, 0L), List.of(ResidenceTestData.registered("Cường", KP3, LocalDate.of(2022, 3, 1))));

        ConcurrentUpdateException e = refused(
                ConcurrentUpdateException.class,
                () -> jdbc().residenceLiaisons().append(ADMIN, again));

        assertThat(e)
                .hasMessage(
                        "Concurrent update of residence liaison of member " + cuong + ": expected version 0, found 1");
    }

    // ------------------------------------------------------------------ helpers

    /** Runs {@code call}, which must throw an {@link InvalidInputException}, and checks no table changed. */
    private InvalidInputException refused(ThrowingCallable call) {
        return refused(InvalidInputException.class, call);
    }

    /** Runs {@code call}, which must throw a {@code type}, and checks that no table gained or lost a row. */
    private <T extends Throwable> T refused(Class<T> type, ThrowingCallable call) {
        Map<String, Long> before = storage.rowCounts();
        T thrown = catchThrowableOfType(type, call);
        assertThat(thrown).as("the %s thrown", type.getSimpleName()).isNotNull();
        assertThat(storage.rowCounts()).as("rows after the refusal").isEqualTo(before);
        return thrown;
    }

    private static Recorded stamp() {
        return OrganizationTestData.recorded();
    }

    private static OrganizationCommand.Reorganize reorganize(OrganizationCommand.Step step) {
        return new OrganizationCommand.Reorganize(
                UUID.randomUUID(),
                ReorganizationKind.FOUNDING,
                LocalDate.of(2025, 1, 1),
                "QĐ 1-QĐ/ĐU",
                "lập",
                List.of(step));
    }

    /** An imported admission of 2010 to {@code cell}, ceremony two weeks later. */
    private static MemberCommand.Admit admit(MemberId member, OrganizationId cell) {
        LocalDate decided = LocalDate.of(2010, 3, 15);
        return new MemberCommand.Admit(
                member,
                MemberProfile.of("Bình", LocalDate.of(1975, 5, 19), Sex.MALE),
                cell,
                decided.minusDays(14),
                decided,
                "QĐ 10-QĐ/ĐU (nhập dữ liệu cũ)",
                List.of(),
                decided.minusMonths(6),
                9,
                9,
                null,
                false,
                decided.plusDays(14),
                "nhập dữ liệu cũ");
    }

    /** A regular meeting of {@code organization} on 25/3/2024, 19:00 to 21:00, An present. */
    private static Meeting meeting(MeetingId id, OrganizationId organization) {
        return TestMeetings.regular(id, organization, List.of("Thông báo thời sự"));
    }

    /** {@code m} held from {@code start} to {@code end}. */
    private static Meeting with(Meeting m, LocalTime start, LocalTime end) {
        return new Meeting(
                m.id(),
                m.organization(),
                m.kind(),
                m.alsoThematic(),
                m.date(),
                start,
                end,
                m.materialsPublished(),
                m.agenda(),
                m.guests(),
                m.attendance(),
                m.minutesSecretary(),
                m.resolutions());
    }

    /** The comment of Khu phố 3 on 2023 about {@code member}, with {@code text}. */
    private static ResidenceFact.CommentGiven comment(MemberId member, String text) {
        return new ResidenceFact.CommentGiven(
                member,
                LocalDate.of(2023, 11, 10),
                Year.of(2023),
                KP3,
                "Ban công tác Mặt trận khu phố 3",
                text,
                CommentVerdict.FULFILS,
                LocalDate.of(2023, 10, 2),
                CommentChannel.PAPER,
                stamp());
    }
}

package vn.chibo.domain.member;

import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.DONG_HA;
import static vn.chibo.domain.organization.OrganizationTestData.DONG_HA_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.PROVINCE;
import static vn.chibo.domain.organization.OrganizationTestData.PROVINCE_NAME;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.MemberService;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.organization.ReorganizationKind;

/**
 * Test data for the member area, with defaults so that each test states only what matters to it.
 *
 * <p>{@link #world()} is a {@link Chibo} at the fixed instant {@link #NOW} over in-memory stores
 * holding the organisation tree of {@link OrganizationTestData} (Quảng Trị &gt; Đông Hà &gt; Phường
 * 5 &gt; Khu phố 3 and Khu phố 7), founded early ({@link #TREE_FOUNDED}) so that old admissions can
 * be recorded, plus Chi bộ Khu phố 9, dissolved on {@link #KHU_PHO_9_DISSOLVED}. Two full members of
 * Khu phố 7, {@link #SPONSOR_A} and {@link #SPONSOR_B}, admitted in 2005 (before any membership
 * policy) and recognised in 2006, sponsor every candidate by default.
 *
 * <p>{@link #admit(MemberId)} builds an admission that passes every rule: a candidate of 33 in
 * 2024, two sponsors who worked with the candidate for two years, a certificate six months old, 3
 * votes of 3, the ceremony two weeks after the decision.
 */
public final class MemberTestData {
    /** The instant every fact is recorded at unless a test says otherwise. */
    public static final Instant NOW = OrganizationTestData.NOW;

    /** The founding day of the test tree: early enough for the admissions of the 1950s. */
    public static final LocalDate TREE_FOUNDED = LocalDate.of(1950, 1, 1);

    /** A cell of Phường 5 that is dissolved on {@link #KHU_PHO_9_DISSOLVED}. */
    public static final OrganizationId KHU_PHO_9 = OrganizationTestData.org(9);

    public static final String KHU_PHO_9_NAME = "Chi bộ Khu phố 9";

    /** The first day Khu phố 9 no longer exists. */
    public static final LocalDate KHU_PHO_9_DISSOLVED = LocalDate.of(2024, 1, 1);

    /** A full member of Khu phố 7 since 15/3/2006. */
    public static final MemberId SPONSOR_A = OrganizationTestData.member(901);

    /** A full member of Khu phố 7 since 15/3/2006. */
    public static final MemberId SPONSOR_B = OrganizationTestData.member(902);

    public static final String SPONSOR_A_NAME = "Lê Văn Sáu";
    public static final String SPONSOR_B_NAME = "Trần Thị Bảy";

    /** The sponsors' admission decision, before QĐ 29 (no policy judges it). */
    public static final LocalDate SPONSORS_DECIDED = LocalDate.of(2005, 3, 1);

    /** The sponsors' ceremony; they are full from 15/3/2006. */
    public static final LocalDate SPONSORS_CEREMONY = LocalDate.of(2005, 3, 15);

    /** The day the default candidate is considered and admitted: Monday 4/3/2024, under QĐ 24. */
    public static final LocalDate CONSIDERED = LocalDate.of(2024, 3, 4);

    /** The default candidate's birth date. */
    public static final LocalDate BORN = LocalDate.of(1990, 5, 17);

    public static final String CANDIDATE_NAME = "Nguyễn Văn An";

    /** The default candidate's citizen ID (sensitive). */
    public static final String CITIZEN_ID = "044090001234";

    /** One validator for every Chibo built here: building a factory per test is slow. */
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private MemberTestData() {}

    /** A deterministic member identity, readable in failure messages. */
    public static MemberId member(int n) {
        return OrganizationTestData.member(n);
    }

    // ---------------------------------------------------------------- worlds

    /** A Chibo at {@link #NOW} over fresh stores holding the tree and the two sponsors. */
    public static World world() {
        World w = new World(new InMemoryOrganizations(), null, NOW);
        w.chibo
                .organizations()
                .execute(
                        ADMIN,
                        OrganizationTestData.reorganize(ReorganizationKind.FOUNDING, TREE_FOUNDED)
                                .found(PROVINCE, OrganizationKind.PROVINCIAL_COMMITTEE, PROVINCE_NAME, null)
                                .found(DONG_HA, OrganizationKind.DISTRICT_COMMITTEE, DONG_HA_NAME, PROVINCE)
                                .found(PHUONG_5, OrganizationKind.GRASSROOTS_COMMITTEE, PHUONG_5_NAME, DONG_HA)
                                .found(KHU_PHO_3, OrganizationKind.CELL, KHU_PHO_3_NAME, PHUONG_5)
                                .found(KHU_PHO_7, OrganizationKind.CELL, KHU_PHO_7_NAME, PHUONG_5)
                                .found(KHU_PHO_9, OrganizationKind.CELL, KHU_PHO_9_NAME, PHUONG_5)
                                .build());
        w.chibo.organizations().execute(ADMIN, OrganizationTestData.dissolve(KHU_PHO_9, KHU_PHO_9_DISSOLVED));
        for (MemberId sponsor : List.of(SPONSOR_A, SPONSOR_B)) {
            w.run(admit(sponsor)
                    .name(sponsor.equals(SPONSOR_A) ? SPONSOR_A_NAME : SPONSOR_B_NAME)
                    .born(LocalDate.of(1970, 1, 10))
                    .cell(KHU_PHO_7)
                    .considered(SPONSORS_DECIDED)
                    .ceremony(SPONSORS_CEREMONY)
                    .sponsors(List.of(new Sponsor.ByUnion(Sponsor.UnionBody.TRADE_UNION, "NQ 01/NQ-CĐ")))
                    .build());
            w.run(recognize(sponsor, SPONSORS_CEREMONY.plusYears(1).plusDays(5)));
        }
        return w;
    }

    /**
     * A {@link Chibo} with a fixed clock over in-memory stores; {@link #at(Instant)} gives another
     * with another clock over the same stores.
     */
    public static final class World {
        public final InMemoryOrganizations organizations;
        public final InMemoryMembers members;
        public final Chibo chibo;

        private World(InMemoryOrganizations organizations, @Nullable InMemoryMembers members, Instant at) {
            this.organizations = organizations;
            this.members = members != null ? members : new InMemoryMembers(organizations);
            this.chibo = Chibo.builder()
                    .clock(Clock.fixed(at, ZoneOffset.UTC))
                    .validator(VALIDATOR)
                    .organizations(organizations)
                    .members(this.members)
                    .build();
        }

        /** A Chibo whose clock stands at {@code at}, over the same stores. */
        public World at(Instant at) {
            return new World(organizations, members, at);
        }

        /** The member service. */
        public MemberService service() {
            return chibo.members();
        }

        /** Executes one command as {@link OrganizationTestData#ADMIN}. */
        public MemberResult run(MemberCommand command) {
            return chibo.members().execute(ADMIN, command);
        }

        /** The member's stored history; fails if absent. */
        public MemberHistory history(MemberId id) {
            return chibo.members().find(ADMIN, id).orElseThrow(() -> new AssertionError("no member " + id));
        }

        /** Every stored member's version. */
        public Map<MemberId, Long> versions() {
            return members.all(ADMIN).stream().collect(Collectors.toMap(MemberHistory::id, MemberHistory::version));
        }

        /**
         * The {@link InvalidInputException} {@code command} throws, having checked that nothing was
         * recorded: every stored history is the very one stored before, at the same version.
         */
        public InvalidInputException refused(MemberCommand command) {
            return refusedUnchanged(() -> run(command));
        }

        /** As {@link #refused(MemberCommand)}, for any call. */
        public InvalidInputException refusedUnchanged(ThrowingCallable call) {
            Map<MemberId, Long> versionsBefore = versions();
            List<MemberHistory> historiesBefore = members.all(ADMIN);

            InvalidInputException e = OrganizationTestData.invalid(call);

            Assertions.assertThat(versions()).isEqualTo(versionsBefore);
            Assertions.assertThat(members.all(ADMIN)).containsExactlyElementsOf(historiesBefore);
            return e;
        }

        /**
         * Admits {@code id} with the defaults, considered and decided on {@code decided}, the
         * ceremony on {@code ceremony}, and no recognition.
         */
        public MemberId admitted(MemberId id, LocalDate decided, LocalDate ceremony) {
            run(admit(id).considered(decided).ceremony(ceremony).build());
            return id;
        }

        /** Admits {@code id} as {@link #admitted} and recognises it 5 days after probation ends. */
        public MemberId fullMember(MemberId id, LocalDate decided, LocalDate ceremony) {
            admitted(id, decided, ceremony);
            run(recognize(id, ceremony.plusMonths(12).plusDays(5)));
            return id;
        }
    }

    // ---------------------------------------------------------------- commands

    /** An admission that passes every rule; set what matters. */
    public static AdmitBuilder admit(MemberId id) {
        return new AdmitBuilder(id);
    }

    /** Builds a {@link MemberCommand.Admit}. */
    public static final class AdmitBuilder {
        private final MemberId member;
        private String name = CANDIDATE_NAME;
        private LocalDate born = BORN;
        private @Nullable String citizenId = CITIZEN_ID;
        private OrganizationId cell = KHU_PHO_3;
        private LocalDate considered = CONSIDERED;
        private @Nullable LocalDate decided;
        private @Nullable LocalDate ceremony;
        private boolean noCeremony;
        private @Nullable List<Sponsor> sponsors;
        private @Nullable LocalDate certificate;
        private int votesFor = 3;
        private int fullMembers = 3;
        private @Nullable String over60Decision;
        private boolean readmission;

        private AdmitBuilder(MemberId member) {
            this.member = member;
        }

        public AdmitBuilder name(String name) {
            this.name = name;
            return this;
        }

        public AdmitBuilder born(LocalDate born) {
            this.born = born;
            return this;
        }

        public AdmitBuilder citizenId(@Nullable String citizenId) {
            this.citizenId = citizenId;
            return this;
        }

        public AdmitBuilder cell(OrganizationId cell) {
            this.cell = cell;
            return this;
        }

        /** The cell considers on this day; the decision is the same day unless set. */
        public AdmitBuilder considered(LocalDate considered) {
            this.considered = considered;
            return this;
        }

        public AdmitBuilder decided(LocalDate decided) {
            this.decided = decided;
            return this;
        }

        /** The ceremony's date; two weeks after the decision unless set. */
        public AdmitBuilder ceremony(LocalDate ceremony) {
            this.ceremony = ceremony;
            return this;
        }

        /** No ceremony yet. */
        public AdmitBuilder noCeremony() {
            this.noCeremony = true;
            return this;
        }

        /** The sponsors; {@link #SPONSOR_A} and {@link #SPONSOR_B} (work, two years) unless set. */
        public AdmitBuilder sponsors(List<Sponsor> sponsors) {
            this.sponsors = sponsors;
            return this;
        }

        public AdmitBuilder certificate(LocalDate issued) {
            this.certificate = issued;
            return this;
        }

        public AdmitBuilder votes(int votesFor, int fullMembers) {
            this.votesFor = votesFor;
            this.fullMembers = fullMembers;
            return this;
        }

        public AdmitBuilder over60Decision(String decision) {
            this.over60Decision = decision;
            return this;
        }

        public AdmitBuilder readmission() {
            this.readmission = true;
            return this;
        }

        public MemberCommand.Admit build() {
            LocalDate d = decided != null ? decided : considered;
            List<Sponsor> s = sponsors != null
                    ? sponsors
                    : List.of(
                            sponsor(SPONSOR_A, SponsorRelation.WORK, considered.minusYears(2)),
                            sponsor(SPONSOR_B, SponsorRelation.WORK, considered.minusYears(2)));
            return new MemberCommand.Admit(
                    member,
                    new MemberProfile(name, born, Sex.MALE, citizenId, null),
                    cell,
                    considered,
                    d,
                    "QĐ 123-QĐ/ĐU của Đảng ủy Phường 5 (giả định)",
                    s,
                    certificate != null ? certificate : considered.minusMonths(6),
                    votesFor,
                    fullMembers,
                    over60Decision,
                    readmission,
                    noCeremony ? null : ceremony != null ? ceremony : d.plusDays(14),
                    "kết nạp đảng viên");
        }
    }

    /** A member sponsor, not a replacement. */
    public static Sponsor.ByMember sponsor(MemberId member, SponsorRelation relation, LocalDate since) {
        return new Sponsor.ByMember(member, relation, since, false);
    }

    /** The cell recognises the member on {@code decided}, 3 votes of 3. */
    public static MemberCommand.Recognize recognize(MemberId member, LocalDate decided) {
        return new MemberCommand.Recognize(member, decided, 3, 3, "nghị quyết công nhận đảng viên chính thức");
    }

    /** The cell refuses recognition on {@code decided}. */
    public static MemberCommand.RefuseRecognition refuseRecognition(MemberId member, LocalDate decided) {
        return new MemberCommand.RefuseRecognition(
                member, decided, "Đảng ủy Phường 5", "không đủ tư cách đảng viên chính thức");
    }

    /** The ceremony of an admitted candidate. */
    public static MemberCommand.HoldCeremony holdCeremony(MemberId member, LocalDate held) {
        return new MemberCommand.HoldCeremony(member, held, "lễ kết nạp");
    }

    /** A permanent transfer starting on {@code effective}, letter and trigger the same day. */
    public static MemberCommand.Transfer permanentTransfer(MemberId member, OrganizationId to, LocalDate effective) {
        return transfer(member, TransferKind.PERMANENT, to, effective, null, effective, effective, false);
    }

    /** A temporary transfer from {@code effective} until {@code until} (exclusive), not for study. */
    public static MemberCommand.Transfer temporaryTransfer(
            MemberId member, OrganizationId to, LocalDate effective, LocalDate until) {
        return transfer(member, TransferKind.TEMPORARY, to, effective, until, effective, effective, false);
    }

    /** A transfer with every date stated. */
    public static MemberCommand.Transfer transfer(
            MemberId member,
            TransferKind kind,
            OrganizationId to,
            LocalDate effective,
            @Nullable LocalDate until,
            LocalDate trigger,
            LocalDate letterIssued,
            boolean study) {
        return new MemberCommand.Transfer(
                member, kind, to, effective, until, trigger, letterIssued, study, "chuyển sinh hoạt đảng");
    }

    /** A condition from {@code from} until {@code until} (exclusive, or open-ended). */
    public static MemberCommand.BeginCondition condition(
            MemberId member, UUID id, ConditionKind kind, LocalDate from, @Nullable LocalDate until, String note) {
        return new MemberCommand.BeginCondition(member, id, kind, from, until, note, "ghi nhận tình trạng");
    }

    /** A discipline decided by the cell. */
    public static MemberCommand.Discipline discipline(
            MemberId member, MemberDiscipline form, LocalDate effective, String violation) {
        return new MemberCommand.Discipline(
                member, form, effective, "Chi bộ Khu phố 7", violation, false, "quyết định kỷ luật");
    }

    /** A removal from the rolls for absence or dues. */
    public static MemberCommand.Remove remove(MemberId member, LocalDate on) {
        return new MemberCommand.Remove(
                member, on, RemovalGround.ABSENCE_OR_DUES, "Đảng ủy Phường 5", "xóa tên đảng viên");
    }

    // ---------------------------------------------------------------- facts, for histories built directly

    /** A record stamp at {@code at}. */
    public static Recorded recordedAt(Instant at) {
        return new Recorded(at, "nhap-lieu", "kiểm thử");
    }

    /**
     * The facts of a member of Khu phố 3 decided on {@code decided}, the ceremony 14 days later and
     * recognised from the end of probation, all recorded at {@link #NOW}.
     */
    public static List<MemberFact> fullMemberFacts(MemberId id, LocalDate decided) {
        LocalDate ceremony = decided.plusDays(14);
        List<MemberFact> facts = new ArrayList<>();
        facts.add(new MemberFact.ProfileRecorded(
                id, decided, MemberProfile.of(CANDIDATE_NAME, decided.minusYears(25), Sex.MALE), recordedAt(NOW)));
        facts.add(new MemberFact.AdmissionDecided(
                id, decided, KHU_PHO_3, decided, "QĐ kết nạp", List.of(), false, recordedAt(NOW)));
        facts.add(new MemberFact.CeremonyHeld(id, ceremony, KHU_PHO_3, recordedAt(NOW)));
        facts.add(new MemberFact.Recognized(
                id, ceremony.plusMonths(12), ceremony.plusMonths(12).plusDays(5), recordedAt(NOW)));
        return facts;
    }

    /** A condition recorded at {@link #NOW}. */
    public static MemberFact.ConditionBegan conditionFact(
            MemberId id, ConditionKind kind, LocalDate from, @Nullable LocalDate until) {
        return new MemberFact.ConditionBegan(id, from, UUID.randomUUID(), kind, until, "", recordedAt(NOW));
    }
}

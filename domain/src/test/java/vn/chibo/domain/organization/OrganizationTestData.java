package vn.chibo.domain.organization;

import com.google.common.collect.ImmutableMap;
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
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.rule.PolicyRegistry;

/**
 * Test data for the organisation area, with defaults so that each test states only what matters to
 * it.
 *
 * <p>The seed tree is the Quảng Trị case of {@code rules.md}: Đảng bộ tỉnh Quảng Trị (province) &gt;
 * Đảng bộ thành phố Đông Hà (district) &gt; Đảng bộ Phường 5 (grassroots committee) &gt; Chi bộ Khu
 * phố 3 and Chi bộ Khu phố 7 (cells), all founded on {@link #FOUNDED}. The merged ward the 2025
 * restructuring founds has a made-up name ({@link #NEW_WARD_NAME}).
 */
public final class OrganizationTestData {
    /** The instant every fact is recorded at unless a test says otherwise. */
    public static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    /** The fixed clock of every {@link Chibo} built here. */
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** An actor for the whole party. */
    public static final Actor ADMIN = Actor.wholeParty("ban-to-chuc-trung-uong");

    /** The founding day of the seed tree. */
    public static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    /** A day in the middle of the four-level period, after the founding of the seed tree. */
    public static final LocalDate MID_2023 = LocalDate.of(2023, 6, 1);

    /** The last day of the four-level system. */
    public static final LocalDate LAST_FOUR_LEVEL_DAY = LocalDate.of(2025, 6, 30);

    /** The first day of the three-level system. */
    public static final LocalDate THREE_LEVELS = LocalDate.of(2025, 7, 1);

    public static final OrganizationId PROVINCE = org(1);
    public static final OrganizationId DONG_HA = org(2);
    public static final OrganizationId PHUONG_5 = org(3);
    public static final OrganizationId KHU_PHO_3 = org(4);
    public static final OrganizationId KHU_PHO_7 = org(5);
    public static final OrganizationId PHUONG_1 = org(6);
    public static final OrganizationId KHU_PHO_1 = org(7);
    public static final OrganizationId NEW_WARD = org(8);

    public static final String PROVINCE_NAME = "Đảng bộ tỉnh Quảng Trị";
    public static final String DONG_HA_NAME = "Đảng bộ thành phố Đông Hà";
    public static final String PHUONG_5_NAME = "Đảng bộ Phường 5";
    public static final String KHU_PHO_3_NAME = "Chi bộ Khu phố 3";
    public static final String KHU_PHO_7_NAME = "Chi bộ Khu phố 7";
    public static final String PHUONG_1_NAME = "Đảng bộ Phường 1";
    public static final String KHU_PHO_1_NAME = "Chi bộ Khu phố 1";

    /** Fictional: the merged ward of 1/7/2025 under a made-up name, not a real ward. */
    public static final String NEW_WARD_NAME = "Đảng bộ phường Hòa Bình Mới (tên hư cấu)";

    private OrganizationTestData() {}

    /** A deterministic organisation identity, readable in failure messages. */
    public static OrganizationId org(int n) {
        return OrganizationId.parse(String.format("00000000-0000-0000-0000-%012d", n));
    }

    /** A deterministic member identity. */
    public static MemberId member(int n) {
        return MemberId.parse(String.format("00000000-0000-0000-0001-%012d", n));
    }

    // ---------------------------------------------------------------- Chibo

    /** A Chibo with the fixed clock, central policies and an empty in-memory store. */
    public static Chibo chibo() {
        return Chibo.builder().clock(CLOCK).build();
    }

    /** A Chibo with the fixed clock and the given policies. */
    public static Chibo chibo(PolicyRegistry policies) {
        return Chibo.builder().clock(CLOCK).policies(policies).build();
    }

    /** A Chibo whose clock stands at {@code at}, over a shared store. */
    public static Chibo chiboAt(Instant at, Organizations store) {
        return Chibo.builder()
                .clock(Clock.fixed(at, ZoneOffset.UTC))
                .organizations(store)
                .build();
    }

    /** A Chibo holding the seed tree. */
    public static Chibo seeded() {
        Chibo chibo = chibo();
        chibo.organizations().execute(ADMIN, seedTree());
        return chibo;
    }

    /** Every organisation's version as the actor sees it: unchanged versions mean nothing was recorded. */
    public static Map<OrganizationId, Long> versions(Chibo chibo) {
        return chibo.organizations().tree(ADMIN).histories().values().stream()
                .collect(Collectors.toMap(OrganizationHistory::id, OrganizationHistory::version));
    }

    /** The names along an organisation's path from the root on a date. */
    public static List<String> pathNames(OrganizationTree.Snapshot snapshot, OrganizationId id) {
        return snapshot.pathFromRoot(id).stream()
                .map(o -> snapshot.get(o).orElseThrow().name())
                .toList();
    }

    /** The {@link InvalidInputException} {@code call} throws; fails if it throws nothing or something else. */
    public static InvalidInputException invalid(ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        Assertions.assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    /**
     * The {@link InvalidInputException} {@code call} throws, having checked that nothing was
     * recorded: every history is the very one stored before, at the same version.
     */
    public static InvalidInputException refusedUnchanged(Chibo chibo, ThrowingCallable call) {
        Map<OrganizationId, Long> versionsBefore = versions(chibo);
        ImmutableMap<OrganizationId, OrganizationHistory> historiesBefore =
                chibo.organizations().tree(ADMIN).histories();

        InvalidInputException e = invalid(call);

        Assertions.assertThat(versions(chibo)).isEqualTo(versionsBefore);
        Assertions.assertThat(chibo.organizations().tree(ADMIN).histories()).isEqualTo(historiesBefore);
        return e;
    }

    // ---------------------------------------------------------------- reorganisations

    /** The founding of the seed tree on {@link #FOUNDED}. */
    public static OrganizationCommand.Reorganize seedTree() {
        return reorganize(ReorganizationKind.FOUNDING, FOUNDED)
                .found(PROVINCE, OrganizationKind.PROVINCIAL_COMMITTEE, PROVINCE_NAME, null)
                .found(DONG_HA, OrganizationKind.DISTRICT_COMMITTEE, DONG_HA_NAME, PROVINCE)
                .found(PHUONG_5, OrganizationKind.GRASSROOTS_COMMITTEE, PHUONG_5_NAME, DONG_HA)
                .found(KHU_PHO_3, OrganizationKind.CELL, KHU_PHO_3_NAME, PHUONG_5)
                .found(KHU_PHO_7, OrganizationKind.CELL, KHU_PHO_7_NAME, PHUONG_5)
                .build();
    }

    /** A sibling ward of Phường 5 under Đông Hà, with one cell, founded on {@link #FOUNDED}. */
    public static OrganizationCommand.Reorganize siblingWard() {
        return reorganize(ReorganizationKind.FOUNDING, FOUNDED)
                .found(PHUONG_1, OrganizationKind.GRASSROOTS_COMMITTEE, PHUONG_1_NAME, DONG_HA)
                .found(KHU_PHO_1, OrganizationKind.CELL, KHU_PHO_1_NAME, PHUONG_1)
                .build();
    }

    /**
     * The restructuring of 1/7/2025 in one command: a new ward committee under the province,
     * Phường 5 merged into it, Đông Hà dissolved, and both cells moved under the new ward, as
     * grassroots cells when {@code cellsBecomeGrassroots}.
     */
    public static OrganizationCommand.Reorganize restructuring2025(boolean cellsBecomeGrassroots) {
        ReorganizeBuilder b = reorganize(ReorganizationKind.RESTRUCTURING, THREE_LEVELS)
                .decision("QĐ 01-QĐ/TU ngày 25/6/2025 (giả định)")
                .found(NEW_WARD, OrganizationKind.COMMUNE_COMMITTEE, NEW_WARD_NAME, PROVINCE)
                .dissolveInto(PHUONG_5, NEW_WARD)
                .dissolve(DONG_HA);
        for (OrganizationId cell : List.of(KHU_PHO_3, KHU_PHO_7)) {
            if (cellsBecomeGrassroots) {
                b.changeKind(cell, OrganizationKind.GRASSROOTS_CELL);
            }
            b.reparent(cell, NEW_WARD);
        }
        return b.build();
    }

    /** A reorganisation with a default decision and reason; add steps. */
    public static ReorganizeBuilder reorganize(ReorganizationKind kind, LocalDate effective) {
        return new ReorganizeBuilder(kind, effective);
    }

    /** A one-step rename. */
    public static OrganizationCommand.Reorganize rename(OrganizationId organization, String name, LocalDate effective) {
        return reorganize(ReorganizationKind.RENAME, effective)
                .rename(organization, name)
                .build();
    }

    /** A one-step founding. */
    public static OrganizationCommand.Reorganize found(
            OrganizationId organization,
            OrganizationKind kind,
            String name,
            @Nullable OrganizationId parent,
            LocalDate effective) {
        return reorganize(ReorganizationKind.FOUNDING, effective)
                .found(organization, kind, name, parent)
                .build();
    }

    /** A one-step dissolution. */
    public static OrganizationCommand.Reorganize dissolve(OrganizationId organization, LocalDate effective) {
        return reorganize(ReorganizationKind.DISSOLUTION, effective)
                .dissolve(organization)
                .build();
    }

    /** Builds a {@link OrganizationCommand.Reorganize}. */
    public static final class ReorganizeBuilder {
        private final ReorganizationKind kind;
        private final LocalDate effective;
        private final List<OrganizationCommand.Step> steps = new ArrayList<>();
        private String decision = "QĐ 99-QĐ/TU (thử nghiệm)";

        private ReorganizeBuilder(ReorganizationKind kind, LocalDate effective) {
            this.kind = kind;
            this.effective = effective;
        }

        public ReorganizeBuilder decision(String decision) {
            this.decision = decision;
            return this;
        }

        public ReorganizeBuilder found(
                OrganizationId organization, OrganizationKind kind, String name, @Nullable OrganizationId parent) {
            steps.add(new OrganizationCommand.Found(organization, kind, name, parent));
            return this;
        }

        public ReorganizeBuilder rename(OrganizationId organization, String name) {
            steps.add(new OrganizationCommand.Rename(organization, name));
            return this;
        }

        public ReorganizeBuilder changeKind(OrganizationId organization, OrganizationKind kind) {
            steps.add(new OrganizationCommand.ChangeKind(organization, kind));
            return this;
        }

        public ReorganizeBuilder reparent(OrganizationId organization, OrganizationId parent) {
            steps.add(new OrganizationCommand.Reparent(organization, parent));
            return this;
        }

        public ReorganizeBuilder dissolve(OrganizationId organization) {
            steps.add(new OrganizationCommand.Dissolve(organization, null));
            return this;
        }

        public ReorganizeBuilder dissolveInto(OrganizationId organization, OrganizationId mergedInto) {
            steps.add(new OrganizationCommand.Dissolve(organization, mergedInto));
            return this;
        }

        public OrganizationCommand.Reorganize build() {
            return new OrganizationCommand.Reorganize(UUID.randomUUID(), kind, effective, decision, "kiểm thử", steps);
        }
    }

    // ---------------------------------------------------------------- seats, terms, supervision, approvals

    /** A seat taken by a fresh member from {@link #FOUNDED}, open-ended; set what matters. */
    public static TakeSeatBuilder seat(OrganizationId organization, Role role) {
        return new TakeSeatBuilder(organization, role);
    }

    /** Builds a {@link OrganizationCommand.TakeSeat}. */
    public static final class TakeSeatBuilder {
        private final OrganizationId organization;
        private final Role role;
        private MemberId member = MemberId.random();
        private LocalDate from = FOUNDED;
        private @Nullable LocalDate until;

        private TakeSeatBuilder(OrganizationId organization, Role role) {
            this.organization = organization;
            this.role = role;
        }

        public TakeSeatBuilder member(MemberId member) {
            this.member = member;
            return this;
        }

        public TakeSeatBuilder from(LocalDate from) {
            this.from = from;
            return this;
        }

        public TakeSeatBuilder until(LocalDate until) {
            this.until = until;
            return this;
        }

        public OrganizationCommand.TakeSeat build() {
            return new OrganizationCommand.TakeSeat(
                    organization, UUID.randomUUID(), member, role, from, until, null, "bầu tại đại hội");
        }
    }

    /** A congress opening a term. */
    public static OrganizationCommand.OpenTerm openTerm(
            OrganizationId organization, int congress, LocalDate held, int plannedEnd) {
        return new OrganizationCommand.OpenTerm(organization, congress, held, plannedEnd, "biên bản đại hội");
    }

    /** The superior's approval of an exception to {@code rule} from {@code from}, open-ended. */
    public static OrganizationCommand.ApproveException approve(
            OrganizationId organization, String rule, LocalDate from) {
        return new OrganizationCommand.ApproveException(
                organization, rule, from, null, "Công văn 12-CV/ĐU (giả định)", "đồng ý bằng văn bản");
    }

    /** A committee member of {@code committeeOf} assigned to follow {@code organization}. */
    public static OrganizationCommand.AssignSupervision supervise(
            OrganizationId organization, MemberId supervisor, OrganizationId committeeOf, LocalDate from) {
        return new OrganizationCommand.AssignSupervision(
                organization, supervisor, committeeOf, from, null, "phân công cấp ủy viên phụ trách");
    }

    // ---------------------------------------------------------------- rosters

    /** A roster of full members only. */
    public static RosterSnapshot fullMembers(OrganizationId organization, LocalDate asOf, int full) {
        return new RosterSnapshot(organization, asOf, full, 0, 0);
    }

    // ---------------------------------------------------------------- facts, for histories built directly

    /** A record stamp at {@code at}. */
    public static Recorded recordedAt(Instant at) {
        return new Recorded(at, "nhap-lieu", "kiểm thử");
    }

    public static OrganizationFact.Founded founded(
            OrganizationId id,
            LocalDate on,
            OrganizationKind kind,
            String name,
            @Nullable OrganizationId parent,
            Instant at) {
        return new OrganizationFact.Founded(id, on, kind, name, parent, null, recordedAt(at));
    }

    public static OrganizationFact.Renamed renamed(OrganizationId id, LocalDate on, String name, Instant at) {
        return new OrganizationFact.Renamed(id, on, name, null, recordedAt(at));
    }

    public static OrganizationFact.SeatTaken seatTaken(OrganizationId id, LocalDate on, Role role, MemberId member) {
        return new OrganizationFact.SeatTaken(id, on, UUID.randomUUID(), member, role, null, null, recordedAt(NOW));
    }

    /** The tree of these histories, each made of its facts. */
    public static OrganizationTree treeOf(Map<OrganizationId, List<OrganizationFact>> facts) {
        return OrganizationTree.of(facts.entrySet().stream()
                .map(e -> OrganizationHistory.of(e.getKey(), e.getValue()))
                .toList());
    }

    /** An ordered map, for {@link #treeOf(Map)}. */
    public static ImmutableMap.Builder<OrganizationId, List<OrganizationFact>> histories() {
        return ImmutableMap.builder();
    }
}

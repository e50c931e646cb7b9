package vn.chibo.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationCommand;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.ReorganizationKind;
import vn.chibo.domain.organization.StructurePolicy;
import vn.chibo.domain.rule.Finding;

/**
 * Đảng bộ Phường 5, thành phố Đông Hà (Quảng Trị), as the seed article of 23/11/2023 describes
 * it, recorded through chibo's commands: the province, the city committee, the ward's grassroots
 * committee with its cells (24 in 2021, 25 from 2022), the term 2020–2025 opened by the XIII
 * congress, the secretaries the article names, the 5-member committee of Chi bộ Khu phố 3 and a
 * ward committee member following that cell; then the three-level restructuring of 1/7/2025.
 *
 * <p>{@link #load} adds, generated from the seeded {@link Random} {@value #SEED} so that every load
 * is the same:
 *
 * <ul>
 *   <li>the ward's members: 1,344 on 31/12/2021, 229 in Khu phố 3 and 47 in Khu phố 7 (the
 *       article's sizes, kept on its date), 26 exempted and 6 admitted in the second half of 2021,
 *       which leaves the article's 1,312 to be rated for 2021; the 24 admissions of the first half
 *       of the term, each through the admission checks of its date (class {@code Phuong5Members});
 *   <li>the 2,386 serving members registered with the residential cells on the article's date, who
 *       are not members of the ward (class {@code Phuong5Residences});
 *   <li>the 2023 meetings of Khu phố 3 and Khu phố 7 from their schedules, with the lapses the
 *       compliance report shows (class {@code Phuong5Meetings}).
 * </ul>
 *
 * <p>What the article does not say is marked as illustrative ("minh họa"): the names of the cells
 * other than Khu phố 3 and Khu phố 7, the congress date, the committee members other than the
 * secretaries, the merged ward after 1/7/2025 (which ward absorbed Phường 5 is an open question,
 * rules-2.md §H1), called here "Đảng bộ phường Đông Hà (giả định)", the founding date of the tree
 * (1/1/1960, early enough for the oldest members' admissions), and every generated person: names,
 * birth dates, dates, cells and attendance.
 */
public final class Phuong5Scenario {
    /** The seed article's date. */
    public static final LocalDate ARTICLE_DATE = LocalDate.of(2023, 11, 23);

    /** The day the three-level system took effect. */
    public static final LocalDate RESTRUCTURING = LocalDate.of(2025, 7, 1);

    /** The province. */
    public static final OrganizationId QUANG_TRI = id("Đảng bộ tỉnh Quảng Trị");

    /** The city committee, a district-level committee until 30/6/2025. */
    public static final OrganizationId DONG_HA = id("Đảng bộ thành phố Đông Hà");

    /** The ward's grassroots committee until 30/6/2025. */
    public static final OrganizationId PHUONG_5 = id("Đảng bộ Phường 5");

    /** The merged ward committee from 1/7/2025 (illustrative name). */
    public static final OrganizationId MERGED_WARD = id("Đảng bộ phường Đông Hà (giả định)");

    /** Chi bộ Khu phố 3: 229 members, a 5-member committee, meets on the 25th. */
    public static final OrganizationId KHU_PHO_3 = id("Chi bộ Khu phố 3");

    /** Chi bộ Khu phố 7: 47 members. */
    public static final OrganizationId KHU_PHO_7 = id("Chi bộ Khu phố 7");

    /** The actor that imports the initial tree (the province itself lies above any ward's scope). */
    public static final Actor IMPORTER = Actor.wholeParty("chibo-example-import");

    /** The actor recording what happened later: the provincial organisation board's clerk. */
    public static final Actor PROVINCE_CLERK = Actor.forSubtree("quang-tri-ban-to-chuc", QUANG_TRI);

    /** The actor recording the city committee's decisions on the ward: its organisation board. */
    public static final Actor CITY_CLERK = Actor.forSubtree("dong-ha-ban-to-chuc", DONG_HA);

    /** The actor recording the ward's members and meetings: the ward committee's office. */
    public static final Actor WARD_CLERK = Actor.forSubtree("phuong5-van-phong-dang-uy", PHUONG_5);

    /** The seed of the {@link Random} every generated person, date and attendance comes from. */
    public static final long SEED = 20_231_123L;

    /** The people the article names, and the illustrative ones, by member identity. */
    public static final ImmutableMap<MemberId, String> PEOPLE;

    /** The first day of the 2020–2025 term (illustrative congress date). */
    public static final LocalDate TERM_START = LocalDate.of(2020, 6, 1);

    /** The founding date of the tree as imported (illustrative). */
    static final LocalDate LONG_AGO = LocalDate.of(1960, 1, 1);

    private static final String SON = "Lê Quang Việt Sơn";
    private static final String THANH = "Phan Văn Thạnh";
    static final String CHAU = "Mai Văn Châu";
    private static final List<String> KP3_COMMITTEE =
            List.of("Chi ủy viên A (minh họa)", "Chi ủy viên B (minh họa)", "Chi ủy viên C (minh họa)");
    private static final String KP3_DEPUTY = "Phó Bí thư Khu phố 3 (minh họa)";
    static final String WARD_MEMBER = "Đảng ủy viên phụ trách Khu phố 3 (minh họa)";
    private static final String OFFICE_CELL = "Chi bộ Cơ quan Đảng - Đoàn thể";

    /** Khu phố 3's five committee members: the secretary, the deputy, three members. */
    static final ImmutableList<String> KHU_PHO_3_COMMITTEE = ImmutableList.<String>builder()
            .add(THANH, KP3_DEPUTY)
            .addAll(KP3_COMMITTEE)
            .build();

    /** The named people's cells: they are members of the ward like everyone else. */
    static final ImmutableMap<String, String> NAMED_MEMBERS = ImmutableMap.<String, String>builder()
            .put(SON, OFFICE_CELL)
            .put(WARD_MEMBER, OFFICE_CELL)
            .put(THANH, "Chi bộ Khu phố 3")
            .put(KP3_DEPUTY, "Chi bộ Khu phố 3")
            .put(KP3_COMMITTEE.get(0), "Chi bộ Khu phố 3")
            .put(KP3_COMMITTEE.get(1), "Chi bộ Khu phố 3")
            .put(KP3_COMMITTEE.get(2), "Chi bộ Khu phố 3")
            .put(CHAU, "Chi bộ Khu phố 7")
            .buildOrThrow();

    /** The named people's birth dates (illustrative). */
    static final ImmutableMap<String, LocalDate> NAMED_BIRTH_DATES = ImmutableMap.<String, LocalDate>builder()
            .put(SON, LocalDate.of(1978, 4, 12))
            .put(WARD_MEMBER, LocalDate.of(1975, 9, 2))
            .put(THANH, LocalDate.of(1956, 2, 20))
            .put(KP3_DEPUTY, LocalDate.of(1962, 7, 7))
            .put(KP3_COMMITTEE.get(0), LocalDate.of(1959, 11, 3))
            .put(KP3_COMMITTEE.get(1), LocalDate.of(1968, 3, 8))
            .put(KP3_COMMITTEE.get(2), LocalDate.of(1971, 12, 22))
            .put(CHAU, LocalDate.of(1960, 6, 15))
            .buildOrThrow();

    /** The named people who are women (illustrative). */
    static final ImmutableSet<String> NAMED_FEMALE = ImmutableSet.of(KP3_COMMITTEE.get(1));

    /** The 24 cells of 2021; only Khu phố 3 and 7 are named in the article. */
    public static final ImmutableList<String> CELLS_2021 = ImmutableList.of(
            "Chi bộ Khu phố 1",
            "Chi bộ Khu phố 2",
            "Chi bộ Khu phố 3",
            "Chi bộ Khu phố 4",
            "Chi bộ Khu phố 5",
            "Chi bộ Khu phố 6",
            "Chi bộ Khu phố 7",
            "Chi bộ Khu phố 8",
            "Chi bộ Khu phố 9",
            "Chi bộ Khu phố 10",
            "Chi bộ Cơ quan Đảng - Đoàn thể",
            "Chi bộ Ủy ban nhân dân",
            "Chi bộ Công an phường",
            "Chi bộ Quân sự phường",
            "Chi bộ Trường Mầm non",
            "Chi bộ Trường Tiểu học",
            "Chi bộ Trường Trung học cơ sở",
            "Chi bộ Trạm Y tế",
            "Chi bộ Hợp tác xã",
            "Chi bộ Chợ",
            "Chi bộ Doanh nghiệp 1",
            "Chi bộ Doanh nghiệp 2",
            "Chi bộ Khu phố 11",
            "Chi bộ Khu phố 12");

    /** The 25th cell, founded in 2022 (illustrative name and date). */
    public static final String CELL_2022 = "Chi bộ Khu phố 13";

    /** The day the 25th cell was founded (illustrative). */
    static final LocalDate CELL_2022_FOUNDED = LocalDate.of(2022, 3, 1);

    private static final ImmutableSet<OrganizationId> RESIDENTIAL;

    static {
        ImmutableMap.Builder<MemberId, String> b = ImmutableMap.builder();
        for (String name : List.of(SON, THANH, CHAU, KP3_DEPUTY, WARD_MEMBER)) {
            b.put(member(name), name);
        }
        KP3_COMMITTEE.forEach(n -> b.put(member(n), n));
        PEOPLE = b.buildOrThrow();
        ImmutableSet.Builder<OrganizationId> r = ImmutableSet.builder();
        for (String cell : CELLS_2021) {
            if (cell.startsWith("Chi bộ Khu phố")) {
                r.add(id(cell));
            }
        }
        RESIDENTIAL = r.add(id(CELL_2022)).build();
    }

    private Phuong5Scenario() {}

    /**
     * A chibo with in-memory storage holding the whole scenario, its facts recorded at {@code
     * clock}: the organisations, the members, the serving members residing in the ward and the
     * 2023 meetings of Khu phố 3 and 7. The same on every call, whatever the clock.
     */
    public static Chibo load(Clock clock) {
        return loadRecording(clock).chibo();
    }

    /** {@link #load}, with what the rules found while the members, residences and meetings were recorded. */
    static Loaded loadRecording(Clock clock) {
        Chibo chibo = Chibo.builder().clock(clock).build();
        ImmutableList<OrganizationCommand> history = history();
        chibo.organizations().execute(IMPORTER, history.get(0));
        chibo.organizations().executeAll(PROVINCE_CLERK, history.subList(1, history.size()));
        Random random = new Random(SEED);
        Phuong5Members.Roll roll = Phuong5Members.generate(random);
        ImmutableList.Builder<Finding> findings = ImmutableList.builder();
        findings.addAll(Phuong5Members.record(chibo, IMPORTER, WARD_CLERK, roll));
        findings.addAll(Phuong5Residences.record(chibo, WARD_CLERK, random));
        findings.addAll(Phuong5Meetings.record(chibo, WARD_CLERK, roll, random));
        Phuong5Evaluations.record(chibo, WARD_CLERK, CITY_CLERK);
        return new Loaded(chibo, findings.build());
    }

    /**
     * The loaded scenario.
     *
     * @param chibo the chibo holding it
     * @param findings what the member, residence and meeting rules found while recording it
     */
    record Loaded(Chibo chibo, ImmutableList<Finding> findings) {}

    /**
     * The commands that record the scenario, in order: the first imports the tree as it stood,
     * the rest are what happened to it.
     */
    public static ImmutableList<OrganizationCommand> history() {
        List<OrganizationCommand> out = new ArrayList<>();
        LocalDate long_ago = LONG_AGO;
        List<OrganizationCommand.Step> founding = new ArrayList<>();
        founding.add(found("Đảng bộ tỉnh Quảng Trị", OrganizationKind.PROVINCIAL_COMMITTEE, null));
        founding.add(found("Đảng bộ thành phố Đông Hà", OrganizationKind.DISTRICT_COMMITTEE, QUANG_TRI));
        founding.add(found("Đảng bộ Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, DONG_HA));
        for (String cell : CELLS_2021) {
            founding.add(found(cell, OrganizationKind.CELL, PHUONG_5));
        }
        out.add(reorganize(ReorganizationKind.FOUNDING, long_ago, "Dữ liệu ban đầu (minh họa)", founding));

        out.add(new OrganizationCommand.OpenTerm(
                PHUONG_5, 13, TERM_START, 2025, "Đại hội Đảng bộ Phường 5 lần thứ XIII, nhiệm kỳ 2020–2025"));
        out.add(seat(PHUONG_5, SON, CommitteeRole.SECRETARY, 13));
        out.add(seat(PHUONG_5, WARD_MEMBER, CommitteeRole.MEMBER, 13));
        out.add(seat(KHU_PHO_3, THANH, CommitteeRole.SECRETARY, null));
        out.add(seat(KHU_PHO_3, KP3_DEPUTY, CommitteeRole.DEPUTY_SECRETARY, null));
        KP3_COMMITTEE.forEach(n -> out.add(seat(KHU_PHO_3, n, CommitteeRole.MEMBER, null)));
        out.add(seat(KHU_PHO_7, CHAU, CommitteeRole.SECRETARY, null));
        out.add(new OrganizationCommand.AssignSupervision(
                KHU_PHO_3,
                member(WARD_MEMBER),
                PHUONG_5,
                TERM_START.plusMonths(1),
                null,
                "Phân công đảng ủy viên phụ trách, theo dõi chi bộ (minh họa)"));

        out.add(reorganize(
                ReorganizationKind.FOUNDING,
                CELL_2022_FOUNDED,
                "Thành lập chi bộ thứ 25 (minh họa)",
                List.of(found(CELL_2022, OrganizationKind.CELL, PHUONG_5))));

        out.add(restructuring());
        out.add(new OrganizationCommand.ApproveException(
                KHU_PHO_3,
                StructurePolicy.GRASSROOTS_SIZE,
                RESTRUCTURING,
                null,
                "Văn bản đồng ý giữ chi bộ cơ sở trên 30 đảng viên (minh họa)",
                "Chi bộ Khu phố 3 có 229 đảng viên"));
        return ImmutableList.copyOf(out);
    }

    /**
     * 1/7/2025: the city committee and Đảng bộ Phường 5 are dissolved, a merged ward committee is
     * founded under the province, and each cell becomes a grassroots cell directly under it.
     */
    private static OrganizationCommand restructuring() {
        List<OrganizationCommand.Step> steps = new ArrayList<>();
        steps.add(found("Đảng bộ phường Đông Hà (giả định)", OrganizationKind.COMMUNE_COMMITTEE, QUANG_TRI));
        List<String> cells = new ArrayList<>(CELLS_2021);
        cells.add(CELL_2022);
        for (String cell : cells) {
            steps.add(new OrganizationCommand.ChangeKind(id(cell), OrganizationKind.GRASSROOTS_CELL));
            steps.add(new OrganizationCommand.Reparent(id(cell), MERGED_WARD));
        }
        steps.add(new OrganizationCommand.Dissolve(PHUONG_5, MERGED_WARD));
        steps.add(new OrganizationCommand.Dissolve(DONG_HA, null));
        return reorganize(
                ReorganizationKind.RESTRUCTURING,
                RESTRUCTURING,
                "Sắp xếp tổ chức đảng ba cấp từ 01/7/2025 (QĐ 294-QĐ/TW; tên phường mới là giả định)",
                steps);
    }

    private static OrganizationCommand.Reorganize reorganize(
            ReorganizationKind kind, LocalDate on, String decision, List<OrganizationCommand.Step> steps) {
        return new OrganizationCommand.Reorganize(
                UUID.nameUUIDFromBytes(decision.getBytes(StandardCharsets.UTF_8)), kind, on, decision, decision, steps);
    }

    private static OrganizationCommand.Found found(
            String name, OrganizationKind kind, @org.jspecify.annotations.Nullable OrganizationId parent) {
        return new OrganizationCommand.Found(id(name), kind, name, parent);
    }

    private static OrganizationCommand.TakeSeat seat(
            OrganizationId org,
            String person,
            CommitteeRole role,
            @org.jspecify.annotations.Nullable Integer congress) {
        return new OrganizationCommand.TakeSeat(
                org,
                UUID.nameUUIDFromBytes((org + "/" + person).getBytes(StandardCharsets.UTF_8)),
                member(person),
                role,
                TERM_START,
                RESTRUCTURING,
                congress,
                "Bầu tại đại hội nhiệm kỳ 2020–2025");
    }

    /** The stable identity of a named organisation of the scenario. */
    public static OrganizationId id(String name) {
        return OrganizationId.of(UUID.nameUUIDFromBytes(("phuong5/org/" + name).getBytes(StandardCharsets.UTF_8)));
    }

    /** The stable identity of a named person of the scenario. */
    public static MemberId member(String name) {
        return MemberId.of(UUID.nameUUIDFromBytes(("phuong5/member/" + name).getBytes(StandardCharsets.UTF_8)));
    }

    /** A person's name, or the identity when the scenario has no name for it. */
    public static String nameOf(MemberId id) {
        String name = PEOPLE.get(id);
        return name != null ? name : id.toString();
    }

    /** Whether {@code id} is one of the people the scenario names. */
    static boolean isNamed(MemberId id) {
        return PEOPLE.containsKey(id);
    }

    /** Whether {@code cell} is a residential cell (Chi bộ Khu phố N). */
    static boolean isResidential(OrganizationId cell) {
        return RESIDENTIAL.contains(cell);
    }

    /** Every person the scenario names. */
    public static Map<MemberId, String> people() {
        return PEOPLE;
    }
}

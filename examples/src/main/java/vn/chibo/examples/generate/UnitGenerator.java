package vn.chibo.examples.generate;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.meeting.Ballot;
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
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.member.MembershipStatus;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationDiscipline;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.organization.ReorganizationRef;
import vn.chibo.domain.organization.StructurePolicy;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.rule.WorkingCalendar;
import vn.chibo.examples.generate.People.Person;

/**
 * Makes every record of one grassroots organisation: its organisations (itself, its partial
 * committees, cells and party groups, with their terms, secretaries, the odd discipline, and what
 * 1/7/2025 did to them), its members, a year of meetings of its sampled cells, and the reviews of
 * 2021–2025. Nothing outside the organisation is read, so each is made on its own from the seed.
 */
final class UnitGenerator {
    private static final LocalDate CELL_CONGRESS = LocalDate.of(2022, 4, 1);
    private static final LocalDate GROUPS_FOUNDED = LocalDate.of(2019, 1, 1);
    private static final String[] EXCUSES = {"Đi công tác", "Ốm", "Việc gia đình", "Trực cơ quan"};

    /**
     * What every part of one organisation's generation shares.
     *
     * @param seed the seed
     * @param index the organisation's place in the country
     * @param shape its shape
     * @param id its identity
     * @param cellIds its cells' identities, in the shape's order (itself for a grassroots cell)
     * @param partialIds its partial committees' identities
     * @param actor who records its facts
     * @param origin the start of its records' origins
     */
    record Context(
            long seed,
            int index,
            UnitShape shape,
            OrganizationId id,
            ImmutableList<OrganizationId> cellIds,
            ImmutableList<OrganizationId> partialIds,
            String actor,
            String origin) {}

    /**
     * What one organisation's generation gives.
     *
     * @param records its records, in order: organisations, members, schedules and meetings, reviews
     * @param above by review year, its own decided grade for the level above (for 2025: the
     *     grassroots organisations it left under the new commune)
     * @param members its members, everyone ever on its rolls
     */
    record Result(List<BulkRecord> records, Map<Integer, List<Reviews.Decided>> above, int members) {}

    private final Skeleton skeleton;
    private final GeneratorSettings settings;
    private final NationalGenerator.Regimes regimes;
    private final WorkingCalendar calendar;

    UnitGenerator(
            Skeleton skeleton,
            GeneratorSettings settings,
            NationalGenerator.Regimes regimes,
            WorkingCalendar calendar) {
        this.skeleton = skeleton;
        this.settings = settings;
        this.regimes = regimes;
        this.calendar = calendar;
    }

    Result generate(int index) {
        long seed = settings.seed();
        Skeleton.UnitSpec spec = skeleton.unit(index);
        UnitShape shape = new UnitShape(spec, seed);
        OrganizationId id = Ids.organization(seed, Ids.UNIT, index, 0);
        ImmutableList.Builder<OrganizationId> cells = ImmutableList.builder();
        List<List<OrganizationId>> groups = new ArrayList<>();
        for (UnitShape.Cell c : shape.cells) {
            cells.add(c.local() == 0 ? id : Ids.organization(seed, Ids.UNIT, index, c.local()));
            List<OrganizationId> g = new ArrayList<>();
            for (int k = 0; k < c.groups(); k++) {
                g.add(Ids.organization(seed, Ids.UNIT, index, 2_000L + c.local() * 8L + k));
            }
            groups.add(g);
        }
        ImmutableList.Builder<OrganizationId> partials = ImmutableList.builder();
        for (int k = 0; k < shape.partials.size(); k++) {
            partials.add(Ids.organization(seed, Ids.UNIT, index, 1_000L + k));
        }
        Context ctx = new Context(
                seed, index, shape, id, cells.build(), partials.build(), "chibo-generator/" + index, "gen/u" + index);
        Random r = Ids.random(seed, Ids.PEOPLE, index);
        Skeleton.District d = spec.district();
        Skeleton.Commune commune = skeleton.communes().get(spec.commune());
        People people = new People(
                shape,
                seed,
                r,
                ctx.actor(),
                "Ban Thường vụ cấp ủy " + d.shortName(),
                "Ban Thường vụ " + commune.name().replaceFirst("^Đảng bộ", "Đảng ủy"),
                skeleton.provinces().get(d.province()).index() + 1,
                ctx.cellIds(),
                groups);
        List<Person> persons = people.generate();
        List<BulkRecord> out = new ArrayList<>();
        Map<OrganizationId, List<OrganizationFact>> orgFacts = organizations(ctx, spec, commune, groups, persons, r);
        List<OrganizationHistory> histories = new ArrayList<>();
        int n = 0;
        for (Map.Entry<OrganizationId, List<OrganizationFact>> e : orgFacts.entrySet()) {
            List<OrganizationFact> facts = e.getValue();
            facts.sort(Comparator.comparing(f -> f.recorded().at()));
            histories.add(OrganizationHistory.of(e.getKey(), facts));
            out.add(BulkRecord.Organization.of(e.getKey(), facts, ctx.origin() + "/org/" + n++));
        }
        for (Person p : persons) {
            out.add(new BulkRecord.Member(p.id, p.recordedFacts(), ctx.origin() + "/member/" + p.number));
        }
        meetings(ctx, persons, r, out);
        OrganizationTree tree = OrganizationTree.of(histories);
        Reviews reviews = new Reviews(ctx, persons, tree, r, out);
        Map<Integer, List<Reviews.Decided>> above = new LinkedHashMap<>();
        for (int y : Reviews.years()) {
            EvaluationRegime regime = regimes.of(Year.of(y), path(spec, id, y));
            above.put(y, reviews.year(y, regime));
        }
        return new Result(out, above, persons.size());
    }

    private List<OrganizationId> path(Skeleton.UnitSpec spec, OrganizationId id, int year) {
        Skeleton.District d = spec.district();
        if (year < Skeleton.THREE_LEVELS.getYear()) {
            return List.of(
                    skeleton.party(), skeleton.provinces().get(d.province()).id(), d.id(), id);
        }
        Skeleton.Commune c = skeleton.communes().get(spec.commune());
        return List.of(skeleton.party(), skeleton.provinces().get(c.province()).id(), c.id(), id);
    }

    // ---------------------------------------------------------------- organisations

    private Map<OrganizationId, List<OrganizationFact>> organizations(
            Context ctx,
            Skeleton.UnitSpec spec,
            Skeleton.Commune commune,
            List<List<OrganizationId>> groups,
            List<Person> persons,
            Random r) {
        UnitShape shape = ctx.shape();
        Skeleton.District d = spec.district();
        LocalDate founded = Skeleton.FOUNDED;
        Recorded imported = Stamps.recorded(founded, ctx.actor(), "");
        Skeleton.Province after = skeleton.provinces().get(commune.province());
        ReorganizationRef restructuring = NationalGenerator.restructuring(ctx.seed(), after);
        Recorded july = Stamps.recorded(Skeleton.THREE_LEVELS, ctx.actor(), restructuring.decision());
        Map<OrganizationId, List<OrganizationFact>> facts = new LinkedHashMap<>();
        List<OrganizationFact> unit = new ArrayList<>();
        facts.put(ctx.id(), unit);
        unit.add(new OrganizationFact.Founded(ctx.id(), founded, shape.kind, shape.name, d.id(), null, imported));
        if (spec.territorial()) {
            unit.add(
                    new OrganizationFact.Dissolved(ctx.id(), Skeleton.THREE_LEVELS, commune.id(), restructuring, july));
        } else {
            unit.add(new OrganizationFact.Reparented(
                    ctx.id(), Skeleton.THREE_LEVELS, commune.id(), restructuring, july));
        }
        for (int k = 0; k < shape.partials.size(); k++) {
            OrganizationId p = ctx.partialIds().get(k);
            facts.put(
                    p,
                    new ArrayList<>(List.of(new OrganizationFact.Founded(
                            p,
                            founded,
                            OrganizationKind.PARTIAL_COMMITTEE,
                            shape.partials.get(k),
                            ctx.id(),
                            null,
                            imported))));
        }
        List<Person> stayers = new ArrayList<>();
        for (Person p : persons) {
            LocalDate c = p.ceremony;
            if (p.imported && p.exit == null && !p.moved && p.exemptFrom == null && c != null && c.getYear() < 2018) {
                stayers.add(p);
            }
        }
        for (int ci = 0; ci < shape.cells.size(); ci++) {
            UnitShape.Cell c = shape.cells.get(ci);
            OrganizationId cell = ctx.cellIds().get(ci);
            List<OrganizationFact> cf;
            if (c.local() == 0) {
                cf = unit;
            } else {
                cf = new ArrayList<>();
                facts.put(cell, cf);
                OrganizationId parent =
                        c.partial() < 0 ? ctx.id() : ctx.partialIds().get(c.partial());
                cf.add(new OrganizationFact.Founded(
                        cell, founded, OrganizationKind.CELL, c.name(), parent, null, imported));
                seats(ctx, cell, ci, stayers, CELL_CONGRESS, null, null, c.size() >= 9, cf, 0);
                if (spec.territorial()) {
                    cf.add(new OrganizationFact.KindChanged(
                            cell, Skeleton.THREE_LEVELS, OrganizationKind.GRASSROOTS_CELL, restructuring, july));
                    cf.add(new OrganizationFact.Reparented(
                            cell, Skeleton.THREE_LEVELS, commune.id(), restructuring, july));
                    long members = persons.stream()
                            .filter(p -> p.history()
                                            .homeCellOn(Skeleton.THREE_LEVELS)
                                            .map(cell::equals)
                                            .orElse(false)
                                    || (p.ceremony != null
                                            && p.ceremony.isAfter(Skeleton.THREE_LEVELS)
                                            && p.history()
                                                    .homeCellOn(Stamps.END)
                                                    .map(cell::equals)
                                                    .orElse(false)))
                            .count();
                    if (members >= 30) {
                        cf.add(new OrganizationFact.ExceptionApproved(
                                cell,
                                Skeleton.THREE_LEVELS,
                                StructurePolicy.GRASSROOTS_SIZE,
                                "Văn bản đồng ý giữ chi bộ cơ sở từ 30 đảng viên trở lên (minh họa)",
                                null,
                                july));
                    }
                }
            }
            for (int y = 2021; y <= 2025; y++) {
                if (r.nextDouble() < 0.001) {
                    LocalDate on = LocalDate.of(y, 1, 1).plusDays(r.nextInt(360));
                    cf.add(new OrganizationFact.DisciplineImposed(
                            cell,
                            on,
                            OrganizationDiscipline.REPRIMAND,
                            "Ủy ban Kiểm tra cấp ủy cấp trên (minh họa)",
                            "Buông lỏng lãnh đạo, quản lý đảng viên (minh họa)",
                            Stamps.recorded(on, ctx.actor(), "Quyết định kỷ luật tổ chức đảng")));
                }
            }
            for (int k = 0; k < groups.get(ci).size(); k++) {
                OrganizationId g = groups.get(ci).get(k);
                facts.put(
                        g,
                        new ArrayList<>(List.of(new OrganizationFact.Founded(
                                g,
                                GROUPS_FOUNDED,
                                OrganizationKind.PARTY_GROUP,
                                "Tổ đảng số " + (k + 1),
                                cell,
                                null,
                                imported))));
            }
        }
        int congress = 10 + r.nextInt(15);
        LocalDate term = LocalDate.of(2020, 5, 1).plusDays(r.nextInt(90));
        unit.add(new OrganizationFact.TermOpened(
                ctx.id(), term, congress, 2025, Stamps.recorded(term, ctx.actor(), "Đại hội nhiệm kỳ 2020–2025")));
        boolean committee = shape.kind == OrganizationKind.GRASSROOTS_COMMITTEE;
        int office = shape.cells.size() - 1;
        for (int ci = shape.cells.size() - 1; ci >= 0; ci--) {
            if (shape.cells.get(ci).work() == UnitShape.Work.OFFICE) {
                office = ci;
            }
        }
        boolean deputy = committee || shape.cells.get(0).size() >= 9;
        if (spec.territorial()) {
            seats(ctx, ctx.id(), office, stayers, term, Skeleton.THREE_LEVELS, congress, deputy, unit, 1);
        } else {
            LocalDate next = LocalDate.of(2025, 4, 15).plusDays(r.nextInt(60));
            seats(ctx, ctx.id(), office, stayers, term, next, congress, deputy, unit, 1);
            unit.add(new OrganizationFact.TermOpened(
                    ctx.id(),
                    next,
                    congress + 1,
                    2030,
                    Stamps.recorded(next, ctx.actor(), "Đại hội nhiệm kỳ 2025–2030")));
            seats(ctx, ctx.id(), office, stayers, next, null, congress + 1, deputy, unit, 2);
        }
        return facts;
    }

    /** The secretary (and deputy) of {@code org}, from the members of cell {@code ci} who stay throughout. */
    private static void seats(
            Context ctx,
            OrganizationId org,
            int ci,
            List<Person> stayers,
            LocalDate from,
            @Nullable LocalDate until,
            @Nullable Integer congress,
            boolean deputy,
            List<OrganizationFact> out,
            int term) {
        int found = 0;
        for (Person p : stayers) {
            if (p.cell != ci) {
                continue;
            }
            CommitteeRole role = found == 0 ? CommitteeRole.SECRETARY : CommitteeRole.DEPUTY_SECRETARY;
            long seat = ((long) ci << 8) + (term << 2) + found;
            out.add(new OrganizationFact.SeatTaken(
                    org,
                    from,
                    Ids.uuid(ctx.seed(), Ids.SEAT, ctx.index(), seat),
                    p.id,
                    role,
                    until,
                    congress,
                    Stamps.recorded(from, ctx.actor(), "Bầu tại đại hội")));
            found++;
            if (found == 2 || !deputy) {
                return;
            }
        }
    }

    // ---------------------------------------------------------------- meetings

    private void meetings(Context ctx, List<Person> persons, Random r, List<BulkRecord> out) {
        int year = GeneratorSettings.MEETING_YEAR;
        for (int ci = 0; ci < ctx.cellIds().size(); ci++) {
            boolean sampled = (ctx.index() == 0 && ci == 0)
                    || Ids.unit(ctx.seed(), Ids.SAMPLE, ctx.index(), ci) < settings.meetingShare();
            if (!sampled) {
                continue;
            }
            OrganizationId cell = ctx.cellIds().get(ci);
            MeetingSchedule schedule = new MeetingSchedule(
                    cell,
                    MeetingKind.REGULAR,
                    5 + (int) (Ids.hash(ctx.seed(), Ids.SAMPLE, ctx.index(), ci) >>> 60) + r.nextInt(8),
                    HolidayShift.EARLIER,
                    DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
            out.add(new BulkRecord.Schedule(
                    schedule,
                    Stamps.recorded(LocalDate.of(year, 1, 2), ctx.actor(), "Lịch sinh hoạt chi bộ năm " + year),
                    ctx.origin() + "/schedule/" + ci));
            for (int month = 1; month <= 12; month++) {
                LocalDate date = schedule.dateIn(YearMonth.of(year, month), calendar);
                Meeting meeting = meeting(ctx, cell, ci, month, date, persons, r);
                out.add(BulkRecord.Meeting.of(
                        meeting.id(),
                        List.of(new MeetingRecord(
                                meeting,
                                Stamps.recorded(date.plusDays(1), ctx.actor(), "Biên bản sinh hoạt chi bộ"),
                                1)),
                        ctx.origin() + "/meeting/" + ci + "/" + month));
            }
        }
    }

    private static Meeting meeting(
            Context ctx, OrganizationId cell, int ci, int month, LocalDate date, List<Person> persons, Random r) {
        boolean thematic = month % 3 == 0;
        List<Attendance> attendance = new ArrayList<>();
        Map<MemberId, VoteChoice> votes = new LinkedHashMap<>();
        MemberId secretary = null;
        for (Person p : persons) {
            MemberStanding s = p.history().standingOn(date);
            if (!s.isMember() || !cell.equals(s.activityCell()) || s.has(ConditionKind.EXEMPTION)) {
                continue;
            }
            double x = r.nextDouble();
            if (x < 0.92) {
                attendance.add(Attendance.present(p.id));
                if (s.status() == MembershipStatus.FULL && cell.equals(s.homeCell())) {
                    votes.put(p.id, r.nextDouble() < 0.99 ? VoteChoice.YES : VoteChoice.ABSTAIN);
                    if (secretary == null) {
                        secretary = p.id;
                    }
                }
            } else if (x < 0.99) {
                attendance.add(Attendance.excused(p.id, EXCUSES[r.nextInt(EXCUSES.length)]));
            } else {
                attendance.add(Attendance.unexcused(p.id));
            }
        }
        int year = date.getYear();
        List<String> agenda = new ArrayList<>(List.of(
                "Đánh giá kết quả lãnh đạo thực hiện nhiệm vụ tháng " + month + "/" + year,
                "Thảo luận, thống nhất nhiệm vụ tháng tới"));
        if (thematic) {
            agenda.add("Chuyên đề quý " + (month / 3) + " (minh họa)");
        }
        List<Resolution> resolutions = votes.isEmpty()
                ? List.of()
                : List.of(new Resolution(
                        "Nghị quyết sinh hoạt chi bộ tháng " + month + "/" + year,
                        ResolutionKind.ORDINARY,
                        null,
                        Ballot.Open.of(votes)));
        return new Meeting(
                MeetingId.of(Ids.uuid(ctx.seed(), Ids.MEETING, ctx.index(), ci * 16L + month)),
                cell,
                MeetingKind.REGULAR,
                thematic,
                date,
                thematic ? LocalTime.of(19, 0) : LocalTime.of(19, 30),
                thematic ? LocalTime.of(21, 15) : LocalTime.of(21, 0),
                date.minusDays(3),
                agenda,
                List.of(),
                attendance,
                secretary,
                resolutions);
    }
}

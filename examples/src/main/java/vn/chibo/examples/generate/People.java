package vn.chibo.examples.generate;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.RemovalGround;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.member.SponsorRelation;
import vn.chibo.domain.member.TransferKind;
import vn.chibo.examples.VietnameseNames;

/**
 * The members of one grassroots organisation and their dated histories: the members of 1/1/2021
 * (admitted, given their ceremony and recognised before, imported as history), then what happened
 * to them from 2021 to 2025, one year at a time (deaths, mostly of the old; removals and
 * expulsions; discipline; exemptions of the old in residential cells; sick and maternity leave;
 * permanent and temporary transfers between the organisation's cells until 30/6/2025), and the
 * members admitted in those years with two sponsors from their cell, their ceremony and, twelve
 * months on, their recognition (a few refused).
 *
 * <p>Rates per member and year (illustrative): death 0.1 % under 50 to 8 % from 80; removal 0.1 %,
 * expulsion 0.03 %, discipline 0.4 %, sick leave 1 %, maternity leave 3 % of women 22–40,
 * exemption 3 % of residential members from 70, permanent transfer 1 %, temporary 0.4 %,
 * admissions 2.8 % of a cell's size. Nobody leaves a cell of fewer than {@value
 * UnitShape#STABLE_BELOW} members, and admissions and transfers in stop at 300 members (29 in a
 * grassroots cell), so every cell keeps 3–300 members.
 */
final class People {
    /** The first membership policy (QĐ 29-QĐ/TW): admissions from then name their sponsors. */
    static final LocalDate SPONSORS_FROM = LocalDate.of(2016, 7, 25);

    private static final LocalDate OLDEST_ADMISSION = LocalDate.of(1960, 3, 1);
    private static final LocalDate LAST_IMPORTED_ADMISSION = LocalDate.of(2020, 11, 15);
    private static final LocalDate GROUPS_FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate LAST_TRANSFER = Skeleton.THREE_LEVELS.minusDays(1);
    private static final int FIRST_YEAR = 2021;
    private static final int LAST_YEAR = 2025;

    private static final String[] VIOLATIONS = {
        "Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao (minh họa)",
        "Vi phạm quy định về những điều đảng viên không được làm (minh họa)",
        "Vi phạm nguyên tắc tổ chức sinh hoạt đảng (minh họa)"
    };

    /** One person on the organisation's rolls, as generated. Mutable only while generated. */
    static final class Person {
        final MemberId id;
        final int number;
        final int cell;
        final Sex sex;
        final LocalDate born;
        final boolean imported;
        final List<MemberFact> facts = new ArrayList<>(10);
        final List<LocalDate> moveDates = new ArrayList<>(1);
        final List<Integer> moveTo = new ArrayList<>(1);

        @Nullable
        LocalDate ceremony;

        @Nullable
        LocalDate exit;

        @Nullable
        LocalDate exemptFrom;

        @Nullable
        LocalDate recognitionDecided;

        boolean moved;
        private @Nullable MemberHistory history;

        Person(MemberId id, int number, int cell, Sex sex, LocalDate born, boolean imported) {
            this.id = id;
            this.number = number;
            this.cell = cell;
            this.sex = sex;
            this.born = born;
            this.imported = imported;
        }

        /** The cell (index in the shape) the person belongs to on {@code day}, by permanent transfers. */
        int homeOn(LocalDate day) {
            int home = cell;
            for (int i = 0; i < moveDates.size(); i++) {
                if (!moveDates.get(i).isAfter(day)) {
                    home = moveTo.get(i);
                }
            }
            return home;
        }

        /** Whether a member on {@code day}, neither gone nor exempted, and full for two years. */
        boolean canSponsor(LocalDate day) {
            LocalDate c = ceremony;
            return c != null
                    && !c.isAfter(day.minusYears(2))
                    && (exit == null || exit.isAfter(day))
                    && (exemptFrom == null || exemptFrom.isAfter(day));
        }

        /** The facts in the order recorded. */
        ImmutableList<MemberFact> recordedFacts() {
            List<MemberFact> sorted = new ArrayList<>(facts);
            sorted.sort(Comparator.comparing(f -> f.recorded().at()));
            return ImmutableList.copyOf(sorted);
        }

        /** The history of the facts generated. */
        MemberHistory history() {
            MemberHistory h = history;
            if (h == null) {
                h = MemberHistory.of(id, recordedFacts());
                history = h;
            }
            return h;
        }
    }

    private final UnitShape shape;
    private final long seed;
    private final Random r;
    private final VietnameseNames names;
    private final String actor;
    private final String decider;
    private final String deciderAfter;
    private final int provinceCode;
    private final List<OrganizationId> cellIds;
    private final List<List<OrganizationId>> groupIds;
    private final List<List<Person>> byCell = new ArrayList<>();
    private final int[] load;
    private final List<Person> persons = new ArrayList<>();

    People(
            UnitShape shape,
            long seed,
            Random r,
            String actor,
            String decider,
            String deciderAfter,
            int provinceCode,
            List<OrganizationId> cellIds,
            List<List<OrganizationId>> groupIds) {
        this.shape = shape;
        this.seed = seed;
        this.r = r;
        this.names = new VietnameseNames(r);
        this.actor = actor;
        this.decider = decider;
        this.deciderAfter = deciderAfter;
        this.provinceCode = provinceCode;
        this.cellIds = cellIds;
        this.groupIds = groupIds;
        this.load = new int[shape.cells.size()];
        for (int i = 0; i < shape.cells.size(); i++) {
            byCell.add(new ArrayList<>());
        }
    }

    /** Everybody, in the order made: the members of 1/1/2021 cell by cell, then the admissions. */
    List<Person> generate() {
        for (int ci = 0; ci < shape.cells.size(); ci++) {
            UnitShape.Cell c = shape.cells.get(ci);
            for (int k = 0; k < c.size(); k++) {
                imported(ci, c);
            }
            load[ci] = c.size();
        }
        for (Person p : new ArrayList<>(persons)) {
            live(p);
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (int ci = 0; ci < shape.cells.size(); ci++) {
                admit(ci, year);
            }
        }
        return persons;
    }

    // ---------------------------------------------------------------- the members of 1/1/2021

    private void imported(int ci, UnitShape.Cell c) {
        Sex sex = sexFor(c.work());
        int age = ageFor(c.work());
        LocalDate born = LocalDate.of(2020 - age, 1, 1).plusDays(r.nextInt(365));
        LocalDate admitted =
                born.plusDays((long) ((19 + Math.abs(r.nextGaussian()) * 7 + r.nextDouble() * 3) * 365.25));
        if (admitted.isAfter(LAST_IMPORTED_ADMISSION)) {
            admitted = LAST_IMPORTED_ADMISSION.minusDays(r.nextInt(1_500));
        }
        LocalDate adult = born.plusYears(18).plusMonths(2);
        if (admitted.isBefore(adult)) {
            admitted = adult;
        }
        if (admitted.isBefore(OLDEST_ADMISSION)) {
            admitted = OLDEST_ADMISSION.plusDays(r.nextInt(3_000));
        }
        Person p = person(ci, sex, born, true);
        LocalDate considered = admitted.minusDays(15 + r.nextInt(46));
        LocalDate ceremony = admitted.plusDays(7 + r.nextInt(24));
        LocalDate end = ceremony.plusMonths(12);
        LocalDate decided = end.plusDays(5 + r.nextInt(36));
        boolean recognizedBefore = decided.isBefore(Stamps.LIVE_FROM);
        admission(p, ci, considered, admitted, ceremony, recognizedBefore);
        if (recognizedBefore) {
            p.facts.add(new MemberFact.Recognized(p.id, end, decided, rec(decided, "Công nhận đảng viên chính thức")));
        } else {
            p.recognitionDecided = decided;
        }
        if (c.work() == UnitShape.Work.RESIDENTIAL && age >= 75 && r.nextDouble() < 0.15) {
            LocalDate from = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(2_500));
            if (from.isAfter(ceremony.plusYears(1))) {
                p.facts.add(exemption(p, from));
                p.exemptFrom = from;
            }
        }
    }

    private Person person(int ci, Sex sex, LocalDate born, boolean imported) {
        Person p = new Person(
                Ids.member(seed, shape.spec.index(), persons.size()), persons.size(), ci, sex, born, imported);
        persons.add(p);
        byCell.get(ci).add(p);
        return p;
    }

    private void admission(
            Person p, int ci, LocalDate considered, LocalDate admitted, LocalDate ceremony, boolean card) {
        OrganizationId cell = cellIds.get(ci);
        MemberProfile profile = new MemberProfile(
                names.next(p.sex), p.born, p.sex, r.nextDouble() < 0.9 ? citizenId(p) : null, card ? card() : null);
        p.facts.add(
                new MemberFact.ProfileRecorded(p.id, considered, profile, rec(considered, "Lý lịch người vào Đảng")));
        p.facts.add(new MemberFact.AdmissionDecided(
                p.id,
                admitted,
                cell,
                considered,
                admitted.isBefore(Skeleton.THREE_LEVELS) ? decider : deciderAfter,
                considered.isBefore(SPONSORS_FROM) ? ImmutableList.of() : sponsors(p, ci, considered),
                false,
                rec(admitted, "Quyết định kết nạp đảng viên")));
        p.facts.add(new MemberFact.CeremonyHeld(p.id, ceremony, cell, rec(ceremony, "Lễ kết nạp đảng viên")));
        p.ceremony = ceremony;
        List<OrganizationId> groups = groupIds.get(ci);
        if (!groups.isEmpty()) {
            LocalDate from = ceremony.isBefore(GROUPS_FROM) ? GROUPS_FROM : ceremony;
            p.facts.add(new MemberFact.GroupAssigned(
                    p.id, from, groups.get(p.number % groups.size()), rec(from, "Phân công sinh hoạt tổ đảng")));
        }
    }

    /** Two full members of the cell who have known the candidate for a year or more; a union body when short. */
    private ImmutableList<Sponsor> sponsors(Person candidate, int ci, LocalDate considered) {
        List<Person> pool = byCell.get(ci);
        List<Sponsor> out = new ArrayList<>(2);
        if (!pool.isEmpty()) {
            int start = r.nextInt(pool.size());
            for (int i = 0; i < pool.size() && out.size() < 2; i++) {
                Person s = pool.get((start + i) % pool.size());
                if (s != candidate && s.canSponsor(considered) && s.homeOn(considered) == ci) {
                    SponsorRelation relation = shape.cells.get(ci).work() == UnitShape.Work.RESIDENTIAL
                            ? SponsorRelation.RESIDENCE
                            : SponsorRelation.WORK;
                    out.add(new Sponsor.ByMember(s.id, relation, considered.minusMonths(13 + r.nextInt(36)), false));
                }
            }
        }
        boolean youth = considered.getYear() - candidate.born.getYear() <= 30;
        if (out.size() < 2) {
            out.add(union(youth ? Sponsor.UnionBody.YOUTH_UNION : Sponsor.UnionBody.TRADE_UNION));
        }
        if (out.size() < 2) {
            out.add(union(youth ? Sponsor.UnionBody.TRADE_UNION : Sponsor.UnionBody.YOUTH_UNION));
        }
        return ImmutableList.copyOf(out);
    }

    private static Sponsor union(Sponsor.UnionBody body) {
        return new Sponsor.ByUnion(body, "Nghị quyết giới thiệu đoàn viên ưu tú, công đoàn viên ưu tú (minh họa)");
    }

    // ---------------------------------------------------------------- 2021 to 2025

    private void live(Person p) {
        LocalDate busy = Stamps.LIVE_FROM;
        for (int year = FIRST_YEAR; year <= LAST_YEAR && p.exit == null; year++) {
            LocalDate start = LocalDate.of(year, 1, 1);
            int age = year - p.born.getYear();
            int home = p.homeOn(start);
            boolean canLeave = shape.cells.get(home).size() >= UnitShape.STABLE_BELOW;
            LocalDate limit = LocalDate.of(year + 1, 1, 1);
            double x = r.nextDouble();
            double death = deathRate(age);
            boolean active = p.exemptFrom == null;
            if (canLeave && x < death) {
                LocalDate died = day(year);
                p.exit = died.plusDays(1);
                p.facts.add(new MemberFact.Died(p.id, died.plusDays(1), rec(died.plusDays(4), "Báo tử")));
            } else if (canLeave && active && x < death + 0.001) {
                LocalDate on = day(year);
                p.exit = on;
                p.facts.add(new MemberFact.Removed(
                        p.id,
                        on,
                        r.nextDouble() < 0.7 ? RemovalGround.ABSENCE_OR_DUES : RemovalGround.CARD_RETURNED,
                        deciderOn(on),
                        rec(on, "Quyết định xóa tên đảng viên")));
            } else if (canLeave && active && x < death + 0.0013) {
                LocalDate on = day(year);
                p.exit = on;
                p.facts.add(new MemberFact.Disciplined(
                        p.id,
                        on,
                        MemberDiscipline.EXPULSION,
                        deciderOn(on),
                        VIOLATIONS[1],
                        false,
                        rec(on, "Quyết định kỷ luật khai trừ")));
            }
            LocalDate exit = p.exit;
            if (exit != null) {
                limit = exit;
            }
            LocalDate decided = p.recognitionDecided;
            LocalDate ceremony = Objects.requireNonNull(p.ceremony);
            if (decided != null
                    && decided.getYear() == year
                    && ceremony.plusMonths(12).isBefore(limit)) {
                p.facts.add(new MemberFact.Recognized(
                        p.id, ceremony.plusMonths(12), decided, rec(decided, "Công nhận đảng viên chính thức")));
            }
            if (p.exemptFrom != null || !limit.isAfter(start)) {
                continue;
            }
            int span = (int) (limit.toEpochDay() - start.toEpochDay());
            if (r.nextDouble() < 0.004) {
                LocalDate on = start.plusDays(r.nextInt(span));
                double f = r.nextDouble();
                p.facts.add(new MemberFact.Disciplined(
                        p.id,
                        on,
                        f < 0.7
                                ? MemberDiscipline.REPRIMAND
                                : f < 0.95 ? MemberDiscipline.WARNING : MemberDiscipline.DISMISSAL,
                        f < 0.7 ? "Chi bộ " + shape.cells.get(home).name() : deciderOn(on),
                        VIOLATIONS[r.nextInt(VIOLATIONS.length)],
                        r.nextDouble() < 0.2,
                        rec(on, "Quyết định thi hành kỷ luật")));
            }
            if (shape.cells.get(home).work() == UnitShape.Work.RESIDENTIAL && age >= 70 && r.nextDouble() < 0.03) {
                LocalDate on = start.plusDays(r.nextInt(span));
                p.facts.add(exemption(p, on));
                p.exemptFrom = on;
                continue;
            }
            if (r.nextDouble() < 0.01) {
                LocalDate on = start.plusDays(r.nextInt(span));
                p.facts.add(new MemberFact.ConditionBegan(
                        p.id,
                        on,
                        condition(p),
                        ConditionKind.SICK_LEAVE,
                        on.plusDays(20 + r.nextInt(131)),
                        "Điều trị bệnh dài ngày (minh họa)",
                        rec(on, "Giấy xác nhận nghỉ ốm")));
            }
            if (p.sex == Sex.FEMALE && age >= 22 && age <= 40 && r.nextDouble() < 0.03) {
                LocalDate on = start.plusDays(r.nextInt(span));
                p.facts.add(new MemberFact.ConditionBegan(
                        p.id,
                        on,
                        condition(p),
                        ConditionKind.MATERNITY_LEAVE,
                        on.plusMonths(6),
                        "Nghỉ thai sản (minh họa)",
                        rec(on, "Nghỉ thai sản")));
            }
            busy = transfer(p, year, start, span, home, canLeave, busy);
        }
    }

    private LocalDate transfer(
            Person p, int year, LocalDate start, int span, int home, boolean canLeave, LocalDate busy) {
        if (shape.cells.size() < 2) {
            return busy;
        }
        double x = r.nextDouble();
        LocalDate on = start.plusDays(r.nextInt(span));
        if (on.isBefore(busy) || on.isAfter(LAST_TRANSFER) || x >= 0.014) {
            return busy;
        }
        boolean permanent = x < 0.01;
        if (permanent && !canLeave) {
            return busy;
        }
        int to = other(home);
        if (to < 0) {
            return busy;
        }
        LocalDate until = permanent ? null : on.plusMonths(3 + r.nextInt(7));
        if (until != null && until.isAfter(LAST_TRANSFER)) {
            return busy;
        }
        p.facts.add(new MemberFact.Transferred(
                p.id,
                on,
                permanent ? TransferKind.PERMANENT : TransferKind.TEMPORARY,
                cellIds.get(home),
                cellIds.get(to),
                until,
                on.minusDays(30 + r.nextInt(31)),
                on.minusDays(5 + r.nextInt(16)),
                !permanent && r.nextDouble() < 0.3,
                rec(on, permanent ? "Chuyển sinh hoạt đảng chính thức" : "Chuyển sinh hoạt đảng tạm thời")));
        p.moved = true;
        if (permanent) {
            p.moveDates.add(on);
            p.moveTo.add(to);
            load[to]++;
            return on.plusDays(1);
        }
        return Objects.requireNonNull(until);
    }

    /** Another cell of the organisation with room, preferring one of the same kind of work; -1 if none. */
    private int other(int home) {
        int n = shape.cells.size();
        int start = r.nextInt(n);
        int fallback = -1;
        for (int i = 0; i < n; i++) {
            int c = (start + i) % n;
            if (c == home || load[c] >= max(c) - 5) {
                continue;
            }
            if (shape.cells.get(c).work() == shape.cells.get(home).work()) {
                return c;
            }
            if (fallback < 0) {
                fallback = c;
            }
        }
        return fallback;
    }

    // ---------------------------------------------------------------- admissions of 2021 to 2025

    private void admit(int ci, int year) {
        UnitShape.Cell c = shape.cells.get(ci);
        int n = 0;
        for (int k = 0; k < c.size(); k++) {
            if (r.nextDouble() < 0.028) {
                n++;
            }
        }
        n = Math.min(n, max(ci) - load[ci]);
        for (int k = 0; k < n; k++) {
            LocalDate admitted = LocalDate.of(year, 1, 10).plusDays(r.nextInt(320));
            LocalDate considered = admitted.minusDays(20 + r.nextInt(41));
            double age = Math.min(35, 18.3 + Math.abs(r.nextGaussian()) * 4.5 + r.nextDouble() * 3);
            LocalDate born = considered.minusDays((long) (age * 365.25));
            Person p = person(ci, sexFor(c.work()), born, false);
            LocalDate ceremony = admitted.plusDays(7 + r.nextInt(24));
            admission(p, ci, considered, admitted, ceremony, false);
            load[ci]++;
            LocalDate end = ceremony.plusMonths(12);
            LocalDate decided = end.plusDays(5 + r.nextInt(36));
            if (!decided.isAfter(Stamps.END)) {
                if (r.nextDouble() < 0.007) {
                    p.exit = decided;
                    p.facts.add(new MemberFact.Removed(
                            p.id,
                            decided,
                            RemovalGround.RECOGNITION_REFUSED,
                            deciderOn(decided),
                            rec(decided, "Không công nhận đảng viên chính thức")));
                } else {
                    p.facts.add(new MemberFact.Recognized(
                            p.id, end, decided, rec(decided, "Công nhận đảng viên chính thức")));
                }
            }
        }
    }

    /** The most members cell {@code ci} may reach. */
    private int max(int ci) {
        return shape.isCell() ? UnitShape.GRASSROOTS_CELL_MAX + 3 : 300;
    }

    // ---------------------------------------------------------------- helpers

    private MemberFact.ConditionBegan exemption(Person p, LocalDate from) {
        return new MemberFact.ConditionBegan(
                p.id,
                from,
                condition(p),
                ConditionKind.EXEMPTION,
                null,
                "Tuổi cao, sức yếu: chi bộ quyết định miễn công tác và sinh hoạt đảng (minh họa)",
                rec(from, "Nghị quyết của chi bộ về miễn công tác và sinh hoạt đảng"));
    }

    private UUID condition(Person p) {
        return Ids.uuid(seed, Ids.CONDITION, shape.spec.index(), ((long) p.number << 8) + p.facts.size());
    }

    private String deciderOn(LocalDate day) {
        return day.isBefore(Skeleton.THREE_LEVELS) ? decider : deciderAfter;
    }

    private vn.chibo.domain.common.Recorded rec(LocalDate decided, String reason) {
        return Stamps.recorded(decided, actor, reason);
    }

    private LocalDate day(int year) {
        return LocalDate.of(year, 1, 1).plusDays(r.nextInt(364));
    }

    private Sex sexFor(UnitShape.Work work) {
        double male = switch (work) {
            case POLICE, MILITARY -> 0.85;
            case SCHOOL, HEALTH -> 0.35;
            case RESIDENTIAL -> 0.55;
            case OFFICE, ENTERPRISE -> 0.5;
        };
        return r.nextDouble() < male ? Sex.MALE : Sex.FEMALE;
    }

    /** Age on 1/1/2021: residential cells half retired, the others of working age. */
    private int ageFor(UnitShape.Work work) {
        double u = (r.nextDouble() + r.nextDouble()) / 2;
        return switch (work) {
            case RESIDENTIAL ->
                r.nextDouble() < 0.55 ? (int) Math.min(95, 60 + Math.abs(r.nextGaussian()) * 12) : 28 + (int) (u * 32);
            case POLICE, MILITARY -> 22 + (int) (u * 33);
            case OFFICE, SCHOOL, HEALTH, ENTERPRISE -> 24 + (int) (u * 36);
        };
    }

    private static double deathRate(int age) {
        if (age < 50) {
            return 0.001;
        } else if (age < 60) {
            return 0.003;
        } else if (age < 70) {
            return 0.01;
        } else if (age < 80) {
            return 0.03;
        }
        return 0.08;
    }

    /** A 12-digit citizen ID: province code, century and sex, year of birth, six digits (illustrative). */
    private String citizenId(Person p) {
        char[] d = new char[12];
        int code = provinceCode % 1000;
        d[0] = (char) ('0' + code / 100);
        d[1] = (char) ('0' + code / 10 % 10);
        d[2] = (char) ('0' + code % 10);
        int century = p.born.getYear() >= 2000 ? 2 : 0;
        d[3] = (char) ('0' + century + (p.sex == Sex.FEMALE ? 1 : 0));
        int yy = p.born.getYear() % 100;
        d[4] = (char) ('0' + yy / 10);
        d[5] = (char) ('0' + yy % 10);
        for (int i = 6; i < 12; i++) {
            d[i] = (char) ('0' + r.nextInt(10));
        }
        return new String(d);
    }

    private String card() {
        char[] d = new char[8];
        for (int i = 0; i < 8; i++) {
            d[i] = (char) ('0' + r.nextInt(10));
        }
        return new String(d);
    }
}

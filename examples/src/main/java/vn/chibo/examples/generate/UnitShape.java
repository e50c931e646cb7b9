package vn.chibo.examples.generate;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.chibo.domain.organization.OrganizationKind;

/**
 * The shape of one grassroots organisation before its people are made: its kind and name, its
 * partial committees, its cells with their names, kinds of work and sizes on 1/1/2021, and their
 * party groups. Drawn from a random stream of its own, so that {@link NationalGenerator#plan()} can
 * count members without making them.
 *
 * <p>Sizes (members on 1/1/2021): residential cells median 40 (wards) or 30 (communes), spread
 * log-normally and kept to 8–285; other cells median 12–15, 5–150; grassroots cells median 13,
 * 3–26 (a grassroots organisation of 30 members or more is a committee); a grassroots committee has
 * at least 33. Every cell keeps to 3–300 members to the end of 2025.
 */
final class UnitShape {
    /** Where the members of a cell work or live: it sets their ages, sexes and sponsors' ties. */
    enum Work {
        RESIDENTIAL,
        OFFICE,
        SCHOOL,
        HEALTH,
        POLICE,
        MILITARY,
        ENTERPRISE
    }

    /**
     * One cell (or the grassroots cell itself).
     *
     * @param local its number in the organisation: 0 for a grassroots cell (the organisation
     *     itself), 1 and up for the cells of a committee
     * @param name its name
     * @param work what its members do
     * @param size its members on 1/1/2021
     * @param partial the partial committee it sits under, or -1
     * @param groups how many party groups it has
     */
    record Cell(int local, String name, Work work, int size, int partial, int groups) {}

    /** A grassroots cell of at most this many members on 1/1/2021 stays under 30 to the end. */
    static final int GRASSROOTS_CELL_MAX = 26;

    /** A cell of at most this many members on 1/1/2021 stays at or under 300 to the end. */
    static final int CELL_MAX = 285;

    /** Cells of fewer members lose nobody (deaths, removals, transfers out), so none drops under 3. */
    static final int STABLE_BELOW = 8;

    private static final String[] TERRITORIAL_AGENCIES = {
        "Chi bộ Cơ quan Đảng - Đoàn thể",
        "Chi bộ Ủy ban nhân dân",
        "Chi bộ Công an",
        "Chi bộ Quân sự",
        "Chi bộ Trường Mầm non",
        "Chi bộ Trường Tiểu học",
        "Chi bộ Trường Trung học cơ sở",
        "Chi bộ Trạm Y tế"
    };

    private static final Work[] TERRITORIAL_WORK = {
        Work.OFFICE, Work.OFFICE, Work.POLICE, Work.MILITARY, Work.SCHOOL, Work.SCHOOL, Work.SCHOOL, Work.HEALTH
    };

    final Skeleton.UnitSpec spec;
    final OrganizationKind kind;
    final String name;
    final Work work;
    final ImmutableList<String> partials;
    final ImmutableList<Cell> cells;

    UnitShape(Skeleton.UnitSpec spec, long seed) {
        this.spec = spec;
        Random r = Ids.random(seed, Ids.SHAPE, spec.index());
        Skeleton.District d = spec.district();
        String where = " (" + d.shortName() + ")";
        List<Cell> cs = new ArrayList<>();
        List<String> ps = new ArrayList<>();
        if (spec.territorial()) {
            kind = OrganizationKind.GRASSROOTS_COMMITTEE;
            work = Work.RESIDENTIAL;
            String level = d.urban() ? "phường" : "xã";
            name = "Đảng bộ " + level + " Số " + (spec.local() + 1) + where;
            int residential = logNormal(r, d.urban() ? 10 : 8, 0.35, 4, 24);
            for (int i = 0; i < residential; i++) {
                int size = logNormal(r, d.urban() ? 40 : 30, 0.55, STABLE_BELOW, CELL_MAX);
                cs.add(new Cell(
                        cs.size() + 1,
                        (d.urban() ? "Chi bộ Khu phố " : "Chi bộ Thôn ") + (i + 1),
                        Work.RESIDENTIAL,
                        size,
                        -1,
                        size >= 50 ? Math.min(5, size / 20) : 0));
            }
            for (int i = 0; i < TERRITORIAL_AGENCIES.length; i++) {
                if (i < 4 || r.nextDouble() < 0.6) {
                    String n = TERRITORIAL_AGENCIES[i];
                    if (i == 2 || i == 3) {
                        n = n + " " + level;
                    }
                    cs.add(new Cell(cs.size() + 1, n, TERRITORIAL_WORK[i], logNormal(r, 12, 0.45, 5, 40), -1, 0));
                }
            }
        } else {
            work = agencyWork(r);
            int number = spec.local() - d.territorial() + 1;
            String agency = agencyName(work, r) + " Số " + number;
            if (r.nextDouble() < 0.32) {
                kind = OrganizationKind.GRASSROOTS_COMMITTEE;
                name = "Đảng bộ " + agency + where;
                int count = logNormal(r, 5, 0.5, 3, 30);
                int partialCount = count >= 10 ? count / 6 : 0;
                for (int i = 0; i < partialCount; i++) {
                    ps.add("Đảng bộ bộ phận Khối " + (i + 1));
                }
                int total = 0;
                for (int i = 0; i < count; i++) {
                    int size = logNormal(r, 15, 0.6, 5, 150);
                    total += size;
                    cs.add(new Cell(
                            i + 1,
                            "Chi bộ " + department(work) + " " + (i + 1),
                            work,
                            size,
                            partialCount == 0 ? -1 : i % partialCount,
                            0));
                }
                if (total < 33) {
                    Cell last = cs.remove(cs.size() - 1);
                    cs.add(new Cell(last.local(), last.name(), work, last.size() + 33 - total, last.partial(), 0));
                }
            } else {
                kind = OrganizationKind.GRASSROOTS_CELL;
                name = "Chi bộ " + agency + where;
                cs.add(new Cell(0, name, work, logNormal(r, 13, 0.5, 3, GRASSROOTS_CELL_MAX), -1, 0));
            }
        }
        this.partials = ImmutableList.copyOf(ps);
        this.cells = ImmutableList.copyOf(cs);
    }

    /** Members on 1/1/2021. */
    int members() {
        int n = 0;
        for (Cell c : cells) {
            n += c.size();
        }
        return n;
    }

    /** Whether the organisation is itself the one cell (a grassroots cell). */
    boolean isCell() {
        return kind == OrganizationKind.GRASSROOTS_CELL;
    }

    private static Work agencyWork(Random r) {
        double x = r.nextDouble();
        if (x < 0.30) {
            return Work.ENTERPRISE;
        } else if (x < 0.55) {
            return Work.SCHOOL;
        } else if (x < 0.80) {
            return Work.OFFICE;
        } else if (x < 0.90) {
            return Work.HEALTH;
        } else if (x < 0.95) {
            return Work.POLICE;
        }
        return Work.MILITARY;
    }

    private static String agencyName(Work work, Random r) {
        String[] names = switch (work) {
            case ENTERPRISE ->
                new String[] {"Công ty cổ phần", "Công ty TNHH", "Hợp tác xã", "Công ty Điện lực", "Ngân hàng"};
            case SCHOOL ->
                new String[] {"Trường Trung học phổ thông", "Trường Cao đẳng", "Trường Đại học", "Trường Chính trị"};
            case OFFICE ->
                new String[] {
                    "Chi cục Thuế", "Kho bạc Nhà nước", "Sở Tư pháp", "Văn phòng Ủy ban nhân dân", "Tòa án nhân dân"
                };
            case HEALTH -> new String[] {"Bệnh viện Đa khoa", "Trung tâm Y tế", "Bệnh viện Y học cổ truyền"};
            case POLICE -> new String[] {"Công an", "Phòng Cảnh sát giao thông"};
            case MILITARY -> new String[] {"Ban Chỉ huy Quân sự", "Đồn Biên phòng", "Trung đoàn"};
            case RESIDENTIAL -> new String[] {"Khu dân cư"};
        };
        return names[r.nextInt(names.length)];
    }

    private static String department(Work work) {
        return switch (work) {
            case ENTERPRISE -> "Phân xưởng";
            case SCHOOL -> "Khoa";
            case HEALTH -> "Khoa";
            case POLICE, MILITARY -> "Đội";
            case OFFICE, RESIDENTIAL -> "Phòng";
        };
    }

    /** A log-normal whole number around {@code median}, kept within {@code [min, max]}. */
    static int logNormal(Random r, double median, double sigma, int min, int max) {
        long v = Math.round(median * Math.exp(sigma * r.nextGaussian()));
        return (int) Math.max(min, Math.min(max, v));
    }
}

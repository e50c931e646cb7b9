package vn.chibo.examples.generate;

import static com.google.common.base.Preconditions.checkElementIndex;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.organization.StructurePolicies;

/**
 * The levels above the grassroots organisations, and where each grassroots organisation sits: the
 * party, the provinces (the 63 of 2024 merged into 34 on 1/7/2025, as NQ 202/2025/QH15 did; the
 * generator keeps a prefix of the list at small scales), the districts until 30/6/2025 and the
 * communes founded on 1/7/2025 in their place. Small: at full scale some 700 districts and 3,500
 * communes. A pure function of the settings.
 *
 * <p>The sizes shrink with the cube root of the scale in each of the three levels (provinces,
 * districts per province, grassroots organisations per district), so that a small country still
 * has several provinces and districts.
 */
final class Skeleton {
    /** The founding date of the imported tree (illustrative, as in the Phường 5 scenario). */
    static final LocalDate FOUNDED = LocalDate.of(1960, 1, 1);

    /** The day the three-level system took effect, and the provinces merged. */
    static final LocalDate THREE_LEVELS = StructurePolicies.THREE_LEVELS;

    /** The day Thừa Thiên Huế became the centrally run city of Huế. */
    static final LocalDate HUE_CITY = LocalDate.of(2025, 1, 1);

    /** Grassroots organisations of the whole country. */
    static final int NATIONAL_GRASSROOTS = 55_000;

    /** Districts of the whole country until 30/6/2025. */
    static final int NATIONAL_DISTRICTS = 705;

    /** The share of a district's grassroots organisations that are communes or wards. */
    static final double TERRITORIAL_SHARE = 0.19;

    /** How many old communes or wards one new commune of 1/7/2025 takes in. */
    static final int COMMUNES_MERGED = 3;

    /**
     * The provinces of 2024 in the groups they merged into on 1/7/2025, the province keeping its
     * name first; single ones kept their borders. Ordered so that a prefix mixes both kinds.
     */
    static final ImmutableList<ImmutableList<String>> PROVINCE_GROUPS = ImmutableList.of(
            ImmutableList.of("thành phố Hà Nội"),
            ImmutableList.of("tỉnh Quảng Trị", "tỉnh Quảng Bình"),
            ImmutableList.of("Thành phố Hồ Chí Minh", "tỉnh Bình Dương", "tỉnh Bà Rịa - Vũng Tàu"),
            ImmutableList.of("tỉnh Nghệ An"),
            ImmutableList.of("tỉnh Thừa Thiên Huế"),
            ImmutableList.of("thành phố Đà Nẵng", "tỉnh Quảng Nam"),
            ImmutableList.of("thành phố Cần Thơ", "tỉnh Sóc Trăng", "tỉnh Hậu Giang"),
            ImmutableList.of("tỉnh Thanh Hóa"),
            ImmutableList.of("thành phố Hải Phòng", "tỉnh Hải Dương"),
            ImmutableList.of("tỉnh Tuyên Quang", "tỉnh Hà Giang"),
            ImmutableList.of("tỉnh Lào Cai", "tỉnh Yên Bái"),
            ImmutableList.of("tỉnh Thái Nguyên", "tỉnh Bắc Kạn"),
            ImmutableList.of("tỉnh Phú Thọ", "tỉnh Vĩnh Phúc", "tỉnh Hòa Bình"),
            ImmutableList.of("tỉnh Bắc Ninh", "tỉnh Bắc Giang"),
            ImmutableList.of("tỉnh Hưng Yên", "tỉnh Thái Bình"),
            ImmutableList.of("tỉnh Ninh Bình", "tỉnh Hà Nam", "tỉnh Nam Định"),
            ImmutableList.of("tỉnh Quảng Ngãi", "tỉnh Kon Tum"),
            ImmutableList.of("tỉnh Gia Lai", "tỉnh Bình Định"),
            ImmutableList.of("tỉnh Khánh Hòa", "tỉnh Ninh Thuận"),
            ImmutableList.of("tỉnh Lâm Đồng", "tỉnh Đắk Nông", "tỉnh Bình Thuận"),
            ImmutableList.of("tỉnh Đắk Lắk", "tỉnh Phú Yên"),
            ImmutableList.of("tỉnh Đồng Nai", "tỉnh Bình Phước"),
            ImmutableList.of("tỉnh Tây Ninh", "tỉnh Long An"),
            ImmutableList.of("tỉnh Vĩnh Long", "tỉnh Bến Tre", "tỉnh Trà Vinh"),
            ImmutableList.of("tỉnh Đồng Tháp", "tỉnh Tiền Giang"),
            ImmutableList.of("tỉnh Cà Mau", "tỉnh Bạc Liêu"),
            ImmutableList.of("tỉnh An Giang", "tỉnh Kiên Giang"),
            ImmutableList.of("tỉnh Lai Châu"),
            ImmutableList.of("tỉnh Điện Biên"),
            ImmutableList.of("tỉnh Sơn La"),
            ImmutableList.of("tỉnh Lạng Sơn"),
            ImmutableList.of("tỉnh Quảng Ninh"),
            ImmutableList.of("tỉnh Hà Tĩnh"),
            ImmutableList.of("tỉnh Cao Bằng"));

    /** The name of Thừa Thiên Huế from 1/1/2025. */
    static final String HUE_NEW_NAME = "Đảng bộ thành phố Huế";

    /**
     * A province as it stood in 2024.
     *
     * @param index its place in the list
     * @param id its identity
     * @param name its committee's name
     * @param shortName its name without the committee ("Quảng Trị")
     * @param after the index of the province it belongs to from 1/7/2025: itself, or the one that
     *     took it in
     * @param city whether it is a centrally run city (its districts are urban)
     */
    record Province(int index, OrganizationId id, String name, String shortName, int after, boolean city) {
        boolean mergedAway() {
            return after != index;
        }
    }

    /**
     * A district until 30/6/2025 and the grassroots organisations under it.
     *
     * @param index its place
     * @param province the province's index
     * @param id its identity
     * @param name its committee's name
     * @param shortName its name for the names below it ("huyện Số 3, Quảng Trị")
     * @param urban whether it is a city district or town (wards, residential quarters)
     * @param firstUnit the index of its first grassroots organisation
     * @param units how many it has
     * @param territorial how many of them (the first ones) are communes or wards
     * @param firstCommune the index of the first commune founded in its place on 1/7/2025
     * @param communes how many were founded
     */
    record District(
            int index,
            int province,
            OrganizationId id,
            String name,
            String shortName,
            boolean urban,
            int firstUnit,
            int units,
            int territorial,
            int firstCommune,
            int communes) {}

    /**
     * A commune or ward committee founded on 1/7/2025.
     *
     * @param index its place
     * @param district the district it replaced (with others)
     * @param id its identity
     * @param name its name
     * @param province the index of the province it was founded under
     */
    record Commune(int index, int district, OrganizationId id, String name, int province) {}

    /**
     * Where a grassroots organisation sits.
     *
     * @param index its place in the country
     * @param district its district
     * @param local its place in the district
     * @param territorial whether it is a commune or ward committee (its cells become grassroots
     *     cells under the new commune on 1/7/2025, and it is dissolved)
     * @param commune the index of the commune it falls under from 1/7/2025
     */
    record UnitSpec(int index, District district, int local, boolean territorial, int commune) {}

    private final long seed;
    private final OrganizationId party;
    private final ImmutableList<Province> provinces;
    private final ImmutableList<District> districts;
    private final ImmutableList<Commune> communes;
    private final int grassroots;

    Skeleton(GeneratorSettings settings) {
        this.seed = settings.seed();
        double cube = Math.cbrt(settings.scale());
        this.grassroots = Math.max(1, (int) Math.round(NATIONAL_GRASSROOTS * settings.scale()));
        List<String> names = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        for (int g = 0; g < PROVINCE_GROUPS.size(); g++) {
            for (String n : PROVINCE_GROUPS.get(g)) {
                names.add(n);
                groupOf.add(g);
            }
        }
        int provinceCount = clamp((int) Math.round(names.size() * cube), 1, Math.min(names.size(), grassroots));
        int districtCount = clamp((int) Math.round(NATIONAL_DISTRICTS * cube * cube), provinceCount, grassroots);
        this.party = Ids.organization(seed, Ids.PARTY, 0, 0);
        ImmutableList.Builder<Province> ps = ImmutableList.builder();
        int groupStart = 0;
        for (int p = 0; p < provinceCount; p++) {
            if (p == 0 || !groupOf.get(p).equals(groupOf.get(p - 1))) {
                groupStart = p;
            }
            String n = names.get(p);
            String shortName = n.replaceFirst("^(tỉnh|thành phố|Thành phố) ", "");
            boolean city = !n.startsWith("tỉnh");
            ps.add(new Province(
                    p, Ids.organization(seed, Ids.PROVINCE, p, 0), "Đảng bộ " + n, shortName, groupStart, city));
        }
        this.provinces = ps.build();
        ImmutableList.Builder<District> ds = ImmutableList.builder();
        ImmutableList.Builder<Commune> cs = ImmutableList.builder();
        int commune = 0;
        int[] perProvince = new int[provinceCount];
        for (int d = 0; d < districtCount; d++) {
            int p = (int) ((long) d * provinceCount / districtCount);
            Province province = provinces.get(p);
            int number = ++perProvince[p];
            boolean urban = province.city()
                    ? Ids.unit(seed, Ids.DISTRICT, d, 1) < 0.7
                    : Ids.unit(seed, Ids.DISTRICT, d, 1) < 0.15;
            String word = province.city() ? (urban ? "quận" : "huyện") : (urban ? "thành phố" : "huyện");
            String shortName = word + " Số " + number + ", " + province.shortName();
            int first = (int) ((long) d * grassroots / districtCount);
            int units = (int) ((long) (d + 1) * grassroots / districtCount) - first;
            int territorial = clamp((int) Math.round(units * TERRITORIAL_SHARE), 1, units);
            int count = (territorial + COMMUNES_MERGED - 1) / COMMUNES_MERGED;
            OrganizationId id = Ids.organization(seed, Ids.DISTRICT, d, 0);
            ds.add(new District(
                    d,
                    p,
                    id,
                    "Đảng bộ " + word + " Số " + number + " (" + province.shortName() + ")",
                    shortName,
                    urban,
                    first,
                    units,
                    territorial,
                    commune,
                    count));
            for (int c = 0; c < count; c++) {
                cs.add(new Commune(
                        commune,
                        d,
                        Ids.organization(seed, Ids.COMMUNE, commune, 0),
                        "Đảng bộ " + (urban ? "phường" : "xã") + " Mới " + (c + 1) + " (" + shortName + ")",
                        province.after()));
                commune++;
            }
        }
        this.districts = ds.build();
        this.communes = cs.build();
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    long seed() {
        return seed;
    }

    /** The root: Đảng Cộng sản Việt Nam. */
    OrganizationId party() {
        return party;
    }

    ImmutableList<Province> provinces() {
        return provinces;
    }

    ImmutableList<District> districts() {
        return districts;
    }

    ImmutableList<Commune> communes() {
        return communes;
    }

    /** How many grassroots organisations the country has. */
    int grassroots() {
        return grassroots;
    }

    /** Where grassroots organisation {@code index} sits. */
    UnitSpec unit(int index) {
        checkElementIndex(index, grassroots, "grassroots organisation");
        int lo = 0;
        int hi = districts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (districts.get(mid).firstUnit() <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        District d = districts.get(lo);
        int local = index - d.firstUnit();
        boolean territorial = local < d.territorial();
        int commune = territorial
                ? d.firstCommune() + local / COMMUNES_MERGED
                : d.firstCommune() + (local - d.territorial()) % d.communes();
        return new UnitSpec(index, d, local, territorial, commune);
    }

    /** The province a district's communes are under from 1/7/2025. */
    Province provinceAfter(District d) {
        return provinces.get(provinces.get(d.province()).after());
    }
}

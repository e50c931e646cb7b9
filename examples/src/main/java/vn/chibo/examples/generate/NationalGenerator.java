package vn.chibo.examples.generate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.organization.ReorganizationKind;
import vn.chibo.domain.organization.ReorganizationRef;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.WorkingCalendar;

/**
 * A whole country's party data, made up from a seed: deterministic (the same settings give the
 * same records, byte for byte), streamed (one grassroots organisation at a time, never the whole
 * country in memory) and as large as asked ({@link GeneratorSettings#scale()}).
 *
 * <p>What it makes, as {@link vn.chibo.domain.port.BulkRecord}s for {@code
 * Chibo.bulkLoader()} or a JSON export:
 *
 * <ul>
 *   <li>the tree: Đảng Cộng sản Việt Nam, the provinces, the districts and under them the
 *       grassroots organisations (about one in five a commune or ward committee with residential
 *       and agency cells, the others agencies, schools, enterprises, hospitals, police and army
 *       units: a third of them committees with cells, some with partial committees, two thirds
 *       grassroots cells); party groups in the large residential cells;
 *   <li>the restructuring of 1/7/2025 as the domain models it and the Phường 5 scenario records
 *       it: the provinces merged into 34, the districts dissolved, a new commune or ward committee
 *       for every three old ones, each old commune's cells made grassroots cells under it (with
 *       the approval a cell of 30 members or more needs) and the old committee dissolved into it,
 *       the other grassroots organisations moved under it;
 *   <li>terms and secretaries, the odd discipline of a cell;
 *   <li>members with dated histories ({@link People}): about 6 million at full scale;
 *   <li>the reviews of 2021–2025 ({@link Reviews}) of members, cells, partial and grassroots
 *       committees, districts (2021–2024) and the new communes (2025, not rated: founded less than
 *       six months before the year's end), each decided by the domain's classification under the
 *       regime of its year;
 *   <li>a schedule and the twelve meetings of {@value GeneratorSettings#MEETING_YEAR} of a sample of
 *       cells ({@link GeneratorSettings#meetingShare()}).
 * </ul>
 *
 * <p>Records come in an order a loader can follow: the levels above the grassroots organisations
 * first, then each grassroots organisation (its organisations, members, meetings, reviews), and
 * after the last one of a district, the district's and its new communes' reviews.
 */
public final class NationalGenerator {
    private final GeneratorSettings settings;
    private final PolicyRegistry policies;
    private final WorkingCalendar calendar;
    private final Skeleton skeleton;

    private NationalGenerator(GeneratorSettings settings, PolicyRegistry policies, WorkingCalendar calendar) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.skeleton = new Skeleton(settings);
    }

    /** A generator with chibo's central policies and working calendar. */
    public static NationalGenerator of(GeneratorSettings settings) {
        return new NationalGenerator(settings, ChiboPolicies.central(), WorkingCalendar.vietnam());
    }

    /** A generator judging the reviews by {@code policies} (a province's overlay, say) and dating meetings by {@code calendar}. */
    public static NationalGenerator of(GeneratorSettings settings, PolicyRegistry policies, WorkingCalendar calendar) {
        return new NationalGenerator(settings, policies, calendar);
    }

    /** The settings. */
    public GeneratorSettings settings() {
        return settings;
    }

    /** The actor a load of the generated records runs as: the whole party. */
    public static Actor loader() {
        return Actor.wholeParty("chibo-generator");
    }

    /** The root of the generated tree, Đảng Cộng sản Việt Nam. */
    public OrganizationId party() {
        return skeleton.party();
    }

    /** The grassroots organisation at {@code index} (0 to {@link Plan#grassroots()} − 1). */
    public OrganizationId grassroots(int index) {
        return Ids.organization(settings.seed(), Ids.UNIT, skeleton.unit(index).index(), 0);
    }

    /** The province at {@code index} (0 to {@link Plan#provinces()} − 1), as it stood in 2024. */
    public OrganizationId province(int index) {
        return skeleton.provinces().get(index).id();
    }

    /**
     * The records, from the first: a new stream on every call. Not thread-safe; one stream holds
     * one grassroots organisation's records at a time.
     */
    public BulkSource source() {
        return source((done, total, members) -> {});
    }

    /** {@link #source()}, telling {@code listener} after each grassroots organisation made. */
    public BulkSource source(Listener listener) {
        return new NationalSource(skeleton, settings, new Regimes(policies), calendar, listener);
    }

    /**
     * The records as a {@link BulkReader}, for a JSON snapshot of generated data without a database
     * ({@code SnapshotExporter.over(generator.reader(), ...)}): the kinds in the reader's documented
     * order (organisations, members, meetings, schedules, reviews; the generator makes no residence
     * histories), each kind made by a pass of its own over the whole generation, so that memory
     * stays that of one grassroots organisation whatever the scale, at the price of generating five
     * times. Within a kind, records come in the generator's order, not by identity: the same
     * settings give the same bytes, though not those a store's export of the same data gives (load
     * the snapshot and export it for those). Reads the whole party only: an actor for a subtree is
     * out of scope, a selection of a subtree is refused; the selection's date only dates the
     * document.
     */
    public BulkReader reader() {
        return reader((done, total, members) -> {});
    }

    /**
     * {@link #reader()}, telling {@code listener} after each grassroots organisation made, counted
     * over the five passes.
     */
    public BulkReader reader(Listener listener) {
        return new GeneratedReader(this, listener);
    }

    /** The last day of the generated history, 31/12/2025: the date a snapshot of it stands on. */
    public static LocalDate lastDay() {
        return Stamps.END;
    }

    /** Told how far the generation has come, from the reading thread. */
    @FunctionalInterface
    public interface Listener {
        /**
         * One more grassroots organisation was made.
         *
         * @param done grassroots organisations made so far
         * @param total grassroots organisations to make
         * @param members members made so far (everyone ever on the rolls)
         */
        void unitDone(int done, int total, long members);
    }

    /** How large the generated country is, without making its people. */
    public Plan plan() {
        int committees = 0;
        int cells = 0;
        long members = 0;
        for (int u = 0; u < skeleton.grassroots(); u++) {
            UnitShape shape = new UnitShape(skeleton.unit(u), settings.seed());
            if (!shape.isCell()) {
                committees++;
            }
            cells += shape.cells.size();
            members += shape.members();
        }
        int after = 0;
        for (Skeleton.Province p : skeleton.provinces()) {
            if (!p.mergedAway()) {
                after++;
            }
        }
        return new Plan(
                skeleton.provinces().size(),
                after,
                skeleton.districts().size(),
                skeleton.communes().size(),
                skeleton.grassroots(),
                committees,
                cells,
                members);
    }

    /**
     * How large the generated country is.
     *
     * @param provinces provinces until 30/6/2025
     * @param provincesAfter provinces from 1/7/2025
     * @param districts districts until 30/6/2025
     * @param communes communes and wards founded on 1/7/2025
     * @param grassroots grassroots organisations
     * @param grassrootsCommittees those of them that are committees (the rest are grassroots cells)
     * @param cells cells, grassroots cells included
     * @param members members on 1/1/2021
     */
    public record Plan(
            int provinces,
            int provincesAfter,
            int districts,
            int communes,
            int grassroots,
            int grassrootsCommittees,
            int cells,
            long members) {}

    /** The restructuring of 1/7/2025 in the province {@code after} (as it stands from that day). */
    static ReorganizationRef restructuring(long seed, Skeleton.Province after) {
        return new ReorganizationRef(
                Ids.uuid(seed, Ids.REORGANIZATION, after.index(), 0),
                ReorganizationKind.RESTRUCTURING,
                "Sắp xếp tổ chức đảng ba cấp từ 01/7/2025 (QĐ 294-QĐ/TW), " + after.name() + " (minh họa)");
    }

    /** The merger of provinces of 1/7/2025 into {@code after}. */
    static ReorganizationRef merger(long seed, Skeleton.Province after) {
        return new ReorganizationRef(
                Ids.uuid(seed, Ids.REORGANIZATION, after.index(), 1),
                ReorganizationKind.MERGE,
                "Hợp nhất đảng bộ tỉnh từ 01/7/2025 (NQ 202/2025/QH15), " + after.name() + " (minh họa)");
    }

    /** The renaming of Thừa Thiên Huế. */
    static ReorganizationRef rename(long seed) {
        return new ReorganizationRef(
                UUID.nameUUIDFromBytes(("chibo-generator/" + seed + "/hue").getBytes(StandardCharsets.UTF_8)),
                ReorganizationKind.RENAME,
                "Thành lập thành phố Huế trực thuộc Trung ương từ 01/01/2025 (minh họa)");
    }

    /** The evaluation regime of a review year for an organisation, from the policies. */
    static final class Regimes {
        private final PolicyRegistry policies;

        Regimes(PolicyRegistry policies) {
            this.policies = policies;
        }

        EvaluationRegime of(Year year, List<OrganizationId> path) {
            return policies.findForReviewYear(EvaluationRegime.KIND, year, path, "chibo-generator")
                    .policy()
                    .orElseThrow(() -> new IllegalStateException("no evaluation regime for " + year));
        }
    }
}

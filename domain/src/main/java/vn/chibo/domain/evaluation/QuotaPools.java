package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Objects;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.RuleSource;

/**
 * chibo's default quota pools, one per regime: the grassroots organisation under HD 16 and HD 21
 * (2018–2022) and under QĐ 366 (2025 on, as local guidance applies it); under QĐ 124 (2023–2024)
 * groups of similar roles, which the host defines: until it registers its own {@link QuotaPool},
 * all the members of a grassroots organisation form one group.
 */
public final class QuotaPools {
    private QuotaPools() {}

    /** HD 21's pool: each grassroots organisation (the member's, on 31/12). */
    public static QuotaPool hd21Grassroots() {
        return new Grassroots(
                "evaluation.quota-pool/HD21-grassroots",
                Label.of("từng tổ chức cơ sở đảng", "each grassroots organisation"),
                RuleSource.of(
                        "HD 21-HD/BTCTW (18/10/2019)",
                        "II.B.2.3 a",
                        Confidence.SOURCE_SEEN,
                        "\"trong từng tổ chức cơ sở đảng\" (rules.md §4.5; rules-2.md §C2)"),
                false);
    }

    /**
     * QĐ 124's pool: groups with similar roles, functions and tasks, as the host defines them; by
     * default one group of all the members of each grassroots organisation.
     */
    public static QuotaPool qd124SimilarRoles() {
        return new Grassroots(
                "evaluation.quota-pool/QĐ124-similar-roles",
                Label.of(
                        "nhóm đối tượng có vai trò, chức năng, nhiệm vụ tương đồng; mặc định: đảng viên của từng tổ"
                                + " chức cơ sở đảng là một nhóm",
                        "each group with similar roles, functions and tasks; by default the members of each"
                                + " grassroots organisation as one group"),
                RuleSource.of(
                        "QĐ 124-QĐ/TW (04/10/2023)",
                        "Điều 13",
                        Confidence.SOURCE_SEEN,
                        "per group of similar roles as the competent level defines them (rules.md §4.12); for members"
                                + " HD 25's grouping is recalled as per grassroots organisation or by similar groups: a"
                                + " host registers its own groups"),
                true);
    }

    /** QĐ 366's pool: the grassroots organisation, as chibo's default (the central wording is open). */
    public static QuotaPool qd366Grassroots() {
        return new Grassroots(
                "evaluation.quota-pool/QĐ366-grassroots",
                Label.of("tổ chức cơ sở đảng", "the grassroots organisation"),
                RuleSource.of(
                        "QĐ 366-QĐ/TW; local guidance 2025–2026",
                        "",
                        Confidence.OPEN_QUESTION,
                        "the pool of a member quota under QĐ 366 is open; local guidance counts per cell (rules-2.md"
                                + " §A9): register a pool by cell as an overlay where it applies"),
                false);
    }

    /** Registers the three defaults by review year. */
    public static PolicyRegistry.Builder registerCentral(PolicyRegistry.Builder registry) {
        return registry.register(QuotaPool.KIND, hd21Grassroots(), Applicability.reviewYears(2018, 2022))
                .register(QuotaPool.KIND, qd124SimilarRoles(), Applicability.reviewYears(2023, 2024))
                .register(QuotaPool.KIND, qd366Grassroots(), Applicability.reviewYearsFrom(2025));
    }

    /**
     * The grassroots organisation of a member on 31/12: the nearest organisation at or above the
     * member's home cell that is grassroots; the home cell itself if none is.
     */
    public static OrganizationId grassrootsOf(MemberHistory member, OrganizationTree.Snapshot tree) {
        OrganizationId cell = member.homeCellOn(tree.date())
                .or(() -> member.lastMembership().map(m -> m.admission().cell()))
                .orElseThrow(() -> new IllegalArgumentException("member " + member.id() + " has no cell"));
        List<OrganizationId> path = tree.pathFromRoot(cell);
        for (int i = path.size() - 1; i >= 0; i--) {
            OrganizationId id = path.get(i);
            if (tree.get(id).map(s -> s.kind().isGrassroots()).orElse(false)) {
                return id;
            }
        }
        return cell;
    }

    /** A pool per grassroots organisation, named after it, or after it as "its members" (one group). */
    private static final class Grassroots implements QuotaPool {
        private final String id;
        private final Label title;
        private final RuleSource source;
        private final boolean asGroup;

        Grassroots(String id, Label title, RuleSource source, boolean asGroup) {
            this.id = id;
            this.title = title;
            this.source = source;
            this.asGroup = asGroup;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Label title() {
            return title;
        }

        @Override
        public RuleSource source() {
            return source;
        }

        @Override
        public ImmutableSortedMap<String, String> parameters() {
            return ImmutableSortedMap.of("pool", asGroup ? "grassroots-organisation-as-one-group" : "grassroots");
        }

        @Override
        public QuotaPoolKey poolOf(MemberHistory member, OrganizationTree.Snapshot tree) {
            OrganizationId g = grassrootsOf(member, tree);
            String name = tree.get(g).map(OrganizationState::name).orElse(g.toString());
            Label label = asGroup ? Label.of("Đảng viên của " + name, "Members of " + name) : Label.of(name, name);
            return new QuotaPoolKey((asGroup ? "group:" : "grassroots:") + g, label, g);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Grassroots other && other.id.equals(id) && other.asGroup == asGroup;
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, asGroup);
        }

        @Override
        public String toString() {
            return id;
        }
    }
}

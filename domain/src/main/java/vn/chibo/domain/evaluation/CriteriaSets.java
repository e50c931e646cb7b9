package vn.chibo.domain.evaluation;

import java.math.BigDecimal;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.RuleSource;

/**
 * chibo's default criteria sets. QĐ 366 Annex 5 ("đảng viên không làm việc trong hệ thống chính
 * trị") was not read: its items and their points are not known (rules-2.md §A3), and HD 43 item 1
 * has every province build its own sets from the annexes (§A4). The default here follows what was
 * seen, the structure of HD 43's form Mẫu 2C (§A2) and Annex 4's general groups (§A3), and what is
 * recalled of Annex 5 (duties toward the cell and the residence); the points per item are chibo's
 * choice. A province registers its own set as an overlay on its subtree:
 *
 * <pre>{@code
 * ChiboPolicies.central().toBuilder()
 *         .overlay(CriteriaSet.ANNEX_5, quangTriSet, Applicability.reviewYearsFrom(2025), quangTriId)
 *         .build();
 * }</pre>
 */
public final class CriteriaSets {
    private static final String FORM = "HD 43-HD/BTCTW (31/10/2025), Mẫu 2C-HD KĐ.ĐG 2025";

    /**
     * Built once: a criteria set is immutable, and a rating of a member outside the political system
     * without a registered set reads the default (building it and hashing its parameters per rating
     * cost more than the rating itself).
     */
    private static final CriteriaSet ANNEX_5_DEFAULT = buildAnnex5Default();

    private CriteriaSets() {}

    /** The central default for Annex 5, from the 2025 review on. */
    public static CriteriaSet annex5Default() {
        return ANNEX_5_DEFAULT;
    }

    private static CriteriaSet buildAnnex5Default() {
        return CriteriaSet.builder()
                .id("evaluation.criteria.annex5/chibo-default")
                .title(Label.of(
                        "Khung tiêu chí đảng viên không làm việc trong hệ thống chính trị (Phụ lục 5 QĐ 366, mặc"
                                + " định của chibo)",
                        "Criteria for members outside the political system (QĐ 366 Annex 5, chibo's default)"))
                .source(RuleSource.of(
                        "QĐ 366-QĐ/TW (30/8/2025), Phụ lục 5; HD 43-HD/BTCTW (31/10/2025)",
                        "Điều 10; HD 43 mục 1",
                        Confidence.OPEN_QUESTION,
                        "Annex 5's own items and split of the 30 and 70 points were not found (rules-2.md §A3); the"
                                + " province builds the set (§A4): register its set as an overlay. These items follow"
                                + " form Mẫu 2C (seen, §A2) and Annex 4's general groups (seen, §A3); their content"
                                + " for Annex 5 is recalled and the points per item are chibo's even split"))
                .addCriteria(
                        new Criterion(
                                "G1",
                                CriterionGroup.GENERAL,
                                Label.of(
                                        "Chính trị tư tưởng, đạo đức, lối sống; ý thức tổ chức kỷ luật, trách nhiệm nêu"
                                                + " gương; không vi phạm những điều đảng viên không được làm",
                                        "Politics, ethics and lifestyle; discipline and setting an example; none of"
                                                + " the things a member must not do"),
                                new BigDecimal("15"),
                                RuleSource.of(
                                        FORM,
                                        "A.I.1",
                                        Confidence.RECALLED,
                                        "heading seen on the form; 15 of the 30 points is chibo's choice")),
                        new Criterion(
                                "G2",
                                CriterionGroup.GENERAL,
                                Label.of(
                                        "Đoàn kết; giữ mối liên hệ với cấp ủy và Nhân dân nơi cư trú",
                                        "Unity; keeping contact with the committee and the people where one lives"),
                                new BigDecimal("5"),
                                RuleSource.of(
                                        "QĐ 366-QĐ/TW, Phụ lục 4",
                                        "nhóm tiêu chí chung 1",
                                        Confidence.RECALLED,
                                        "seen in Annex 4 (rules-2.md §A3), presumed in Annex 5; 5 points is chibo's"
                                                + " choice")),
                        new Criterion(
                                "G3",
                                CriterionGroup.GENERAL,
                                Label.of(
                                        "Tự phê bình và phê bình; khắc phục hạn chế, khuyết điểm đã được kết luận",
                                        "Self-criticism; fixing the shortcomings concluded before"),
                                new BigDecimal("10"),
                                RuleSource.of(
                                        FORM,
                                        "A.III",
                                        Confidence.RECALLED,
                                        "heading seen on the form and in Annex 4 group 3; 10 points is chibo's choice")),
                        new Criterion(
                                "R1",
                                CriterionGroup.RESULTS,
                                Label.of(
                                        "Thực hiện nhiệm vụ chính trị do cấp ủy, chi bộ phân công",
                                        "The political tasks the committee or the cell assigns"),
                                new BigDecimal("30"),
                                RuleSource.of(
                                        FORM,
                                        "A.I.2",
                                        Confidence.RECALLED,
                                        "heading seen on the form; a member is rated on the tasks at the cell (QĐ 366"
                                                + " Điều 3 khoản 4, rules-2.md §A6); 30 of the 70 points is chibo's"
                                                + " choice")),
                        new Criterion(
                                "R2",
                                CriterionGroup.RESULTS,
                                Label.of(
                                        "Nhiệm vụ đảng viên: dự sinh hoạt chi bộ, đóng đảng phí, học tập nghị quyết",
                                        "A member's duties: attending cell meetings, paying dues, studying"
                                                + " resolutions"),
                                new BigDecimal("20"),
                                RuleSource.of(
                                        "QĐ 366-QĐ/TW, Phụ lục 5",
                                        "",
                                        Confidence.RECALLED,
                                        "recalled content of Annex 5 (rules-2.md §A3); 20 points is chibo's choice")),
                        new Criterion(
                                "R3",
                                CriterionGroup.RESULTS,
                                Label.of(
                                        "Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm",
                                        "The yearly commitment to self-improvement"),
                                new BigDecimal("20"),
                                RuleSource.of(
                                        FORM,
                                        "A.I.3",
                                        Confidence.RECALLED,
                                        "heading seen on the form; 20 points is chibo's choice")))
                .build();
    }

    /** Registers {@link #annex5Default()} for the reviews of 2025 on. */
    public static PolicyRegistry.Builder registerCentral(PolicyRegistry.Builder registry) {
        return registry.register(CriteriaSet.ANNEX_5, annex5Default(), Applicability.reviewYearsFrom(2025));
    }
}

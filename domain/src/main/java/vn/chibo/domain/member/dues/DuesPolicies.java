package vn.chibo.domain.member.dues;

import com.google.common.collect.ImmutableMap;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.RuleSource;

/**
 * chibo's central dues policies (rules.md §6A), one per regulation:
 *
 * <ul>
 *   <li>{@link #qd342()}: QĐ 342-QĐ/TW (28/12/2010) with the amounts of HD 03-HD/VPTW
 *       (06/7/2016), from 01/4/2011 (the date one source gives) to 31/01/2026;
 *   <li>{@link #qd01of2026()}: QĐ 01-QĐ/TW of the Politburo (03/02/2026), applied from 01/02/2026.
 * </ul>
 *
 * <p>Choices where the sources are silent, each a parameter a host can change in its own copy:
 *
 * <ul>
 *   <li>rounding: the exact amount is rounded once, half-up to a whole đồng ({@link
 *       Confidence#OPEN_QUESTION}: no rounding rule was found);
 *   <li>QĐ 01, other members outside compulsory social insurance: the sources seen do not give the
 *       amount, so the HD 03/2016 amounts by area (10,000 / 8,000 / 4,000 / 6,000 VND) and the 50%
 *       past working age are carried over ({@link Confidence#OPEN_QUESTION});
 *   <li>QĐ 01, the share a subordinate cell keeps: QĐ 342's 30% carried over ({@link
 *       Confidence#OPEN_QUESTION}, rules.md open question 12);
 *   <li>QĐ 342, exemptions and hardship reductions: rules.md records none, so none is applied and a
 *       hardship decision dated under QĐ 342 is refused ({@link Confidence#OPEN_QUESTION}).
 * </ul>
 */
public final class DuesPolicies {
    /** The first day QĐ 342-QĐ/TW applied, as one source gives it. */
    public static final LocalDate QD342_FROM = LocalDate.of(2011, 4, 1);

    /** The first day QĐ 01-QĐ/TW (2026) applied. */
    public static final LocalDate QD01_2026_FROM = LocalDate.of(2026, 2, 1);

    private static final String QD342 = "QĐ 342-QĐ/TW (28/12/2010)";
    private static final String HD03 = "HD 03-HD/VPTW (06/7/2016)";
    private static final String QD01 = "QĐ 01-QĐ/TW (03/02/2026)";

    private DuesPolicies() {}

    /** The amounts by area of HD 03-HD/VPTW (2016), VND a month. */
    public static ImmutableMap<DuesArea, Long> hd03of2016Amounts() {
        return ImmutableMap.of(
                DuesArea.CENTRAL_CITY_INNER_DISTRICT, 10_000L,
                DuesArea.URBAN_CLASS_I_TO_III, 8_000L,
                DuesArea.REGION_III, 4_000L,
                DuesArea.ELSEWHERE, 6_000L);
    }

    /** QĐ 342-QĐ/TW with HD 03-HD/VPTW (2016): dues from 01/4/2011 to 31/01/2026. */
    public static DuesPolicy qd342() {
        DuesRate areaAmounts = DuesRate.fixedByArea(hd03of2016Amounts());
        RuleSource noRelief = RuleSource.of(
                QD342,
                "",
                Confidence.OPEN_QUESTION,
                "rules.md §6.1 records no exemption or reduction under QĐ 342; none is applied and hardship decisions"
                        + " are refused (a host that confirms a rule sets the parameters in its own copy)");
        return common().id("member.dues/QĐ342-2010")
                .title(Label.of(
                        "Chế độ đảng phí theo QĐ 342-QĐ/TW và HD 03-HD/VPTW (2016)",
                        "Party dues under QĐ 342-QĐ/TW with HD 03-HD/VPTW (2016)"))
                .source(RuleSource.of(
                        QD342 + "; " + HD03,
                        "",
                        Confidence.SOURCE_SEEN,
                        "effective 01/4/2011 per one source (phapluat24h.org); rules.md §6.1"))
                .putRate(
                        DuesCategory.STATE_SALARIED,
                        DuesRate.percentage(100, Label.of("tiền lương, các khoản phụ cấp", "salary and allowances")))
                .putRate(
                        DuesCategory.ENTERPRISE_OR_PUBLIC_UNIT,
                        DuesRate.percentage(
                                100,
                                Label.of(
                                        "tiền lương, tiền công trong bảng lương của đơn vị",
                                        "payroll salary or wages")))
                .putRate(DuesCategory.PENSIONER, DuesRate.percentage(50, Label.of("lương hưu", "pension")))
                .putRate(DuesCategory.PUPIL_OR_STUDENT, areaAmounts)
                .putRate(DuesCategory.OTHER, areaAmounts)
                .hardshipExemptionAllowed(false)
                .cellRetentionPercent(30)
                .putRuleSource(
                        DuesCategory.STATE_SALARIED.ruleCode(),
                        RuleSource.of(
                                QD342,
                                "",
                                Confidence.SOURCE_SEEN,
                                "1% of salary, allowances, wages or living stipend (rules.md §6.1)"))
                .putRuleSource(
                        DuesCategory.ENTERPRISE_OR_PUBLIC_UNIT.ruleCode(),
                        RuleSource.of(QD342, "", Confidence.SOURCE_SEEN, "1% of the unit's payroll salary or wages"))
                .putRuleSource(
                        DuesCategory.PENSIONER.ruleCode(),
                        RuleSource.of(QD342, "", Confidence.SOURCE_SEEN, "0.5% of the social-insurance pension"))
                .putRuleSource(
                        DuesCategory.OTHER.ruleCode(),
                        RuleSource.of(
                                HD03,
                                "",
                                Confidence.SOURCE_SEEN,
                                "QĐ 342 sets 2,000–30,000 VND; HD 03/2016 fixes 10,000 / 8,000 / 4,000 / 6,000 by area;"
                                        + " applied to every month of QĐ 342, the earlier guidance not being researched"))
                .putRuleSource(
                        DuesCategory.PUPIL_OR_STUDENT.ruleCode(),
                        RuleSource.of(
                                HD03,
                                "",
                                Confidence.SOURCE_SEEN,
                                "pupils and students are among QĐ 342's other members in the country (rules.md §6.1)"))
                .putRuleSource(
                        DuesPolicy.PAST_WORKING_AGE,
                        RuleSource.of(QD342, "", Confidence.SOURCE_SEEN, "50% of the fixed amount past working age"))
                .putRuleSource(DuesPolicy.EXEMPTION, noRelief)
                .putRuleSource(DuesPolicy.HARDSHIP, noRelief)
                .putRuleSource(
                        DuesPolicy.CELL_RETENTION,
                        RuleSource.of(
                                QD342,
                                "mục II.1",
                                Confidence.SOURCE_SEEN,
                                "a cell under a grassroots committee keeps 30% and remits 70% ([quiz-2025] item 37);"
                                        + " other shares recalled, not encoded"))
                .build();
    }

    /** QĐ 01-QĐ/TW of the Politburo (03/02/2026): dues from 01/02/2026. */
    public static DuesPolicy qd01of2026() {
        RuleSource article5 = RuleSource.of(
                QD01,
                "Điều 5",
                Confidence.SOURCE_SEEN,
                "on application to the cell (phapluatvacuocsong.vn, rules.md §6.2)");
        return common().id("member.dues/QĐ01-2026")
                .title(Label.of("Chế độ đảng phí theo QĐ 01-QĐ/TW (2026)", "Party dues under QĐ 01-QĐ/TW (2026)"))
                .source(RuleSource.of(
                        QD01,
                        "",
                        Confidence.SOURCE_SEEN,
                        "Politburo, applied from 01/02/2026 (thanhnien.vn, dantri.com.vn, vietnamnet.vn)"))
                .putRate(
                        DuesCategory.COMPULSORY_SOCIAL_INSURANCE,
                        DuesRate.percentage(
                                100,
                                Label.of(
                                        "tiền lương làm căn cứ đóng bảo hiểm xã hội bắt buộc của tháng trước liền kề",
                                        "the previous month's compulsory social-insurance salary base")))
                .putRate(
                        DuesCategory.SOCIAL_INSURANCE_LEAVE,
                        DuesRate.percentage(
                                100,
                                Label.of(
                                        "trợ cấp ốm đau, thai sản do cơ quan bảo hiểm xã hội chi trả",
                                        "the sickness or maternity benefit paid by social insurance")))
                .putRate(DuesCategory.PENSIONER, DuesRate.percentage(50, Label.of("lương hưu", "pension")))
                .putRate(DuesCategory.PUPIL_OR_STUDENT, DuesRate.flat(5_000))
                .putRate(DuesCategory.OTHER, DuesRate.fixedByArea(hd03of2016Amounts()))
                .addExemptionGrounds(ExemptionGround.values())
                .hardshipExemptionAllowed(true)
                .addHardshipReductionPercents(30, 50, 70)
                .hardshipMaxMonths(12)
                .cellRetentionPercent(30)
                .putRuleSource(
                        DuesCategory.COMPULSORY_SOCIAL_INSURANCE.ruleCode(),
                        RuleSource.of(
                                QD01,
                                "",
                                Confidence.SOURCE_SEEN,
                                "1% of the salary the previous month's compulsory contribution was based on"))
                .putRuleSource(
                        DuesCategory.SOCIAL_INSURANCE_LEAVE.ruleCode(),
                        RuleSource.of(QD01, "", Confidence.SOURCE_SEEN, "1% of the sickness or maternity benefit"))
                .putRuleSource(
                        DuesCategory.PENSIONER.ruleCode(),
                        RuleSource.of(QD01, "", Confidence.SOURCE_SEEN, "0.5% of the pension"))
                .putRuleSource(
                        DuesCategory.PUPIL_OR_STUDENT.ruleCode(),
                        RuleSource.of(QD01, "", Confidence.SOURCE_SEEN, "5,000 VND a month"))
                .putRuleSource(
                        DuesCategory.OTHER.ruleCode(),
                        RuleSource.of(
                                QD01,
                                "",
                                Confidence.OPEN_QUESTION,
                                "members outside compulsory social insurance (and on other unpaid leave): the sources"
                                        + " seen give no amount; default: HD 03/2016's amounts by area carried over"))
                .putRuleSource(
                        DuesPolicy.PAST_WORKING_AGE,
                        RuleSource.of(
                                QD01,
                                "",
                                Confidence.OPEN_QUESTION,
                                "QĐ 342's 50% past working age carried over with the default amounts by area"))
                .putRuleSource(DuesPolicy.EXEMPTION, article5)
                .putRuleSource(
                        DuesPolicy.HARDSHIP,
                        RuleSource.of(
                                QD01,
                                "Điều 5",
                                Confidence.SOURCE_SEEN,
                                "other hardship: exempt, or reduced by 30%, 50% or 70%, at most 12 months per decision"))
                .putRuleSource(
                        DuesPolicy.CELL_RETENTION,
                        RuleSource.of(
                                QD01,
                                "",
                                Confidence.OPEN_QUESTION,
                                "the 2026 split was not researched (rules.md open question 12); QĐ 342's 30% carried"
                                        + " over"))
                .build();
    }

    /** Registers both central versions on {@code registry}. */
    public static PolicyRegistry.Builder registerCentral(PolicyRegistry.Builder registry) {
        return registry.register(DuesPolicy.KIND, qd342(), Applicability.between(QD342_FROM, QD01_2026_FROM))
                .register(DuesPolicy.KIND, qd01of2026(), Applicability.from(QD01_2026_FROM));
    }

    private static DuesPolicy.Builder common() {
        DuesPolicy.Builder b = DuesPolicy.builder();
        b.pastWorkingAgePercent(50)
                .exemptionMinPartyAgeYears(50)
                .roundingMode(RoundingMode.HALF_UP)
                .roundingUnit(1)
                .putRuleSource(
                        DuesPolicy.ROUNDING,
                        RuleSource.of(
                                "chibo",
                                "conventions",
                                Confidence.OPEN_QUESTION,
                                "no rounding rule found: the exact amount is rounded once, half-up to a whole đồng"));
        return b;
    }
}

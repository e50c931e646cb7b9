package vn.chibo.domain.evaluation;

import com.google.common.collect.ImmutableMap;
import java.util.OptionalInt;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.RuleSource;

/**
 * chibo's central evaluation regimes by review year (rules.md §4, rules-2.md §A–C):
 *
 * <ul>
 *   <li>2018: QĐ 132-QĐ/TW with HD 16-HD/BTCTW (only exempted members left out);
 *   <li>2019–2022 (the seed's years): QĐ 132-QĐ/TW with HD 21-HD/BTCTW;
 *   <li>2023–2024: QĐ 124-QĐ/TW with HD 25-HD/BTCTW (self-fixed discipline exempt; new members
 *       left out of the review; an excellent member with every target on time and at least 50 %
 *       exceeded; a collective with over 20 % of its units disciplined not completed);
 *   <li>2025 on: QĐ 366-QĐ/TW with HD 43-HD/BTCTW (100-point scoring; quota base "good or above"
 *       as local 2025–2026 guidance applies it).
 * </ul>
 */
public final class EvaluationRegimes {
    private EvaluationRegimes() {}

    /** QĐ 132 with HD 16 (review of 2018). */
    public static EvaluationRegime qd132hd16() {
        return qd132("HD 16-HD/BTCTW (24/9/2018)")
                .id("evaluation/QĐ132-HD16")
                .title(Label.of(
                        "Đánh giá, xếp loại theo QĐ 132-QĐ/TW, HD 16-HD/BTCTW", "Review under QĐ 132 and HD 16"))
                .suspendedNotRated(false)
                .build();
    }

    /** QĐ 132 with HD 21 (reviews of 2019 to 2022). */
    public static EvaluationRegime qd132hd21() {
        return qd132("HD 21-HD/BTCTW (18/10/2019)")
                .id("evaluation/QĐ132-HD21")
                .title(Label.of(
                        "Đánh giá, xếp loại theo QĐ 132-QĐ/TW, HD 21-HD/BTCTW", "Review under QĐ 132 and HD 21"))
                .suspendedNotRated(true)
                .collectiveMemberDisciplineFrom(MemberDiscipline.WARNING)
                .putRuleSource(
                        EvaluationRegime.COLLECTIVE_MEMBER_DISCIPLINE,
                        RuleSource.of(
                                "HD 21-HD/BTCTW (18/10/2019)",
                                "II.B.3",
                                Confidence.SOURCE_SEEN,
                                "a leadership collective (cấp ủy, ban thường vụ) with a member disciplined at cảnh cáo or"
                                        + " above in the year is not completed; one violation counts once (rules.md §4.7)"))
                .build();
    }

    /** QĐ 124 with HD 25 (reviews of 2023 and 2024). */
    public static EvaluationRegime qd124hd25() {
        return common().id("evaluation/QĐ124-HD25")
                .title(Label.of(
                        "Đánh giá, xếp loại theo QĐ 124-QĐ/TW, HD 25-HD/BTCTW", "Review under QĐ 124 and HD 25"))
                .source(RuleSource.of(
                        "QĐ 124-QĐ/TW (04/10/2023); HD 25-HD/BTCTW (10/11/2023)", "", Confidence.SOURCE_SEEN))
                .scoring(ScoringRule.PROPOSED_AND_CAPPED)
                .suspendedNotRated(true)
                .newMembersLeftOutOfReview(true)
                .selfFixedDisciplineExempt(true)
                .quotaBase(QuotaBase.GOOD)
                .quotaPool(Label.of(
                        "nhóm đối tượng có vai trò, chức năng, nhiệm vụ tương đồng",
                        "each group with similar roles, functions and tasks"))
                .collectiveDisciplinedSubordinatesPercent(20)
                .collectiveDisciplineCap(Grade.COMPLETED)
                .excellentMinTargetsExceededPercent(50)
                .putRuleSource(
                        EvaluationRegime.EXCELLENT_TARGETS,
                        RuleSource.of(
                                "QĐ 124-QĐ/TW",
                                "Điều 12",
                                Confidence.SOURCE_SEEN,
                                "an individual is excellent only with 100 % of targets completed on time, of which at"
                                        + " least 50 % exceeded (rules.md §4.11); checked against the shares the review"
                                        + " records, never presumed"))
                .putRuleSource(
                        EvaluationRegime.COLLECTIVE_DISCIPLINE,
                        RuleSource.of(
                                "QĐ 124-QĐ/TW",
                                "Điều 12",
                                Confidence.SOURCE_SEEN,
                                "a collective is good or excellent only when no subordinate unit and no member of its"
                                        + " leadership collective was disciplined, unless found and fixed by themselves: at"
                                        + " most completed (rules.md §4.11)"))
                .putRuleSource(
                        EvaluationRegime.DISCIPLINE,
                        RuleSource.of(
                                "QĐ 124-QĐ/TW",
                                "Điều 12",
                                Confidence.SOURCE_SEEN,
                                "disciplined in the year → not completed, unless the member found and fixed it themselves"))
                .putRuleSource(
                        EvaluationRegime.SICK_LEAVE,
                        RuleSource.of(
                                "HD 25-HD/BTCTW",
                                "",
                                Confidence.RECALLED,
                                "the HD 21 cap presumed kept (rules-2.md §B); 3 months counted by the month rule"
                                        + " (conventions.md)"))
                .putRuleSource(
                        EvaluationRegime.NEW_MEMBER,
                        RuleSource.of(
                                "QĐ 124-QĐ/TW",
                                "Điều 5 khoản 2",
                                Confidence.SOURCE_SEEN,
                                "admitted less than 6 months: left out of the review (rules-2.md §A8, §B1)"))
                .putRuleSource(
                        EvaluationRegime.QUOTA,
                        RuleSource.of(
                                "QĐ 124-QĐ/TW",
                                "Điều 13",
                                Confidence.SOURCE_SEEN,
                                "not more than 20 % of those rated good, per group of similar roles; base wording for members"
                                        + " open (rules.md §4.12)"))
                .putRuleSource(
                        EvaluationRegime.ORGANIZATION_DISCIPLINE,
                        RuleSource.of(
                                "QĐ 124-QĐ/TW",
                                "Điều 12",
                                Confidence.SOURCE_SEEN,
                                "a collective disciplined, or more than 20 % of its subordinate units disciplined → not"
                                        + " completed"))
                .build();
    }

    /** QĐ 366 with HD 43 (reviews of 2025 on). */
    public static EvaluationRegime qd366hd43() {
        return common().id("evaluation/QĐ366-HD43")
                .title(Label.of(
                        "Đánh giá, xếp loại theo QĐ 366-QĐ/TW, HD 43-HD/BTCTW", "Review under QĐ 366 and HD 43"))
                .source(RuleSource.of(
                        "QĐ 366-QĐ/TW (30/8/2025); HD 43-HD/BTCTW (31/10/2025)", "", Confidence.SOURCE_SEEN))
                .scoring(ScoringRule.SCORED)
                .suspendedNotRated(true)
                .newMembersLeftOutOfReview(true)
                .selfFixedDisciplineExempt(true)
                .quotaBase(QuotaBase.GOOD_OR_ABOVE)
                .quotaPool(Label.of("tổ chức cơ sở đảng", "the grassroots organisation"))
                .collectiveDisciplinedSubordinatesPercent(20)
                .collectiveDisciplineCap(Grade.GOOD)
                .addPeriodicReviews(ReviewPeriod.Q1, ReviewPeriod.Q2, ReviewPeriod.Q3, ReviewPeriod.TERM)
                .putRuleSource(
                        EvaluationRegime.PERIOD,
                        RuleSource.of(
                                "QĐ 366-QĐ/TW; KL 198-KL/TW (08/10/2025)",
                                "Điều 1",
                                Confidence.SOURCE_SEEN,
                                "reviews per term, year, quarter or when needed; quarterly ratings of quarters 1 to 3"
                                        + " concern leaders and managers (HD 02-HD/BTCTW 2026 does not touch ordinary"
                                        + " members); quarter 4 is folded into the year-end rating (rules.md §4.14,"
                                        + " rules-2.md §0)"))
                .putRuleSource(
                        EvaluationRegime.PERIOD_RESULTS,
                        RuleSource.of(
                                "QĐ 366-QĐ/TW",
                                "",
                                Confidence.RECALLED,
                                "the quarters' results are a basis of the year's rating and the years' of the term's"
                                        + " (recalled); how they bound it was not seen: listed, not applied, unless a"
                                        + " host sets periodNotCompletedCap"))
                .putRuleSource(
                        EvaluationRegime.ANNEX_5,
                        RuleSource.of(
                                "QĐ 366-QĐ/TW; HD 43-HD/BTCTW",
                                "Điều 10, Phụ lục 5; HD 43 mục 1",
                                Confidence.SOURCE_SEEN,
                                "a member not working in the political system is scored on Annex 5 as the province"
                                        + " concretises it, and is rated on the tasks at the cell (rules-2.md §A1, §A4,"
                                        + " §A6)"))
                .putRuleSource(
                        EvaluationRegime.COLLECTIVE_DISCIPLINE,
                        RuleSource.of(
                                "QĐ 366-QĐ/TW",
                                "Điều 11 khoản 1",
                                Confidence.SOURCE_SEEN,
                                "a collective is excellent only when no subordinate unit and no leadership member was"
                                        + " disciplined: at most good (rules.md §4.15)"))
                .putRuleSource(
                        EvaluationRegime.SCORE,
                        RuleSource.of(
                                "QĐ 366-QĐ/TW",
                                "Điều 11",
                                Confidence.SOURCE_SEEN,
                                "30 general + 70 results; ≥ 90 with every task on time, ≥ 30 % exceeded and all shortcomings"
                                        + " fixed → excellent; 70 to under 90 with every task on time → good; 50 to under 70"
                                        + " with at most 20 % late → completed"))
                .putRuleSource(
                        EvaluationRegime.DISCIPLINE,
                        RuleSource.of(
                                "QĐ 366-QĐ/TW",
                                "Điều 11",
                                Confidence.SOURCE_SEEN,
                                "the disqualifying cases; self-fixed exempt"))
                .putRuleSource(
                        EvaluationRegime.SICK_LEAVE,
                        RuleSource.of(
                                "HD 43-HD/BTCTW",
                                "",
                                Confidence.OPEN_QUESTION,
                                "the HD 21 cap presumed kept; 3 months counted by the month rule (conventions.md)"))
                .putRuleSource(
                        EvaluationRegime.NEW_MEMBER,
                        RuleSource.of("QĐ 366-QĐ/TW", "", Confidence.RECALLED, "as QĐ 124 Điều 5 khoản 2"))
                .putRuleSource(
                        EvaluationRegime.QUOTA,
                        RuleSource.of(
                                "QĐ 366-QĐ/TW; local guidance 2025–2026",
                                "",
                                Confidence.OPEN_QUESTION,
                                "whether 366 keeps the 20 % cap for members is open; local guidance applies 20 % of those"
                                        + " good or above (rules-2.md §A9)"))
                .putRuleSource(
                        EvaluationRegime.ORGANIZATION_DISCIPLINE,
                        RuleSource.of("QĐ 366-QĐ/TW", "Điều 11", Confidence.RECALLED, "as QĐ 124"))
                .build();
    }

    /** Registers the four regimes by review year. */
    public static PolicyRegistry.Builder registerCentral(PolicyRegistry.Builder registry) {
        return registry.register(EvaluationRegime.KIND, qd132hd16(), Applicability.reviewYears(2018, 2018))
                .register(EvaluationRegime.KIND, qd132hd21(), Applicability.reviewYears(2019, 2022))
                .register(EvaluationRegime.KIND, qd124hd25(), Applicability.reviewYears(2023, 2024))
                .register(EvaluationRegime.KIND, qd366hd43(), Applicability.reviewYearsFrom(2025));
    }

    private static EvaluationRegime.Builder qd132(String guidance) {
        return common().source(RuleSource.of("QĐ 132-QĐ/TW (08/3/2018); " + guidance, "", Confidence.SOURCE_SEEN))
                .scoring(ScoringRule.PROPOSED_AND_CAPPED)
                .newMembersLeftOutOfReview(false)
                .selfFixedDisciplineExempt(false)
                .quotaBase(QuotaBase.GOOD)
                .quotaPool(Label.of("từng tổ chức cơ sở đảng", "each grassroots organisation"))
                .collectiveDisciplinedSubordinatesPercent(OptionalInt.empty())
                .putRuleSource(
                        EvaluationRegime.DISCIPLINE,
                        RuleSource.of(
                                guidance, "II.B.2", Confidence.SOURCE_SEEN, "disciplined in the year → not completed"))
                .putRuleSource(
                        EvaluationRegime.SICK_LEAVE,
                        RuleSource.of(
                                guidance,
                                "II.1.2",
                                Confidence.SOURCE_SEEN,
                                "sick leave of 3 months or more in the year → not good or above (rules.md §4.4);"
                                        + " months by the month rule of conventions.md (D.plusMonths(3)), several"
                                        + " leaves laid end to end from the first day of the first"))
                .putRuleSource(
                        EvaluationRegime.NEW_MEMBER,
                        RuleSource.of(
                                guidance,
                                "II.1.2",
                                Confidence.SOURCE_SEEN,
                                "admitted less than 6 months: not rated, still reviewed"))
                .putRuleSource(
                        EvaluationRegime.QUOTA,
                        RuleSource.of(
                                guidance,
                                "II.B.2.3 a",
                                Confidence.SOURCE_SEEN,
                                "không vượt quá 20 % số đảng viên được xếp loại hoàn thành tốt nhiệm vụ trong từng tổ chức cơ sở"
                                        + " đảng; the seed's figures fit only the 'good or above' reading (rules.md §7)"))
                .putRuleSource(
                        EvaluationRegime.ORGANIZATION_DISCIPLINE,
                        RuleSource.of(
                                guidance,
                                "II.B.1.3",
                                Confidence.SOURCE_SEEN,
                                "an organisation disciplined (not found and fixed by itself) is not completed"));
    }

    private static EvaluationRegime.Builder common() {
        EvaluationRegime.Builder b = EvaluationRegime.builder();
        b.newMemberMonths(6)
                .sickLeaveCapMonths(3)
                .minTargetsPercent(50)
                .negativeResidenceCommentCapsAtCompleted(true)
                .quotaPercent(20)
                .organizationExcellentGoodPercent(80)
                .organizationGoodGoodPercent(50)
                .excellentMinScore(90)
                .goodMinScore(70)
                .completedMinScore(50)
                .excellentMinExceededPercent(30)
                .completedMaxLatePercent(20)
                .ruleSources(ImmutableMap.<String, RuleSource>builder()
                        .put(
                                EvaluationRegime.EXEMPTED,
                                RuleSource.of(
                                        "QĐ 132-QĐ/TW; HD 21-HD/BTCTW; QĐ 124-QĐ/TW",
                                        "II.1.2; Điều 5",
                                        Confidence.SOURCE_SEEN,
                                        "members exempted from work and meetings are not rated"))
                        .put(
                                EvaluationRegime.SUSPENDED,
                                RuleSource.of(
                                        "HD 21-HD/BTCTW",
                                        "II.1.2",
                                        Confidence.SOURCE_SEEN,
                                        "suspended members are not rated"))
                        .put(
                                EvaluationRegime.TARGETS,
                                RuleSource.of(
                                        "HD 21-HD/BTCTW; QĐ 124-QĐ/TW",
                                        "II.B.2; Điều 12",
                                        Confidence.SOURCE_SEEN,
                                        "under 50 % of targets → not completed"))
                        .put(
                                EvaluationRegime.CIVIL_SERVANT,
                                RuleSource.of(
                                        "HD 21-HD/BTCTW",
                                        "II.B.2",
                                        Confidence.SOURCE_SEEN,
                                        "a civil servant not completing as such does not complete as a member; excellent as a member"
                                                + " needs excellent as a civil servant"))
                        .put(
                                EvaluationRegime.DEGRADATION,
                                RuleSource.of(
                                        "HD 21-HD/BTCTW; QĐ 124-QĐ/TW",
                                        "II.B.2; Điều 12",
                                        Confidence.SOURCE_SEEN,
                                        "concluded degradation (tự diễn biến, tự chuyển hóa) → not completed"))
                        .put(
                                EvaluationRegime.RESIDENCE,
                                RuleSource.of(
                                        "QĐ 213-QĐ/TW",
                                        "Điều 3",
                                        Confidence.OPEN_QUESTION,
                                        "a member neglecting residence duties is not rated good or above (recalled)"))
                        .put(
                                EvaluationRegime.ORGANIZATION_THRESHOLD,
                                RuleSource.of(
                                        "HD 21-HD/BTCTW",
                                        "II.B.1.3",
                                        Confidence.SOURCE_SEEN,
                                        "excellent: 100 % of members completed or above, ≥ 80 % good or above; good: 100 % and ≥ 50 %"))
                        .put(
                                EvaluationRegime.NEW_ORGANIZATION,
                                RuleSource.of(
                                        "HD 21-HD/BTCTW",
                                        "II.1.2",
                                        Confidence.SOURCE_SEEN,
                                        "organisations founded less than 6 months before are not rated"))
                        .put(
                                EvaluationRegime.HOST_COMMENT,
                                RuleSource.of(
                                        "HD 21-HD/BTCTW, as quoted by a legal Q&A page",
                                        "",
                                        Confidence.SOURCE_SEEN,
                                        "a member temporarily attached to another cell is rated by the home cell and"
                                                + " brings that cell's comment before the rating (rules.md §4.9); presumed"
                                                + " kept under QĐ 124 and QĐ 366"))
                        .put(
                                EvaluationRegime.NOT_MEMBER,
                                RuleSource.of(
                                        "chibo",
                                        "",
                                        Confidence.SOURCE_SEEN,
                                        "only members at the end of the review period are rated"))
                        .buildOrThrow());
        return b;
    }
}

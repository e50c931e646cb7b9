package vn.chibo.domain.oversight;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Objects;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.member.dues.UnpaidCounting;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Policy;
import vn.chibo.domain.rule.RuleSource;

/**
 * The parameters of oversight: the removal thresholds and how unpaid dues are counted, and the run
 * of excellent years for the commendation. {@link #central()} is rules.md §2.11 and rules-2.md §F's
 * recommended default: 3 months of each counter separately, dues in the calendar year.
 *
 * @param months the months of either counter that flag a member: 3
 * @param duesCounting the calendar year (default) or the rolling twelve months: an open question
 * @param notCompletedYears the consecutive years rated "not completed" that flag a member: 2
 * @param educationMonths the months after education without progress that flag a member: 12
 * @param commendationYears the consecutive years rated excellent for the commendation: 5
 */
public record OversightRules(
        int months, UnpaidCounting duesCounting, int notCompletedYears, int educationMonths, int commendationYears)
        implements Policy {
    public OversightRules {
        Objects.requireNonNull(duesCounting, "duesCounting");
        checkArgument(months > 0 && notCompletedYears > 0 && educationMonths > 0 && commendationYears > 0);
    }

    /** The central default. */
    public static OversightRules central() {
        return new OversightRules(3, UnpaidCounting.CALENDAR_YEAR, 2, 12, 5);
    }

    /** These rules with dues counted as {@code counting}. */
    public OversightRules withDuesCounting(UnpaidCounting counting) {
        return new OversightRules(months, counting, notCompletedYears, educationMonths, commendationYears);
    }

    @Override
    public String id() {
        return "oversight/removal-and-commendation";
    }

    @Override
    public Label title() {
        return Label.of("Xem xét xóa tên, khen thưởng 5 năm liền", "Removal considerations and five-year commendation");
    }

    @Override
    public RuleSource source() {
        return RuleSource.of("Điều lệ Đảng (2011)", "Điều 8; QĐ 24-QĐ/TW mục 8.1", Confidence.SOURCE_SEEN);
    }

    /** The source of the rule a trigger applies. */
    public RuleSource sourceOf(RemovalTrigger trigger) {
        return switch (trigger) {
            case MEETING_ABSENCE ->
                RuleSource.of(
                        "Điều lệ Đảng (2011); QĐ 24-QĐ/TW",
                        "Điều 8 khoản 1; mục 8.1",
                        Confidence.OPEN_QUESTION,
                        "\"bỏ sinh hoạt chi bộ … ba tháng trong năm\": the wording is seen; counting distinct months with"
                                + " an unexcused absence from a regular meeting, separately from dues, is rules-2.md §F's"
                                + " reading");
            case UNPAID_DUES ->
                RuleSource.of(
                        "Điều lệ Đảng (2011); QĐ 24-QĐ/TW",
                        "Điều 8 khoản 1; mục 8.1",
                        Confidence.OPEN_QUESTION,
                        "\"không đóng đảng phí ba tháng trong năm\": calendar year or rolling twelve months is not settled"
                                + " (rules-2.md §F); counted here as " + duesCounting.name());
            case NOT_COMPLETED_TWO_YEARS ->
                RuleSource.of(
                        "QĐ 24-QĐ/TW",
                        "mục 8.1",
                        Confidence.RECALLED,
                        "\"vi phạm tư cách đảng viên hai năm liền\" read as two consecutive KHTNV ratings (rules.md §4.13)");
            case NO_PROGRESS_AFTER_EDUCATION ->
                RuleSource.of(
                        "Điều lệ Đảng (2011); QĐ 24-QĐ/TW",
                        "Điều 8 khoản 1; mục 8.1",
                        Confidence.SOURCE_SEEN,
                        "giảm sút ý chí phấn đấu … được chi bộ giáo dục nhưng sau 12 tháng tiến bộ không rõ rệt");
        };
    }

    /** The source of the commendation rule. */
    public RuleSource commendationSource() {
        return RuleSource.of(
                "HD 21-HD/BTCTW",
                "",
                Confidence.SOURCE_SEEN,
                "only HTXSNV members are considered for the commendation for five consecutive years (rules.md §4.10)");
    }

    @Override
    public ImmutableSortedMap<String, String> parameters() {
        return ImmutableSortedMap.of(
                "months", Integer.toString(months),
                "duesCounting", duesCounting.name(),
                "notCompletedYears", Integer.toString(notCompletedYears),
                "educationMonths", Integer.toString(educationMonths),
                "commendationYears", Integer.toString(commendationYears));
    }
}

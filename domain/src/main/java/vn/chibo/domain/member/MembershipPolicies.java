package vn.chibo.domain.member;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.RuleSource;

/**
 * chibo's central membership policies, one per Regulation implementing the Charter (rules.md §2,
 * §6B, §6C; rules-2.md §D3, §E):
 *
 * <ul>
 *   <li>QĐ 29-QĐ/TW from 25/7/2016: a residential sponsor does not qualify; the transfer letter
 *       within 30 calendar days;
 *   <li>QĐ 24-QĐ/TW from 30/7/2021: a sponsor who lived in the same residential cell qualifies; the
 *       letter within 30 working days;
 *   <li>QĐ 232-QĐ/TW from 20/1/2025 and QĐ 294-QĐ/TW from 1/7/2025: the same numbers.
 * </ul>
 *
 * <p>Facts before 25/7/2016 get a {@code NO_POLICY} finding when judged. QĐ 20-QĐ/TW (8/4/2026?) and
 * QĐ 208-QĐ/TW (26/7/2026?) are known only from weak sources (rules-2.md §E); their reported content
 * keeps these numbers, so QĐ 294's version stays open-ended until a host registers them.
 */
public final class MembershipPolicies {
    /** QĐ 29-QĐ/TW took effect. */
    public static final LocalDate QD29 = LocalDate.of(2016, 7, 25);
    /** QĐ 24-QĐ/TW took effect. */
    public static final LocalDate QD24 = LocalDate.of(2021, 7, 30);
    /** QĐ 232-QĐ/TW took effect (on signing). */
    public static final LocalDate QD232 = LocalDate.of(2025, 1, 20);
    /** QĐ 294-QĐ/TW took effect. */
    public static final LocalDate QD294 = LocalDate.of(2025, 7, 1);

    private MembershipPolicies() {}

    /** QĐ 29-QĐ/TW (25/7/2016). */
    public static MembershipPolicy qd29() {
        return common("QĐ 29-QĐ/TW (25/7/2016)")
                .id("member.membership/QĐ29-2016")
                .title(Label.of("Quy định 29-QĐ/TW thi hành Điều lệ Đảng", "QĐ 29-QĐ/TW implementing the Charter"))
                .residenceSponsorAllowed(false)
                .transferLetterInWorkingDays(false)
                .putRuleSource(
                        MembershipPolicy.SPONSORS,
                        RuleSource.of(
                                "Điều lệ Đảng; QĐ 29-QĐ/TW",
                                "Điều 4 khoản 2; item 3",
                                Confidence.SOURCE_SEEN,
                                "two full members who worked or studied with the candidate for 12 months"))
                .putRuleSource(
                        MembershipPolicy.TRANSFER_LETTER,
                        RuleSource.of(
                                "QĐ 29-QĐ/TW",
                                "item 6.3",
                                Confidence.RECALLED,
                                "30 days from the introduction letter; one older source, calendar days (rules-2.md §D3)"))
                .build();
    }

    /** QĐ 24-QĐ/TW (30/7/2021). */
    public static MembershipPolicy qd24() {
        return later("QĐ 24-QĐ/TW (30/7/2021)", "item 3.1–3.2")
                .id("member.membership/QĐ24-2021")
                .title(Label.of("Quy định 24-QĐ/TW thi hành Điều lệ Đảng", "QĐ 24-QĐ/TW implementing the Charter"))
                .build();
    }

    /** QĐ 232-QĐ/TW (20/1/2025). */
    public static MembershipPolicy qd232() {
        return later("QĐ 232-QĐ/TW (20/1/2025)", "item 3")
                .id("member.membership/QĐ232-2025")
                .title(Label.of("Quy định 232-QĐ/TW thi hành Điều lệ Đảng", "QĐ 232-QĐ/TW implementing the Charter"))
                .build();
    }

    /** QĐ 294-QĐ/TW (26/5/2025, effective 1/7/2025). */
    public static MembershipPolicy qd294() {
        return later("QĐ 294-QĐ/TW (26/5/2025)", "item 3.2.1")
                .id("member.membership/QĐ294-2025")
                .title(Label.of("Quy định 294-QĐ/TW thi hành Điều lệ Đảng", "QĐ 294-QĐ/TW implementing the Charter"))
                .build();
    }

    /** Registers the four central versions. */
    public static PolicyRegistry.Builder registerCentral(PolicyRegistry.Builder registry) {
        return registry.register(MembershipPolicy.KIND, qd29(), Applicability.between(QD29, QD24))
                .register(MembershipPolicy.KIND, qd24(), Applicability.between(QD24, QD232))
                .register(MembershipPolicy.KIND, qd232(), Applicability.between(QD232, QD294))
                .register(MembershipPolicy.KIND, qd294(), Applicability.from(QD294));
    }

    private static MembershipPolicy.Builder later(String document, String sponsorItem) {
        return common(document)
                .residenceSponsorAllowed(true)
                .transferLetterInWorkingDays(true)
                .putRuleSource(
                        MembershipPolicy.SPONSORS,
                        RuleSource.of(
                                "Điều lệ Đảng; " + document,
                                "Điều 4 khoản 2; " + sponsorItem,
                                Confidence.SOURCE_SEEN,
                                "two full members who worked, studied or lived in the same residential cell with"
                                        + " the candidate for 12 months"))
                .putRuleSource(
                        MembershipPolicy.TRANSFER_LETTER,
                        RuleSource.of(
                                document,
                                "item 6.3.1 c",
                                Confidence.SOURCE_SEEN,
                                "within 30 working days of the introduction letter (rules-2.md §D3)"));
    }

    private static MembershipPolicy.Builder common(String document) {
        MembershipPolicy.Builder b = MembershipPolicy.builder();
        b.source(RuleSource.of("Điều lệ Đảng 2011; " + document, "", Confidence.SOURCE_SEEN))
                .minAgeMonths(18 * 12)
                .maxAgeMonths(60 * 12)
                .sponsorsRequired(2)
                .sponsorMinMonths(12)
                .certificateValidityMonths(60)
                .ceremonyDeadlineWorkingDays(30)
                .recognitionDeadlineWorkingDays(30)
                .transferStartWorkingDays(60)
                .transferLetterDays(30)
                .temporaryTransferMinMonths(3)
                .temporaryTransferMaxMonths(12)
                .studyTransferMaxMonths(24)
                .readmissionMinMonths(36)
                .transferGraceDays(30)
                .probationaryDisciplineForms(ImmutableSet.of(MemberDiscipline.REPRIMAND, MemberDiscipline.WARNING))
                .badgeMilestones(ImmutableList.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90))
                .earlyBadgeMonthsUpTo65(12)
                .earlyBadgeMonthsFrom70(24)
                .badgeDeferralMonthsAfterWarning(6)
                .badgeDeferralMonthsAfterDismissal(12)
                .ruleSources(ImmutableMap.<String, vn.chibo.domain.rule.RuleSource>builder()
                        .put(
                                MembershipPolicy.ADMISSION_AGE,
                                RuleSource.of(
                                        "Điều lệ Đảng; " + document,
                                        "Điều 1 khoản 2; item 1.1",
                                        Confidence.SOURCE_SEEN,
                                        "18 to 60 years counted in months; over 60 needs a provincial-level decision"))
                        .put(
                                MembershipPolicy.CERTIFICATE,
                                RuleSource.of(
                                        "HD 06-HD/TW (2025)",
                                        "item 5.4",
                                        Confidence.SOURCE_SEEN,
                                        "the party-awareness course certificate is valid 60 months (quiz-2025)"))
                        .put(
                                MembershipPolicy.TWO_THIRDS,
                                RuleSource.of(
                                        "Điều lệ Đảng",
                                        "Điều 4 khoản 3; Điều 5 khoản 2",
                                        Confidence.SOURCE_SEEN,
                                        "at least two thirds of the full members in favour"))
                        .put(
                                MembershipPolicy.CEREMONY_DEADLINE,
                                RuleSource.of(document, "item 4.1", Confidence.SOURCE_SEEN, "30 working days"))
                        .put(
                                MembershipPolicy.PROBATION,
                                RuleSource.of(
                                        "Điều lệ Đảng",
                                        "Điều 5 khoản 1",
                                        Confidence.SOURCE_SEEN,
                                        "12 months from the ceremony; full from the end of probation even if decided late"))
                        .put(
                                MembershipPolicy.RECOGNITION_DEADLINE,
                                RuleSource.of(document, "item 4.2", Confidence.SOURCE_SEEN, "30 working days"))
                        .put(
                                MembershipPolicy.TRANSFER_START,
                                RuleSource.of(document, "item 6.3.1 a", Confidence.SOURCE_SEEN, "60 working days"))
                        .put(
                                MembershipPolicy.TEMPORARY_TRANSFER,
                                RuleSource.of(
                                        document,
                                        "item 6.3.2 a",
                                        Confidence.SOURCE_SEEN,
                                        "3 to under 12 months; full-time study 3 to 24 months; under 3 months no transfer"))
                        .put(
                                MembershipPolicy.READMISSION,
                                RuleSource.of(
                                        "Điều lệ Đảng; " + document,
                                        "Điều 6; item 4.3",
                                        Confidence.SOURCE_SEEN,
                                        "once only, at least 36 months after leaving"))
                        .put(
                                MembershipPolicy.DISCIPLINE_FORM,
                                RuleSource.of(
                                        "Điều lệ Đảng; QĐ 69-QĐ/TW; QĐ 296-QĐ/TW",
                                        "Điều 35; QĐ 69 Điều 7; QĐ 296 Điều 9",
                                        Confidence.SOURCE_SEEN,
                                        "probationary: reprimand, warning; full: also dismissal (holding a post) and"
                                                + " expulsion; one violation, one form"))
                        .put(
                                MembershipPolicy.PARTY_AGE,
                                RuleSource.of(
                                        "Điều lệ Đảng; " + document,
                                        "Điều 5 khoản 4; item 4.5",
                                        Confidence.SOURCE_SEEN,
                                        "from the admission decision less time without party activity; the transfer"
                                                + " grace of 30 days is an open question"))
                        .put(
                                MembershipPolicy.BADGE,
                                RuleSource.of(
                                        "HD 01-HD/TW (2021)",
                                        "item 18",
                                        Confidence.SOURCE_SEEN,
                                        "30, 40, 45 … 90 years; 12 or 24 months early for serious illness; deferral"
                                                + " 6 months after a warning, 1 year after a dismissal (QĐ 29 wording,"
                                                + " recalled for QĐ 294)"))
                        .buildOrThrow());
        return b;
    }
}

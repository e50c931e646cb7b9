package vn.chibo.domain.member.residence;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.MonthDay;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Applicability;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.RuleSource;

/**
 * chibo's central residence policy (rules.md §5, rules-2.md §D): QĐ 213-QĐ/TW from 2/1/2020, with
 * HD 33-HD/BTCTW (30/10/2020) read into it from the start. Nothing is registered before 2/1/2020:
 * the earlier QĐ 76-QĐ/TW (15/6/2000) is not encoded, so older facts are kept and judged {@code
 * NO_POLICY}.
 */
public final class ResidencePolicies {
    /** QĐ 213-QĐ/TW was signed and took effect. */
    public static final LocalDate QD213 = LocalDate.of(2020, 1, 2);

    private static final String QD213_DOC = "QĐ 213-QĐ/TW (02/01/2020)";
    private static final String HD33_DOC = "HD 33-HD/BTCTW (30/10/2020)";

    private ResidencePolicies() {}

    /** QĐ 213-QĐ/TW (2/1/2020) with HD 33-HD/BTCTW (30/10/2020). */
    public static ResidencePolicy qd213() {
        return ResidencePolicy.builder()
                .id("member.residence/QĐ213-2020")
                .title(Label.of(
                        "Quy định 213-QĐ/TW về trách nhiệm của đảng viên đang công tác giữ mối liên hệ với tổ chức"
                                + " đảng và nhân dân nơi cư trú",
                        "QĐ 213-QĐ/TW on serving members keeping contact with the party organisation and the"
                                + " people where they reside"))
                .source(RuleSource.of(
                        QD213_DOC + "; " + HD33_DOC,
                        "",
                        Confidence.SOURCE_SEEN,
                        "replaces QĐ 76-QĐ/TW (15/6/2000); HD 33 is read into it from 2/1/2020"))
                .meetingIntervalMonths(6)
                .registrationDeadlineDays(30)
                .registrationDeadlineInWorkingDays(false)
                .commentDeadline(MonthDay.of(11, 15))
                .negativeCommentCapsAtCompleted(true)
                .exemptFromIntroduction(ImmutableSet.of(
                        ExemptionCategory.SPECIAL_MISSION_PROTECTED_IDENTITY,
                        ExemptionCategory.PERMANENT_COMBAT_READINESS))
                .ruleSources(ImmutableMap.<String, RuleSource>builder()
                        .put(
                                ResidencePolicy.MEETINGS,
                                RuleSource.of(
                                        QD213_DOC,
                                        "Điều 4",
                                        Confidence.SOURCE_SEEN,
                                        "every 6 months, or when needed, the ward committee has the residential cells"
                                                + " meet the serving members residing there (rules.md 5.2)"))
                        .put(
                                ResidencePolicy.JOINT_COMMENT,
                                RuleSource.of(
                                        QD213_DOC,
                                        "Điều 4",
                                        Confidence.SOURCE_SEEN,
                                        "once a year the residential cell committee (or secretary), together with the"
                                                + " residential Front work committee, comments on each serving member;"
                                                + " sent through the ward committee to the workplace grassroots"
                                                + " committee; requested on paper or on the National Public Service"
                                                + " Portal (rules.md 5.2, rules-2.md §D2)"))
                        .put(
                                ResidencePolicy.REGISTRATION_DEADLINE,
                                RuleSource.of(
                                        QD213_DOC + "; " + HD33_DOC,
                                        "introduction letter (clause not found)",
                                        Confidence.RECALLED,
                                        "the introduction letter presented within 30 days, recalled; calendar or"
                                                + " working days unknown (rules.md open question 7, rules-2.md §D3)"))
                        .put(
                                ResidencePolicy.COMMENT_DEADLINE,
                                RuleSource.of(
                                        QD213_DOC + "; " + HD33_DOC,
                                        "Điều 4",
                                        Confidence.RECALLED,
                                        "before the workplace rating, usually by mid-November, recalled; it must reach"
                                                + " the workplace before the member's party rating (rules-2.md §D4)"))
                        .put(
                                ResidencePolicy.EXEMPTION,
                                RuleSource.of(
                                        HD33_DOC,
                                        "item 1",
                                        Confidence.SOURCE_SEEN,
                                        "introduced but exempt from residence activity and from the periodic comment:"
                                                + " armed forces in barracks, mobile or away workers, rotated cadres in"
                                                + " staff housing, full-time study for 12 months, pupils and students"
                                                + " away; not introduced: special missions with a protected identity,"
                                                + " permanent combat readiness"))
                        .put(
                                ResidencePolicy.RATING_CAP,
                                RuleSource.of(
                                        QD213_DOC,
                                        "Điều 3 (clause not found)",
                                        Confidence.OPEN_QUESTION,
                                        "a member who neglects residence duties or gets a negative comment should not"
                                                + " be rated HTTNV or above, recalled; the clause was not found, only"
                                                + " that the comment is an important criterion of the rating"
                                                + " (rules.md 5.5)"))
                        .buildOrThrow())
                .build();
    }

    /** Registers the central version from 2/1/2020. */
    public static PolicyRegistry.Builder registerCentral(PolicyRegistry.Builder registry) {
        return registry.register(ResidencePolicy.KIND, qd213(), Applicability.from(QD213));
    }
}

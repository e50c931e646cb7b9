package vn.chibo.domain.member;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Policy;
import vn.chibo.domain.rule.PolicyKind;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.RuleSourced;

/**
 * The membership rules of the Regulation implementing the Charter in force on a date (QĐ 29 → QĐ
 * 24 → QĐ 232 → QĐ 294): admission, probation and recognition, transfers, readmission,
 * discipline forms, party age and badges. Central versions come from {@link MembershipPolicies}.
 */
@Value.Immutable
public abstract class MembershipPolicy implements Policy, RuleSourced {
    /** The kind under which membership policies are registered, chosen by date. */
    public static final PolicyKind<MembershipPolicy> KIND =
            PolicyKind.byDate("member.membership", MembershipPolicy.class);

    /** Rule code: age 18 to 60 at consideration, counted in months. */
    public static final String ADMISSION_AGE = "MEM-ADMISSION-AGE";
    /** Rule code: two sponsors, full members, 12 months together. */
    public static final String SPONSORS = "MEM-ADMISSION-SPONSORS";
    /** Rule code: the party-awareness course certificate is valid 60 months. */
    public static final String CERTIFICATE = "MEM-ADMISSION-CERTIFICATE";
    /** Rule code: at least two thirds of the full members vote in favour. */
    public static final String TWO_THIRDS = "MEM-TWO-THIRDS";
    /** Rule code: the ceremony within 30 working days of the decision. */
    public static final String CEREMONY_DEADLINE = "MEM-CEREMONY-DEADLINE";
    /** Rule code: recognition considered within 30 working days of the end of probation. */
    public static final String RECOGNITION_DEADLINE = "MEM-RECOGNITION-DEADLINE";
    /** Rule code: recognition only once probation has ended. */
    public static final String PROBATION = "MEM-PROBATION";
    /** Rule code: a permanent transfer starts within 60 working days of its trigger. */
    public static final String TRANSFER_START = "MEM-TRANSFER-START";
    /** Rule code: the introduction letter is presented within the deadline. */
    public static final String TRANSFER_LETTER = "MEM-TRANSFER-LETTER";
    /** Rule code: a temporary transfer lasts 3 to under 12 months (study: 3 to 24). */
    public static final String TEMPORARY_TRANSFER = "MEM-TEMPORARY-TRANSFER";
    /** Rule code: readmission once only, at least 36 months after leaving. */
    public static final String READMISSION = "MEM-READMISSION";
    /** Rule code: the forms of discipline a member's status allows. */
    public static final String DISCIPLINE_FORM = "MEM-DISCIPLINE-FORM";
    /** Rule code: party age, from the admission decision less the days without party activity. */
    public static final String PARTY_AGE = "MEM-PARTY-AGE";
    /** Rule code: badges at the milestones, early for serious illness, deferred after discipline. */
    public static final String BADGE = "MEM-BADGE";

    MembershipPolicy() {}

    /** A builder; {@code from(policy)} copies an existing one. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MembershipPolicy}. */
    public static final class Builder extends ImmutableMembershipPolicy.Builder {
        Builder() {}
    }

    @Override
    public abstract String id();

    @Override
    public abstract Label title();

    @Override
    public abstract RuleSource source();

    /** The youngest a candidate may be when the cell considers them, in months: 216 (18 years). */
    public abstract int minAgeMonths();

    /**
     * The oldest a candidate may be without a provincial-level decision, in months: 720 (60 years
     * and 0 months; 60 years and 1 month is over).
     */
    public abstract int maxAgeMonths();

    /** How many sponsors a candidate needs: 2. */
    public abstract int sponsorsRequired();

    /** How long a member sponsor has known the candidate, in months: 12. */
    public abstract int sponsorMinMonths();

    /** Whether living in the same residential cell qualifies a sponsor (from QĐ 24). */
    public abstract boolean residenceSponsorAllowed();

    /** How long the party-awareness course certificate is valid, in months: 60. */
    public abstract int certificateValidityMonths();

    /** The ceremony's deadline after the decision, in working days: 30. */
    public abstract int ceremonyDeadlineWorkingDays();

    /** The recognition's deadline after probation ends, in working days: 30. */
    public abstract int recognitionDeadlineWorkingDays();

    /** The start of a permanent transfer after its trigger, in working days: 60. */
    public abstract int transferStartWorkingDays();

    /** The deadline for presenting the introduction letter: 30 days. */
    public abstract int transferLetterDays();

    /** Whether {@link #transferLetterDays()} counts working days (QĐ 24 on) or calendar days (QĐ 29). */
    public abstract boolean transferLetterInWorkingDays();

    /** The shortest absence that calls for a temporary transfer, in months: 3. */
    public abstract int temporaryTransferMinMonths();

    /** The absence from which a transfer is permanent, in months (exclusive): 12. */
    public abstract int temporaryTransferMaxMonths();

    /** The longest study that stays a temporary transfer, in months (inclusive): 24. */
    public abstract int studyTransferMaxMonths();

    /** How long after leaving a former member may be readmitted, in months: 36. */
    public abstract int readmissionMinMonths();

    /**
     * The days after an introduction letter not counted as a gap in party age: 30 (an open
     * question: the regulations say "transfer gaps" without defining them).
     */
    public abstract int transferGraceDays();

    /** The forms of discipline a probationary member may receive: reprimand and warning. */
    public abstract ImmutableSet<MemberDiscipline> probationaryDisciplineForms();

    /** The badge milestones in years of party age: 30, 40, 45, 50 … 90. */
    public abstract ImmutableList<Integer> badgeMilestones();

    /** How early a seriously ill member may receive the 30 to 65 badges, in months: 12. */
    public abstract int earlyBadgeMonthsUpTo65();

    /** How early a seriously ill member may receive the 70 to 90 badges, in months: 24. */
    public abstract int earlyBadgeMonthsFrom70();

    /** The badge deferral after a warning, in months: 6. */
    public abstract int badgeDeferralMonthsAfterWarning();

    /** The badge deferral after a dismissal, in months: 12. */
    public abstract int badgeDeferralMonthsAfterDismissal();

    /** The source of each rule, by rule code. */
    public abstract ImmutableMap<String, RuleSource> ruleSources();

    @Override
    public ImmutableSortedMap<String, String> parameters() {
        Map<String, String> p = new TreeMap<>();
        p.put("minAgeMonths", Integer.toString(minAgeMonths()));
        p.put("maxAgeMonths", Integer.toString(maxAgeMonths()));
        p.put("sponsorsRequired", Integer.toString(sponsorsRequired()));
        p.put("sponsorMinMonths", Integer.toString(sponsorMinMonths()));
        p.put("residenceSponsorAllowed", Boolean.toString(residenceSponsorAllowed()));
        p.put("certificateValidityMonths", Integer.toString(certificateValidityMonths()));
        p.put("ceremonyDeadlineWorkingDays", Integer.toString(ceremonyDeadlineWorkingDays()));
        p.put("recognitionDeadlineWorkingDays", Integer.toString(recognitionDeadlineWorkingDays()));
        p.put("transferStartWorkingDays", Integer.toString(transferStartWorkingDays()));
        p.put("transferLetterDays", Integer.toString(transferLetterDays()));
        p.put("transferLetterInWorkingDays", Boolean.toString(transferLetterInWorkingDays()));
        p.put("temporaryTransferMinMonths", Integer.toString(temporaryTransferMinMonths()));
        p.put("temporaryTransferMaxMonths", Integer.toString(temporaryTransferMaxMonths()));
        p.put("studyTransferMaxMonths", Integer.toString(studyTransferMaxMonths()));
        p.put("readmissionMinMonths", Integer.toString(readmissionMinMonths()));
        p.put("transferGraceDays", Integer.toString(transferGraceDays()));
        p.put("probationaryDisciplineForms", probationaryDisciplineForms().toString());
        p.put("badgeMilestones", badgeMilestones().toString());
        p.put("earlyBadgeMonthsUpTo65", Integer.toString(earlyBadgeMonthsUpTo65()));
        p.put("earlyBadgeMonthsFrom70", Integer.toString(earlyBadgeMonthsFrom70()));
        p.put("badgeDeferralMonthsAfterWarning", Integer.toString(badgeDeferralMonthsAfterWarning()));
        p.put("badgeDeferralMonthsAfterDismissal", Integer.toString(badgeDeferralMonthsAfterDismissal()));
        return ImmutableSortedMap.copyOf(p);
    }

    @Value.Check
    void check() {
        checkArgument(!id().isBlank(), "a policy has an id");
        checkArgument(0 < minAgeMonths() && minAgeMonths() < maxAgeMonths(), "ages must be ordered");
        checkArgument(sponsorsRequired() >= 1, "sponsorsRequired must be positive");
        checkArgument(temporaryTransferMinMonths() < temporaryTransferMaxMonths(), "transfer months must be ordered");
        checkArgument(!badgeMilestones().isEmpty(), "badges need milestones");
    }
}

package vn.chibo.domain.member.residence;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Policy;
import vn.chibo.domain.rule.PolicyKind;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.RuleSourced;
import vn.chibo.domain.rule.WorkingCalendar;

/**
 * The rules for serving members at their residence in force on a date (QĐ 213-QĐ/TW with HD
 * 33-HD/BTCTW from 2/1/2020): the 6-monthly meetings, the yearly joint comment with the Front work
 * committee and its deadline, the registration deadline after the introduction letter, the
 * exemption categories, and what a negative comment means for the workplace rating. The central
 * version comes from {@link ResidencePolicies}; every recalled or open reading is a parameter a host
 * can change with {@code ResidencePolicy.builder().from(policy)}.
 */
@Value.Immutable
public abstract class ResidencePolicy implements Policy, RuleSourced {
    /** The kind under which residence policies are registered, chosen by date. */
    public static final PolicyKind<ResidencePolicy> KIND = PolicyKind.byDate("member.residence", ResidencePolicy.class);

    /** Rule code: the ward has the residential cells meet the serving members every 6 months. */
    public static final String MEETINGS = "RES-MEETINGS";
    /** Rule code: once a year the residential cell comments on each serving member, with the Front work committee. */
    public static final String JOINT_COMMENT = "RES-JOINT-COMMENT";
    /** Rule code: the introduction letter is presented at the residence within the deadline. */
    public static final String REGISTRATION_DEADLINE = "RES-REGISTRATION-DEADLINE";
    /** Rule code: the yearly comment reaches the workplace before its rating. */
    public static final String COMMENT_DEADLINE = "RES-COMMENT-DEADLINE";
    /** Rule code: who is exempt from introduction, and who from residence activity (HD 33 item 1). */
    public static final String EXEMPTION = "RES-EXEMPTION";
    /** Rule code: a negative comment keeps the workplace rating at "completed" or below. */
    public static final String RATING_CAP = "RES-RATING-CAP";

    ResidencePolicy() {}

    /** A builder; {@code from(policy)} copies an existing one. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ResidencePolicy}. */
    public static final class Builder extends ImmutableResidencePolicy.Builder {
        Builder() {}
    }

    @Override
    public abstract String id();

    @Override
    public abstract Label title();

    @Override
    public abstract RuleSource source();

    /** How often the ward has the residential cells meet the serving members, in months: 6. */
    public abstract int meetingIntervalMonths();

    /** The deadline for presenting the introduction letter at the residence: 30 (recalled). */
    public abstract int registrationDeadlineDays();

    /** Whether {@link #registrationDeadlineDays()} counts working days; calendar days by default. */
    public abstract boolean registrationDeadlineInWorkingDays();

    /**
     * The day of each year by which the yearly comment should be given: 15 November ("before the
     * workplace rating, usually mid-November", recalled).
     */
    public abstract MonthDay commentDeadline();

    /**
     * Whether a member whose residence comment says they do not fulfil the residence duties should
     * be rated no higher than "completed" (HTNV) at the workplace: {@code true} (an open question).
     * The evaluation area reads it.
     */
    public abstract boolean negativeCommentCapsAtCompleted();

    /**
     * The categories exempt from being introduced at all: special missions with a protected
     * identity, permanent combat readiness. Every other {@link ExemptionCategory} is introduced but
     * exempt from residence activity.
     */
    public abstract ImmutableSet<ExemptionCategory> exemptFromIntroduction();

    /** The source of each rule, by rule code. */
    public abstract ImmutableMap<String, RuleSource> ruleSources();

    /** The comment deadline of {@code year}. */
    public LocalDate commentDeadlineIn(Year year) {
        return commentDeadline().atYear(year.getValue());
    }

    /** Whether a registration on {@code registered} of a letter of {@code letterIssued} is on time. */
    public boolean registeredInTime(LocalDate letterIssued, LocalDate registered, WorkingCalendar calendar) {
        if (registrationDeadlineInWorkingDays()) {
            return calendar.isWithinWorkingDays(letterIssued, registered, registrationDeadlineDays());
        }
        return !registered.isAfter(letterIssued.plusDays(registrationDeadlineDays()));
    }

    /** The last day of the registration deadline after a letter of {@code letterIssued}. */
    public LocalDate registrationLastDay(LocalDate letterIssued, WorkingCalendar calendar) {
        return registrationDeadlineInWorkingDays()
                ? calendar.addWorkingDays(letterIssued, registrationDeadlineDays())
                : letterIssued.plusDays(registrationDeadlineDays());
    }

    @Override
    public ImmutableSortedMap<String, String> parameters() {
        Map<String, String> p = new TreeMap<>();
        p.put("meetingIntervalMonths", Integer.toString(meetingIntervalMonths()));
        p.put("registrationDeadlineDays", Integer.toString(registrationDeadlineDays()));
        p.put("registrationDeadlineInWorkingDays", Boolean.toString(registrationDeadlineInWorkingDays()));
        p.put("commentDeadline", commentDeadline().toString());
        p.put("negativeCommentCapsAtCompleted", Boolean.toString(negativeCommentCapsAtCompleted()));
        p.put(
                "exemptFromIntroduction",
                exemptFromIntroduction().stream()
                        .map(Enum::name)
                        .sorted()
                        .toList()
                        .toString());
        return ImmutableSortedMap.copyOf(p);
    }

    @Value.Check
    void check() {
        checkArgument(!id().isBlank(), "a policy has an id");
        checkArgument(
                meetingIntervalMonths() > 0 && 12 % meetingIntervalMonths() == 0,
                "meetingIntervalMonths must divide the year, got %s",
                meetingIntervalMonths());
        checkArgument(registrationDeadlineDays() > 0, "registrationDeadlineDays must be positive");
    }
}

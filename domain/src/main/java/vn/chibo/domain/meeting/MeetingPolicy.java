package vn.chibo.domain.meeting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
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
 * The meeting rules in force on a date (HD 12-HD/BTCTW 2018, the party-group pilot of HD 03-HD/TW
 * 2022, HD 42-HD/BTCTW 2025): frequency, length, materials, attendance quality. Central versions
 * come from {@link MeetingPolicies}; a province's own scoring or thresholds are an overlay.
 */
@Value.Immutable
public abstract class MeetingPolicy implements Policy, RuleSourced {
    /** The kind under which meeting policies are registered, chosen by date. */
    public static final PolicyKind<MeetingPolicy> KIND = PolicyKind.byDate("meeting.quality", MeetingPolicy.class);

    /** Rule code: attendance above the threshold. */
    public static final String ATTENDANCE = "MTG-ATTENDANCE";
    /** Rule code: no member absent without reason. */
    public static final String UNEXCUSED = "MTG-UNEXCUSED";
    /** Rule code: no member absent with reason more than N times in a row in the year. */
    public static final String CONSECUTIVE_EXCUSED = "MTG-CONSECUTIVE-EXCUSED";
    /** Rule code: the minimum length. */
    public static final String DURATION = "MTG-DURATION";
    /** Rule code: materials posted ahead. */
    public static final String MATERIALS = "MTG-MATERIALS";
    /** Rule code: a regular meeting every month. */
    public static final String MONTHLY = "MTG-MONTHLY";
    /** Rule code: a thematic meeting every quarter. */
    public static final String QUARTERLY_THEMATIC = "MTG-QUARTERLY-THEMATIC";
    /** Rule code: the committee meets before the cell. */
    public static final String COMMITTEE_FIRST = "MTG-COMMITTEE-FIRST";
    /** Rule code: the party-group meeting pilot. */
    public static final String PARTY_GROUP_PILOT = "MTG-PARTY-GROUP-PILOT";

    MeetingPolicy() {}

    /** A builder; {@code from(policy)} copies an existing one. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MeetingPolicy}. */
    public static final class Builder extends ImmutableMeetingPolicy.Builder {
        Builder() {}
    }

    @Override
    public abstract String id();

    @Override
    public abstract Label title();

    @Override
    public abstract RuleSource source();

    /** Attendance must be above this percentage: 85 ({@code present * 100 > 85 * counted}). */
    public abstract int attendanceAbovePercent();

    /** The most times in a row a member may be absent with reason in a year: 3. */
    public abstract int maxConsecutiveExcused();

    /** The shortest regular meeting, in minutes: 90. */
    public abstract int minMinutesRegular();

    /** The shortest regular meeting combined with a thematic one, in minutes: 120. */
    public abstract int minMinutesCombined();

    /** How many days before the meeting the materials are posted: 0 until HD 42, then 1. */
    public abstract int materialsDaysAhead();

    /** Thematic meetings a quarter: 1. */
    public abstract int thematicPerQuarter();

    /** Whether the cell committee must meet before the cell in the month. */
    public abstract boolean committeeBeforeCell();

    /** Whether cells may meet by party group under the pilot (from 2023). */
    public abstract boolean partyGroupPilotAllowed();

    /** The smallest cell that may meet by party group: 50 members. */
    public abstract int partyGroupPilotMinMembers();

    /** The most party-group meetings instead of the cell meeting in a year: 3. */
    public abstract int partyGroupPilotMaxPerYear();

    /** The source of each rule, by rule code. */
    public abstract ImmutableMap<String, RuleSource> ruleSources();

    @Override
    public ImmutableSortedMap<String, String> parameters() {
        Map<String, String> p = new TreeMap<>();
        p.put("attendanceAbovePercent", Integer.toString(attendanceAbovePercent()));
        p.put("maxConsecutiveExcused", Integer.toString(maxConsecutiveExcused()));
        p.put("minMinutesRegular", Integer.toString(minMinutesRegular()));
        p.put("minMinutesCombined", Integer.toString(minMinutesCombined()));
        p.put("materialsDaysAhead", Integer.toString(materialsDaysAhead()));
        p.put("thematicPerQuarter", Integer.toString(thematicPerQuarter()));
        p.put("committeeBeforeCell", Boolean.toString(committeeBeforeCell()));
        p.put("partyGroupPilotAllowed", Boolean.toString(partyGroupPilotAllowed()));
        p.put("partyGroupPilotMinMembers", Integer.toString(partyGroupPilotMinMembers()));
        p.put("partyGroupPilotMaxPerYear", Integer.toString(partyGroupPilotMaxPerYear()));
        return ImmutableSortedMap.copyOf(p);
    }

    @Value.Check
    void check() {
        checkArgument(attendanceAbovePercent() >= 0 && attendanceAbovePercent() < 100, "a percentage below 100");
        checkArgument(
                minMinutesRegular() > 0 && minMinutesCombined() >= minMinutesRegular(), "lengths must be ordered");
        checkArgument(maxConsecutiveExcused() >= 0 && materialsDaysAhead() >= 0, "counts are not negative");
    }
}

package vn.chibo.domain.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * Something that happens to a member, as a host asks chibo to record it. Jakarta constraints on
 * the components are checked first, the membership rules of the date next; every problem is
 * reported at once and nothing is recorded unless there is none. Rules whose breach does not
 * invalidate the act (a ceremony held late) give findings instead.
 */
public sealed interface MemberCommand {
    /** The longest free text kept. */
    int MAX_TEXT_LENGTH = 1000;

    /** The member the command is about. */
    MemberId member();

    /** Why, recorded with every fact produced. */
    String reason();

    /**
     * Admit a candidate (kết nạp), or readmit a former member: the cell's consideration, the
     * competent committee's decision and, if already held, the ceremony.
     *
     * @param member the candidate's identity (a former member's own for a readmission)
     * @param profile who the candidate is
     * @param cell the cell that considers the candidate and holds the ceremony
     * @param considered the date the cell considered the candidate: age, sponsors and certificate
     *     are judged on it
     * @param decided the date of the admission decision (party age counts from it)
     * @param decidedBy the deciding body and decision reference
     * @param sponsors two sponsors (or a union body and one member)
     * @param certificateIssued the date of the party-awareness course certificate
     * @param votesFor the full members voting in favour in the cell's resolution
     * @param fullMembers the cell's full members, the base of the two-thirds vote
     * @param over60Decision the provincial-level decision admitting a candidate over 60, if any
     * @param readmission whether this readmits a former member
     * @param ceremony the ceremony's date, if already held
     * @param reason the record
     */
    record Admit(
            @NotNull MemberId member,
            @NotNull @Valid MemberProfile profile,
            @NotNull OrganizationId cell,
            @NotNull LocalDate considered,
            @NotNull LocalDate decided,
            @NotBlank @Size(max = MAX_TEXT_LENGTH) String decidedBy,
            @NotNull List<@NotNull @Valid Sponsor> sponsors,
            @NotNull LocalDate certificateIssued,
            @PositiveOrZero int votesFor,
            @Min(1) int fullMembers,
            @Nullable @Size(max = MAX_TEXT_LENGTH) String over60Decision,
            boolean readmission,
            @Nullable LocalDate ceremony,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {
        public Admit {
            // Nulls are kept so that the validator reports them with their index.
            sponsors = sponsors == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sponsors));
        }
    }

    /**
     * Record the admission ceremony.
     *
     * @param member the member
     * @param held the ceremony's date
     * @param reason the record
     */
    record HoldCeremony(
            @NotNull MemberId member,
            @NotNull LocalDate held,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason) implements MemberCommand {}

    /**
     * Recognise a probationary member as full (công nhận đảng viên chính thức).
     *
     * @param member the member
     * @param decided the date of the cell's resolution
     * @param votesFor the full members voting in favour
     * @param fullMembers the cell's full members
     * @param reason the record
     */
    record Recognize(
            @NotNull MemberId member,
            @NotNull LocalDate decided,
            @PositiveOrZero int votesFor,
            @Min(1) int fullMembers,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {}

    /**
     * Refuse recognition: the member is struck off the list of probationary members.
     *
     * @param member the member
     * @param decided the date of the decision
     * @param decidedBy the deciding body
     * @param reason the record
     */
    record RefuseRecognition(
            @NotNull MemberId member,
            @NotNull LocalDate decided,
            @NotBlank @Size(max = MAX_TEXT_LENGTH) String decidedBy,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {}

    /**
     * Move the member to another cell, permanently or for a while.
     *
     * @param member the member
     * @param kind permanent or temporary
     * @param to the receiving cell
     * @param effective the day the member starts there (the letter presented)
     * @param until for a temporary transfer, the day the member is back home
     * @param trigger the event that requires the transfer (decision, retirement, move)
     * @param letterIssued the date of the introduction letter
     * @param study whether a temporary transfer is for full-time study
     * @param reason the record
     */
    record Transfer(
            @NotNull MemberId member,
            @NotNull TransferKind kind,
            @NotNull OrganizationId to,
            @NotNull LocalDate effective,
            @Nullable LocalDate until,
            @NotNull LocalDate trigger,
            @NotNull LocalDate letterIssued,
            boolean study,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {}

    /**
     * Put the member in a party group of their cell, or take them out of one.
     *
     * @param member the member
     * @param partyGroup the group, or {@code null} for none
     * @param from from when
     * @param reason the record
     */
    record AssignGroup(
            @NotNull MemberId member,
            @Nullable OrganizationId partyGroup,
            @NotNull LocalDate from,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {}

    /**
     * Record a condition: exemption, suspension, prosecution, special duty, sick or maternity
     * leave, serious illness, loss of contact.
     *
     * @param member the member
     * @param condition the new condition's identity
     * @param kind which condition
     * @param from the first day
     * @param until the first day after it, if known
     * @param note the decision or reason (masked when a health fact)
     * @param reason the record
     */
    record BeginCondition(
            @NotNull MemberId member,
            @NotNull UUID condition,
            @NotNull ConditionKind kind,
            @NotNull LocalDate from,
            @Nullable LocalDate until,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String note,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {}

    /**
     * End a condition.
     *
     * @param member the member
     * @param condition the condition
     * @param on the first day without it
     * @param reason the record
     */
    record EndCondition(
            @NotNull MemberId member,
            @NotNull UUID condition,
            @NotNull LocalDate on,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {}

    /**
     * Discipline the member.
     *
     * @param member the member
     * @param form the form
     * @param effective the date it takes effect
     * @param decidedBy the deciding body
     * @param violation what it punishes (one violation, one form)
     * @param selfDetectedAndFixed whether the member found and fixed the fault themselves
     * @param reason the record
     */
    record Discipline(
            @NotNull MemberId member,
            @NotNull MemberDiscipline form,
            @NotNull LocalDate effective,
            @NotBlank @Size(max = MAX_TEXT_LENGTH) String decidedBy,
            @NotBlank @Size(max = MAX_TEXT_LENGTH) String violation,
            boolean selfDetectedAndFixed,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {}

    /**
     * Remove the member from the rolls (xóa tên).
     *
     * @param member the member
     * @param on the first day no longer a member
     * @param ground why
     * @param decidedBy the deciding body
     * @param reason the record
     */
    record Remove(
            @NotNull MemberId member,
            @NotNull LocalDate on,
            @NotNull RemovalGround ground,
            @NotBlank @Size(max = MAX_TEXT_LENGTH) String decidedBy,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {}

    /**
     * Record a death.
     *
     * @param member the member
     * @param died the date of death
     * @param reason the record
     */
    record RecordDeath(
            @NotNull MemberId member,
            @NotNull LocalDate died,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason) implements MemberCommand {}

    /**
     * Award a party badge.
     *
     * @param member the member
     * @param on the award date
     * @param years the milestone
     * @param reason the record
     */
    record AwardBadge(
            @NotNull MemberId member,
            @NotNull LocalDate on,
            @Min(1) @Max(100) int years,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {}

    /**
     * Record a month of the dues ledger (what was owed and paid); a later record for the same
     * month replaces the earlier one. {@code MemberService.assessDues} computes the amount owed
     * under the dues policy of the month.
     *
     * @param member the member
     * @param entry the month's entry (amounts are sensitive)
     * @param reason the record
     */
    record RecordDues(
            @NotNull MemberId member,
            @NotNull vn.chibo.domain.member.dues.DuesEntry entry,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {}

    /**
     * Correct or update who the member is, from a date.
     *
     * @param member the member
     * @param from from when
     * @param profile the profile
     * @param reason the record
     */
    record UpdateProfile(
            @NotNull MemberId member,
            @NotNull LocalDate from,
            @NotNull @Valid MemberProfile profile,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements MemberCommand {}
}

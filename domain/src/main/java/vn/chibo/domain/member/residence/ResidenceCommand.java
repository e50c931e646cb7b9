package vn.chibo.domain.member.residence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * Something that happens to a serving member's contact with a residence, as a host asks chibo to
 * record it. Jakarta constraints on the components are checked first, the residence rules of the
 * date next; every problem is reported at once and nothing is recorded unless there is none. Rules
 * whose breach does not invalidate the act (a letter presented late, a comment given late) give
 * findings instead.
 */
public sealed interface ResidenceCommand {
    /** The longest free text kept. */
    int MAX_TEXT_LENGTH = 1000;

    /** The longest comment kept. */
    int MAX_COMMENT_LENGTH = 4000;

    /** The member the command is about. */
    MemberId member();

    /** Why, recorded with every fact produced. */
    String reason();

    /**
     * List a serving member with the residential cell where they live, on the workplace's
     * introduction letter.
     *
     * @param member the member's identity (the same as in the workplace's records)
     * @param fullName the full name
     * @param residentialCell the residential cell: a cell or grassroots cell existing on {@code
     *     registered}
     * @param workplace the workplace party organisation that introduced the member
     * @param letterIssued the date of the introduction letter
     * @param registered the date the letter was presented and the member listed
     * @param exemption the member's exemption category of HD 33 item 1, if any; a category exempt
     *     from introduction is refused
     * @param reason the record
     */
    record Register(
            @NotNull MemberId member,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull OrganizationId residentialCell,
            @NotNull @Valid Workplace workplace,
            @NotNull LocalDate letterIssued,
            @NotNull LocalDate registered,
            @Nullable ExemptionCategory exemption,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements ResidenceCommand {}

    /**
     * Record that the member falls in an exemption category from a date, or no longer does.
     *
     * @param member the member
     * @param from from when
     * @param exemption the category, or {@code null} for none
     * @param reason the record
     */
    record RecordExemption(
            @NotNull MemberId member,
            @NotNull LocalDate from,
            @Nullable ExemptionCategory exemption,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements ResidenceCommand {}

    /**
     * Record the member's answer to a meeting the ward had the residential cell hold with its
     * serving members.
     *
     * @param member the member
     * @param held the meeting's date
     * @param presence present, excused or absent
     * @param excuse the reason of an excused absence (required then)
     * @param reason the record
     */
    record RecordMeeting(
            @NotNull MemberId member,
            @NotNull LocalDate held,
            @NotNull MeetingPresence presence,
            @Nullable @Size(max = MAX_TEXT_LENGTH) String excuse,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements ResidenceCommand {}

    /**
     * Record the yearly joint comment of the residential cell committee and the Front work
     * committee on the member.
     *
     * @param member the member
     * @param year the year commented on
     * @param frontWorkCommittee the Front work committee (Ban công tác Mặt trận) that commented
     * @param text the comment
     * @param verdict fulfils, or does not fulfil, the residence duties
     * @param requested the date the comment was requested
     * @param replied the date it was given
     * @param channel paper, or the National Public Service Portal
     * @param reason the record
     */
    record RecordComment(
            @NotNull MemberId member,
            @NotNull Year year,
            @NotBlank @Size(max = MAX_TEXT_LENGTH) String frontWorkCommittee,
            @NotBlank @Size(max = MAX_COMMENT_LENGTH) String text,
            @NotNull CommentVerdict verdict,
            @NotNull LocalDate requested,
            @NotNull LocalDate replied,
            @NotNull CommentChannel channel,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements ResidenceCommand {}

    /**
     * End the member's registration: moved away, left the workplace, no longer a member.
     *
     * @param member the member
     * @param on the first day no longer registered
     * @param endReason why
     * @param note the new residence, the decision
     * @param reason the record
     */
    record End(
            @NotNull MemberId member,
            @NotNull LocalDate on,
            @NotNull EndReason endReason,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String note,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements ResidenceCommand {}
}

package vn.chibo.domain.member.residence;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;

/**
 * One recorded fact about a serving member's contact with a residence, valid from its {@link
 * #effective()} date. Facts are appended, never changed.
 */
public sealed interface ResidenceFact {
    /** The member the fact is about. */
    MemberId member();

    /** The date from which the fact holds. */
    LocalDate effective();

    /** When, by whom and why it was recorded. */
    Recorded recorded();

    /**
     * The member presented the workplace's introduction letter to the ward committee and was
     * listed with a residential cell.
     *
     * @param member the member (whose cell is elsewhere, possibly not stored here)
     * @param effective the registration date, the first day registered
     * @param fullName the member's full name, as on the letter
     * @param residentialCell the residential cell (chi bộ nơi cư trú): a cell or a grassroots cell
     * @param workplace the workplace party organisation that introduced the member
     * @param letterIssued the date of the introduction letter
     * @param recorded the record stamp
     */
    record Registered(
            MemberId member,
            LocalDate effective,
            String fullName,
            OrganizationId residentialCell,
            Workplace workplace,
            LocalDate letterIssued,
            Recorded recorded)
            implements ResidenceFact {
        public Registered {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(residentialCell, "residentialCell");
            Objects.requireNonNull(workplace, "workplace");
            Objects.requireNonNull(letterIssued, "letterIssued");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(!letterIssued.isAfter(effective), "the letter precedes the registration");
        }
    }

    /**
     * From {@code effective} on, the member falls in an exemption category of HD 33 item 1, or
     * ({@code null}) no longer does.
     *
     * @param member the member
     * @param effective from when
     * @param category the category, or {@code null} for none
     * @param recorded the record stamp
     */
    record ExemptionChanged(
            MemberId member, LocalDate effective, @Nullable ExemptionCategory category, Recorded recorded)
            implements ResidenceFact {
        public ExemptionChanged {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(recorded, "recorded");
        }

        /** The category, absent when the exemption ends. */
        public Optional<ExemptionCategory> exemption() {
            return Optional.ofNullable(category);
        }
    }

    /**
     * The member's answer to a meeting the ward had the residential cell hold with its serving
     * members (every 6 months, or when needed).
     *
     * @param member the member
     * @param effective the meeting's date
     * @param presence present, excused or absent
     * @param excuse the reason given for an excused absence; empty otherwise
     * @param recorded the record stamp
     */
    record MeetingRecorded(
            MemberId member, LocalDate effective, MeetingPresence presence, String excuse, Recorded recorded)
            implements ResidenceFact {
        public MeetingRecorded {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(presence, "presence");
            Objects.requireNonNull(excuse, "excuse");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(presence != MeetingPresence.EXCUSED || !excuse.isBlank(), "an excused absence has a reason");
        }
    }

    /**
     * The yearly joint comment of the residential cell committee (or its secretary) and the
     * residential Front work committee (Ban công tác Mặt trận), sent through the ward committee to
     * the member's workplace.
     *
     * @param member the member
     * @param effective the reply date, from which the comment is known
     * @param year the year commented on
     * @param residentialCell the cell that commented
     * @param frontWorkCommittee the Front work committee that commented with it
     * @param text the comment
     * @param verdict fulfils, or does not fulfil, the residence duties
     * @param requested the date the comment was requested
     * @param channel paper, or the National Public Service Portal
     * @param recorded the record stamp
     */
    record CommentGiven(
            MemberId member,
            LocalDate effective,
            Year year,
            OrganizationId residentialCell,
            String frontWorkCommittee,
            String text,
            CommentVerdict verdict,
            LocalDate requested,
            CommentChannel channel,
            Recorded recorded)
            implements ResidenceFact {
        public CommentGiven {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(residentialCell, "residentialCell");
            Objects.requireNonNull(frontWorkCommittee, "frontWorkCommittee");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(!requested.isAfter(effective), "the request precedes the reply");
        }

        /** The reply date. */
        public LocalDate replied() {
            return effective;
        }
    }

    /**
     * The member no longer keeps contact with this residence.
     *
     * @param member the member
     * @param effective the first day no longer registered
     * @param reason why
     * @param note the ward's note (the new residence, the decision)
     * @param recorded the record stamp
     */
    record Ended(MemberId member, LocalDate effective, EndReason reason, String note, Recorded recorded)
            implements ResidenceFact {
        public Ended {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(recorded, "recorded");
        }
    }
}

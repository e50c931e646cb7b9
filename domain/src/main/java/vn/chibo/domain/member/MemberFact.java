package vn.chibo.domain.member;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Masking;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;

/**
 * One recorded fact about a member, valid from its {@link #effective()} date. Facts are appended,
 * never changed: a late decision is a new fact with an earlier effective date.
 */
public sealed interface MemberFact {
    /** The member the fact is about. */
    MemberId member();

    /** The date from which the fact holds. */
    LocalDate effective();

    /** When, by whom and why it was recorded. */
    Recorded recorded();

    /**
     * Who the member is, from {@code effective} on (a correction is a later fact).
     *
     * @param member the member
     * @param effective from when
     * @param profile the profile
     * @param recorded the record stamp
     */
    record ProfileRecorded(MemberId member, LocalDate effective, MemberProfile profile, Recorded recorded)
            implements MemberFact {
        public ProfileRecorded {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /**
     * The competent committee decided to admit (or readmit) the member: party age counts from the
     * first such decision.
     *
     * @param member the member
     * @param effective the date of the admission decision
     * @param cell the cell that proposed the admission and will hold the ceremony
     * @param considered the date the cell considered the candidate
     * @param decidedBy the deciding body and decision reference
     * @param sponsors who introduced the candidate
     * @param readmission whether this readmits a former member
     * @param recorded the record stamp
     */
    record AdmissionDecided(
            MemberId member,
            LocalDate effective,
            OrganizationId cell,
            LocalDate considered,
            String decidedBy,
            ImmutableList<Sponsor> sponsors,
            boolean readmission,
            Recorded recorded)
            implements MemberFact {
        public AdmissionDecided {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(considered, "considered");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(sponsors, "sponsors");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(!considered.isAfter(effective), "the decision follows the cell's consideration");
        }

        /** Copies the sponsors. */
        public AdmissionDecided(
                MemberId member,
                LocalDate effective,
                OrganizationId cell,
                LocalDate considered,
                String decidedBy,
                List<Sponsor> sponsors,
                boolean readmission,
                Recorded recorded) {
            this(member, effective, cell, considered, decidedBy, ImmutableList.copyOf(sponsors), readmission, recorded);
        }
    }

    /**
     * The cell held the admission ceremony: the member belongs to the cell, on probation, from
     * this day.
     *
     * @param member the member
     * @param effective the ceremony's date
     * @param cell the cell
     * @param recorded the record stamp
     */
    record CeremonyHeld(MemberId member, LocalDate effective, OrganizationId cell, Recorded recorded)
            implements MemberFact {
        public CeremonyHeld {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /**
     * The member was recognised as full: full from the end of probation ({@code effective}), even
     * when the cell decided later ({@code decided}).
     *
     * @param member the member
     * @param effective the end of probation
     * @param decided the date of the cell's decision
     * @param recorded the record stamp
     */
    record Recognized(MemberId member, LocalDate effective, LocalDate decided, Recorded recorded)
            implements MemberFact {
        public Recognized {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(decided, "decided");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /**
     * The member joined another cell.
     *
     * @param member the member
     * @param effective the day the member starts at the new cell
     * @param kind permanent or temporary
     * @param from the cell left
     * @param to the cell joined
     * @param until for a temporary transfer, the day the member is back at the home cell
     * @param trigger the event that required the transfer (decision, retirement, move)
     * @param letterIssued the date of the introduction letter
     * @param study whether a temporary transfer is for full-time study
     * @param recorded the record stamp
     */
    record Transferred(
            MemberId member,
            LocalDate effective,
            TransferKind kind,
            OrganizationId from,
            OrganizationId to,
            @Nullable LocalDate until,
            LocalDate trigger,
            LocalDate letterIssued,
            boolean study,
            Recorded recorded)
            implements MemberFact {
        public Transferred {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(letterIssued, "letterIssued");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument((kind == TransferKind.TEMPORARY) == (until != null), "only a temporary transfer has an end");
            checkArgument(until == null || until.isAfter(effective), "a transfer ends after it starts");
        }

        /** For a temporary transfer, the days away. */
        public Optional<DateRange> away() {
            return until == null ? Optional.empty() : Optional.of(DateRange.of(effective, until));
        }
    }

    /**
     * The member's party group within the cell, from {@code effective}; {@code null} for none.
     *
     * @param member the member
     * @param effective from when
     * @param partyGroup the party group, or {@code null}
     * @param recorded the record stamp
     */
    record GroupAssigned(
            MemberId member, LocalDate effective, @Nullable OrganizationId partyGroup, Recorded recorded)
            implements MemberFact {
        public GroupAssigned {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /**
     * A condition began: exemption, suspension, prosecution, special duty, sick or maternity leave,
     * serious illness, loss of contact.
     *
     * @param member the member
     * @param effective the first day
     * @param condition the condition's identity, to end it later
     * @param kind which condition
     * @param until the first day after it, if known
     * @param note the decision or reason (masked when the condition is a health fact)
     * @param recorded the record stamp
     */
    record ConditionBegan(
            MemberId member,
            LocalDate effective,
            UUID condition,
            ConditionKind kind,
            @Nullable LocalDate until,
            String note,
            Recorded recorded)
            implements MemberFact {
        public ConditionBegan {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(until == null || until.isAfter(effective), "a condition ends after it starts");
        }

        /** Masks the note of a health fact. */
        @Override
        public String toString() {
            return "ConditionBegan[member=" + member + ", effective=" + effective + ", condition=" + condition
                    + ", kind=" + kind + ", until=" + until + ", note="
                    + (kind.isHealthFact() ? Masking.mask(note) : note) + ", recorded=" + recorded + "]";
        }
    }

    /**
     * A condition ended earlier than recorded, or an open one ended.
     *
     * @param member the member
     * @param effective the first day without it
     * @param condition the condition
     * @param recorded the record stamp
     */
    record ConditionEnded(MemberId member, LocalDate effective, UUID condition, Recorded recorded)
            implements MemberFact {
        public ConditionEnded {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /**
     * The member was disciplined; an expulsion ends membership on {@code effective}.
     *
     * @param member the member
     * @param effective the date the decision takes effect
     * @param form the form
     * @param decidedBy the deciding body
     * @param violation what it punishes (one violation, one form)
     * @param selfDetectedAndFixed whether the member found and fixed the fault themselves
     * @param recorded the record stamp
     */
    record Disciplined(
            MemberId member,
            LocalDate effective,
            MemberDiscipline form,
            String decidedBy,
            String violation,
            boolean selfDetectedAndFixed,
            Recorded recorded)
            implements MemberFact {
        public Disciplined {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(violation, "violation");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /**
     * The member was removed from the rolls (xóa tên), or from the list of probationary members.
     *
     * @param member the member
     * @param effective the first day no longer a member
     * @param ground why
     * @param decidedBy the deciding body
     * @param recorded the record stamp
     */
    record Removed(MemberId member, LocalDate effective, RemovalGround ground, String decidedBy, Recorded recorded)
            implements MemberFact {
        public Removed {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(ground, "ground");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /**
     * The member died.
     *
     * @param member the member
     * @param effective the day after death, the first day no longer a member
     * @param recorded the record stamp
     */
    record Died(MemberId member, LocalDate effective, Recorded recorded) implements MemberFact {
        public Died {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /**
     * A month of the dues ledger (đảng phí): what was owed and paid. A later fact for the same
     * month replaces the earlier one (a payment recorded late, a correction); amounts are
     * sensitive.
     *
     * @param member the member
     * @param effective the first day of the month
     * @param entry the month's entry
     * @param recorded the record stamp
     */
    record DuesRecorded(
            MemberId member, LocalDate effective, vn.chibo.domain.member.dues.DuesEntry entry, Recorded recorded)
            implements MemberFact {
        public DuesRecorded {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(
                    effective.equals(entry.month().atDay(1)), "a dues fact is effective on the first of its month");
        }
    }

    /**
     * A party badge (huy hiệu Đảng) was awarded.
     *
     * @param member the member
     * @param effective the award date
     * @param years the milestone (30, 40, 45 … 90)
     * @param early whether it was awarded before the milestone (serious illness, posthumous)
     * @param recorded the record stamp
     */
    record BadgeAwarded(MemberId member, LocalDate effective, int years, boolean early, Recorded recorded)
            implements MemberFact {
        public BadgeAwarded {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(years > 0, "a badge marks a positive number of years");
        }
    }
}

package vn.chibo.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;

/**
 * One recorded fact about an organisation. Facts are appended, never changed: each is valid from
 * its {@link #effective()} date and carries when, by whom and why it was {@link #recorded()}. A
 * late decision is a new fact with an earlier effective date; what was recorded before stays.
 */
public sealed interface OrganizationFact {
    /** The organisation the fact is about. */
    OrganizationId organization();

    /** The date from which the fact holds. */
    LocalDate effective();

    /** When, by whom and why it was recorded. */
    Recorded recorded();

    /** A structural fact: it changes the organisation's kind, name, parent or existence. */
    sealed interface Structural extends OrganizationFact {
        /** The reorganisation that produced it, if any. */
        Optional<ReorganizationRef> reorganization();
    }

    /**
     * The organisation was founded (thành lập).
     *
     * @param organization its identity
     * @param effective the founding date
     * @param kind its kind from that date
     * @param name its name from that date
     * @param parent its superior, or {@code null} for a root
     * @param cause the reorganisation that founded it
     * @param recorded the record stamp
     */
    record Founded(
            OrganizationId organization,
            LocalDate effective,
            OrganizationKind kind,
            String name,
            @Nullable OrganizationId parent,
            @Nullable ReorganizationRef cause,
            Recorded recorded)
            implements Structural {
        public Founded {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(!organization.equals(parent), "an organisation cannot be its own parent");
        }

        @Override
        public Optional<ReorganizationRef> reorganization() {
            return Optional.ofNullable(cause);
        }
    }

    /**
     * The organisation was renamed (đổi tên).
     *
     * @param organization its identity
     * @param effective the first day of the new name
     * @param name the new name
     * @param cause the reorganisation
     * @param recorded the record stamp
     */
    record Renamed(
            OrganizationId organization,
            LocalDate effective,
            String name,
            @Nullable ReorganizationRef cause,
            Recorded recorded)
            implements Structural {
        public Renamed {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public Optional<ReorganizationRef> reorganization() {
            return Optional.ofNullable(cause);
        }
    }

    /**
     * The organisation changed kind, e.g. a cell became a grassroots cell on 1/7/2025.
     *
     * @param organization its identity
     * @param effective the first day of the new kind
     * @param kind the new kind
     * @param cause the reorganisation
     * @param recorded the record stamp
     */
    record KindChanged(
            OrganizationId organization,
            LocalDate effective,
            OrganizationKind kind,
            @Nullable ReorganizationRef cause,
            Recorded recorded)
            implements Structural {
        public KindChanged {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public Optional<ReorganizationRef> reorganization() {
            return Optional.ofNullable(cause);
        }
    }

    /**
     * The organisation moved under another superior.
     *
     * @param organization its identity
     * @param effective the first day under the new superior
     * @param parent the new superior
     * @param cause the reorganisation
     * @param recorded the record stamp
     */
    record Reparented(
            OrganizationId organization,
            LocalDate effective,
            OrganizationId parent,
            @Nullable ReorganizationRef cause,
            Recorded recorded)
            implements Structural {
        public Reparented {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(!organization.equals(parent), "an organisation cannot be its own parent");
        }

        @Override
        public Optional<ReorganizationRef> reorganization() {
            return Optional.ofNullable(cause);
        }
    }

    /**
     * The organisation ceased to exist (giải thể), possibly merged into another.
     *
     * @param organization its identity
     * @param effective the first day it no longer exists
     * @param mergedInto the organisation it was merged into, if any
     * @param cause the reorganisation
     * @param recorded the record stamp
     */
    record Dissolved(
            OrganizationId organization,
            LocalDate effective,
            @Nullable OrganizationId mergedInto,
            @Nullable ReorganizationRef cause,
            Recorded recorded)
            implements Structural {
        public Dissolved {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public Optional<ReorganizationRef> reorganization() {
            return Optional.ofNullable(cause);
        }
    }

    /**
     * A member took a seat: a committee role, or a role in a party group.
     *
     * @param organization the organisation whose committee (or party group) it is
     * @param effective the first day in the seat
     * @param seat the seat's identity, to vacate it later
     * @param member who holds it
     * @param role which role
     * @param until the first day out of the seat, if already known
     * @param congress the ordinal of the congress whose term the seat belongs to, if any
     * @param recorded the record stamp
     */
    record SeatTaken(
            OrganizationId organization,
            LocalDate effective,
            UUID seat,
            MemberId member,
            Role role,
            @Nullable LocalDate until,
            @Nullable Integer congress,
            Recorded recorded)
            implements OrganizationFact {
        public SeatTaken {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(seat, "seat");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(until == null || until.isAfter(effective), "a seat ends after it starts");
        }

        /** The days in the seat as taken (a later {@link SeatVacated} may end it earlier). */
        public DateRange valid() {
            return new DateRange(effective, until);
        }
    }

    /**
     * A member left a seat (retirement, transfer, dismissal, end of term).
     *
     * @param organization the organisation
     * @param effective the first day out of the seat
     * @param seat the seat
     * @param recorded the record stamp
     */
    record SeatVacated(OrganizationId organization, LocalDate effective, UUID seat, Recorded recorded)
            implements OrganizationFact {
        public SeatVacated {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(seat, "seat");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /**
     * A congress (đại hội) opened a term (nhiệm kỳ).
     *
     * @param organization the organisation
     * @param effective the day of the congress
     * @param congress its ordinal (13 for Đại hội lần thứ XIII)
     * @param plannedEnd the year the term is planned to end (2025 for nhiệm kỳ 2020–2025)
     * @param recorded the record stamp
     */
    record TermOpened(OrganizationId organization, LocalDate effective, int congress, int plannedEnd, Recorded recorded)
            implements OrganizationFact {
        public TermOpened {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(congress >= 1, "congress ordinals start at 1");
            checkArgument(plannedEnd >= effective.getYear(), "a term ends in or after the year it starts");
        }
    }

    /**
     * A committee member was assigned to follow an organisation (phân công phụ trách), as the
     * seed's ward committee does for its cells.
     *
     * @param organization the organisation followed
     * @param effective the first day of the assignment
     * @param supervisor the committee member assigned
     * @param committeeOf the organisation whose committee the supervisor sits on
     * @param until the first day after the assignment, if known
     * @param recorded the record stamp
     */
    record SupervisionAssigned(
            OrganizationId organization,
            LocalDate effective,
            MemberId supervisor,
            OrganizationId committeeOf,
            @Nullable LocalDate until,
            Recorded recorded)
            implements OrganizationFact {
        public SupervisionAssigned {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(supervisor, "supervisor");
            Objects.requireNonNull(committeeOf, "committeeOf");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(until == null || until.isAfter(effective), "an assignment ends after it starts");
        }

        /** The days of the assignment. */
        public DateRange valid() {
            return new DateRange(effective, until);
        }
    }

    /**
     * The organisation was disciplined.
     *
     * @param organization the organisation
     * @param effective the date of the decision
     * @param form the form of discipline
     * @param decidedBy the body that decided
     * @param violation what it punishes
     * @param recorded the record stamp
     */
    record DisciplineImposed(
            OrganizationId organization,
            LocalDate effective,
            OrganizationDiscipline form,
            String decidedBy,
            String violation,
            Recorded recorded)
            implements OrganizationFact {
        public DisciplineImposed {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(violation, "violation");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    /**
     * The superior committee approved an exception to a structural rule, e.g. a grassroots cell of
     * 30 or more members (rules.md §1.2).
     *
     * @param organization the organisation the exception is for
     * @param effective the first day it holds
     * @param rule the code of the rule excepted, e.g. {@code ORG-GRASSROOTS-SIZE}
     * @param decision the written approval
     * @param until the first day it no longer holds, if known
     * @param recorded the record stamp
     */
    record ExceptionApproved(
            OrganizationId organization,
            LocalDate effective,
            String rule,
            String decision,
            @Nullable LocalDate until,
            Recorded recorded)
            implements OrganizationFact {
        public ExceptionApproved {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(recorded, "recorded");
            checkArgument(until == null || until.isAfter(effective), "an exception ends after it starts");
        }

        /** The days the exception holds. */
        public DateRange valid() {
            return new DateRange(effective, until);
        }
    }
}

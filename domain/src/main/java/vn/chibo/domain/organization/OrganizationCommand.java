package vn.chibo.domain.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * A change to the organisation tree, as a host asks for it. Commands carry Jakarta Validation
 * constraints on their components, checked by the {@code Validator} the host gives chibo before
 * anything else; the structural rules are checked next, on every command whose constraints hold;
 * every problem of both kinds is reported at once and nothing changes unless there is none.
 *
 * <p>Commands are records: their constraints sit on the record components and so on the fields,
 * which every Jakarta validator reads whatever the accessor names.
 */
public sealed interface OrganizationCommand {
    /** The longest organisation name kept. */
    int MAX_NAME_LENGTH = 200;

    /** The longest free text kept (decisions, reasons, violations). */
    int MAX_TEXT_LENGTH = 1000;

    /** Why the change is made, recorded with every fact it produces. */
    String reason();

    /**
     * A reorganisation (founding, merge, split, re-parent, rename, change of kind, dissolution)
     * effective on one date: a first-class event made of steps applied together.
     *
     * @param id the reorganisation's identity, recorded with every fact it produces
     * @param kind what it does, as people name it
     * @param effective the date it takes effect
     * @param decision the decision that orders it
     * @param reason why, in the actor's words
     * @param steps what changes, applied together
     */
    record Reorganize(
            @NotNull UUID id,
            @NotNull ReorganizationKind kind,
            @NotNull LocalDate effective,
            @NotBlank @Size(max = MAX_TEXT_LENGTH) String decision,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason,
            @NotEmpty List<@NotNull @Valid Step> steps)
            implements OrganizationCommand {
        public Reorganize {
            // Nulls are kept so that the validator reports them with their index.
            steps = steps == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(steps));
        }
    }

    /** One step of a reorganisation. */
    sealed interface Step {}

    /**
     * Found a new organisation.
     *
     * @param organization the new organisation's identity
     * @param kind its kind
     * @param name its name
     * @param parent its superior, or {@code null} for a root
     */
    record Found(
            @NotNull OrganizationId organization,
            @NotNull OrganizationKind kind,
            @NotBlank @Size(max = MAX_NAME_LENGTH) String name,
            @Nullable OrganizationId parent)
            implements Step {}

    /**
     * Rename an organisation.
     *
     * @param organization the organisation
     * @param name the new name
     */
    record Rename(
            @NotNull OrganizationId organization,
            @NotBlank @Size(max = MAX_NAME_LENGTH) String name) implements Step {}

    /**
     * Change an organisation's kind.
     *
     * @param organization the organisation
     * @param kind the new kind
     */
    record ChangeKind(
            @NotNull OrganizationId organization, @NotNull OrganizationKind kind) implements Step {}

    /**
     * Move an organisation under another superior.
     *
     * @param organization the organisation
     * @param parent the new superior
     */
    record Reparent(
            @NotNull OrganizationId organization, @NotNull OrganizationId parent) implements Step {}

    /**
     * Dissolve an organisation, possibly into another (a merge).
     *
     * @param organization the organisation
     * @param mergedInto the organisation it merges into, or {@code null}
     */
    record Dissolve(
            @NotNull OrganizationId organization, @Nullable OrganizationId mergedInto) implements Step {}

    /**
     * Seat a member in a committee, or give a member a role in a party group.
     *
     * @param organization the organisation
     * @param seat the new seat's identity
     * @param member the member
     * @param role the role
     * @param from the first day in the seat
     * @param until the first day out of it, if known
     * @param congress the congress whose term it belongs to, if any
     * @param reason the election or appointment
     */
    record TakeSeat(
            @NotNull OrganizationId organization,
            @NotNull UUID seat,
            @NotNull MemberId member,
            @NotNull Role role,
            @NotNull LocalDate from,
            @Nullable LocalDate until,
            @Nullable @Min(1) @Max(100) Integer congress,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements OrganizationCommand {}

    /**
     * End a seat.
     *
     * @param organization the organisation
     * @param seat the seat
     * @param on the first day out of it
     * @param reason why
     */
    record VacateSeat(
            @NotNull OrganizationId organization,
            @NotNull UUID seat,
            @NotNull LocalDate on,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements OrganizationCommand {}

    /**
     * Record the congress that opens a term.
     *
     * @param organization the organisation
     * @param congress the congress ordinal (13 for lần thứ XIII)
     * @param held the day of the congress
     * @param plannedEnd the year the term is planned to end
     * @param reason the record
     */
    record OpenTerm(
            @NotNull OrganizationId organization,
            @Min(1) @Max(100) int congress,
            @NotNull LocalDate held,
            @Min(1930) @Max(2200) int plannedEnd,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements OrganizationCommand {}

    /**
     * Assign a committee member to follow an organisation below.
     *
     * @param organization the organisation followed
     * @param supervisor the committee member
     * @param committeeOf the organisation whose committee the supervisor sits on
     * @param from the first day
     * @param until the first day after, if known
     * @param reason the decision
     */
    record AssignSupervision(
            @NotNull OrganizationId organization,
            @NotNull MemberId supervisor,
            @NotNull OrganizationId committeeOf,
            @NotNull LocalDate from,
            @Nullable LocalDate until,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements OrganizationCommand {}

    /**
     * Discipline an organisation.
     *
     * @param organization the organisation
     * @param form the form
     * @param decided the date of the decision
     * @param decidedBy the deciding body
     * @param violation what it punishes
     * @param reason the record
     */
    record ImposeDiscipline(
            @NotNull OrganizationId organization,
            @NotNull OrganizationDiscipline form,
            @NotNull LocalDate decided,
            @NotBlank @Size(max = MAX_NAME_LENGTH) String decidedBy,
            @NotBlank @Size(max = MAX_TEXT_LENGTH) String violation,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements OrganizationCommand {}

    /**
     * Record the superior committee's approval of an exception to a structural rule.
     *
     * @param organization the organisation
     * @param rule the rule code excepted
     * @param from the first day it holds
     * @param until the first day it no longer holds, if known
     * @param decision the written approval
     * @param reason the record
     */
    record ApproveException(
            @NotNull OrganizationId organization,
            @NotBlank @Size(max = 100) String rule,
            @NotNull LocalDate from,
            @Nullable LocalDate until,
            @NotBlank @Size(max = MAX_TEXT_LENGTH) String decision,
            @NotNull @Size(max = MAX_TEXT_LENGTH) String reason)
            implements OrganizationCommand {}
}

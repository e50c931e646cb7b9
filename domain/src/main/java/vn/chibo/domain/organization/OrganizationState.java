package vn.chibo.domain.organization;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.OrganizationId;

/**
 * What an organisation was during one stretch of days: its kind, name and superior. A history is a
 * sequence of states; each new structural fact starts a new one.
 *
 * @param id the organisation
 * @param kind its kind
 * @param name its name
 * @param parent its superior, or {@code null} for a root
 * @param valid the days this state holds
 */
public record OrganizationState(
        OrganizationId id,
        OrganizationKind kind,
        String name,
        @Nullable OrganizationId parent,
        DateRange valid) {
    public OrganizationState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valid, "valid");
    }

    /** The superior, absent for a root. */
    public Optional<OrganizationId> parentId() {
        return Optional.ofNullable(parent);
    }

    /** {@code name (kind)} in {@code locale}. */
    public String describe(Locale locale) {
        return name + " (" + kind.label().in(locale) + ")";
    }
}

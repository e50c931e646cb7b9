package vn.chibo.domain.member.residence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.OrganizationId;

/**
 * Where a serving member works and has party activity: the workplace party organisation as its
 * name reads on the introduction letter, and its identity when this system stores it.
 *
 * @param name the workplace party organisation, e.g. {@code Đảng ủy Sở Tài chính tỉnh Quảng Trị}
 * @param organization its identity in this system, or {@code null} when it is stored elsewhere
 */
public record Workplace(
        @NotBlank @Size(max = Workplace.MAX_NAME_LENGTH) String name,
        @Nullable OrganizationId organization) {
    /** The longest name kept. */
    public static final int MAX_NAME_LENGTH = 300;

    public Workplace {
        Objects.requireNonNull(name, "name");
    }

    /** A workplace stored elsewhere, known by its name only. */
    public static Workplace named(String name) {
        return new Workplace(name, null);
    }

    /** The workplace organisation's identity, if this system stores it. */
    public Optional<OrganizationId> organizationId() {
        return Optional.ofNullable(organization);
    }
}

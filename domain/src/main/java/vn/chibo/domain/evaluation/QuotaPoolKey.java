package vn.chibo.domain.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;

/**
 * One pool the excellence quota is counted in: a grassroots organisation (HD 21), or a group of
 * members with similar roles as the host defines it (QĐ 124). Two keys with the same {@code id} are
 * the same pool.
 *
 * @param id a stable identity, unique among the pools of one report
 * @param name the pool's name shown in findings, in Vietnamese and English
 * @param organization the organisation the pool belongs to: a quota exception recorded on its
 *     review clears the pool; {@code null} when none can
 */
public record QuotaPoolKey(String id, Label name, @Nullable OrganizationId organization) {
    public QuotaPoolKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        checkArgument(!id.isBlank(), "a pool has an id");
    }
}

package vn.chibo.domain.organization;

import java.util.Objects;
import java.util.UUID;

/**
 * The reorganisation a structural fact belongs to: every fact it produced carries this, so the
 * reorganisation stays a first-class event across all the organisations it touched.
 *
 * @param id the reorganisation's identity
 * @param kind what it does
 * @param decision the decision that ordered it (e.g. {@code "QĐ 1234-QĐ/TU ngày 25/6/2025"})
 */
public record ReorganizationRef(UUID id, ReorganizationKind kind, String decision) {
    public ReorganizationRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decision, "decision");
    }
}

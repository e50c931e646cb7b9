package vn.chibo.domain.member;

import java.util.Objects;
import java.util.UUID;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Masking;

/**
 * A condition as it stands after every fact about it.
 *
 * @param id its identity
 * @param kind which condition
 * @param valid the days it holds
 * @param note the decision or reason (masked in {@link #toString()} for a health fact)
 */
public record MemberCondition(UUID id, ConditionKind kind, DateRange valid, String note) {
    public MemberCondition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(valid, "valid");
        Objects.requireNonNull(note, "note");
    }

    @Override
    public String toString() {
        return "MemberCondition[" + kind + " " + valid + ", note=" + (kind.isHealthFact() ? Masking.mask(note) : note)
                + "]";
    }
}

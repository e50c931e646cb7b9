package vn.chibo.domain.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.RuleSource;

/**
 * One item of a {@link CriteriaSet}: what is scored, in which group, out of how many points, and
 * where the item comes from.
 *
 * @param code a stable code within its set, e.g. {@code G1}
 * @param group the group it counts in
 * @param label what it scores, in Vietnamese and English
 * @param maxPoints the most points it gives
 * @param source the document the item comes from (a province's criteria set, or chibo's recalled default)
 */
public record Criterion(String code, CriterionGroup group, Label label, BigDecimal maxPoints, RuleSource source) {
    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(source, "source");
        checkArgument(!code.isBlank(), "a criterion has a code");
        checkArgument(maxPoints.signum() > 0, "a criterion is worth some points: %s", code);
    }
}

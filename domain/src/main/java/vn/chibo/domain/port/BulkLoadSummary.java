package vn.chibo.domain.port;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What a committed {@link BulkLoader load} stored.
 *
 * @param organizations organisations
 * @param members members
 * @param residences residence histories
 * @param meetings meetings (each with all its versions)
 * @param schedules meeting schedules
 * @param evaluations reviews
 * @param facts facts, entries and versions in all
 */
public record BulkLoadSummary(
        long organizations,
        long members,
        long residences,
        long meetings,
        long schedules,
        long evaluations,
        long facts) {
    public BulkLoadSummary {
        checkArgument(
                organizations >= 0
                        && members >= 0
                        && residences >= 0
                        && meetings >= 0
                        && schedules >= 0
                        && evaluations >= 0
                        && facts >= 0,
                "counts are not negative");
    }

    /** Records of every kind. */
    public long records() {
        return organizations + members + residences + meetings + schedules + evaluations;
    }
}

package vn.chibo.export.json;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What an export wrote.
 *
 * @param organizations organisation records
 * @param members member records
 * @param residences residence histories
 * @param meetings meetings
 * @param schedules meeting schedules
 * @param evaluations reviews
 * @param facts facts, versions and entries in all
 * @param left records or facts a masked export left out (dues, health facts, members left with no
 *     fact); 0 for a full export
 */
public record ExportSummary(
        long organizations,
        long members,
        long residences,
        long meetings,
        long schedules,
        long evaluations,
        long facts,
        long left) {
    public ExportSummary {
        checkArgument(
                organizations >= 0
                        && members >= 0
                        && residences >= 0
                        && meetings >= 0
                        && schedules >= 0
                        && evaluations >= 0
                        && facts >= 0
                        && left >= 0,
                "counts are not negative");
    }

    /** Records of every kind written. */
    public long records() {
        return organizations + members + residences + meetings + schedules + evaluations;
    }
}

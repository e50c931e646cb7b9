package vn.chibo.domain.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;

/**
 * Review entries to append together, all or nothing, with the version each touched review must
 * still have (0 for one with nothing recorded yet).
 *
 * @param expectedVersions the version of every review the entries are about
 * @param entries the entries, in order
 */
public record EvaluationAppend(
        ImmutableMap<EvaluationKey, Long> expectedVersions, ImmutableList<EvaluationEntry> entries) {
    public EvaluationAppend {
        checkArgument(!entries.isEmpty(), "an append has at least one entry");
        for (EvaluationEntry e : entries) {
            checkArgument(expectedVersions.containsKey(e.key()), "no expected version for %s", e.key());
        }
    }

    /** Copies the arguments. */
    public static EvaluationAppend of(
            Map<EvaluationKey, Long> expectedVersions, List<? extends EvaluationEntry> entries) {
        return new EvaluationAppend(ImmutableMap.copyOf(expectedVersions), ImmutableList.copyOf(entries));
    }

    /** Entries of one review whose version must still be {@code expectedVersion}. */
    public static EvaluationAppend of(
            EvaluationKey key, long expectedVersion, List<? extends EvaluationEntry> entries) {
        return of(Map.of(key, expectedVersion), entries);
    }
}

package vn.chibo.domain.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything recorded about one review (a member or an organisation, one review year), oldest
 * first, with the version that guards against lost updates: the number of entries.
 *
 * @param key the review
 * @param entries every entry, oldest first; none is ever removed or rewritten
 */
public record EvaluationRecord(EvaluationKey key, ImmutableList<EvaluationEntry> entries) {
    public EvaluationRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(entries, "entries");
        for (EvaluationEntry e : entries) {
            checkArgument(e.key().equals(key), "entry %s is not about %s", e, key);
        }
    }

    /** A record of {@code entries}. */
    public static EvaluationRecord of(EvaluationKey key, List<? extends EvaluationEntry> entries) {
        return new EvaluationRecord(key, ImmutableList.copyOf(entries));
    }

    /** This record with {@code more} appended. */
    public EvaluationRecord append(List<? extends EvaluationEntry> more) {
        return new EvaluationRecord(
                key,
                ImmutableList.<EvaluationEntry>builder()
                        .addAll(entries)
                        .addAll(more)
                        .build());
    }

    /** The version: the number of entries; 0 for a review nothing was recorded about. */
    public long version() {
        return entries.size();
    }

    /** The latest stage reached, if any. */
    public Optional<EvaluationStage> stage() {
        return entries.reverse().stream().flatMap(e -> e.stage().stream()).findFirst();
    }

    /** The latest self-assessment. */
    public Optional<EvaluationEntry.SelfAssessed> selfAssessed() {
        return latest(EvaluationEntry.SelfAssessed.class);
    }

    /** The latest proposal. */
    public Optional<EvaluationEntry.Proposed> proposed() {
        return latest(EvaluationEntry.Proposed.class);
    }

    /** The decision in force: the latest. */
    public Optional<EvaluationEntry.Decided> decided() {
        return latest(EvaluationEntry.Decided.class);
    }

    /** The latest publication. */
    public Optional<EvaluationEntry.Published> published() {
        return latest(EvaluationEntry.Published.class);
    }

    /** Whether the review was ever published: from then on a change needs a reason. */
    public boolean everPublished() {
        return published().isPresent();
    }

    /** The latest quota exception recorded on this organisation's review. */
    public Optional<EvaluationEntry.QuotaExceptionRecorded> quotaException() {
        return latest(EvaluationEntry.QuotaExceptionRecorded.class);
    }

    /** Every decision, oldest first: the history of the grade. */
    public ImmutableList<EvaluationEntry.Decided> decisions() {
        return entries.stream()
                .filter(EvaluationEntry.Decided.class::isInstance)
                .map(EvaluationEntry.Decided.class::cast)
                .collect(ImmutableList.toImmutableList());
    }

    private <T extends EvaluationEntry> Optional<T> latest(Class<T> type) {
        // a loop, not a stream: reports ask it of every review they count
        for (int i = entries.size() - 1; i >= 0; i--) {
            EvaluationEntry e = entries.get(i);
            if (type.isInstance(e)) {
                return Optional.of(type.cast(e));
            }
        }
        return Optional.empty();
    }
}

package vn.chibo.domain.meeting;

import com.google.common.collect.ImmutableMap;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import java.util.Objects;
import vn.chibo.domain.common.MemberId;

/** How a resolution was voted: by show of hands or cards with names, or by secret ballot as a tally. */
public sealed interface Ballot {
    /** Votes in favour. */
    int yes();

    /** Votes against. */
    int no();

    /** Abstentions. */
    int abstain();

    /** Invalid ballots (secret ballots only). */
    int invalid();

    /**
     * An open vote, with each voter's choice.
     *
     * @param votes each voter's choice
     */
    record Open(ImmutableMap<MemberId, VoteChoice> votes) implements Ballot {
        public Open {
            Objects.requireNonNull(votes, "votes");
        }

        /** Copies the votes. */
        public static Open of(Map<MemberId, VoteChoice> votes) {
            return new Open(ImmutableMap.copyOf(votes));
        }

        private int count(VoteChoice c) {
            return (int) votes.values().stream().filter(v -> v == c).count();
        }

        @Override
        public int yes() {
            return count(VoteChoice.YES);
        }

        @Override
        public int no() {
            return count(VoteChoice.NO);
        }

        @Override
        public int abstain() {
            return count(VoteChoice.ABSTAIN);
        }

        @Override
        public int invalid() {
            return 0;
        }
    }

    /**
     * A secret ballot, kept as a tally only: never names.
     *
     * @param cast the ballots cast
     * @param yes in favour
     * @param no against
     * @param abstain blank ballots
     * @param invalid invalid ballots
     */
    record Secret(
            @PositiveOrZero int cast,
            @PositiveOrZero int yes,
            @PositiveOrZero int no,
            @PositiveOrZero int abstain,
            @PositiveOrZero int invalid)
            implements Ballot {}
}

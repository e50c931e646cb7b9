package vn.chibo.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;

/**
 * When, by whom and why a fact was recorded: the second time axis of chibo's bitemporal facts. The
 * first axis, when the fact is valid, belongs to the fact itself.
 *
 * @param at the instant the fact was recorded, from the host's clock
 * @param actor the id of the actor who recorded it
 * @param reason why, in the actor's words (a decision number, a correction note)
 */
public record Recorded(Instant at, String actor, String reason) {
    /** The longest reason kept. */
    public static final int MAX_REASON_LENGTH = 1000;

    public Recorded {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        checkArgument(!actor.isBlank(), "a recorded fact needs an actor");
        checkArgument(reason.length() <= MAX_REASON_LENGTH, "reason longer than %s characters", MAX_REASON_LENGTH);
    }

    /** Recorded now (per {@code at}) by {@code actor}. */
    public static Recorded by(Actor actor, Instant at, String reason) {
        return new Recorded(at, actor.id(), reason);
    }
}

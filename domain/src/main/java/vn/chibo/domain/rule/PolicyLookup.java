package vn.chibo.domain.rule;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of the {@link PolicyRegistry}: the policy that applies, or a {@link Finding#NO_POLICY}
 * finding saying none does.
 *
 * @param <P> the policy interface
 */
public sealed interface PolicyLookup<P extends Policy> {
    /** The policy, if one applies. */
    Optional<P> policy();

    /**
     * A policy applies.
     *
     * @param registration the most specific registration that applies
     */
    record Found<P extends Policy>(PolicyRegistration<P> registration) implements PolicyLookup<P> {
        public Found {
            Objects.requireNonNull(registration, "registration");
        }

        @Override
        public Optional<P> policy() {
            return Optional.of(registration.policy());
        }
    }

    /**
     * No policy applies.
     *
     * @param finding the {@link Finding#NO_POLICY} finding to report
     */
    record Missing<P extends Policy>(Finding finding) implements PolicyLookup<P> {
        public Missing {
            Objects.requireNonNull(finding, "finding");
        }

        @Override
        public Optional<P> policy() {
            return Optional.empty();
        }
    }
}

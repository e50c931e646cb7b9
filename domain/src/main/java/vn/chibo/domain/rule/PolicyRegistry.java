package vn.chibo.domain.rule;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Violation;

/**
 * Finds the policy of a kind for a date or a review year and an organisation: among the
 * registrations that apply, the one whose subtree is the closest ancestor-or-self of the
 * organisation wins, and a central registration (no subtree) comes last. A province overlays the
 * central rules by registering its own policy for its subtree.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}, or start from chibo's central
 * policies with {@code ChiboPolicies.central().toBuilder()} and add overlays.
 */
public final class PolicyRegistry {
    private final ImmutableList<PolicyRegistration<?>> registrations;

    private PolicyRegistry(ImmutableList<PolicyRegistration<?>> registrations) {
        this.registrations = registrations;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /** A builder holding every registration of this registry. */
    public Builder toBuilder() {
        return new Builder(registrations);
    }

    /** Every registration, in the order registered. */
    public ImmutableList<PolicyRegistration<?>> registrations() {
        return registrations;
    }

    /**
     * The policy of a date-based {@code kind} in force on {@code date} for an organisation.
     *
     * @param pathFromRoot the organisation's ancestors as of {@code date}, from the root down to the
     *     organisation itself; empty for the central rules only
     * @param subject what is being judged, for the {@link Finding#NO_POLICY} finding
     */
    public <P extends Policy> PolicyLookup<P> find(
            PolicyKind<P> kind, LocalDate date, List<OrganizationId> pathFromRoot, String subject) {
        Objects.requireNonNull(date, "date");
        return choose(
                        kind,
                        pathFromRoot,
                        a -> a instanceof Applicability.Dates d && d.range().contains(date))
                .orElseGet(() -> new PolicyLookup.Missing<>(Finding.noPolicy(kind, date, subject)));
    }

    /** The central policy of a date-based {@code kind} in force on {@code date}. */
    public <P extends Policy> PolicyLookup<P> find(PolicyKind<P> kind, LocalDate date) {
        return find(kind, date, List.of(), "central");
    }

    /**
     * The policy of a year-based {@code kind} for the review of {@code year} for an organisation.
     *
     * @param pathFromRoot as in {@link #find(PolicyKind, LocalDate, List, String)}, as of 31/12 of
     *     the review year
     */
    public <P extends Policy> PolicyLookup<P> findForReviewYear(
            PolicyKind<P> kind, Year year, List<OrganizationId> pathFromRoot, String subject) {
        Objects.requireNonNull(year, "year");
        return choose(kind, pathFromRoot, a -> a instanceof Applicability.ReviewYears y && y.contains(year))
                .orElseGet(() -> new PolicyLookup.Missing<>(Finding.noPolicy(kind, year.atDay(1), subject)));
    }

    @SuppressWarnings("unchecked") // registrations are checked against their kind's type when built
    private <P extends Policy> java.util.Optional<PolicyLookup<P>> choose(
            PolicyKind<P> kind, List<OrganizationId> path, java.util.function.Predicate<Applicability> applies) {
        PolicyRegistration<?> best = null;
        int bestDepth = Integer.MIN_VALUE;
        for (PolicyRegistration<?> r : registrations) {
            if (!r.kind().equals(kind) || !applies.test(r.applicability())) {
                continue;
            }
            int depth = depth(r.scope(), path);
            if (depth > bestDepth) {
                best = r;
                bestDepth = depth;
            }
        }
        return java.util.Optional.ofNullable(best).map(r -> new PolicyLookup.Found<>((PolicyRegistration<P>) r));
    }

    /** -1 for central, the index in the path for an overlay on it, MIN_VALUE when it does not cover. */
    private static int depth(@Nullable OrganizationId scope, List<OrganizationId> path) {
        if (scope == null) {
            return -1;
        }
        int i = path.indexOf(scope);
        return i < 0 ? Integer.MIN_VALUE : i;
    }

    /** Collects registrations; {@link #build()} rejects conflicting ones, all at once. */
    public static final class Builder {
        private final List<PolicyRegistration<?>> registrations;

        private Builder(List<PolicyRegistration<?>> initial) {
            this.registrations = new ArrayList<>(initial);
        }

        /** Registers {@code policy} centrally. */
        public <P extends Policy> Builder register(PolicyKind<P> kind, P policy, Applicability applicability) {
            registrations.add(new PolicyRegistration<>(kind, policy, applicability, null));
            return this;
        }

        /** Registers {@code policy} as an overlay for the subtree of {@code scope}. */
        public <P extends Policy> Builder overlay(
                PolicyKind<P> kind, P policy, Applicability applicability, OrganizationId scope) {
            registrations.add(new PolicyRegistration<>(kind, policy, applicability, scope));
            return this;
        }

        /**
         * The registry.
         *
         * @throws InvalidInputException listing every pair of registrations of the same kind and
         *     scope whose applicability overlaps, since neither could be said to win
         */
        public PolicyRegistry build() {
            List<Violation> violations = new ArrayList<>();
            for (int i = 0; i < registrations.size(); i++) {
                for (int j = i + 1; j < registrations.size(); j++) {
                    PolicyRegistration<?> a = registrations.get(i);
                    PolicyRegistration<?> b = registrations.get(j);
                    if (a.kind().equals(b.kind())
                            && Objects.equals(a.scope(), b.scope())
                            && a.applicability().overlaps(b.applicability())) {
                        violations.add(Violation.of(
                                "registrations[" + j + "]",
                                "POLICY-OVERLAP",
                                b.policy().id() + " " + b.applicability(),
                                vn.chibo.domain.common.Label.of(
                                        "trùng thời gian áp dụng với "
                                                + a.policy().id() + " " + a.applicability() + " trong cùng phạm vi",
                                        "overlaps " + a.policy().id() + " " + a.applicability()
                                                + " in the same scope")));
                    }
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException("Policy registry", violations);
            }
            return new PolicyRegistry(ImmutableList.copyOf(registrations));
        }
    }
}

package vn.chibo.domain.meeting;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;

/**
 * A vote that explains itself: the base and every exclusion from it by member and reason, the
 * counts, the threshold and the votes it needed, whether it passed, and the policy and source.
 *
 * @param title the resolution's title
 * @param kind what it decided
 * @param summoned the members summoned
 * @param base the members counted in the base
 * @param exclusions every member left out of the base, with the reason
 * @param yes in favour
 * @param no against
 * @param abstain abstentions
 * @param invalid invalid ballots
 * @param twoThirds whether the threshold is two thirds (else more than half)
 * @param required the fewest votes in favour that pass it
 * @param passed whether it passed
 * @param policy the vote policy applied
 * @param source the rule's source
 */
public record VoteResult(
        String title,
        ResolutionKind kind,
        int summoned,
        int base,
        ImmutableList<Exclusion> exclusions,
        int yes,
        int no,
        int abstain,
        int invalid,
        boolean twoThirds,
        int required,
        boolean passed,
        PolicyRef policy,
        RuleSource source) {
    public VoteResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(exclusions, "exclusions");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(source, "source");
    }

    /**
     * One member left out of the base.
     *
     * @param member the member
     * @param reason why
     */
    public record Exclusion(MemberId member, ExclusionReason reason) {}

    /** The result in words. */
    public String explain(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String excluded = exclusions.stream()
                .collect(Collectors.groupingBy(Exclusion::reason, java.util.TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> e.getValue() + " " + e.getKey().label().in(locale))
                .collect(Collectors.joining(", "));
        String threshold = twoThirds
                ? (en ? "at least two thirds" : "ít nhất hai phần ba")
                : (en ? "more than half" : "hơn một nửa");
        if (en) {
            return title + ": base " + base + " of " + summoned + " summoned"
                    + (excluded.isEmpty() ? "" : " (excluded: " + excluded + ")")
                    + "; " + yes + " yes, " + no + " no, " + abstain + " abstained, " + invalid + " invalid; "
                    + threshold
                    + " needs " + required + ": " + (passed ? "passed" : "not passed") + " [" + policy.id() + "]";
        }
        return title + ": cơ số " + base + " trên " + summoned + " được triệu tập"
                + (excluded.isEmpty() ? "" : " (trừ: " + excluded + ")")
                + "; " + yes + " tán thành, " + no + " không tán thành, " + abstain + " không biểu quyết, " + invalid
                + " phiếu không hợp lệ; " + threshold + " cần " + required + ": "
                + (passed ? "thông qua" : "không thông qua")
                + " [" + policy.id() + "]";
    }
}

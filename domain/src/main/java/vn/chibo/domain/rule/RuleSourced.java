package vn.chibo.domain.rule;

import com.google.common.collect.ImmutableMap;

/**
 * A policy whose rules each name their source: {@link #sourceOf(String)} finds a rule's own source
 * by its code and falls back to the policy's.
 */
public interface RuleSourced {
    /** The document the policy encodes as a whole. */
    RuleSource source();

    /** The source of each rule, by rule code. */
    ImmutableMap<String, RuleSource> ruleSources();

    /** The source of one rule; the policy's own source if the rule has none of its own. */
    default RuleSource sourceOf(String ruleCode) {
        RuleSource s = ruleSources().get(ruleCode);
        return s != null ? s : source();
    }
}

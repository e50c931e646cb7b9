package vn.chibo.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One reason why input was rejected: the field or rule it concerns, the rejected value (already
 * masked when sensitive) and a message.
 *
 * @param path the field path ({@code name}, {@code changes[2].parent}) or, for a business rule,
 *     the subject the rule was applied to
 * @param rule the stable code of the rule broken ({@code ORG-PARENT-KIND}), or {@code
 *     "validation"} for a Jakarta constraint
 * @param rejectedValue the value as it may be shown: masked if sensitive
 * @param message what is wrong, in English; {@code messageVi} says it in Vietnamese
 * @param messageVi what is wrong, in Vietnamese
 */
public record Violation(String path, String rule, String rejectedValue, String message, String messageVi) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(rejectedValue, "rejectedValue");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageVi, "messageVi");
        checkArgument(!rule.isBlank(), "rule must not be blank");
    }

    /** A violation whose message is the same in both languages (e.g. a validator's message). */
    public static Violation of(String path, String rule, String rejectedValue, String message) {
        return new Violation(path, rule, rejectedValue, message, message);
    }

    /** A violation with a bilingual message. */
    public static Violation of(String path, String rule, String rejectedValue, Label message) {
        return new Violation(path, rule, rejectedValue, message.en(), message.vi());
    }

    /** One line: {@code path [rule] = value: message}. */
    @Override
    public String toString() {
        return path + " [" + rule + "] = " + rejectedValue + ": " + message;
    }
}

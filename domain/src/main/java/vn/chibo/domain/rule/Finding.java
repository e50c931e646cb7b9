package vn.chibo.domain.rule;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Label;

/**
 * What an assessment found when it applied one rule: the rule's stable code, its source, how much
 * it matters, what it concerns, a bilingual message and the policy that held the rule.
 *
 * @param code the stable rule code, e.g. {@code ORG-FOUND-MIN-FULL-MEMBERS}
 * @param severity how much it matters
 * @param subject what the finding is about (an organisation's name and id, a member)
 * @param message what was found, in Vietnamese and English
 * @param source where the rule comes from
 * @param policy the policy that held the rule, or {@code null} for a {@link #NO_POLICY} finding
 */
public record Finding(
        String code,
        Severity severity,
        String subject,
        Label message,
        RuleSource source,
        @Nullable PolicyRef policy) {

    /** The code of the finding made when no policy covers the date judged. */
    public static final String NO_POLICY = "NO_POLICY";

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        checkArgument(!code.isBlank(), "a finding has a rule code");
        checkArgument(policy != null || NO_POLICY.equals(code), "a finding records the policy that produced it");
    }

    /** A finding produced under {@code policy}. */
    public static Finding of(
            String code, Severity severity, String subject, Label message, RuleSource source, Policy policy) {
        return new Finding(code, severity, subject, message, source, PolicyRef.of(policy));
    }

    /**
     * The finding made when a fact is older than (or otherwise outside) every registered policy of
     * its kind: the fact stays, it just cannot be judged.
     */
    public static Finding noPolicy(PolicyKind<?> kind, LocalDate date, String subject) {
        return new Finding(
                NO_POLICY,
                Severity.INFO,
                subject,
                Label.of(
                        "Không có quy định loại " + kind.name() + " áp dụng cho ngày " + date + ".",
                        "No " + kind.name() + " policy applies on " + date + "."),
                RuleSource.of(
                        "chibo", "PolicyRegistry", Confidence.SOURCE_SEEN, "no registered policy covers this date"),
                null);
    }

    /** The policy that produced the finding, absent for {@link #NO_POLICY}. */
    public Optional<PolicyRef> producedBy() {
        return Optional.ofNullable(policy);
    }

    /** The message in {@code locale}. */
    public String message(Locale locale) {
        return message.in(locale);
    }

    @Override
    public String toString() {
        return severity + " " + code + " (" + subject + "): " + message.en() + " — " + source;
    }
}

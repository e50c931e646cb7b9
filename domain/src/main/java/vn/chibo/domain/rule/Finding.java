package vn.chibo.domain.rule;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Label;

/**
 * What an assessment found when it applied one rule: the rule's stable code ({@link #code()}), its
 * source ({@link #source()}), how much it matters ({@link #severity()}), what it concerns ({@link
 * #subject()}), a bilingual message ({@link #message()}) and the policy that held the rule ({@link
 * #policy()}).
 *
 * <p>A value with the six components above: two findings are equal when all six are. The texts
 * (subject and message) of a finding made by {@link #lazy} are built on first use, once: a
 * classification makes findings for every member of a year and most of them are never shown, so
 * building their texts cost more than the rest of the rating. A lazy finding and the finding made
 * eagerly from the same texts are equal and show the same texts. (Not a {@code record} since the
 * lazy texts; its public constructor, accessors, {@code equals} and {@code toString} are those the
 * record had.)
 */
public final class Finding {

    /** The code of the finding made when no policy covers the date judged. */
    public static final String NO_POLICY = "NO_POLICY";

    private final String code;
    private final Severity severity;
    private final RuleSource source;
    private final @Nullable PolicyRef policy;
    // the texts: given, or built on first use by the suppliers below (then let go) under this finding's lock
    private volatile @Nullable String subject;
    private volatile @Nullable Label message;
    // a lazy finding's suppliers until its texts are built (fields of the finding, not an object of
    // their own: a classification makes one or two lazy findings for every member); guarded by this
    private @Nullable Supplier<String> makeSubject;
    private @Nullable Supplier<Label> makeMessage;

    /**
     * A finding with its texts.
     *
     * @param code the stable rule code, e.g. {@code ORG-FOUND-MIN-FULL-MEMBERS}
     * @param severity how much it matters
     * @param subject what the finding is about (an organisation's name and id, a member)
     * @param message what was found, in Vietnamese and English
     * @param source where the rule comes from
     * @param policy the policy that held the rule, or {@code null} for a {@link #NO_POLICY} finding
     */
    public Finding(
            String code,
            Severity severity,
            String subject,
            Label message,
            RuleSource source,
            @Nullable PolicyRef policy) {
        this(code, severity, source, policy);
        this.subject = Objects.requireNonNull(subject, "subject");
        this.message = Objects.requireNonNull(message, "message");
    }

    private Finding(
            String code,
            Severity severity,
            Supplier<String> subject,
            Supplier<Label> message,
            RuleSource source,
            PolicyRef policy) {
        this(code, severity, source, policy);
        this.makeSubject = Objects.requireNonNull(subject, "subject");
        this.makeMessage = Objects.requireNonNull(message, "message");
    }

    private Finding(String code, Severity severity, RuleSource source, @Nullable PolicyRef policy) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.source = Objects.requireNonNull(source, "source");
        this.policy = policy;
        checkArgument(!code.isBlank(), "a finding has a rule code");
        checkArgument(policy != null || NO_POLICY.equals(code), "a finding records the policy that produced it");
    }

    /** A finding produced under {@code policy}. */
    public static Finding of(
            String code, Severity severity, String subject, Label message, RuleSource source, Policy policy) {
        return new Finding(code, severity, subject, message, source, PolicyRef.of(policy));
    }

    /**
     * A finding produced under {@code policy} whose subject and message are built on first use
     * (once; {@code subject} and {@code message} are then let go). Equal to, and showing the same
     * texts as, {@link #of} with the texts they give. They must give a text (not {@code null}) and be
     * safe to call from any thread.
     */
    public static Finding lazy(
            String code,
            Severity severity,
            Supplier<String> subject,
            Supplier<Label> message,
            RuleSource source,
            Policy policy) {
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

    /** The stable rule code, e.g. {@code ORG-FOUND-MIN-FULL-MEMBERS}. */
    public String code() {
        return code;
    }

    /** How much it matters. */
    public Severity severity() {
        return severity;
    }

    /** What the finding is about (an organisation's name and id, a member). */
    public String subject() {
        String s = subject;
        return s != null ? s : makeTexts().subject;
    }

    /** What was found, in Vietnamese and English. */
    public Label message() {
        Label m = message;
        return m != null ? m : makeTexts().message;
    }

    /** Builds the texts of a lazy finding, once, and lets their suppliers go. */
    private synchronized Texts makeTexts() {
        String s = subject;
        if (s == null) {
            // only a lazy finding is without its texts, and it has its suppliers until it has them
            s = Objects.requireNonNull(Objects.requireNonNull(makeSubject).get(), "subject");
            subject = s;
            makeSubject = null;
        }
        Label l = message;
        if (l == null) {
            l = Objects.requireNonNull(Objects.requireNonNull(makeMessage).get(), "message");
            message = l;
            makeMessage = null;
        }
        return new Texts(s, l);
    }

    private record Texts(String subject, Label message) {}

    /** Where the rule comes from. */
    public RuleSource source() {
        return source;
    }

    /** The policy that held the rule, or {@code null} for a {@link #NO_POLICY} finding. */
    public @Nullable PolicyRef policy() {
        return policy;
    }

    /** The policy that produced the finding, absent for {@link #NO_POLICY}. */
    public Optional<PolicyRef> producedBy() {
        return Optional.ofNullable(policy);
    }

    /** The message in {@code locale}. */
    public String message(Locale locale) {
        return message().in(locale);
    }

    /** Equal when all six components are (the texts built if they were not yet). */
    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof Finding f
                        && code.equals(f.code)
                        && severity == f.severity
                        && source.equals(f.source)
                        && Objects.equals(policy, f.policy)
                        && subject().equals(f.subject())
                        && message().equals(f.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, subject(), message(), source, policy);
    }

    @Override
    public String toString() {
        return severity + " " + code + " (" + subject() + "): " + message().en() + " — " + source;
    }
}

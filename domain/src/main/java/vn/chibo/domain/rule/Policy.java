package vn.chibo.domain.rule;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import vn.chibo.domain.common.Label;

/**
 * A dated set of rules and their parameters: the structure rules of the Charter as implemented by
 * QĐ 294, the evaluation regime of QĐ 366, a province's overlay. A policy is immutable; a changed
 * parameter makes a new policy with a new {@link #fingerprint()}.
 */
public interface Policy {
    /** The stable identity, e.g. {@code organization.structure/QĐ294-2025}. */
    String id();

    /** A title for people. */
    Label title();

    /** The document the policy encodes as a whole. */
    RuleSource source();

    /**
     * Every parameter that changes a result, by name, as canonical text. Two policies with the
     * same parameters judge alike.
     */
    ImmutableSortedMap<String, String> parameters();

    /** A short hash of {@link #id()} and {@link #parameters()}: results record it. */
    default String fingerprint() {
        Hasher hasher = Hashing.sha256().newHasher();
        hasher.putString(id(), StandardCharsets.UTF_8).putChar('\n');
        parameters()
                .forEach((k, v) -> hasher.putString(k, StandardCharsets.UTF_8)
                        .putChar('=')
                        .putString(v, StandardCharsets.UTF_8)
                        .putChar('\n'));
        return hasher.hash().toString().substring(0, 16);
    }
}

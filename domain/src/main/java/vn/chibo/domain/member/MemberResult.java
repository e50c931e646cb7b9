package vn.chibo.domain.member;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.Severity;

/**
 * What recording member commands did: the facts recorded and the findings the rules made (a late
 * ceremony, a letter presented late, a date no policy covers).
 *
 * @param facts the facts recorded
 * @param findings the findings, each with its rule source and policy
 */
public record MemberResult(ImmutableList<MemberFact> facts, ImmutableList<Finding> findings) {
    public MemberResult {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(findings, "findings");
    }

    /** The findings with a rule code. */
    public ImmutableList<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).collect(ImmutableList.toImmutableList());
    }

    /** Whether any finding is a warning or a violation. */
    public boolean hasWarnings() {
        return findings.stream().anyMatch(f -> f.severity() != Severity.INFO);
    }
}

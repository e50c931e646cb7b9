package vn.chibo.domain.member.residence;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import vn.chibo.domain.rule.Finding;

/**
 * What recording residence commands did: the facts recorded and the findings the rules made (a
 * letter presented late, a comment given after the deadline, a negative comment the workplace
 * rating must take into account, a date no policy covers).
 *
 * @param facts the facts recorded
 * @param findings the findings, each with its rule source and policy
 */
public record ResidenceResult(ImmutableList<ResidenceFact> facts, ImmutableList<Finding> findings) {
    public ResidenceResult {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(findings, "findings");
    }

    /** The findings with a rule code. */
    public ImmutableList<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).collect(ImmutableList.toImmutableList());
    }
}

package vn.chibo.domain.oversight;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Objects;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.rule.Finding;

/**
 * A member eligible to be considered for the commendation for five consecutive years rated
 * excellent (rules.md §4.10).
 *
 * @param member the member
 * @param years the consecutive years rated excellent, oldest first
 * @param finding the finding, with its rule source
 */
public record Commendation(MemberId member, ImmutableList<Year> years, Finding finding) {
    public Commendation {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(finding, "finding");
    }
}

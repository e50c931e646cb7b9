package vn.chibo.domain.member;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;

/** Who introduces a candidate (người giới thiệu): a full member, or a youth or trade union body. */
public sealed interface Sponsor {
    /**
     * A full member who has known the candidate since {@code since}.
     *
     * @param member the sponsor
     * @param relation how they know the candidate
     * @param since since when (at least 12 months before the cell considers the candidate)
     * @param replacement whether the cell assigned this sponsor to replace one who could no longer
     *     follow the candidate (exempt from the 12 months)
     */
    record ByMember(
            @NotNull MemberId member,
            @NotNull SponsorRelation relation,
            @NotNull LocalDate since,
            boolean replacement) implements Sponsor {}

    /**
     * The grassroots executive of the Youth Union (for a candidate of youth age) or of the trade
     * union, by a resolution; it counts as one of the two sponsors.
     *
     * @param body which body
     * @param resolution the resolution's reference
     */
    record ByUnion(@NotNull UnionBody body, @NotNull String resolution) implements Sponsor {}

    /** The bodies that may introduce a candidate. */
    enum UnionBody {
        /** Ban chấp hành Đoàn cơ sở. */
        YOUTH_UNION(Label.of("Ban chấp hành Đoàn cơ sở", "grassroots Youth Union executive")),
        /** Ban chấp hành công đoàn cơ sở. */
        TRADE_UNION(Label.of("Ban chấp hành công đoàn cơ sở", "grassroots trade-union executive"));

        private final Label label;

        UnionBody(Label label) {
            this.label = label;
        }

        /** The label shown to people. */
        public Label label() {
            return label;
        }
    }
}

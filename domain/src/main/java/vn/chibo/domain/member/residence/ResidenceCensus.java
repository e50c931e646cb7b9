package vn.chibo.domain.member.residence;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Objects;
import vn.chibo.domain.common.OrganizationId;

/**
 * How many serving members are registered with the residential cells of an organisation's subtree
 * on a date (the seed ward: "gần 2.400 đảng viên đương chức cư trú trên địa bàn"). They are not
 * members of the organisation and appear in none of its rosters.
 *
 * @param organization the organisation whose subtree was counted
 * @param date the date
 * @param registered the serving members registered
 * @param exemptFromActivity those of them exempt from residence activity (HD 33 item 1)
 * @param byCell the registered members per residential cell, cells in first-seen order
 */
public record ResidenceCensus(
        OrganizationId organization,
        LocalDate date,
        int registered,
        int exemptFromActivity,
        ImmutableMap<OrganizationId, Integer> byCell) {
    public ResidenceCensus {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(byCell, "byCell");
        checkArgument(0 <= exemptFromActivity && exemptFromActivity <= registered, "exempt within registered");
    }

    /** The serving members registered with {@code cell}; 0 when none. */
    public int inCell(OrganizationId cell) {
        return byCell.getOrDefault(cell, 0);
    }
}

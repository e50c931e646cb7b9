package vn.chibo.testkit.data;

import java.time.LocalDate;
import java.time.Year;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.residence.CommentChannel;
import vn.chibo.domain.member.residence.CommentVerdict;
import vn.chibo.domain.member.residence.EndReason;
import vn.chibo.domain.member.residence.ExemptionCategory;
import vn.chibo.domain.member.residence.MeetingPresence;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.member.residence.Workplace;

/**
 * Residence facts of serving members with sensible defaults, for port contract suites and adapter
 * tests. Identities come from names, as in {@link MemberTestData}.
 */
public final class ResidenceTestData {
    /** The workplace every serving member here is introduced by, unless a test says otherwise. */
    public static final Workplace WORKPLACE = Workplace.named("Đảng ủy Sở Tài chính tỉnh Quảng Trị");

    private ResidenceTestData() {}

    /** A stable member identity for a name (the same as {@link MemberTestData#id(String)}). */
    public static MemberId id(String name) {
        return MemberTestData.id(name);
    }

    /** {@code name} registered with {@code cell} on {@code on}, on a letter of ten days before. */
    public static ResidenceFact.Registered registered(String name, OrganizationId cell, LocalDate on) {
        return new ResidenceFact.Registered(
                id(name), on, name, cell, WORKPLACE, on.minusDays(10), OrganizationTestData.recorded());
    }

    /** {@code name} in an exemption category (or none) from {@code on}. */
    public static ResidenceFact.ExemptionChanged exemption(String name, LocalDate on, ExemptionCategory category) {
        return new ResidenceFact.ExemptionChanged(id(name), on, category, OrganizationTestData.recorded());
    }

    /** {@code name} present at the meeting of {@code on}. */
    public static ResidenceFact.MeetingRecorded present(String name, LocalDate on) {
        return new ResidenceFact.MeetingRecorded(
                id(name), on, MeetingPresence.PRESENT, "", OrganizationTestData.recorded());
    }

    /** The joint comment on {@code year} by {@code cell}, requested a month before {@code replied}, on paper. */
    public static ResidenceFact.CommentGiven comment(
            String name, Year year, OrganizationId cell, LocalDate replied, CommentVerdict verdict) {
        return new ResidenceFact.CommentGiven(
                id(name),
                replied,
                year,
                cell,
                "Ban công tác Mặt trận khu phố",
                "Gương mẫu, tham gia đầy đủ các hoạt động ở khu dân cư.",
                verdict,
                replied.minusMonths(1),
                CommentChannel.PAPER,
                OrganizationTestData.recorded());
    }

    /** {@code name} no longer registered from {@code on}. */
    public static ResidenceFact.Ended ended(String name, LocalDate on, EndReason reason) {
        return new ResidenceFact.Ended(id(name), on, reason, "", OrganizationTestData.recorded());
    }
}

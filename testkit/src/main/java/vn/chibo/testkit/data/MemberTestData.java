package vn.chibo.testkit.data;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.member.SponsorRelation;
import vn.chibo.domain.member.TransferKind;

/**
 * Member facts with sensible defaults, for port contract suites and adapter tests. Identities come
 * from names, as in {@link OrganizationTestData}.
 */
public final class MemberTestData {
    private MemberTestData() {}

    /** A stable member identity for a name. */
    public static MemberId id(String name) {
        return OrganizationTestData.member(name);
    }

    /** A profile born on {@code born}, with a citizen ID. */
    public static MemberProfile profile(String name, LocalDate born) {
        return new MemberProfile(name, born, Sex.MALE, "044090001234", null);
    }

    /**
     * The facts of a member admitted to {@code cell}: profile, decision on {@code decided},
     * ceremony two weeks later, recognition at the end of probation.
     */
    public static List<MemberFact> admittedAndRecognized(String name, OrganizationId cell, LocalDate decided) {
        MemberId id = id(name);
        LocalDate ceremony = decided.plusDays(14);
        return List.of(
                new MemberFact.ProfileRecorded(
                        id, decided, profile(name, decided.minusYears(30)), OrganizationTestData.recorded()),
                new MemberFact.AdmissionDecided(
                        id,
                        decided,
                        cell,
                        decided.minusDays(10),
                        "QĐ kết nạp",
                        List.of(
                                new Sponsor.ByMember(
                                        id("Sponsor A"), SponsorRelation.WORK, decided.minusYears(2), false),
                                new Sponsor.ByUnion(Sponsor.UnionBody.YOUTH_UNION, "NQ 1/ĐTN")),
                        false,
                        OrganizationTestData.recorded()),
                new MemberFact.CeremonyHeld(id, ceremony, cell, OrganizationTestData.recorded()),
                new MemberFact.Recognized(
                        id,
                        ceremony.plusMonths(12),
                        ceremony.plusMonths(12).plusDays(5),
                        OrganizationTestData.recorded()));
    }

    /** A permanent transfer. */
    public static MemberFact.Transferred transferred(
            String name, OrganizationId from, OrganizationId to, LocalDate effective) {
        return new MemberFact.Transferred(
                id(name),
                effective,
                TransferKind.PERMANENT,
                from,
                to,
                null,
                effective.minusDays(20),
                effective.minusDays(10),
                false,
                OrganizationTestData.recorded());
    }

    /** A condition beginning on {@code from}, open-ended. */
    public static MemberFact.ConditionBegan condition(String name, ConditionKind kind, LocalDate from, String note) {
        return new MemberFact.ConditionBegan(
                id(name),
                from,
                UUID.nameUUIDFromBytes((name + kind + from).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                kind,
                null,
                note,
                OrganizationTestData.recorded());
    }
}

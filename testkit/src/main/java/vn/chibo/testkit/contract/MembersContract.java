package vn.chibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.MembershipStatus;
import vn.chibo.domain.member.RemovalGround;
import vn.chibo.domain.member.TransferKind;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;

/**
 * The contract every {@link Members} implementation keeps. Extend it and return a fresh, empty
 * organisation store and a fresh, empty member store over it.
 */
public abstract class MembersContract {
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final OrganizationId KP3 = OrganizationTestData.id("Khu phố 3");
    private static final OrganizationId KP9 = OrganizationTestData.id("Khu phố 9");
    private static final OrganizationId P5 = OrganizationTestData.id("Phường 5");

    private Members members;

    /** A fresh, empty organisation store. */
    protected abstract Organizations newOrganizations();

    /** A fresh, empty member store reading its scope from {@code organizations}. */
    protected abstract Members newMembers(Organizations organizations);

    @BeforeEach
    void createStores() {
        Organizations organizations = newOrganizations();
        List<OrganizationFact> tree = List.of(
                founded("Tỉnh", OrganizationKind.PROVINCIAL_COMMITTEE, null, Y2020.minusYears(20)),
                founded("Thành phố", OrganizationKind.DISTRICT_COMMITTEE, "Tỉnh", Y2020.minusYears(20)),
                founded("Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, "Thành phố", Y2020.minusYears(20)),
                founded("Khu phố 3", OrganizationKind.CELL, "Phường 5", Y2020.minusYears(20)),
                founded("Phường 1", OrganizationKind.GRASSROOTS_COMMITTEE, "Thành phố", Y2020.minusYears(20)),
                founded("Khu phố 9", OrganizationKind.CELL, "Phường 1", Y2020.minusYears(20)));
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        tree.forEach(f -> versions.put(f.organization(), 0L));
        organizations.append(ADMIN, OrganizationAppend.of(versions, tree));
        members = newMembers(organizations);
        appendNew(MemberTestData.admittedAndRecognized("An", KP3, LocalDate.of(2010, 3, 1)));
        appendNew(MemberTestData.admittedAndRecognized("Bình", KP9, LocalDate.of(2012, 5, 1)));
    }

    private void appendNew(List<MemberFact> facts) {
        Map<MemberId, Long> versions = new LinkedHashMap<>();
        for (MemberFact f : facts) {
            versions.putIfAbsent(
                    f.member(),
                    members.find(ADMIN, f.member()).map(MemberHistory::version).orElse(0L));
        }
        members.append(ADMIN, MemberAppend.of(versions, facts));
    }

    private long version(String name) {
        return members.find(ADMIN, MemberTestData.id(name)).orElseThrow().version();
    }

    private static Actor ward5() {
        return Actor.forSubtree("ward-5-clerk", P5);
    }

    @Test
    public void findsWhatWasAppendedWithEveryFieldIntact() {
        MemberId an = MemberTestData.id("An");
        Recorded late = new Recorded(java.time.Instant.parse("2026-02-03T04:05:06.123456Z"), "clerk", "bổ sung");
        List<MemberFact> more = List.of(
                MemberTestData.condition("An", ConditionKind.SICK_LEAVE, LocalDate.of(2024, 2, 29), "bệnh án"),
                new MemberFact.Disciplined(
                        an, LocalDate.of(2024, 5, 1), MemberDiscipline.REPRIMAND, "Chi bộ", "vắng họp", true, late),
                new MemberFact.GroupAssigned(an, LocalDate.of(2024, 6, 1), null, late),
                new MemberFact.BadgeAwarded(an, LocalDate.of(2040, 2, 3), 30, false, late),
                new MemberFact.DuesRecorded(
                        an,
                        LocalDate.of(2026, 2, 1),
                        vn.chibo.domain.member.dues.DuesEntry.paid(
                                        java.time.YearMonth.of(2026, 2),
                                        73_457,
                                        80_000,
                                        LocalDate.of(2026, 2, 25),
                                        vn.chibo.domain.member.dues.PaymentChannel.NATIONAL_PUBLIC_SERVICE_PORTAL)
                                .withNote("biên lai 12"),
                        late),
                new MemberFact.Transferred(
                        an,
                        LocalDate.of(2024, 7, 1),
                        TransferKind.TEMPORARY,
                        KP3,
                        KP9,
                        LocalDate.of(2024, 12, 1),
                        LocalDate.of(2024, 6, 1),
                        LocalDate.of(2024, 6, 15),
                        true,
                        late));
        members.append(ADMIN, MemberAppend.of(Map.of(an, version("An")), more));

        MemberHistory h = members.find(ADMIN, an).orElseThrow();
        assertThat(h.facts()).hasSize(4 + more.size());
        assertThat(h.facts().subList(4, 4 + more.size())).containsExactlyElementsOf(more);
        assertThat(h.facts().subList(0, 4))
                .containsExactlyElementsOf(MemberTestData.admittedAndRecognized("An", KP3, LocalDate.of(2010, 3, 1)));
    }

    @Test
    public void findReturnsEmptyForAnUnknownMember() {
        assertThat(members.find(ADMIN, MemberId.random())).isEmpty();
    }

    @Test
    public void aStaleVersionLosesAndNothingIsAppended() {
        long before = version("An");
        MemberAppend stale = MemberAppend.of(
                Map.of(MemberTestData.id("An"), before - 1),
                List.of(MemberTestData.condition("An", ConditionKind.EXEMPTION, LocalDate.of(2024, 1, 1), "đơn")));

        assertThatThrownBy(() -> members.append(ADMIN, stale)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(version("An")).isEqualTo(before);
    }

    @Test
    public void aBatchTouchingTwoMembersIsAllOrNothing() {
        long an = version("An");
        long binh = version("Bình");
        MemberAppend mixed = MemberAppend.of(
                Map.of(MemberTestData.id("An"), an, MemberTestData.id("Bình"), binh + 5),
                List.of(
                        MemberTestData.condition("An", ConditionKind.EXEMPTION, LocalDate.of(2024, 1, 1), "đơn"),
                        MemberTestData.condition("Bình", ConditionKind.EXEMPTION, LocalDate.of(2024, 1, 1), "đơn")));

        assertThatThrownBy(() -> members.append(ADMIN, mixed)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(version("An")).isEqualTo(an);
        assertThat(version("Bình")).isEqualTo(binh);
    }

    @Test
    public void aSubtreeActorSeesItsMembersOnly() {
        assertThat(members.find(ward5(), MemberTestData.id("An"))).isPresent();
        assertThatThrownBy(() -> members.find(ward5(), MemberTestData.id("Bình")))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(members.all(ward5()).stream().map(MemberHistory::id)).containsExactly(MemberTestData.id("An"));
    }

    @Test
    public void aSubtreeActorChangesItsMembersOnly() {
        long binh = version("Bình");
        assertThatThrownBy(() -> members.append(
                        ward5(),
                        MemberAppend.of(
                                Map.of(MemberTestData.id("Bình"), binh),
                                List.of(MemberTestData.condition(
                                        "Bình", ConditionKind.EXEMPTION, LocalDate.of(2024, 1, 1), "đơn")))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(version("Bình")).isEqualTo(binh);

        members.append(
                ward5(),
                MemberAppend.of(
                        Map.of(MemberTestData.id("An"), version("An")),
                        List.of(MemberTestData.condition(
                                "An", ConditionKind.EXEMPTION, LocalDate.of(2024, 1, 1), "đơn"))));
        assertThat(members.find(ADMIN, MemberTestData.id("An")).orElseThrow().conditionsOn(LocalDate.of(2024, 1, 1)))
                .containsExactly(ConditionKind.EXEMPTION);
    }

    @Test
    public void aSubtreeActorAdmitsOnlyIntoItsOwnCells() {
        List<MemberFact> intoOtherWard = MemberTestData.admittedAndRecognized("Cường", KP9, LocalDate.of(2020, 3, 1));
        Map<MemberId, Long> versions = Map.of(MemberTestData.id("Cường"), 0L);

        assertThatThrownBy(() -> members.append(ward5(), MemberAppend.of(versions, intoOtherWard)))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(members.find(ADMIN, MemberTestData.id("Cường"))).isEmpty();

        members.append(
                ward5(),
                MemberAppend.of(
                        versions, MemberTestData.admittedAndRecognized("Cường", KP3, LocalDate.of(2020, 3, 1))));
        assertThat(members.find(ward5(), MemberTestData.id("Cường"))).isPresent();
    }

    @Test
    public void membersOfAnOrganisationFollowTransfersAndEndings() {
        LocalDate moved = LocalDate.of(2022, 6, 1);
        appendToExisting("Bình", List.of(MemberTestData.transferred("Bình", KP9, KP3, moved)));
        appendToExisting(
                "An",
                List.of(new MemberFact.Removed(
                        MemberTestData.id("An"),
                        LocalDate.of(2023, 1, 1),
                        RemovalGround.ABSENCE_OR_DUES,
                        "Đảng ủy",
                        OrganizationTestData.recorded())));

        assertThat(ids(members.ofOrganization(ADMIN, P5, moved.minusDays(1)))).containsExactly(MemberTestData.id("An"));
        assertThat(ids(members.ofOrganization(ADMIN, P5, moved)))
                .containsExactly(MemberTestData.id("An"), MemberTestData.id("Bình"));
        assertThat(ids(members.ofOrganization(ADMIN, P5, LocalDate.of(2023, 1, 1))))
                .containsExactly(MemberTestData.id("Bình"));
        assertThat(members.find(ADMIN, MemberTestData.id("An")).orElseThrow().statusOn(LocalDate.of(2022, 12, 31)))
                .contains(MembershipStatus.FULL);
    }

    @Test
    public void membersOfAnOrganisationOutsideTheActorsReachAreRefused() {
        assertThatThrownBy(() -> members.ofOrganization(ward5(), OrganizationTestData.id("Phường 1"), Y2020))
                .isInstanceOf(OutOfScopeException.class);
    }

    private void appendToExisting(String name, List<MemberFact> facts) {
        members.append(ADMIN, MemberAppend.of(Map.of(MemberTestData.id(name), version(name)), facts));
    }

    private static List<MemberId> ids(List<MemberHistory> histories) {
        List<MemberId> out = new ArrayList<>();
        histories.forEach(h -> out.add(h.id()));
        return out;
    }
}

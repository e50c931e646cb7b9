package vn.chibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
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
import vn.chibo.domain.member.residence.CommentChannel;
import vn.chibo.domain.member.residence.CommentVerdict;
import vn.chibo.domain.member.residence.EndReason;
import vn.chibo.domain.member.residence.ExemptionCategory;
import vn.chibo.domain.member.residence.MeetingPresence;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.member.residence.ResidenceLiaisonHistory;
import vn.chibo.domain.member.residence.Workplace;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.domain.port.ResidenceLiaisons;
import vn.chibo.testkit.data.OrganizationTestData;
import vn.chibo.testkit.data.ResidenceTestData;

/**
 * The contract every {@link ResidenceLiaisons} implementation keeps. Extend it and return a fresh,
 * empty organisation store and a fresh, empty residence store over it.
 *
 * <p>The tree: Phường 5 with the cell Khu phố 3, Phường 1 with the cell Khu phố 9. An resides in
 * Khu phố 3 and works in Phường 1's organisation; Bình resides in Khu phố 9.
 */
public abstract class ResidenceLiaisonsContract {
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate REGISTERED = LocalDate.of(2021, 3, 1);
    private static final OrganizationId KP3 = OrganizationTestData.id("Khu phố 3");
    private static final OrganizationId KP9 = OrganizationTestData.id("Khu phố 9");
    private static final OrganizationId P5 = OrganizationTestData.id("Phường 5");
    private static final OrganizationId P1 = OrganizationTestData.id("Phường 1");

    private ResidenceLiaisons liaisons;

    /** A fresh, empty organisation store. */
    protected abstract Organizations newOrganizations();

    /** A fresh, empty residence store reading its scope from {@code organizations}. */
    protected abstract ResidenceLiaisons newResidenceLiaisons(Organizations organizations);

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
        liaisons = newResidenceLiaisons(organizations);
        ResidenceFact.Registered an = new ResidenceFact.Registered(
                ResidenceTestData.id("An"),
                REGISTERED,
                "Nguyễn Văn An",
                KP3,
                new Workplace("Đảng ủy phường 1", P1),
                REGISTERED.minusDays(30),
                OrganizationTestData.recorded());
        append(ADMIN, "An", 0, List.of(an));
        append(ADMIN, "Bình", 0, List.of(ResidenceTestData.registered("Bình", KP9, REGISTERED)));
    }

    private void append(Actor actor, String name, long expected, List<ResidenceFact> facts) {
        liaisons.append(actor, ResidenceLiaisonAppend.of(Map.of(ResidenceTestData.id(name), expected), facts));
    }

    private long version(String name) {
        return liaisons.find(ADMIN, ResidenceTestData.id(name)).orElseThrow().version();
    }

    private static Actor ward5() {
        return Actor.forSubtree("ward-5-clerk", P5);
    }

    private static Actor ward1() {
        return Actor.forSubtree("ward-1-clerk", P1);
    }

    @Test
    public void findsWhatWasAppendedWithEveryFieldIntact() {
        MemberId an = ResidenceTestData.id("An");
        Recorded late = new Recorded(Instant.parse("2026-02-03T04:05:06.123456Z"), "clerk", "bổ sung");
        List<ResidenceFact> more = List.of(
                new ResidenceFact.ExemptionChanged(
                        an, LocalDate.of(2021, 9, 1), ExemptionCategory.FULL_TIME_STUDY, late),
                new ResidenceFact.ExemptionChanged(an, LocalDate.of(2022, 9, 1), null, late),
                new ResidenceFact.MeetingRecorded(
                        an, LocalDate.of(2023, 6, 20), MeetingPresence.EXCUSED, "đi công tác", late),
                new ResidenceFact.MeetingRecorded(an, LocalDate.of(2023, 12, 20), MeetingPresence.ABSENT, "", late),
                new ResidenceFact.CommentGiven(
                        an,
                        LocalDate.of(2023, 11, 10),
                        Year.of(2023),
                        KP3,
                        "Ban công tác Mặt trận khu phố 3",
                        "Chấp hành tốt; tham gia sinh hoạt khu dân cư.",
                        CommentVerdict.FULFILS,
                        LocalDate.of(2023, 10, 2),
                        CommentChannel.NATIONAL_PUBLIC_SERVICE_PORTAL,
                        late),
                new ResidenceFact.Ended(
                        an, LocalDate.of(2024, 2, 29), EndReason.MOVED_AWAY, "chuyển đến phường 1", late));
        append(ADMIN, "An", version("An"), more);

        ResidenceLiaisonHistory h = liaisons.find(ADMIN, an).orElseThrow();
        assertThat(h.version()).isEqualTo(1 + more.size());
        assertThat(h.facts().subList(1, 1 + more.size())).containsExactlyElementsOf(more);
        ResidenceFact.Registered first = (ResidenceFact.Registered) h.facts().get(0);
        assertThat(first.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(first.workplace()).isEqualTo(new Workplace("Đảng ủy phường 1", P1));
        assertThat(first.letterIssued()).isEqualTo(REGISTERED.minusDays(30));
        assertThat(first.recorded()).isEqualTo(OrganizationTestData.recorded());
        assertThat(h.residentialCellOn(LocalDate.of(2024, 2, 28))).contains(KP3);
        assertThat(h.residentialCellOn(LocalDate.of(2024, 2, 29))).isEmpty();
    }

    @Test
    public void findReturnsEmptyForAMemberNeverRegistered() {
        assertThat(liaisons.find(ADMIN, MemberId.random())).isEmpty();
    }

    @Test
    public void aStaleVersionLosesAndNothingIsAppended() {
        long before = version("An");
        assertThatThrownBy(() -> append(
                        ADMIN, "An", before - 1, List.of(ResidenceTestData.present("An", LocalDate.of(2021, 6, 1)))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(version("An")).isEqualTo(before);
    }

    @Test
    public void aBatchTouchingTwoMembersIsAllOrNothing() {
        long an = version("An");
        long binh = version("Bình");
        ResidenceLiaisonAppend mixed = ResidenceLiaisonAppend.of(
                Map.of(ResidenceTestData.id("An"), an, ResidenceTestData.id("Bình"), binh + 5),
                List.of(
                        ResidenceTestData.present("An", LocalDate.of(2021, 6, 1)),
                        ResidenceTestData.present("Bình", LocalDate.of(2021, 6, 1))));

        assertThatThrownBy(() -> liaisons.append(ADMIN, mixed)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(version("An")).isEqualTo(an);
        assertThat(version("Bình")).isEqualTo(binh);
    }

    @Test
    public void aBatchWithOneFactOutOfScopeAppendsNothing() {
        long an = version("An");
        long binh = version("Bình");
        ResidenceLiaisonAppend mixed = ResidenceLiaisonAppend.of(
                Map.of(ResidenceTestData.id("An"), an, ResidenceTestData.id("Bình"), binh),
                List.of(
                        ResidenceTestData.present("An", LocalDate.of(2021, 6, 1)),
                        ResidenceTestData.present("Bình", LocalDate.of(2021, 6, 1))));

        assertThatThrownBy(() -> liaisons.append(ward5(), mixed)).isInstanceOf(OutOfScopeException.class);
        assertThat(version("An")).isEqualTo(an);
        assertThat(version("Bình")).isEqualTo(binh);
    }

    @Test
    public void theResidentialWardSeesItsLiaisonsOnlyAndTheWorkplaceWardDoesNot() {
        assertThat(liaisons.find(ward5(), ResidenceTestData.id("An"))).isPresent();
        assertThatThrownBy(() -> liaisons.find(ward5(), ResidenceTestData.id("Bình")))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(liaisons.all(ward5()).stream().map(ResidenceLiaisonHistory::id))
                .containsExactly(ResidenceTestData.id("An"));
        // An works in Phường 1's organisation but resides in Phường 5: Phường 1 does not manage An.
        assertThatThrownBy(() -> liaisons.find(ward1(), ResidenceTestData.id("An")))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(liaisons.all(ward1()).stream().map(ResidenceLiaisonHistory::id))
                .containsExactly(ResidenceTestData.id("Bình"));
    }

    @Test
    public void theResidentialWardChangesItsLiaisonsOnly() {
        long binh = version("Bình");
        assertThatThrownBy(() -> append(
                        ward5(), "Bình", binh, List.of(ResidenceTestData.present("Bình", LocalDate.of(2021, 6, 1)))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(version("Bình")).isEqualTo(binh);
        long an = version("An");
        assertThatThrownBy(() ->
                        append(ward1(), "An", an, List.of(ResidenceTestData.present("An", LocalDate.of(2021, 6, 1)))))
                .isInstanceOf(OutOfScopeException.class);

        append(ward5(), "An", an, List.of(ResidenceTestData.present("An", LocalDate.of(2021, 6, 1))));
        assertThat(liaisons.find(ward5(), ResidenceTestData.id("An"))
                        .orElseThrow()
                        .meetings())
                .extracting(ResidenceFact::effective)
                .containsExactly(LocalDate.of(2021, 6, 1));
    }

    @Test
    public void aWardRegistersOnlyWithItsOwnCells() {
        assertThatThrownBy(() ->
                        append(ward5(), "Cường", 0, List.of(ResidenceTestData.registered("Cường", KP9, REGISTERED))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(liaisons.find(ADMIN, ResidenceTestData.id("Cường"))).isEmpty();

        append(ward5(), "Cường", 0, List.of(ResidenceTestData.registered("Cường", KP3, REGISTERED)));
        assertThat(liaisons.find(ward5(), ResidenceTestData.id("Cường"))).isPresent();
    }

    @Test
    public void aWardClosesTheRegistrationOfSomeoneWhoMovedAwayOnTheDayTheyLeft() {
        LocalDate left = LocalDate.of(2022, 6, 1);
        append(ward5(), "An", version("An"), List.of(ResidenceTestData.ended("An", left, EndReason.MOVED_AWAY)));

        assertThat(liaisons.find(ADMIN, ResidenceTestData.id("An"))
                        .orElseThrow()
                        .isActiveOn(left.minusDays(1)))
                .isTrue();
        assertThat(liaisons.find(ADMIN, ResidenceTestData.id("An"))
                        .orElseThrow()
                        .isActiveOn(left))
                .isFalse();
    }

    @Test
    public void liaisonsOfAnOrganisationFollowRegistrationsAndEndingsOnTheDate() {
        LocalDate moved = LocalDate.of(2022, 6, 1);
        append(ADMIN, "Bình", version("Bình"), List.of(ResidenceTestData.ended("Bình", moved, EndReason.MOVED_AWAY)));
        append(ADMIN, "Bình", version("Bình"), List.of(ResidenceTestData.registered("Bình", KP3, moved)));
        append(
                ADMIN,
                "An",
                version("An"),
                List.of(ResidenceTestData.ended("An", LocalDate.of(2023, 1, 1), EndReason.LEFT_WORKPLACE)));

        assertThat(ids(liaisons.ofOrganization(ADMIN, P5, REGISTERED.minusDays(1))))
                .isEmpty();
        assertThat(ids(liaisons.ofOrganization(ADMIN, P5, moved.minusDays(1))))
                .containsExactly(ResidenceTestData.id("An"));
        assertThat(ids(liaisons.ofOrganization(ADMIN, P1, moved.minusDays(1))))
                .containsExactly(ResidenceTestData.id("Bình"));
        assertThat(ids(liaisons.ofOrganization(ADMIN, P5, moved)))
                .containsExactly(ResidenceTestData.id("An"), ResidenceTestData.id("Bình"));
        assertThat(ids(liaisons.ofOrganization(ADMIN, KP3, LocalDate.of(2023, 1, 1))))
                .containsExactly(ResidenceTestData.id("Bình"));
        assertThat(ids(liaisons.ofOrganization(ADMIN, P1, moved))).isEmpty();
        assertThat(ids(liaisons.ofOrganization(ward5(), P5, moved)))
                .containsExactly(ResidenceTestData.id("An"), ResidenceTestData.id("Bình"));
    }

    @Test
    public void liaisonsOfAnOrganisationOutsideTheActorsReachAreRefused() {
        assertThatThrownBy(() -> liaisons.ofOrganization(ward5(), P1, REGISTERED))
                .isInstanceOf(OutOfScopeException.class);
    }

    private static List<MemberId> ids(List<ResidenceLiaisonHistory> histories) {
        List<MemberId> out = new ArrayList<>();
        histories.forEach(h -> out.add(h.id()));
        return out;
    }
}

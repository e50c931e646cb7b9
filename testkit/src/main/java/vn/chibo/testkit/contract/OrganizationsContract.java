package vn.chibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.dissolved;
import static vn.chibo.testkit.data.OrganizationTestData.founded;
import static vn.chibo.testkit.data.OrganizationTestData.id;
import static vn.chibo.testkit.data.OrganizationTestData.recorded;
import static vn.chibo.testkit.data.OrganizationTestData.renamed;
import static vn.chibo.testkit.data.OrganizationTestData.reorganization;
import static vn.chibo.testkit.data.OrganizationTestData.reparented;
import static vn.chibo.testkit.data.OrganizationTestData.seat;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationDiscipline;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.PartyGroupRole;
import vn.chibo.domain.organization.ReorganizationKind;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;

/**
 * The contract every {@link Organizations} implementation keeps. Extend it and return a fresh,
 * empty store from {@link #newStore()}.
 */
public abstract class OrganizationsContract {
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate Y2025 = LocalDate.of(2025, 7, 1);

    private Organizations store;

    /** A fresh, empty store. */
    protected abstract Organizations newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
        // Two wards under one district under one province.
        appendNew(
                founded("Tỉnh", OrganizationKind.PROVINCIAL_COMMITTEE, null, Y2020),
                founded("Thành phố", OrganizationKind.DISTRICT_COMMITTEE, "Tỉnh", Y2020),
                founded("Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, "Thành phố", Y2020),
                founded("Khu phố 3", OrganizationKind.CELL, "Phường 5", Y2020),
                founded("Phường 1", OrganizationKind.GRASSROOTS_COMMITTEE, "Thành phố", Y2020),
                founded("Khu phố 9", OrganizationKind.CELL, "Phường 1", Y2020));
    }

    private void appendNew(OrganizationFact... facts) {
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        for (OrganizationFact f : facts) {
            versions.put(
                    f.organization(),
                    store.find(ADMIN, f.organization())
                            .map(OrganizationHistory::version)
                            .orElse(0L));
        }
        store.append(ADMIN, OrganizationAppend.of(versions, List.of(facts)));
    }

    private long version(String name) {
        return store.find(ADMIN, id(name)).orElseThrow().version();
    }

    private static Actor ward5() {
        return Actor.forSubtree("ward-5-clerk", id("Phường 5"));
    }

    @Test
    public void findsWhatWasAppendedWithEveryFieldIntact() {
        OrganizationFact.SeatTaken seat = seat("Khu phố 3", "Phan Văn Thạnh", CommitteeRole.SECRETARY, Y2020);
        OrganizationFact.SeatTaken groupSeat = new OrganizationFact.SeatTaken(
                id("Khu phố 3"),
                Y2020,
                UUID.randomUUID(),
                vn.chibo.testkit.data.OrganizationTestData.member("B"),
                PartyGroupRole.LEADER,
                LocalDate.of(2022, 1, 1),
                13,
                new Recorded(Instant.parse("2026-01-02T03:04:05.987654Z"), "someone", "lý do có dấu"));
        OrganizationFact.DisciplineImposed discipline = new OrganizationFact.DisciplineImposed(
                id("Khu phố 3"),
                LocalDate.of(2021, 5, 6),
                OrganizationDiscipline.WARNING,
                "Đảng ủy",
                "vi phạm",
                recorded());
        OrganizationFact.TermOpened term =
                new OrganizationFact.TermOpened(id("Khu phố 3"), Y2020, 13, 2025, recorded());
        OrganizationFact.SupervisionAssigned supervision = new OrganizationFact.SupervisionAssigned(
                id("Khu phố 3"),
                Y2020,
                vn.chibo.testkit.data.OrganizationTestData.member("S"),
                id("Phường 5"),
                null,
                recorded());
        OrganizationFact.ExceptionApproved approval = new OrganizationFact.ExceptionApproved(
                id("Khu phố 3"), Y2020, "ORG-GRASSROOTS-SIZE", "CV 1/ĐU", LocalDate.of(2030, 1, 1), recorded());
        OrganizationFact.Renamed rename = new OrganizationFact.Renamed(
                id("Khu phố 3"),
                LocalDate.of(2023, 1, 1),
                "Chi bộ Khu phố 3",
                reorganization(ReorganizationKind.RENAME, "QĐ 1-QĐ/ĐU"),
                recorded());
        OrganizationFact.SeatVacated vacated =
                new OrganizationFact.SeatVacated(id("Khu phố 3"), LocalDate.of(2024, 2, 29), seat.seat(), recorded());
        List<OrganizationFact> facts =
                List.of(seat, groupSeat, discipline, term, supervision, approval, rename, vacated);

        store.append(ADMIN, OrganizationAppend.of(Map.of(id("Khu phố 3"), 1L), facts));

        OrganizationHistory h = store.find(ADMIN, id("Khu phố 3")).orElseThrow();
        assertThat(h.facts()).hasSize(9);
        assertThat(h.facts().subList(1, 9)).containsExactlyElementsOf(facts);
        assertThat(h.version()).isEqualTo(9);
    }

    @Test
    public void findReturnsEmptyForAnUnknownOrganisation() {
        assertThat(store.find(ADMIN, OrganizationId.random())).isEmpty();
    }

    @Test
    public void allListsEveryOrganisationInTheOrderFirstStored() {
        assertThat(store.all(ADMIN).stream().map(OrganizationHistory::id))
                .containsExactly(
                        id("Tỉnh"), id("Thành phố"), id("Phường 5"), id("Khu phố 3"), id("Phường 1"), id("Khu phố 9"));
    }

    @Test
    public void aStaleVersionLosesAndNothingOfTheBatchIsAppended() {
        long before5 = version("Phường 5");
        long before3 = version("Khu phố 3");
        OrganizationAppend stale = OrganizationAppend.of(
                Map.of(id("Phường 5"), before5, id("Khu phố 3"), before3 - 1),
                List.of(renamed("Phường 5", "P5", Y2025), renamed("Khu phố 3", "KP3", Y2025)));

        assertThatThrownBy(() -> store.append(ADMIN, stale)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(version("Phường 5")).isEqualTo(before5);
        assertThat(version("Khu phố 3")).isEqualTo(before3);
    }

    @Test
    public void aNewOrganisationMustBeExpectedAtVersionZero() {
        OrganizationAppend wrong = OrganizationAppend.of(
                Map.of(id("Khu phố 4"), 1L), List.of(founded("Khu phố 4", OrganizationKind.CELL, "Phường 5", Y2020)));

        assertThatThrownBy(() -> store.append(ADMIN, wrong)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.find(ADMIN, id("Khu phố 4"))).isEmpty();
    }

    @Test
    public void aSubtreeActorReadsItsSubtreeAndItsAncestorsButNotASiblingWard() {
        assertThat(store.find(ward5(), id("Khu phố 3"))).isPresent();
        assertThat(store.find(ward5(), id("Tỉnh"))).isPresent();
        assertThatThrownBy(() -> store.find(ward5(), id("Khu phố 9"))).isInstanceOf(OutOfScopeException.class);
        assertThat(store.all(ward5()).stream().map(OrganizationHistory::id))
                .containsExactlyInAnyOrder(id("Tỉnh"), id("Thành phố"), id("Phường 5"), id("Khu phố 3"));
    }

    @Test
    public void aSubtreeActorChangesItsSubtreeOnly() {
        store.append(
                ward5(),
                OrganizationAppend.of(
                        Map.of(id("Khu phố 3"), version("Khu phố 3"), id("Khu phố 4"), 0L),
                        List.of(
                                renamed("Khu phố 3", "Chi bộ Khu phố 3", Y2025),
                                founded("Khu phố 4", OrganizationKind.CELL, "Phường 5", Y2025))));
        assertThat(store.find(ADMIN, id("Khu phố 3"))
                        .orElseThrow()
                        .on(Y2025)
                        .orElseThrow()
                        .name())
                .isEqualTo("Chi bộ Khu phố 3");

        long before = version("Khu phố 9");
        assertThatThrownBy(() -> store.append(
                        ward5(),
                        OrganizationAppend.of(
                                Map.of(id("Khu phố 9"), before), List.of(renamed("Khu phố 9", "X", Y2025)))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(version("Khu phố 9")).isEqualTo(before);
    }

    @Test
    public void aSubtreeActorCannotPullAnOrganisationInFromOutsideNorFoundOneOutside() {
        long before = version("Khu phố 9");
        assertThatThrownBy(() -> store.append(
                        ward5(),
                        OrganizationAppend.of(
                                Map.of(id("Khu phố 9"), before), List.of(reparented("Khu phố 9", "Phường 5", Y2025)))))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> store.append(
                        ward5(),
                        OrganizationAppend.of(
                                Map.of(id("Khu phố 10"), 0L),
                                List.of(founded("Khu phố 10", OrganizationKind.CELL, "Phường 1", Y2025)))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(version("Khu phố 9")).isEqualTo(before);
        assertThat(store.find(ADMIN, id("Khu phố 10"))).isEmpty();
    }

    @Test
    public void historyIsAppendedNeverRewritten() {
        OrganizationHistory before = store.find(ADMIN, id("Phường 5")).orElseThrow();
        appendNew(dissolved("Phường 5", Y2025));
        OrganizationHistory after = store.find(ADMIN, id("Phường 5")).orElseThrow();

        assertThat(after.facts().subList(0, before.facts().size())).containsExactlyElementsOf(before.facts());
        assertThat(after.on(Y2025.minusDays(1))).isPresent();
        assertThat(after.on(Y2025)).isEmpty();
    }

    @Test
    public void concurrentWritersRetryingOnConflictApplyEveryChangeExactlyOnce() throws Exception {
        int writers = 8;
        int perWriter = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                results.add(pool.submit(() -> {
                    start.await();
                    int conflicts = 0;
                    for (int i = 0; i < perWriter; i++) {
                        while (true) {
                            long v = version("Khu phố 3");
                            try {
                                store.append(
                                        ADMIN,
                                        OrganizationAppend.of(
                                                Map.of(id("Khu phố 3"), v),
                                                List.of(renamed("Khu phố 3", "KP3-" + writer + "-" + i, Y2025))));
                                break;
                            } catch (ConcurrentUpdateException e) {
                                conflicts++;
                            }
                        }
                    }
                    return conflicts;
                }));
            }
            start.countDown();
            for (Future<Integer> f : results) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ImmutableList<OrganizationFact> facts =
                store.find(ADMIN, id("Khu phố 3")).orElseThrow().facts();
        assertThat(facts).hasSize(1 + writers * perWriter);
        assertThat(facts.stream()
                        .filter(OrganizationFact.Renamed.class::isInstance)
                        .map(f -> ((OrganizationFact.Renamed) f).name())
                        .distinct())
                .hasSize(writers * perWriter);
    }
}

package vn.chibo.domain.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.FOUNDED;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.NOW;
import static vn.chibo.domain.organization.OrganizationTestData.founded;
import static vn.chibo.domain.organization.OrganizationTestData.org;
import static vn.chibo.domain.organization.OrganizationTestData.renamed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.OrganizationAppend;

class InMemoryOrganizationsTest {
    private final InMemoryOrganizations store = new InMemoryOrganizations();

    @Test
    void anAppendExpectingAnOutdatedVersionIsRefusedAndAppendsNothing() {
        store.append(
                ADMIN,
                OrganizationAppend.of(
                        Map.of(KHU_PHO_3, 0L),
                        List.of(founded(KHU_PHO_3, FOUNDED, OrganizationKind.CELL, KHU_PHO_3_NAME, null, NOW))));

        assertThatExceptionOfType(ConcurrentUpdateException.class)
                .isThrownBy(() -> store.append(
                        ADMIN,
                        OrganizationAppend.of(
                                Map.of(KHU_PHO_3, 0L),
                                List.of(renamed(KHU_PHO_3, LocalDate.of(2023, 1, 1), "Chi bộ Khu phố 3A", NOW)))))
                .withMessage("Concurrent update of organisation " + KHU_PHO_3 + ": expected version 0, found 1");
        assertThat(store.find(ADMIN, KHU_PHO_3).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void findingAnOrganisationNeverStoredGivesNothing() {
        assertThat(store.find(ADMIN, org(99))).isEmpty();
        assertThat(store.all(ADMIN)).isEmpty();
    }
}

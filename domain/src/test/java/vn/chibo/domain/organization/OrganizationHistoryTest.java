package vn.chibo.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.organization.OrganizationTestData.FOUNDED;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;
import static vn.chibo.domain.organization.OrganizationTestData.founded;
import static vn.chibo.domain.organization.OrganizationTestData.member;
import static vn.chibo.domain.organization.OrganizationTestData.recordedAt;
import static vn.chibo.domain.organization.OrganizationTestData.renamed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.OrganizationId;

class OrganizationHistoryTest {
    private static final Instant T0 = Instant.parse("2020-01-05T02:00:00Z");
    private static final Instant T1 = Instant.parse("2024-01-10T02:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-01T02:00:00Z");

    private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

    private final OrganizationFact.Founded foundedKhuPho3 =
            founded(KHU_PHO_3, FOUNDED, OrganizationKind.CELL, KHU_PHO_3_NAME, PHUONG_5, T0);

    /** Founded in 2020; renamed from 2024 (recorded T1); renamed from 2022, a decision found late (recorded T2). */
    private final OrganizationHistory history = OrganizationHistory.of(
            KHU_PHO_3,
            List.of(
                    foundedKhuPho3,
                    renamed(KHU_PHO_3, JAN_2024, "Chi bộ Khu phố 3 mới", T1),
                    renamed(KHU_PHO_3, JAN_2022, "Chi bộ Khu phố Ba", T2)));

    @Test
    void statesFollowTheEffectiveDatesNotTheOrderRecorded() {
        assertThat(history.states())
                .extracting(OrganizationState::name, OrganizationState::valid)
                .containsExactly(
                        tuple(KHU_PHO_3_NAME, DateRange.of(FOUNDED, JAN_2022)),
                        tuple("Chi bộ Khu phố Ba", DateRange.of(JAN_2022, JAN_2024)),
                        tuple("Chi bộ Khu phố 3 mới", DateRange.startingOn(JAN_2024)));
    }

    @Test
    void aRetroactiveRenameRecordedAfterALaterRenameAppliesOnlyUntilTheLaterOne() {
        assertThat(nameOn(history, JAN_2022.minusDays(1))).contains(KHU_PHO_3_NAME);
        assertThat(nameOn(history, JAN_2022)).contains("Chi bộ Khu phố Ba");
        assertThat(nameOn(history, JAN_2024.minusDays(1))).contains("Chi bộ Khu phố Ba");
        assertThat(nameOn(history, JAN_2024)).contains("Chi bộ Khu phố 3 mới");
    }

    @Test
    void onTheSameEffectiveDayTheFactRecordedLaterWinsWhateverTheListOrder() {
        OrganizationHistory h = OrganizationHistory.of(
                KHU_PHO_3,
                List.of(
                        foundedKhuPho3,
                        renamed(KHU_PHO_3, JAN_2022, "tên đính chính", T2),
                        renamed(KHU_PHO_3, JAN_2022, "tên ban đầu", T1)));

        assertThat(nameOn(h, JAN_2022)).contains("tên đính chính");
    }

    @Test
    void knownAtHidesFactsRecordedAfterTheInstant() {
        OrganizationHistory atT1 = history.knownAt(T1);
        OrganizationHistory justBeforeT1 = history.knownAt(T1.minusSeconds(1));
        OrganizationHistory beforeFounding = history.knownAt(T0.minusSeconds(1));

        assertThat(atT1.version()).isEqualTo(2);
        assertThat(nameOn(atT1, LocalDate.of(2023, 6, 1))).contains(KHU_PHO_3_NAME);
        assertThat(nameOn(atT1, JAN_2024)).contains("Chi bộ Khu phố 3 mới");
        assertThat(nameOn(justBeforeT1, JAN_2024)).contains(KHU_PHO_3_NAME);
        assertThat(beforeFounding.states()).isEmpty();
        assertThat(beforeFounding.existence()).isEmpty();
        assertThat(history.knownAt(T2).states()).isEqualTo(history.states());
    }

    @Test
    void theVersionCountsTheFactsAndAppendingAddsToThem() {
        OrganizationHistory more = history.append(List.of(renamed(KHU_PHO_3, LocalDate.of(2025, 1, 1), "X", T2)));

        assertThat(history.version()).isEqualTo(3);
        assertThat(more.version()).isEqualTo(4);
        assertThat(more.facts().subList(0, 3)).isEqualTo(history.facts());
    }

    @Test
    void changesDatedBeforeTheFoundingOrAfterTheDissolutionChangeNothing() {
        OrganizationHistory h = OrganizationHistory.of(
                KHU_PHO_3,
                List.of(
                        foundedKhuPho3,
                        renamed(KHU_PHO_3, FOUNDED.minusDays(1), "trước khi thành lập", T1),
                        dissolved(KHU_PHO_3, JAN_2024),
                        renamed(KHU_PHO_3, JAN_2024.plusDays(1), "sau khi giải thể", T1)));

        assertThat(h.states())
                .extracting(OrganizationState::name, OrganizationState::valid)
                .containsExactly(tuple(KHU_PHO_3_NAME, DateRange.of(FOUNDED, JAN_2024)));
        assertThat(h.existence()).contains(DateRange.of(FOUNDED, JAN_2024));
        assertThat(h.founded()).contains(FOUNDED);
        assertThat(h.on(JAN_2024.minusDays(1))).isPresent();
        assertThat(h.on(JAN_2024)).isEmpty();
    }

    @Test
    void aVacatedSeatEndsOnTheVacatingDay() {
        UUID seat = UUID.randomUUID();
        OrganizationHistory h = OrganizationHistory.of(
                KHU_PHO_3,
                List.of(
                        foundedKhuPho3,
                        new OrganizationFact.SeatTaken(
                                KHU_PHO_3, JAN_2022, seat, member(1), CommitteeRole.SECRETARY, null, 4, recordedAt(T1)),
                        new OrganizationFact.SeatVacated(KHU_PHO_3, JAN_2024, seat, recordedAt(T2))));

        assertThat(h.seats()).singleElement().satisfies(s -> {
            assertThat(s.valid()).isEqualTo(DateRange.of(JAN_2022, JAN_2024));
            assertThat(s.member()).isEqualTo(member(1));
            assertThat(s.term()).contains(4);
        });
        assertThat(h.seatsOn(JAN_2024.minusDays(1))).hasSize(1);
        assertThat(h.seatsOn(JAN_2024)).isEmpty();
    }

    @Test
    void theTermOnADayIsTheLastCongressHeldOnOrBeforeIt() {
        OrganizationHistory h = OrganizationHistory.of(
                KHU_PHO_3,
                List.of(
                        foundedKhuPho3,
                        new OrganizationFact.TermOpened(KHU_PHO_3, LocalDate.of(2022, 10, 5), 5, 2025, recordedAt(T1)),
                        new OrganizationFact.TermOpened(
                                KHU_PHO_3, LocalDate.of(2020, 3, 10), 4, 2022, recordedAt(T1))));

        assertThat(h.terms()).extracting(Term::congress).containsExactly(4, 5);
        assertThat(h.termOn(LocalDate.of(2020, 3, 9))).isEmpty();
        assertThat(h.termOn(LocalDate.of(2020, 3, 10))).map(Term::congress).contains(4);
        assertThat(h.termOn(LocalDate.of(2022, 10, 4))).map(Term::congress).contains(4);
        assertThat(h.termOn(LocalDate.of(2022, 10, 5))).map(Term::congress).contains(5);
        assertThat(h.termOn(LocalDate.of(2022, 10, 5)).orElseThrow().label().vi())
                .isEqualTo("Nhiệm kỳ 2022–2025, Đại hội lần thứ V");
    }

    @Test
    void anApprovalHoldsFromItsFirstDayUntilItsExclusiveEnd() {
        OrganizationHistory h = OrganizationHistory.of(
                KHU_PHO_3,
                List.of(
                        foundedKhuPho3,
                        new OrganizationFact.ExceptionApproved(
                                KHU_PHO_3, JAN_2022, "ORG-GRASSROOTS-SIZE", "CV 1", JAN_2024, recordedAt(T1))));

        assertThat(h.hasApproval("ORG-GRASSROOTS-SIZE", JAN_2022.minusDays(1))).isFalse();
        assertThat(h.hasApproval("ORG-GRASSROOTS-SIZE", JAN_2022)).isTrue();
        assertThat(h.hasApproval("ORG-GRASSROOTS-SIZE", JAN_2024.minusDays(1))).isTrue();
        assertThat(h.hasApproval("ORG-GRASSROOTS-SIZE", JAN_2024)).isFalse();
        assertThat(h.hasApproval("ORG-TERM-LENGTH", JAN_2022)).isFalse();
    }

    @Test
    void aHistoryHoldsOnlyFactsAboutItsOwnOrganisation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrganizationHistory.of(KHU_PHO_7, List.of(foundedKhuPho3)));
    }

    private static Optional<String> nameOn(OrganizationHistory h, LocalDate day) {
        return h.on(day).map(OrganizationState::name);
    }

    private static OrganizationFact.Dissolved dissolved(OrganizationId id, LocalDate on) {
        return new OrganizationFact.Dissolved(id, on, null, null, recordedAt(T1));
    }
}

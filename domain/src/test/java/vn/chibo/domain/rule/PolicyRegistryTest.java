package vn.chibo.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Violation;

class PolicyRegistryTest {
    /** A policy with nothing but an id and parameters. */
    record TestPolicy(String id, ImmutableSortedMap<String, String> parameters) implements Policy {
        static TestPolicy named(String id) {
            return new TestPolicy(id, ImmutableSortedMap.of("threshold", "9"));
        }

        @Override
        public Label title() {
            return Label.of(id, id);
        }

        @Override
        public RuleSource source() {
            return RuleSource.of("kiểm thử", "", Confidence.SOURCE_SEEN);
        }
    }

    private static final PolicyKind<TestPolicy> BY_DATE = PolicyKind.byDate("test.structure", TestPolicy.class);
    private static final PolicyKind<TestPolicy> BY_YEAR = PolicyKind.byReviewYear("test.evaluation", TestPolicy.class);

    private static final LocalDate FIRST_DAY = LocalDate.of(2011, 1, 19);
    private static final LocalDate SWITCH = LocalDate.of(2025, 7, 1);

    private static final OrganizationId QUANG_TRI = id(1);
    private static final OrganizationId DONG_HA = id(2);
    private static final OrganizationId PHUONG_5 = id(3);
    private static final OrganizationId QUANG_BINH = id(4);
    private static final OrganizationId DONG_HOI = id(5);

    private final TestPolicy central = TestPolicy.named("central");
    private final TestPolicy provincial = TestPolicy.named("quang-tri");
    private final TestPolicy district = TestPolicy.named("dong-ha");

    private final PolicyRegistry registry = PolicyRegistry.builder()
            .overlay(BY_DATE, district, Applicability.from(FIRST_DAY), DONG_HA)
            .register(BY_DATE, central, Applicability.from(FIRST_DAY))
            .overlay(BY_DATE, provincial, Applicability.from(FIRST_DAY), QUANG_TRI)
            .build();

    @Test
    void theMostSpecificRegistrationWinsWhateverTheOrderRegistered() {
        LocalDate day = LocalDate.of(2023, 6, 1);

        assertThat(policyOn(registry, day, List.of(QUANG_TRI, DONG_HA, PHUONG_5)))
                .contains("dong-ha");
        assertThat(policyOn(registry, day, List.of(QUANG_TRI, DONG_HA))).contains("dong-ha");
        assertThat(policyOn(registry, day, List.of(QUANG_TRI))).contains("quang-tri");
    }

    @Test
    void aProvincialOverlayAppliesInsideItsSubtreeOnly() {
        LocalDate day = LocalDate.of(2023, 6, 1);

        assertThat(policyOn(registry, day, List.of(QUANG_TRI, id(9)))).contains("quang-tri");
        assertThat(policyOn(registry, day, List.of(QUANG_BINH, DONG_HOI))).contains("central");
        assertThat(policyOn(registry, day, List.of())).contains("central");
        assertThat(registry.find(BY_DATE, day).policy()).contains(central);
    }

    @Test
    void anOverlayOutsideItsDatesLeavesTheCentralPolicy() {
        PolicyRegistry dated = PolicyRegistry.builder()
                .register(BY_DATE, central, Applicability.from(FIRST_DAY))
                .overlay(BY_DATE, provincial, Applicability.between(FIRST_DAY, SWITCH), QUANG_TRI)
                .build();

        assertThat(policyOn(dated, SWITCH.minusDays(1), List.of(QUANG_TRI, DONG_HA)))
                .contains("quang-tri");
        assertThat(policyOn(dated, SWITCH, List.of(QUANG_TRI, DONG_HA))).contains("central");
    }

    @Test
    void aDateBeforeTheFirstPolicyGivesANoPolicyFindingInsteadOfAnException() {
        PolicyLookup<TestPolicy> lookup =
                registry.find(BY_DATE, FIRST_DAY.minusDays(1), List.of(QUANG_TRI, DONG_HA), "Chi bộ Khu phố 3");

        assertThat(lookup).isInstanceOf(PolicyLookup.Missing.class);
        assertThat(lookup.policy()).isEmpty();
        Finding finding = ((PolicyLookup.Missing<TestPolicy>) lookup).finding();
        assertThat(finding.code()).isEqualTo(Finding.NO_POLICY);
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.subject()).isEqualTo("Chi bộ Khu phố 3");
        assertThat(finding.policy()).isNull();
        assertThat(finding.producedBy()).isEmpty();
        assertThat(finding.message().en()).isEqualTo("No test.structure policy applies on 2011-01-18.");
        assertThat(finding.message().vi())
                .isEqualTo("Không có quy định loại test.structure áp dụng cho ngày 2011-01-18.");
    }

    @Test
    void theFirstDayOfAPolicyIsCoveredAndItsExclusiveEndIsNot() {
        PolicyRegistry bounded = PolicyRegistry.builder()
                .register(BY_DATE, central, Applicability.between(FIRST_DAY, SWITCH))
                .build();

        assertThat(policyOn(bounded, FIRST_DAY, List.of())).contains("central");
        assertThat(policyOn(bounded, SWITCH.minusDays(1), List.of())).contains("central");
        assertThat(bounded.find(BY_DATE, SWITCH)).isInstanceOf(PolicyLookup.Missing.class);
    }

    @Test
    void overlappingRegistrationsOfOneKindAndScopeAreRejectedListingEveryPair() {
        PolicyRegistry.Builder builder = PolicyRegistry.builder()
                .register(BY_DATE, TestPolicy.named("a"), Applicability.from(LocalDate.of(2020, 1, 1)))
                .register(
                        BY_DATE,
                        TestPolicy.named("b"),
                        Applicability.between(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1)))
                .register(BY_DATE, TestPolicy.named("c"), Applicability.from(LocalDate.of(2023, 1, 1)))
                .overlay(BY_DATE, TestPolicy.named("overlay"), Applicability.from(LocalDate.of(2020, 1, 1)), QUANG_TRI);

        InvalidInputException e = assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(builder::build)
                .actual();

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(
                        tuple(
                                "registrations[1]",
                                "POLICY-OVERLAP",
                                "b dates [2022-01-01, 2024-01-01)",
                                "overlaps a dates [2020-01-01, …) in the same scope"),
                        tuple(
                                "registrations[2]",
                                "POLICY-OVERLAP",
                                "c dates [2023-01-01, …)",
                                "overlaps a dates [2020-01-01, …) in the same scope"),
                        tuple(
                                "registrations[2]",
                                "POLICY-OVERLAP",
                                "c dates [2023-01-01, …)",
                                "overlaps b dates [2022-01-01, 2024-01-01) in the same scope"));
        assertThat(e).hasMessageStartingWith("Policy registry rejected, 3 violations, nothing changed:");
    }

    @Test
    void backToBackRegistrationsAndOtherKindsDoNotConflict() {
        PolicyRegistry ok = PolicyRegistry.builder()
                .register(BY_DATE, TestPolicy.named("before"), Applicability.between(FIRST_DAY, SWITCH))
                .register(BY_DATE, TestPolicy.named("after"), Applicability.from(SWITCH))
                .register(BY_YEAR, TestPolicy.named("yearly"), Applicability.reviewYearsFrom(2011))
                .build();

        assertThat(ok.registrations()).hasSize(3);
        assertThat(policyOn(ok, SWITCH.minusDays(1), List.of())).contains("before");
        assertThat(policyOn(ok, SWITCH, List.of())).contains("after");
    }

    @Test
    void reviewYearsChooseTheRegimeOfTheYearReviewed() {
        PolicyRegistry regimes = PolicyRegistry.builder()
                .register(BY_YEAR, TestPolicy.named("QĐ132"), Applicability.reviewYears(2018, 2022))
                .register(BY_YEAR, TestPolicy.named("QĐ124"), Applicability.reviewYears(2023, 2024))
                .register(BY_YEAR, TestPolicy.named("QĐ366"), Applicability.reviewYearsFrom(2025))
                .build();

        assertThat(regimeFor(regimes, 2022)).contains("QĐ132");
        assertThat(regimeFor(regimes, 2023)).contains("QĐ124");
        assertThat(regimeFor(regimes, 2024)).contains("QĐ124");
        assertThat(regimeFor(regimes, 2025)).contains("QĐ366");
        assertThat(regimeFor(regimes, 2040)).contains("QĐ366");
        PolicyLookup<TestPolicy> before = regimes.findForReviewYear(BY_YEAR, Year.of(2017), List.of(), "Phường 5");
        assertThat(before).isInstanceOf(PolicyLookup.Missing.class);
        assertThat(((PolicyLookup.Missing<TestPolicy>) before)
                        .finding()
                        .message()
                        .en())
                .isEqualTo("No test.evaluation policy applies on 2017-01-01.");
    }

    @Test
    void overlappingReviewYearsAreRejected() {
        PolicyRegistry.Builder builder = PolicyRegistry.builder()
                .register(BY_YEAR, TestPolicy.named("QĐ132"), Applicability.reviewYears(2018, 2023))
                .register(BY_YEAR, TestPolicy.named("QĐ124"), Applicability.reviewYears(2023, 2024));

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(builder::build)
                .satisfies(e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rejectedValue)
                        .containsExactly(tuple("registrations[1]", "QĐ124 review years 2023–2024")));
    }

    @Test
    void aRegistrationMustMatchItsKindsBasis() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PolicyRegistry.builder().register(BY_YEAR, central, Applicability.from(FIRST_DAY)))
                .withMessageContaining("kind test.evaluation is chosen by REVIEW_YEAR");
    }

    @Test
    void toBuilderKeepsEveryRegistrationAndAddsAnOverlay() {
        PolicyRegistry extended = registry.toBuilder()
                .overlay(BY_DATE, TestPolicy.named("quang-binh"), Applicability.from(FIRST_DAY), QUANG_BINH)
                .build();

        assertThat(extended.registrations()).hasSize(4);
        assertThat(policyOn(extended, SWITCH, List.of(QUANG_BINH, DONG_HOI))).contains("quang-binh");
        assertThat(policyOn(extended, SWITCH, List.of(QUANG_TRI))).contains("quang-tri");
        assertThat(registry.registrations()).hasSize(3);
    }

    @Test
    void theFingerprintChangesWithAParameterAndIsStableOtherwise() {
        TestPolicy nine = new TestPolicy("p", ImmutableSortedMap.of("threshold", "9"));
        TestPolicy alsoNine = new TestPolicy("p", ImmutableSortedMap.of("threshold", "9"));
        TestPolicy eight = new TestPolicy("p", ImmutableSortedMap.of("threshold", "8"));
        TestPolicy renamed = new TestPolicy("q", ImmutableSortedMap.of("threshold", "9"));

        assertThat(nine.fingerprint()).matches("[0-9a-f]{16}");
        assertThat(alsoNine.fingerprint()).isEqualTo(nine.fingerprint());
        assertThat(eight.fingerprint()).isNotEqualTo(nine.fingerprint());
        assertThat(renamed.fingerprint()).isNotEqualTo(nine.fingerprint());
        assertThat(PolicyRef.of(nine)).isEqualTo(new PolicyRef("p", nine.fingerprint()));
        assertThat(PolicyRef.of(nine)).hasToString("p@" + nine.fingerprint());
    }

    @Test
    void aFindingOtherThanNoPolicyMustRecordItsPolicy() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new Finding("ORG-X", Severity.WARNING, "x", Label.of("x", "x"), central.source(), null));
    }

    private static Optional<String> policyOn(PolicyRegistry registry, LocalDate day, List<OrganizationId> path) {
        return registry.find(BY_DATE, day, path, "subject").policy().map(Policy::id);
    }

    private static Optional<String> regimeFor(PolicyRegistry registry, int year) {
        return registry.findForReviewYear(BY_YEAR, Year.of(year), List.of(), "subject")
                .policy()
                .map(Policy::id);
    }

    private static OrganizationId id(int n) {
        return OrganizationId.parse(String.format("00000000-0000-0000-0000-%012d", n));
    }
}

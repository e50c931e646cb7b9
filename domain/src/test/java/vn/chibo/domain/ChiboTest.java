package vn.chibo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.CLOCK;
import static vn.chibo.domain.organization.OrganizationTestData.found;
import static vn.chibo.domain.organization.OrganizationTestData.invalid;
import static vn.chibo.domain.organization.OrganizationTestData.org;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.organization.OrganizationCommand;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.rule.PolicyRegistration;
import vn.chibo.domain.rule.WorkingCalendar;

class ChiboTest {
    private static final Instant EVENING_UTC = Instant.parse("2026-11-28T17:30:00Z");

    @Test
    void todayIsReadInVietnamSoAnEveningInUtcIsAlreadyTomorrow() {
        Chibo vietnam =
                Chibo.builder().clock(Clock.fixed(EVENING_UTC, ZoneOffset.UTC)).build();
        Chibo utc = Chibo.builder()
                .clock(Clock.fixed(EVENING_UTC, ZoneOffset.UTC))
                .zone(ZoneOffset.UTC)
                .build();

        assertThat(vietnam.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(vietnam.today()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(utc.today()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void theVietnameseDayStartsAt1700Utc() {
        Instant lastSecond = Instant.parse("2026-11-28T16:59:59Z");

        assertThat(Chibo.builder()
                        .clock(Clock.fixed(lastSecond, ZoneOffset.UTC))
                        .build()
                        .today())
                .isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(Chibo.builder()
                        .clock(Clock.fixed(lastSecond.plusSeconds(1), ZoneOffset.UTC))
                        .build()
                        .today())
                .isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void theTreeTodayIsTheTreeOnTodayInTheConfiguredZone() {
        InMemoryOrganizations store = new InMemoryOrganizations();
        Chibo vietnam = Chibo.builder()
                .clock(Clock.fixed(EVENING_UTC, ZoneOffset.UTC))
                .organizations(store)
                .build();
        Chibo utc = Chibo.builder()
                .clock(Clock.fixed(EVENING_UTC, ZoneOffset.UTC))
                .zone(ZoneOffset.UTC)
                .organizations(store)
                .build();
        vietnam.organizations()
                .execute(
                        ADMIN,
                        found(
                                org(1),
                                OrganizationKind.PROVINCIAL_COMMITTEE,
                                "Đảng bộ tỉnh Quảng Trị",
                                null,
                                LocalDate.of(2026, 11, 29)));

        assertThat(vietnam.organizations().treeToday(ADMIN).states()).containsOnlyKeys(org(1));
        assertThat(utc.organizations().treeToday(ADMIN).states()).isEmpty();
    }

    @Test
    void theDefaultValidatorReportsViolations() {
        Chibo chibo = Chibo.builder().clock(CLOCK).build();

        Set<ConstraintViolation<OrganizationCommand.Found>> found =
                chibo.validator().validate(new OrganizationCommand.Found(org(1), OrganizationKind.CELL, " ", null));
        InvalidInputException e = invalid(() -> chibo.organizations()
                .execute(ADMIN, found(org(1), OrganizationKind.CELL, " ", null, LocalDate.of(2023, 1, 1))));

        assertThat(found).extracting(v -> v.getPropertyPath().toString()).containsExactly("name");
        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("steps[0].name", "validation:NotBlank"));
    }

    @Test
    void aHostSuppliedValidatorIsTheOneUsed() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            AtomicInteger calls = new AtomicInteger();
            Validator host = counting(factory.getValidator(), calls);
            Chibo chibo = Chibo.builder().clock(CLOCK).validator(host).build();

            InvalidInputException e = invalid(() -> chibo.organizations()
                    .execute(ADMIN, found(org(1), OrganizationKind.CELL, "", null, LocalDate.of(2023, 1, 1))));

            assertThat(chibo.validator()).isSameAs(host);
            assertThat(calls).hasValue(1);
            assertThat(e.violations()).extracting(Violation::rule).containsExactly("validation:NotBlank");
        }
    }

    @Test
    void theDefaultPoliciesAreChibosCentralOnes() {
        Chibo chibo = Chibo.builder().clock(CLOCK).build();

        assertThat(chibo.policies().registrations())
                .extracting(PolicyRegistration::policy)
                .extracting(p -> p.id())
                .containsExactlyElementsOf(ChiboPolicies.central().registrations().stream()
                        .map(r -> r.policy().id())
                        .toList())
                .contains("organization.structure/ĐL2011", "member.membership/QĐ24-2021");
        assertThat(chibo.clock()).isSameAs(CLOCK);
    }

    /** The host's validator, counting the calls to {@code validate}. */
    private static Validator counting(Validator delegate, AtomicInteger calls) {
        return (Validator) Proxy.newProxyInstance(
                Validator.class.getClassLoader(), new Class<?>[] {Validator.class}, (proxy, method, args) -> {
                    if (method.getName().equals("validate")) {
                        calls.incrementAndGet();
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void usesTheWorkingCalendarTheHostGives() {
        // A host whose weekend is Friday and Saturday, with 2026 and no holiday.
        WorkingCalendar host = WorkingCalendar.builder()
                .id("working-calendar/host")
                .weekend(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))
                .holidays(2026, List.of())
                .build();

        Chibo chibo = Chibo.builder().calendar(host).build();

        assertThat(chibo.calendar()).isSameAs(host);
        // Thursday 12/2/2026 + 1 working day: Sunday 15/2 for the host (Friday and Saturday off, no Tết).
        assertThat(chibo.calendar().addWorkingDays(LocalDate.of(2026, 2, 12), 1))
                .isEqualTo(LocalDate.of(2026, 2, 15));
    }

    @Test
    void usesChibosVietnamCalendarByDefault() {
        Chibo chibo = Chibo.builder().build();

        assertThat(chibo.calendar()).isSameAs(WorkingCalendar.vietnam());
        assertThat(chibo.calendar().addWorkingDays(LocalDate.of(2026, 2, 12), 1))
                .isEqualTo(LocalDate.of(2026, 2, 13));
    }
}

package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.member.MemberTestData.admit;
import static vn.chibo.domain.member.MemberTestData.condition;
import static vn.chibo.domain.member.MemberTestData.member;
import static vn.chibo.domain.member.MemberTestData.recognize;
import static vn.chibo.domain.member.MemberTestData.remove;
import static vn.chibo.domain.member.MemberTestData.transfer;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Violation;

/**
 * Party age (tuổi đảng): from the first admission decision, less the days without party activity.
 * The member is admitted by a decision of 1/3/1996, the ceremony on 20/3/1996, and recognised.
 */
class PartyAgeTest {
    private static final MemberId VETERAN = member(1);
    private static final LocalDate DECIDED = LocalDate.of(1996, 3, 1);
    private static final LocalDate CEREMONY = LocalDate.of(1996, 3, 20);
    private static final LocalDate LEFT = LocalDate.of(2015, 6, 1);

    private final MemberTestData.World world = MemberTestData.world();

    @BeforeEach
    void admitTheVeteran() {
        world.run(admit(VETERAN)
                .name("Hoàng Văn Cựu")
                .born(LocalDate.of(1970, 1, 10))
                .considered(DECIDED)
                .ceremony(CEREMONY)
                .build());
        world.run(recognize(VETERAN, LocalDate.of(1997, 3, 25)));
    }

    private Optional<PartyAge> partyAge(LocalDate date) {
        return world.service().partyAge(ADMIN, VETERAN, date);
    }

    @Test
    void onTheDayBeforeThe30thAnniversaryOfTheDecisionThePartyAgeIs29Years11Months27Days() {
        assertThat(partyAge(LocalDate.of(2026, 2, 28)))
                .contains(new PartyAge(DECIDED, 0, LocalDate.of(2026, 2, 28), Period.of(29, 11, 27)));
        assertThat(partyAge(LocalDate.of(2026, 3, 1)))
                .contains(new PartyAge(DECIDED, 0, LocalDate.of(2026, 3, 1), Period.of(30, 0, 0)));
        assertThat(partyAge(LocalDate.of(2026, 2, 28)).orElseThrow().years()).isEqualTo(29);
        assertThat(partyAge(LocalDate.of(2026, 3, 1)).orElseThrow().totalMonths())
                .isEqualTo(360);
        assertThat(partyAge(LocalDate.of(2026, 3, 1)).orElseThrow().toString())
                .isEqualTo("30y0m0d since 1996-03-01 less 0 days");
    }

    @Test
    void partyAgeCountsFromTheDecisionNotFromTheCeremony() {
        MemberHistory h = world.history(VETERAN);

        assertThat(h.partyAgeStart()).contains(DECIDED);
        assertThat(h.dateReaching(30, 30)).contains(LocalDate.of(2026, 3, 1));
        assertThat(partyAge(LocalDate.of(1997, 3, 20)).map(PartyAge::age)).contains(Period.of(1, 0, 19));
    }

    @Test
    void aMemberWhoIsNotFullThatDayHasNoPartyAge() {
        assertThat(partyAge(LocalDate.of(1996, 3, 19))).isEmpty();
        assertThat(partyAge(LocalDate.of(1996, 6, 1))).isEmpty();
        assertThat(partyAge(LocalDate.of(1997, 3, 19))).isEmpty();
        assertThat(world.service().partyAge(ADMIN, member(55), LocalDate.of(2026, 3, 1)))
                .isEmpty();
    }

    @Test
    void aTwelveMonthLossOfContactShiftsThe30YearDateByExactlyItsDays() {
        LocalDate lost = LocalDate.of(2007, 6, 1);
        LocalDate found = LocalDate.of(2008, 6, 1);
        world.run(condition(VETERAN, UUID.randomUUID(), ConditionKind.LOSS_OF_CONTACT, lost, found, "mất liên lạc"));

        LocalDate thirtyYears = world.history(VETERAN).dateReaching(30, 30).orElseThrow();

        assertThat(ChronoUnit.DAYS.between(lost, found)).isEqualTo(366);
        assertThat(thirtyYears).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2026, 3, 1), thirtyYears))
                .isEqualTo(366);
        assertThat(partyAge(LocalDate.of(2027, 3, 1)))
                .contains(new PartyAge(DECIDED, 366, LocalDate.of(2027, 3, 1), Period.of(29, 11, 27)));
        assertThat(partyAge(thirtyYears).map(PartyAge::age)).contains(Period.of(30, 0, 0));
        assertThat(partyAge(LocalDate.of(2007, 12, 1)).map(PartyAge::gapDays)).contains(183L);
    }

    @Test
    void aPermanentTransferPresentedLaterThanTheGraceAfterItsLetterCountsTheDaysBeyondAsAGap() {
        LocalDate letter = LocalDate.of(2010, 3, 1);
        world.run(transfer(
                VETERAN, TransferKind.PERMANENT, KHU_PHO_7, LocalDate.of(2010, 5, 15), null, letter, letter, false));

        assertThat(partyAge(LocalDate.of(2026, 3, 1)).map(PartyAge::gapDays)).contains(45L);
        assertThat(world.history(VETERAN).dateReaching(30, 30)).contains(LocalDate.of(2026, 4, 15));
    }

    @Test
    void aReadmittedMemberCountsFromTheFirstDecisionLessTheTimeOutOfTheParty() {
        world.run(remove(VETERAN, LEFT));
        world.run(admit(VETERAN)
                .name("Hoàng Văn Cựu")
                .born(LocalDate.of(1970, 1, 10))
                .considered(LocalDate.of(2018, 6, 1))
                .readmission()
                .build());
        world.run(recognize(VETERAN, LocalDate.of(2019, 6, 17)));

        MemberHistory h = world.history(VETERAN);

        assertThat(h.memberships()).hasSize(2);
        assertThat(h.partyAgeStart()).contains(DECIDED);
        assertThat(partyAge(LocalDate.of(2017, 1, 1))).isEmpty();
        assertThat(partyAge(LocalDate.of(2019, 1, 1))).isEmpty();
        assertThat(partyAge(LocalDate.of(2026, 3, 1)))
                .contains(new PartyAge(DECIDED, 1096, LocalDate.of(2026, 3, 1), Period.of(26, 11, 27)));
    }

    @Test
    void readmissionIsRefusedOneDayBefore36MonthsSinceLeaving() {
        world.run(remove(VETERAN, LEFT));

        InvalidInputException e = world.refused(admit(VETERAN)
                .born(LocalDate.of(1970, 1, 10))
                .considered(LocalDate.of(2018, 5, 31))
                .readmission()
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "decided",
                        "MEM-READMISSION",
                        "2018-05-31",
                        "less than 36 months since leaving the Party on 2015-06-01 — Điều lệ Đảng; QĐ 29-QĐ/TW"
                                + " (25/7/2016), Điều 6; item 4.3 [SOURCE_SEEN]"));
    }

    @Test
    void readmissionIsRefusedTheSecondTime() {
        world.run(remove(VETERAN, LEFT));
        world.run(admit(VETERAN)
                .born(LocalDate.of(1970, 1, 10))
                .considered(LocalDate.of(2018, 6, 1))
                .readmission()
                .build());
        world.run(recognize(VETERAN, LocalDate.of(2019, 6, 17)));
        world.run(remove(VETERAN, LocalDate.of(2020, 1, 1)));

        InvalidInputException e = world.refused(admit(VETERAN)
                .born(LocalDate.of(1970, 1, 10))
                .considered(LocalDate.of(2023, 6, 1))
                .readmission()
                .build());

        String source = "Điều lệ Đảng; QĐ 24-QĐ/TW (30/7/2021), Điều 6; item 4.3 [SOURCE_SEEN]";
        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "readmission", "MEM-READMISSION", "true", "readmission is allowed once only (" + source + ")"));
    }

    @Test
    void someoneStillAMemberCannotBeReadmitted() {
        InvalidInputException e = world.refused(admit(VETERAN)
                .born(LocalDate.of(1970, 1, 10))
                .considered(LocalDate.of(2018, 6, 1))
                .readmission()
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("member", "MEM-READMISSION", VETERAN.toString()));
    }

    @Test
    void anUnknownIdentityCannotBeReadmitted() {
        InvalidInputException e = world.refused(admit(member(2)).readmission().build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("readmission", "MEM-READMISSION", "true"));
    }
}

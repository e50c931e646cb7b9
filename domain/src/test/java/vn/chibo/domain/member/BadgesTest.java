package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.member.MemberTestData.NOW;
import static vn.chibo.domain.member.MemberTestData.admit;
import static vn.chibo.domain.member.MemberTestData.conditionFact;
import static vn.chibo.domain.member.MemberTestData.fullMemberFacts;
import static vn.chibo.domain.member.MemberTestData.member;
import static vn.chibo.domain.member.MemberTestData.recognize;
import static vn.chibo.domain.member.MemberTestData.recordedAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Violation;

/** Party badges (huy hiệu Đảng): milestones, early awards for serious illness, deferral after discipline. */
class BadgesTest {
    private static final MemberId VETERAN = member(1);
    private static final MembershipPolicy QD294 = MembershipPolicies.qd294();
    private static final LocalDate FOUNDING_2026 = Badges.Occasion.PARTY_FOUNDING.in(2026);

    @Test
    void theOccasionsFallOn3February19May2SeptemberAnd7November() {
        assertThat(Badges.Occasion.values())
                .extracting(o -> o.in(2026))
                .containsExactly(
                        LocalDate.of(2026, 2, 3),
                        LocalDate.of(2026, 5, 19),
                        LocalDate.of(2026, 9, 2),
                        LocalDate.of(2026, 11, 7));
    }

    @Test
    void the30YearBadgeIsDueOnAnOccasionFallingOnTheMilestoneAndNotOnOneTheDayBefore() {
        MemberHistory reachesOnTheDay = history(fullMemberFacts(VETERAN, LocalDate.of(1996, 2, 3)));
        MemberHistory reachesTheDayAfter = history(fullMemberFacts(VETERAN, LocalDate.of(1996, 2, 4)));

        assertThat(Badges.on(reachesOnTheDay, FOUNDING_2026, QD294))
                .isEqualTo(new Badges.Decision.Due(30, LocalDate.of(2026, 2, 3), false));
        assertThat(Badges.on(reachesTheDayAfter, FOUNDING_2026, QD294)).isEqualTo(new Badges.Decision.NotDue());
        assertThat(Badges.on(reachesTheDayAfter, Badges.Occasion.HO_CHI_MINH_BIRTHDAY.in(2026), QD294))
                .isEqualTo(new Badges.Decision.Due(30, LocalDate.of(2026, 2, 4), false));
    }

    @Test
    void aBadgeAlreadyAwardedIsNotDueAgain() {
        List<MemberFact> facts = new ArrayList<>(fullMemberFacts(VETERAN, LocalDate.of(1996, 2, 3)));
        facts.add(new MemberFact.BadgeAwarded(VETERAN, FOUNDING_2026, 30, false, recordedAt(NOW)));

        assertThat(Badges.on(history(facts), Badges.Occasion.NATIONAL_DAY.in(2026), QD294))
                .isEqualTo(new Badges.Decision.NotDue());
    }

    @Test
    void aSeriouslyIllMemberMayReceiveThe30YearBadgeUpTo12MonthsEarly() {
        List<MemberFact> exactly12 = withIllness(fullMemberFacts(VETERAN, LocalDate.of(1997, 2, 3)));
        List<MemberFact> moreThan12 = withIllness(fullMemberFacts(VETERAN, LocalDate.of(1997, 2, 4)));
        List<MemberFact> notIll = fullMemberFacts(VETERAN, LocalDate.of(1997, 2, 3));

        assertThat(Badges.on(history(exactly12), FOUNDING_2026, QD294))
                .isEqualTo(new Badges.Decision.Due(30, LocalDate.of(2027, 2, 3), true));
        assertThat(Badges.on(history(moreThan12), FOUNDING_2026, QD294)).isEqualTo(new Badges.Decision.NotDue());
        assertThat(Badges.on(history(notIll), FOUNDING_2026, QD294)).isEqualTo(new Badges.Decision.NotDue());
    }

    @Test
    void aSeriouslyIllMemberMayReceiveThe70YearBadgeUpTo24MonthsEarly() {
        List<MemberFact> exactly24 = withIllness(withBadgesUpTo65(fullMemberFacts(VETERAN, LocalDate.of(1958, 2, 3))));
        List<MemberFact> moreThan24 = withIllness(withBadgesUpTo65(fullMemberFacts(VETERAN, LocalDate.of(1958, 2, 4))));

        assertThat(Badges.on(history(exactly24), FOUNDING_2026, QD294))
                .isEqualTo(new Badges.Decision.Due(70, LocalDate.of(2028, 2, 3), true));
        assertThat(Badges.on(history(moreThan24), FOUNDING_2026, QD294)).isEqualTo(new Badges.Decision.NotDue());
    }

    @Test
    void aSeriouslyIllMemberMayReceiveThe65YearBadgeOnly12MonthsEarly() {
        List<MemberFact> facts = new ArrayList<>(fullMemberFacts(VETERAN, LocalDate.of(1962, 2, 4)));
        for (int years : List.of(30, 40, 45, 50, 55, 60)) {
            facts.add(new MemberFact.BadgeAwarded(
                    VETERAN, LocalDate.of(1962 + years, 2, 4), years, false, recordedAt(NOW)));
        }

        assertThat(Badges.on(history(withIllness(facts)), FOUNDING_2026, QD294))
                .isEqualTo(new Badges.Decision.NotDue());
        assertThat(Badges.on(history(withIllness(facts)), Badges.Occasion.HO_CHI_MINH_BIRTHDAY.in(2026), QD294))
                .isEqualTo(new Badges.Decision.Due(65, LocalDate.of(2027, 2, 4), true));
    }

    @Test
    void aWarningDefersTheBadgeForSixMonths() {
        List<MemberFact> facts = new ArrayList<>(fullMemberFacts(VETERAN, LocalDate.of(1996, 2, 3)));
        MemberFact.Disciplined warning = new MemberFact.Disciplined(
                VETERAN,
                LocalDate.of(2026, 3, 2),
                MemberDiscipline.WARNING,
                "Chi bộ Khu phố 3",
                "vi phạm",
                false,
                recordedAt(NOW));
        facts.add(warning);
        MemberHistory h = history(facts);

        assertThat(Badges.on(h, FOUNDING_2026, QD294))
                .isEqualTo(new Badges.Decision.Due(30, LocalDate.of(2026, 2, 3), false));
        assertThat(Badges.on(h, Badges.Occasion.HO_CHI_MINH_BIRTHDAY.in(2026), QD294))
                .isEqualTo(new Badges.Decision.Deferred(30, LocalDate.of(2026, 9, 2), warning));
        assertThat(Badges.on(h, Badges.Occasion.NATIONAL_DAY.in(2026), QD294))
                .isEqualTo(new Badges.Decision.Due(30, LocalDate.of(2026, 2, 3), false));
    }

    @Test
    void aDismissalDefersTheBadgeForTwelveMonthsAndAReprimandDoesNot() {
        List<MemberFact> dismissed = new ArrayList<>(fullMemberFacts(VETERAN, LocalDate.of(1996, 2, 3)));
        dismissed.add(new MemberFact.Disciplined(
                VETERAN,
                LocalDate.of(2025, 9, 2),
                MemberDiscipline.DISMISSAL,
                "Đảng ủy",
                "vi phạm",
                false,
                recordedAt(NOW)));
        List<MemberFact> reprimanded = new ArrayList<>(fullMemberFacts(VETERAN, LocalDate.of(1996, 2, 3)));
        reprimanded.add(new MemberFact.Disciplined(
                VETERAN,
                LocalDate.of(2026, 1, 5),
                MemberDiscipline.REPRIMAND,
                "Chi bộ",
                "vi phạm",
                false,
                recordedAt(NOW)));

        assertThat(Badges.on(history(dismissed), Badges.Occasion.NATIONAL_DAY.in(2026), QD294))
                .isEqualTo(new Badges.Decision.Due(30, LocalDate.of(2026, 2, 3), false));
        assertThat(Badges.on(history(dismissed), Badges.Occasion.HO_CHI_MINH_BIRTHDAY.in(2026), QD294))
                .isInstanceOfSatisfying(
                        Badges.Decision.Deferred.class,
                        d -> assertThat(d.until()).isEqualTo(LocalDate.of(2026, 9, 2)));
        assertThat(Badges.on(history(reprimanded), FOUNDING_2026, QD294))
                .isEqualTo(new Badges.Decision.Due(30, LocalDate.of(2026, 2, 3), false));
    }

    @Test
    void anExemptedMemberRemainsEligible() {
        List<MemberFact> facts = new ArrayList<>(fullMemberFacts(VETERAN, LocalDate.of(1996, 2, 3)));
        facts.add(conditionFact(VETERAN, ConditionKind.EXEMPTION, LocalDate.of(2020, 1, 1), null));

        assertThat(Badges.on(history(facts), FOUNDING_2026, QD294))
                .isEqualTo(new Badges.Decision.Due(30, LocalDate.of(2026, 2, 3), false));
    }

    @Test
    void aMemberNoLongerInThePartyIsNotDue() {
        List<MemberFact> facts = new ArrayList<>(fullMemberFacts(VETERAN, LocalDate.of(1996, 2, 3)));
        facts.add(new MemberFact.Removed(
                VETERAN, LocalDate.of(2026, 1, 1), RemovalGround.CARD_RETURNED, "Đảng ủy", recordedAt(NOW)));

        assertThat(Badges.on(history(facts), FOUNDING_2026, QD294)).isEqualTo(new Badges.Decision.NotDue());
    }

    // ---------------------------------------------------------------- AwardBadge

    @Test
    void awardingABadgeNotYetDueIsRefusedAndOnceDueItIsRecorded() {
        MemberTestData.World world = MemberTestData.world();
        world.run(admit(VETERAN)
                .born(LocalDate.of(1970, 1, 10))
                .considered(LocalDate.of(1996, 2, 4))
                .build());
        world.run(recognize(VETERAN, LocalDate.of(1997, 2, 25)));

        InvalidInputException e =
                world.refused(new MemberCommand.AwardBadge(VETERAN, FOUNDING_2026, 30, "trao huy hiệu"));
        InvalidInputException wrongMilestone = world.refused(new MemberCommand.AwardBadge(
                VETERAN, Badges.Occasion.HO_CHI_MINH_BIRTHDAY.in(2026), 40, "trao huy hiệu"));
        MemberResult awarded = world.run(new MemberCommand.AwardBadge(
                VETERAN, Badges.Occasion.HO_CHI_MINH_BIRTHDAY.in(2026), 30, "trao huy hiệu"));

        String source = "HD 01-HD/TW (2021), item 18 [SOURCE_SEEN]";
        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(
                        tuple("years", "MEM-BADGE", "30", "the 30-year badge is not due: no badge is due — " + source));
        assertThat(wrongMilestone.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "years", "MEM-BADGE", "40", "the 40-year badge is not due: the badge due is 30 — " + source));
        assertThat(awarded.facts()).singleElement().isInstanceOfSatisfying(MemberFact.BadgeAwarded.class, b -> {
            assertThat(b.years()).isEqualTo(30);
            assertThat(b.early()).isFalse();
            assertThat(b.effective()).isEqualTo(LocalDate.of(2026, 5, 19));
        });
        assertThat(world.history(VETERAN).badges()).hasSize(1);
    }

    // ---------------------------------------------------------------- helpers

    private static MemberHistory history(List<MemberFact> facts) {
        return MemberHistory.of(VETERAN, facts);
    }

    private static List<MemberFact> withIllness(List<MemberFact> facts) {
        List<MemberFact> out = new ArrayList<>(facts);
        out.add(conditionFact(VETERAN, ConditionKind.SERIOUS_ILLNESS, LocalDate.of(2025, 12, 1), null));
        return out;
    }

    private static List<MemberFact> withBadgesUpTo65(List<MemberFact> facts) {
        List<MemberFact> out = new ArrayList<>(facts);
        LocalDate decided = ((MemberFact.AdmissionDecided) facts.get(1)).effective();
        for (int years : List.of(30, 40, 45, 50, 55, 60, 65)) {
            out.add(new MemberFact.BadgeAwarded(VETERAN, decided.plusYears(years), years, false, recordedAt(NOW)));
        }
        return out;
    }
}

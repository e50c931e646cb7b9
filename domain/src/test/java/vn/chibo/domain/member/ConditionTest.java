package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.member.MemberTestData.SPONSOR_A;
import static vn.chibo.domain.member.MemberTestData.condition;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Violation;

/** Conditions: exemption, sick leave and the others, their overlaps, their ends, and masked health notes. */
class ConditionTest {
    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0002-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0002-000000000002");
    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JUL_2024 = LocalDate.of(2024, 7, 1);
    private static final String HEALTH_NOTE = "Điều trị ung thư phổi tại Bệnh viện K";

    private final MemberTestData.World world = MemberTestData.world();

    @Test
    void anExemptionOverlappingAnotherIsRefusedAndOneStartingTheDayTheOtherEndsIsAccepted() {
        world.run(condition(SPONSOR_A, FIRST, ConditionKind.EXEMPTION, JAN_2024, JUL_2024, "Nghị quyết chi bộ số 3"));

        InvalidInputException e = world.refused(condition(
                SPONSOR_A, SECOND, ConditionKind.EXEMPTION, JUL_2024.minusDays(1), null, "Nghị quyết chi bộ số 9"));
        world.run(condition(SPONSOR_A, SECOND, ConditionKind.EXEMPTION, JUL_2024, null, "Nghị quyết chi bộ số 9"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "from",
                        "MEM-OVERLAP",
                        "EXEMPTION [2024-06-30, …)",
                        "exemption from work and meetings overlaps [2024-01-01, 2024-07-01)"));
        assertThat(world.history(SPONSOR_A).conditions())
                .extracting(MemberCondition::id, MemberCondition::valid)
                .containsExactly(
                        tuple(FIRST, DateRange.of(JAN_2024, JUL_2024)), tuple(SECOND, DateRange.startingOn(JUL_2024)));
    }

    @Test
    void conditionsOfDifferentKindsMayOverlap() {
        world.run(condition(SPONSOR_A, FIRST, ConditionKind.EXEMPTION, JAN_2024, null, "Nghị quyết chi bộ số 3"));
        world.run(
                condition(SPONSOR_A, SECOND, ConditionKind.SICK_LEAVE, JAN_2024.plusMonths(1), JUL_2024, HEALTH_NOTE));

        assertThat(world.history(SPONSOR_A).conditionsOn(LocalDate.of(2024, 3, 1)))
                .containsExactlyInAnyOrder(ConditionKind.EXEMPTION, ConditionKind.SICK_LEAVE);
    }

    @Test
    void aConditionReusingAnIdentityIsRefused() {
        world.run(condition(SPONSOR_A, FIRST, ConditionKind.EXEMPTION, JAN_2024, JUL_2024, "Nghị quyết số 3"));

        InvalidInputException e = world.refused(
                condition(SPONSOR_A, FIRST, ConditionKind.SUSPENSION, LocalDate.of(2025, 1, 1), null, "QĐ đình chỉ"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("condition", "MEM-DUPLICATE", FIRST.toString()));
    }

    @Test
    void aConditionEndingBeforeItStartsIsRefused() {
        InvalidInputException e = world.refused(
                condition(SPONSOR_A, FIRST, ConditionKind.EXEMPTION, JUL_2024, JUL_2024, "Nghị quyết số 3"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("until", "MEM-DATE-ORDER", "2024-07-01"));
    }

    @Test
    void aConditionOfSomeoneWhoIsNotAMemberOnItsFirstDayIsRefused() {
        InvalidInputException e = world.refused(condition(
                SPONSOR_A, FIRST, ConditionKind.EXEMPTION, LocalDate.of(2005, 3, 14), null, "Nghị quyết số 3"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("from", "MEM-NOT-MEMBER"));
    }

    @Test
    void anOpenExemptionEndsOnTheDayEndConditionGives() {
        world.run(condition(SPONSOR_A, FIRST, ConditionKind.EXEMPTION, JAN_2024, null, "Nghị quyết số 3"));

        world.run(new MemberCommand.EndCondition(SPONSOR_A, FIRST, LocalDate.of(2024, 9, 1), "hết miễn"));

        MemberHistory h = world.history(SPONSOR_A);
        assertThat(h.conditions())
                .extracting(MemberCondition::valid)
                .containsExactly(DateRange.of(JAN_2024, LocalDate.of(2024, 9, 1)));
        assertThat(h.conditionsOn(LocalDate.of(2024, 8, 31))).containsExactly(ConditionKind.EXEMPTION);
        assertThat(h.conditionsOn(LocalDate.of(2024, 9, 1))).isEmpty();
        assertThat(h.standingOn(LocalDate.of(2024, 8, 31)).has(ConditionKind.EXEMPTION))
                .isTrue();
    }

    @Test
    void aConditionMayBeEndedEarlierThanRecordedButNotOnItsFirstDayNorAfterItsEnd() {
        world.run(condition(SPONSOR_A, FIRST, ConditionKind.EXEMPTION, JAN_2024, JUL_2024, "Nghị quyết số 3"));

        InvalidInputException onFirstDay =
                world.refused(new MemberCommand.EndCondition(SPONSOR_A, FIRST, JAN_2024, "hết miễn"));
        InvalidInputException afterEnd =
                world.refused(new MemberCommand.EndCondition(SPONSOR_A, FIRST, JUL_2024.plusDays(1), "hết miễn"));
        InvalidInputException unknown =
                world.refused(new MemberCommand.EndCondition(SPONSOR_A, SECOND, JUL_2024, "hết miễn"));
        world.run(new MemberCommand.EndCondition(SPONSOR_A, FIRST, LocalDate.of(2024, 5, 1), "hết miễn"));

        assertThat(onFirstDay.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "on", "MEM-DATE-ORDER", "2024-01-01", "the end must fall within [2024-01-01, 2024-07-01)"));
        assertThat(afterEnd.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("on", "MEM-DATE-ORDER", "2024-07-02"));
        assertThat(unknown.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("condition", "MEM-UNKNOWN-CONDITION", SECOND.toString()));
        assertThat(world.history(SPONSOR_A).conditions())
                .extracting(MemberCondition::valid)
                .containsExactly(DateRange.of(JAN_2024, LocalDate.of(2024, 5, 1)));
    }

    @Test
    void aSickLeaveNoteNeverAppearsInTheTextOfItsFactOrCondition() {
        MemberResult result =
                world.run(condition(SPONSOR_A, FIRST, ConditionKind.SICK_LEAVE, JAN_2024, JUL_2024, HEALTH_NOTE));

        MemberFact fact = result.facts().get(0);
        MemberCondition condition = world.history(SPONSOR_A).conditions().get(0);
        assertThat(fact)
                .isInstanceOfSatisfying(
                        MemberFact.ConditionBegan.class,
                        c -> assertThat(c.note()).isEqualTo(HEALTH_NOTE));
        assertThat(fact.toString())
                .contains("kind=SICK_LEAVE", "note=***")
                .doesNotContain(HEALTH_NOTE)
                .doesNotContain("ung thư");
        assertThat(condition.toString()).isEqualTo("MemberCondition[SICK_LEAVE [2024-01-01, 2024-07-01), note=***]");
        assertThat(condition.note()).isEqualTo(HEALTH_NOTE);
    }

    @Test
    void everyHealthConditionIsMaskedAndAnExemptionNoteIsShown() {
        for (ConditionKind kind : ConditionKind.values()) {
            MemberCondition c = new MemberCondition(FIRST, kind, DateRange.startingOn(JAN_2024), "ghi chú bí mật");

            if (kind == ConditionKind.SICK_LEAVE
                    || kind == ConditionKind.MATERNITY_LEAVE
                    || kind == ConditionKind.SERIOUS_ILLNESS) {
                assertThat(c.toString())
                        .as(kind.name())
                        .doesNotContain("bí mật")
                        .endsWith("note=***]");
            } else {
                assertThat(c.toString()).as(kind.name()).endsWith("note=ghi chú bí mật]");
            }
        }
    }
}

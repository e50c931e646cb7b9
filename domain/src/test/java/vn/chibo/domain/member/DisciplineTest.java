package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.member.MemberTestData.SPONSOR_A;
import static vn.chibo.domain.member.MemberTestData.SPONSOR_B;
import static vn.chibo.domain.member.MemberTestData.discipline;
import static vn.chibo.domain.member.MemberTestData.member;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.seat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.organization.CommitteeRole;

/** Discipline (kỷ luật): the forms a status allows, one violation once, expulsion ends membership. */
class DisciplineTest {
    private static final MemberId PROBATIONARY = member(1);
    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 1);
    private static final String FORM_SOURCE =
            "Điều lệ Đảng; QĐ 69-QĐ/TW; QĐ 296-QĐ/TW, Điều 35; QĐ 69 Điều 7; QĐ 296 Điều 9 [SOURCE_SEEN]";
    private static final String VIOLATION = "Không đóng đảng phí 3 tháng năm 2025";
    private static final String VIOLATION_IN_CAPITALS = "KHÔNG ĐÓNG ĐẢNG PHÍ 3 THÁNG NĂM 2025";

    private final MemberTestData.World world = MemberTestData.world();

    @Test
    void aProbationaryMemberMayNotBeDismissedNorExpelled() {
        world.admitted(PROBATIONARY, LocalDate.of(2025, 8, 18), LocalDate.of(2025, 9, 1));

        InvalidInputException dismissal =
                world.refused(discipline(PROBATIONARY, MemberDiscipline.DISMISSAL, MARCH_2026, VIOLATION));
        InvalidInputException expulsion =
                world.refused(discipline(PROBATIONARY, MemberDiscipline.EXPULSION, MARCH_2026, VIOLATION));

        String probationaryForms = "a probationary member may only be reprimanded or warned (" + FORM_SOURCE + ")";
        assertThat(dismissal.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(
                        tuple("form", "MEM-DISCIPLINE-FORM", "DISMISSAL", probationaryForms),
                        tuple(
                                "form",
                                "MEM-DISCIPLINE-FORM",
                                "DISMISSAL",
                                "dismissal applies only to a member holding a post — " + FORM_SOURCE));
        assertThat(expulsion.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple("form", "MEM-DISCIPLINE-FORM", "EXPULSION", probationaryForms));
        assertThat(world.history(PROBATIONARY).statusOn(MARCH_2026)).contains(MembershipStatus.PROBATIONARY);
    }

    @Test
    void aProbationaryMemberMayBeWarned() {
        world.admitted(PROBATIONARY, LocalDate.of(2025, 8, 18), LocalDate.of(2025, 9, 1));

        world.run(discipline(PROBATIONARY, MemberDiscipline.WARNING, MARCH_2026, VIOLATION));

        assertThat(world.history(PROBATIONARY).disciplines())
                .extracting(MemberFact.Disciplined::form, MemberFact.Disciplined::effective)
                .containsExactly(tuple(MemberDiscipline.WARNING, MARCH_2026));
        assertThat(world.history(PROBATIONARY).statusOn(MARCH_2026)).contains(MembershipStatus.PROBATIONARY);
    }

    @Test
    void aMemberAwaitingRecognitionIsLimitedToTheProbationaryForms() {
        world.admitted(PROBATIONARY, LocalDate.of(2024, 8, 19), LocalDate.of(2024, 9, 3));

        InvalidInputException e =
                world.refused(discipline(PROBATIONARY, MemberDiscipline.EXPULSION, MARCH_2026, VIOLATION));

        assertThat(world.history(PROBATIONARY).statusOn(MARCH_2026)).contains(MembershipStatus.AWAITING_RECOGNITION);
        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("form", "MEM-DISCIPLINE-FORM", "EXPULSION"));
    }

    @Test
    void aFullMemberWhoHoldsNoCommitteeSeatMayNotBeDismissedAndOneWhoHoldsOneMay() {
        world.chibo
                .organizations()
                .execute(
                        ADMIN,
                        seat(KHU_PHO_7, CommitteeRole.SECRETARY)
                                .member(SPONSOR_B)
                                .from(LocalDate.of(2025, 1, 1))
                                .build());

        InvalidInputException e =
                world.refused(discipline(SPONSOR_A, MemberDiscipline.DISMISSAL, MARCH_2026, VIOLATION));
        world.run(discipline(SPONSOR_B, MemberDiscipline.DISMISSAL, MARCH_2026, VIOLATION));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "form",
                        "MEM-DISCIPLINE-FORM",
                        "DISMISSAL",
                        "dismissal applies only to a member holding a post — " + FORM_SOURCE));
        assertThat(world.history(SPONSOR_B).disciplines())
                .extracting(MemberFact.Disciplined::form)
                .containsExactly(MemberDiscipline.DISMISSAL);
        assertThat(world.history(SPONSOR_B).statusOn(MARCH_2026)).contains(MembershipStatus.FULL);
    }

    @Test
    void theSameViolationMayNotBeDisciplinedTwice() {
        world.run(discipline(SPONSOR_A, MemberDiscipline.WARNING, MARCH_2026, VIOLATION));

        InvalidInputException e = world.refused(discipline(
                SPONSOR_A, MemberDiscipline.REPRIMAND, LocalDate.of(2026, 4, 1), "  " + VIOLATION_IN_CAPITALS + " "));
        world.run(discipline(
                SPONSOR_A, MemberDiscipline.REPRIMAND, LocalDate.of(2026, 4, 1), "Vắng sinh hoạt 3 tháng năm 2025"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "violation",
                        "MEM-DISCIPLINE-TWICE",
                        VIOLATION_IN_CAPITALS,
                        "one violation is disciplined once, with one form — Điều lệ Đảng 2011; QĐ 294-QĐ/TW"
                                + " (26/5/2025) [SOURCE_SEEN]"));
        assertThat(world.history(SPONSOR_A).disciplines()).hasSize(2);
    }

    @Test
    void anExpulsionEndsMembershipOnTheDayItTakesEffect() {
        world.run(discipline(SPONSOR_A, MemberDiscipline.EXPULSION, MARCH_2026, VIOLATION));

        MemberHistory h = world.history(SPONSOR_A);
        assertThat(h.statusOn(MARCH_2026.minusDays(1))).contains(MembershipStatus.FULL);
        assertThat(h.statusOn(MARCH_2026)).isEmpty();
        assertThat(h.lastMembership().orElseThrow().ended()).isEqualTo(MARCH_2026);
        assertThat(h.homeCellOn(MARCH_2026)).isEmpty();
        assertThat(world.service().roster(ADMIN, KHU_PHO_7, MARCH_2026).full()).isEqualTo(1);
        assertThat(world.refused(discipline(SPONSOR_A, MemberDiscipline.REPRIMAND, MARCH_2026, "khác"))
                        .violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("effective", "MEM-NOT-MEMBER"));
    }

    @Test
    void formsAreOrderedFromTheLightest() {
        assertThat(MemberDiscipline.WARNING.atLeast(MemberDiscipline.REPRIMAND)).isTrue();
        assertThat(MemberDiscipline.WARNING.atLeast(MemberDiscipline.WARNING)).isTrue();
        assertThat(MemberDiscipline.WARNING.atLeast(MemberDiscipline.DISMISSAL)).isFalse();
    }
}

package vn.chibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.meeting.MeetingTestData.ADMIN;
import static vn.chibo.domain.meeting.MeetingTestData.KHU_PHO_3;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.rule.Finding;

/**
 * No member absent with reason more than 3 times in a row in the year (HD 12-HD/BTCTW; rules.md
 * §3.4): the 4th excused absence in a row from the cell's regular meetings is a finding; a run
 * restarts on 1 January, and a meeting attended ends it.
 */
class ConsecutiveExcusedTest {
    private static final String AWAY = "Nguyễn Văn Vắng";

    private final MeetingTestData data = new MeetingTestData();

    @BeforeEach
    void sevenMembers() {
        data.full(MeetingTestData.names("Đảng viên", 6)).full(AWAY);
    }

    /** A regular meeting on the 25th of every month from {@code from} to {@code to}, {@link #AWAY} excused in {@code excused}. */
    private void meetMonthly(YearMonth from, YearMonth to, Set<YearMonth> excused) {
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            MeetingTestData.MeetingBuilder b = data.meeting(m.atDay(25));
            if (excused.contains(m)) {
                b.excused(AWAY, "đi công tác");
            }
            data.record(b.build());
        }
    }

    private List<Finding> consecutive(YearMonth from, YearMonth to) {
        return data.chibo.meetings().compliance(ADMIN, KHU_PHO_3, from, to).findings(MeetingPolicy.CONSECUTIVE_EXCUSED);
    }

    @Test
    void threeExcusedAbsencesInARowAreNoFinding() {
        meetMonthly(
                YearMonth.of(2024, 1),
                YearMonth.of(2024, 6),
                Set.of(YearMonth.of(2024, 2), YearMonth.of(2024, 3), YearMonth.of(2024, 4)));

        assertThat(consecutive(YearMonth.of(2024, 1), YearMonth.of(2024, 6))).isEmpty();
    }

    @Test
    void theFourthExcusedAbsenceInARowIsAFinding() {
        meetMonthly(
                YearMonth.of(2024, 1),
                YearMonth.of(2024, 6),
                Set.of(YearMonth.of(2024, 2), YearMonth.of(2024, 3), YearMonth.of(2024, 4), YearMonth.of(2024, 5)));

        List<Finding> findings = consecutive(YearMonth.of(2024, 1), YearMonth.of(2024, 6));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("Chi bộ Khu phố 3 2024-05-25 [" + MeetingTestData.id(AWAY) + "]");
            assertThat(f.message(Label.VIETNAMESE))
                    .isEqualTo("Đảng viên vắng có lý do 4 lần liên tiếp trong năm 2024.");
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("A member absent with reason 4 times in a row in 2024.");
        });
    }

    @Test
    void aFifthExcusedAbsenceInTheSameRunIsNotASecondFinding() {
        meetMonthly(
                YearMonth.of(2024, 1),
                YearMonth.of(2024, 6),
                Set.of(
                        YearMonth.of(2024, 2),
                        YearMonth.of(2024, 3),
                        YearMonth.of(2024, 4),
                        YearMonth.of(2024, 5),
                        YearMonth.of(2024, 6)));

        assertThat(consecutive(YearMonth.of(2024, 1), YearMonth.of(2024, 6))).hasSize(1);
    }

    @Test
    void aMeetingAttendedEndsTheRun() {
        meetMonthly(
                YearMonth.of(2024, 1),
                YearMonth.of(2024, 6),
                Set.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 4), YearMonth.of(2024, 5)));

        assertThat(consecutive(YearMonth.of(2024, 1), YearMonth.of(2024, 6))).isEmpty();
    }

    @Test
    void aRunAcrossTheThirtyFirstOfDecemberRestarts() {
        meetMonthly(
                YearMonth.of(2023, 10),
                YearMonth.of(2024, 2),
                Set.of(YearMonth.of(2023, 10), YearMonth.of(2023, 11), YearMonth.of(2023, 12), YearMonth.of(2024, 1)));

        assertThat(consecutive(YearMonth.of(2023, 10), YearMonth.of(2024, 2))).isEmpty();
    }

    @Test
    void aRunRestartedInJanuaryCountsItsFourthAbsenceOfTheNewYear() {
        meetMonthly(
                YearMonth.of(2023, 11),
                YearMonth.of(2024, 4),
                Set.of(
                        YearMonth.of(2023, 11),
                        YearMonth.of(2023, 12),
                        YearMonth.of(2024, 1),
                        YearMonth.of(2024, 2),
                        YearMonth.of(2024, 3),
                        YearMonth.of(2024, 4)));

        assertThat(consecutive(YearMonth.of(2023, 11), YearMonth.of(2024, 4)))
                .singleElement()
                .satisfies(f -> assertThat(f.subject()).contains("2024-04-25"));
    }

    @Test
    void anExtraordinaryMeetingMissedInBetweenDoesNotLengthenTheRun() {
        meetMonthly(
                YearMonth.of(2024, 1),
                YearMonth.of(2024, 3),
                Set.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3)));
        data.record(data.meeting(KHU_PHO_3, MeetingKind.EXTRAORDINARY, LocalDate.of(2024, 3, 28))
                .excused(AWAY, "đi công tác")
                .build());

        assertThat(consecutive(YearMonth.of(2024, 1), YearMonth.of(2024, 3))).isEmpty();
    }

    @Test
    void anExemptedMemberAbsentFourTimesInARowIsNoFinding() {
        data.condition(AWAY, ConditionKind.EXEMPTION, LocalDate.of(2023, 6, 1));
        meetMonthly(
                YearMonth.of(2024, 1),
                YearMonth.of(2024, 6),
                Set.of(YearMonth.of(2024, 2), YearMonth.of(2024, 3), YearMonth.of(2024, 4), YearMonth.of(2024, 5)));

        assertThat(consecutive(YearMonth.of(2024, 1), YearMonth.of(2024, 6))).isEmpty();
    }
}

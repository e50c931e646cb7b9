package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.domain.evaluation.EvaluationTestData.rated;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5_NAME;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.rule.PolicyRef;

/** The counting part of a report, as storage answers it. */
class GradeCountsTest {
    private static final EvaluationRegime HD21 = EvaluationRegimes.qd132hd21();
    private static final Year Y2021 = Year.of(2021);

    @Test
    void theCountsOfAReportAreItsMembersNotRatedAndCells() {
        List<MemberRating> members = new ArrayList<>();
        members.addAll(rated(3, Grade.EXCELLENT, HD21, Y2021, 1));
        members.addAll(rated(5, Grade.GOOD, HD21, Y2021, 100));
        members.add(new MemberRating.NotRated(
                vn.chibo.domain.member.MemberTestData.member(900),
                Y2021,
                PolicyRef.of(HD21),
                EvaluationRegime.NEW_MEMBER,
                false,
                ImmutableList.of()));
        OrganizationRating cell = new OrganizationRating(
                vn.chibo.domain.organization.OrganizationTestData.org(7),
                Y2021,
                PolicyRef.of(HD21),
                Grade.GOOD,
                Grade.GOOD,
                null,
                ImmutableList.of());
        QuotaCheck quota = QuotaCheck.of(PHUONG_5_NAME, members, HD21, QuotaBase.GOOD, null);
        EvaluationReport report = EvaluationReport.of(
                PHUONG_5, PHUONG_5_NAME, Y2021, HD21, members, List.of(cell), quota, quota.findings());

        GradeCounts counts = GradeCounts.of(report);

        assertThat(counts.membersByGrade()).containsExactly(Map.entry(Grade.EXCELLENT, 3), Map.entry(Grade.GOOD, 5));
        assertThat(counts.notRated()).containsExactly(Map.entry(EvaluationRegime.NEW_MEMBER, 1));
        assertThat(counts.cellsByGrade()).containsExactly(Map.entry(Grade.GOOD, 1));
        assertThat(counts.membersRated()).isEqualTo(report.membersRated());
        assertThat(counts.membersNotRated()).isEqualTo(1);
        assertThat(counts.cellsRated()).isEqualTo(1);
        assertThat(counts.members(Grade.COMPLETED)).isZero();
        assertThat(counts.cells(Grade.GOOD)).isEqualTo(1);
    }

    @Test
    void zeroCountsAreLeftOutSoThatEqualCountsAreEqualValues() {
        GradeCounts withZero =
                GradeCounts.of(PHUONG_5, Y2021, Map.of(Grade.GOOD, 2, Grade.EXCELLENT, 0), Map.of("X", 0), Map.of());

        assertThat(withZero).isEqualTo(GradeCounts.of(PHUONG_5, Y2021, Map.of(Grade.GOOD, 2), Map.of(), Map.of()));
    }

    @Test
    void aCountBelowOneIsRefused() {
        assertThatThrownBy(() -> new GradeCounts(
                        PHUONG_5,
                        Y2021,
                        ImmutableSortedMap.of(Grade.GOOD, 0),
                        ImmutableSortedMap.of(),
                        ImmutableSortedMap.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GradeCounts.of(PHUONG_5, Y2021, Map.of(), Map.of(), Map.of(Grade.GOOD, -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

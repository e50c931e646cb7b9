package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.evaluation.EvaluationTestData.rated;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.org;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.PolicyRef;

/** The report of the seed's year 2021: 22/24 cells, 1.312 members, 1.040 good and 236 excellent. */
class EvaluationReportTest {
    private static final EvaluationRegime HD21 = EvaluationRegimes.qd132hd21();
    private static final Year Y2021 = Year.of(2021);

    private static List<OrganizationRating> cells(int excellent, int good, int completed, int notCompleted) {
        List<OrganizationRating> out = new ArrayList<>();
        int n = 0;
        for (Grade g : Grade.values()) {
            int count = switch (g) {
                case EXCELLENT -> excellent;
                case GOOD -> good;
                case COMPLETED -> completed;
                case NOT_COMPLETED -> notCompleted;
            };
            for (int i = 0; i < count; i++) {
                out.add(new OrganizationRating(
                        org(200 + n++), Y2021, PolicyRef.of(HD21), g, g, null, ImmutableList.of()));
            }
        }
        return out;
    }

    private static List<MemberRating> members2021() {
        List<MemberRating> all = new ArrayList<>();
        all.addAll(rated(236, Grade.EXCELLENT, HD21, Y2021, 1));
        all.addAll(rated(1040, Grade.GOOD, HD21, Y2021, 10_000));
        all.addAll(rated(30, Grade.COMPLETED, HD21, Y2021, 20_000));
        all.addAll(rated(6, Grade.NOT_COMPLETED, HD21, Y2021, 30_000));
        all.add(new MemberRating.NotRated(
                vn.chibo.domain.member.MemberTestData.member(40_000),
                Y2021,
                PolicyRef.of(HD21),
                EvaluationRegime.NEW_MEMBER,
                true,
                ImmutableList.of()));
        all.add(new MemberRating.NotRated(
                vn.chibo.domain.member.MemberTestData.member(40_001),
                Y2021,
                PolicyRef.of(HD21),
                EvaluationRegime.EXEMPTED,
                false,
                ImmutableList.of()));
        return all;
    }

    private static EvaluationReport report2021() {
        List<MemberRating> members = members2021();
        QuotaCheck quota = QuotaCheck.of(PHUONG_5_NAME, members, HD21, QuotaBase.GOOD, null);
        return EvaluationReport.of(
                PHUONG_5, PHUONG_5_NAME, Y2021, HD21, members, cells(3, 19, 2, 0), quota, quota.findings());
    }

    @Test
    void theVietnameseSentenceIsTheArticles() {
        assertThat(report2021().sentence(Label.VIETNAMESE))
                .isEqualTo("Năm 2021 có 22/24 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, không có chi bộ"
                        + " không hoàn thành nhiệm vụ; trong 1.312 đảng viên được đánh giá có 1.040 đảng viên hoàn thành"
                        + " tốt nhiệm vụ, 236 đảng viên hoàn thành xuất sắc nhiệm vụ.");
    }

    @Test
    void theEnglishSentenceGivesTheSameFigures() {
        assertThat(report2021().sentence(Locale.ENGLISH))
                .isEqualTo("In 2021, 22/24 cells were rated good or above, none did not complete its tasks; of the"
                        + " 1,312 members rated, 1,040 completed their tasks well and 236 completed them excellently.");
    }

    @Test
    void theCountsStateTheDenominatorsAndTheExclusions() {
        EvaluationReport r = report2021();

        assertThat(r.membersRated()).isEqualTo(1312);
        assertThat(r.members(Grade.GOOD)).isEqualTo(1040);
        assertThat(r.members(Grade.EXCELLENT)).isEqualTo(236);
        assertThat(r.members(Grade.COMPLETED)).isEqualTo(30);
        assertThat(r.members(Grade.NOT_COMPLETED)).isEqualTo(6);
        assertThat(r.notRated())
                .containsEntry(EvaluationRegime.NEW_MEMBER, 1)
                .containsEntry(EvaluationRegime.EXEMPTED, 1)
                .hasSize(2);
        assertThat(r.cellsRated()).isEqualTo(24);
        assertThat(r.cellsAtLeast(Grade.GOOD)).isEqualTo(22);
        assertThat(r.regime()).isEqualTo(PolicyRef.of(HD21));
        assertThat(r.quota().over()).isTrue();
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void aCellNotCompletedIsCountedInTheSentence() {
        List<MemberRating> members = members2021();
        QuotaCheck quota = QuotaCheck.of(PHUONG_5_NAME, members, HD21, QuotaBase.GOOD, null);
        EvaluationReport r = EvaluationReport.of(
                PHUONG_5, PHUONG_5_NAME, Y2021, HD21, members, cells(3, 19, 1, 1), quota, List.of());

        assertThat(r.sentence(Label.VIETNAMESE))
                .startsWith("Năm 2021 có 22/24 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, 1 chi bộ không"
                        + " hoàn thành nhiệm vụ; trong 1.312 đảng viên");
    }
}

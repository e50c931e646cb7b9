package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.evaluation.EvaluationTestData.MEMBER;
import static vn.chibo.domain.evaluation.EvaluationTestData.Y2021;
import static vn.chibo.domain.evaluation.EvaluationTestData.member;
import static vn.chibo.domain.member.MemberTestData.NOW;
import static vn.chibo.domain.member.MemberTestData.recordedAt;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.MemberTestData;
import vn.chibo.domain.member.TransferKind;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.Severity;

/** rules.md §4.9: a temporarily attached member is rated by the home cell, with the host cell's comment. */
class HostCellCommentTest {
    private static final EvaluationRegime HD21 = EvaluationRegimes.qd132hd21();
    private static final OrganizationId HOME = OrganizationTestData.KHU_PHO_3;
    private static final OrganizationId HOST = MemberTestData.KHU_PHO_9;

    private static MemberHistory attached(LocalDate from, LocalDate until) {
        return member(new MemberFact.Transferred(
                MEMBER,
                from,
                TransferKind.TEMPORARY,
                HOME,
                HOST,
                until,
                from.minusDays(10),
                from.minusDays(5),
                false,
                recordedAt(NOW)));
    }

    private static HostCellComment comment(OrganizationId cell) {
        return new HostCellComment(
                cell, LocalDate.of(2021, 12, 5), "Giấy nhận xét của Chi bộ Khu phố 9 ngày 05/12/2021", "Gương mẫu.");
    }

    private static MemberRating.Rated rate(MemberHistory h, @Nullable HostCellComment c) {
        MemberReview review = MemberReview.proposed(MEMBER, Y2021, Grade.GOOD).withHostCellComment(c);
        return (MemberRating.Rated) Classification.rate(h, review, HD21);
    }

    private static Finding hostFinding(MemberRating.Rated r) {
        return r.findings().stream()
                .filter(f -> f.code().equals(EvaluationRegime.HOST_COMMENT))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aMemberAttachedElsewhereWithoutTheHostCellsCommentIsStillRatedWithAWarningNamingTheHostCell() {
        MemberRating.Rated r = rate(attached(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 10, 1)), null);

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        Finding f = hostFinding(r);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message(Locale.ENGLISH)).contains(HOST.toString(), "no comment from the host cell");
        assertThat(f.source()).isEqualTo(HD21.sourceOf(EvaluationRegime.HOST_COMMENT));
        assertThat(f.source().note()).contains("rules.md §4.9");
    }

    @Test
    void theHostCellsCommentIsStatedWithItsDateAndSource() {
        MemberRating.Rated r = rate(attached(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 10, 1)), comment(HOST));

        Finding f = hostFinding(r);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message(Locale.ENGLISH))
                .contains("2021-12-05", "Giấy nhận xét của Chi bộ Khu phố 9 ngày 05/12/2021");
        assertThat(r.grade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void aCommentFromACellTheMemberWasNotAttachedToIsAWarning() {
        MemberRating.Rated r = rate(
                attached(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 10, 1)), comment(OrganizationTestData.KHU_PHO_7));

        assertThat(hostFinding(r).severity()).isEqualTo(Severity.WARNING);
        assertThat(hostFinding(r).message(Locale.ENGLISH)).contains("but the comment is from cell");
    }

    @Test
    void anAttachmentEndingOnTheFirstOfJanuaryIsNotInTheYearAndOneEndingADayLaterIs() {
        MemberRating.Rated before = rate(attached(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 1, 1)), null);
        MemberRating.Rated into = rate(attached(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 1, 2)), null);

        assertThat(before.findings()).isEmpty();
        assertThat(hostFinding(into).severity()).isEqualTo(Severity.WARNING);
    }
}

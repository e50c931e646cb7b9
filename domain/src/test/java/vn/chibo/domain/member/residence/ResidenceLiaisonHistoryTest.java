package vn.chibo.domain.member.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.domain.member.residence.ResidenceFixture.WORKPLACE;
import static vn.chibo.domain.member.residence.ResidenceFixture.id;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.recordedAt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;

class ResidenceLiaisonHistoryTest {
    private static final MemberId AN = id("An");
    private static final Instant T1 = Instant.parse("2022-01-10T00:00:00Z");
    private static final Instant T2 = Instant.parse("2023-06-10T00:00:00Z");

    private static ResidenceFact.Registered registered(OrganizationId cell, LocalDate on, Recorded r) {
        return new ResidenceFact.Registered(AN, on, "Lê Văn An", cell, WORKPLACE, on.minusDays(3), r);
    }

    /** Registered in Khu phố 3 on 5/1/2022 as a student away; moved to Khu phố 7 on 1/6/2023, recorded later. */
    private static ResidenceLiaisonHistory moved() {
        return ResidenceLiaisonHistory.of(
                AN,
                List.of(
                        registered(KHU_PHO_3, LocalDate.of(2022, 1, 5), recordedAt(T1)),
                        new ResidenceFact.ExemptionChanged(
                                AN, LocalDate.of(2022, 1, 5), ExemptionCategory.STUDENT_AWAY, recordedAt(T1)),
                        new ResidenceFact.Ended(
                                AN, LocalDate.of(2023, 6, 1), EndReason.MOVED_AWAY, "Khu phố 7", recordedAt(T2)),
                        registered(KHU_PHO_7, LocalDate.of(2023, 6, 1), recordedAt(T2))));
    }

    @Test
    void theResidentialCellFollowsTheRegistrationsDayByDay() {
        ResidenceLiaisonHistory h = moved();

        assertThat(h.residentialCellOn(LocalDate.of(2022, 1, 4))).isEmpty();
        assertThat(h.residentialCellOn(LocalDate.of(2022, 1, 5))).contains(KHU_PHO_3);
        assertThat(h.residentialCellOn(LocalDate.of(2023, 5, 31))).contains(KHU_PHO_3);
        assertThat(h.residentialCellOn(LocalDate.of(2023, 6, 1))).contains(KHU_PHO_7);
        assertThat(h.registrations()).hasSize(2);
        assertThat(h.registrations().get(0).ended()).contains(EndReason.MOVED_AWAY);
        assertThat(h.version()).isEqualTo(4);
        assertThat(h.fullName()).isEqualTo("Lê Văn An");
    }

    @Test
    void anExemptionLastsUntilTheRegistrationItWasRecordedInEnds() {
        ResidenceLiaisonHistory h = moved();

        assertThat(h.exemptionOn(LocalDate.of(2023, 5, 31))).contains(ExemptionCategory.STUDENT_AWAY);
        assertThat(h.exemptionOn(LocalDate.of(2023, 6, 1))).isEmpty();
    }

    @Test
    void whatWasKnownBeforeTheMoveWasRecordedIsTheFirstRegistrationStillRunning() {
        ResidenceLiaisonHistory known = moved().knownAt(T2.minusSeconds(1));

        assertThat(known.version()).isEqualTo(2);
        assertThat(known.residentialCellOn(LocalDate.of(2023, 6, 1))).contains(KHU_PHO_3);
    }

    @Test
    void theCommentOfAYearIsFoundByItsYear() {
        ResidenceFact.CommentGiven c = new ResidenceFact.CommentGiven(
                AN,
                LocalDate.of(2023, 11, 1),
                Year.of(2023),
                KHU_PHO_7,
                "Ban công tác Mặt trận khu phố 7",
                "Tốt",
                CommentVerdict.FULFILS,
                LocalDate.of(2023, 10, 1),
                CommentChannel.PAPER,
                recordedAt(T2));
        ResidenceLiaisonHistory h = moved().append(List.of(c));

        assertThat(h.commentFor(Year.of(2023))).contains(c);
        assertThat(h.commentFor(Year.of(2022))).isEmpty();
        assertThat(h.comments()).containsExactly(c);
    }

    @Test
    void aFactAboutAnotherMemberIsRefused() {
        assertThatThrownBy(() -> ResidenceLiaisonHistory.of(
                        id("Bình"), List.of(registered(KHU_PHO_3, LocalDate.of(2022, 1, 5), recordedAt(T1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

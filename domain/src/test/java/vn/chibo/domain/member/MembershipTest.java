package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.member.MemberTestData.NOW;
import static vn.chibo.domain.member.MemberTestData.recordedAt;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.DateRange;

/** {@link Membership#runsOn} is {@link Membership#span()}'s answer, at every boundary, without the span. */
class MembershipTest {
    private static final LocalDate DECIDED = LocalDate.of(2020, 5, 4);
    private static final LocalDate CEREMONY = LocalDate.of(2020, 6, 1);
    private static final LocalDate ENDED = LocalDate.of(2024, 3, 15);

    private static Membership membership(@Nullable LocalDate ceremony, @Nullable LocalDate ended) {
        MemberFact.AdmissionDecided admission = new MemberFact.AdmissionDecided(
                MemberTestData.member(1), DECIDED, KHU_PHO_3, DECIDED, "QĐ kết nạp", List.of(), false, recordedAt(NOW));
        return new Membership(admission, ceremony, null, null, ended);
    }

    private static boolean inSpan(Membership m, LocalDate date) {
        return m.span().map((DateRange s) -> s.contains(date)).orElse(false);
    }

    @Test
    void aMembershipRunsFromItsCeremonyToTheDayBeforeItEnds() {
        Membership m = membership(CEREMONY, ENDED);

        assertThat(m.runsOn(CEREMONY.minusDays(1))).isFalse();
        assertThat(m.runsOn(CEREMONY)).isTrue();
        assertThat(m.runsOn(ENDED.minusDays(1))).isTrue();
        assertThat(m.runsOn(ENDED)).isFalse();
        for (LocalDate d : List.of(CEREMONY.minusDays(1), CEREMONY, ENDED.minusDays(1), ENDED)) {
            assertThat(m.runsOn(d)).as("%s", d).isEqualTo(inSpan(m, d));
        }
    }

    @Test
    void aMembershipWithoutCeremonyOrEndedByItsCeremonyNeverRuns() {
        Membership open = membership(CEREMONY, null);
        Membership noCeremony = membership(null, null);
        Membership endedAtCeremony = membership(CEREMONY, CEREMONY);
        Membership endedBefore = membership(CEREMONY, CEREMONY.minusDays(3));

        assertThat(open.runsOn(LocalDate.of(2099, 12, 31))).isTrue();
        for (Membership m : List.of(noCeremony, endedAtCeremony, endedBefore)) {
            for (LocalDate d : List.of(CEREMONY.minusDays(3), CEREMONY, CEREMONY.plusDays(1))) {
                assertThat(m.runsOn(d)).as("%s on %s", m, d).isFalse().isEqualTo(inSpan(m, d));
            }
        }
    }
}

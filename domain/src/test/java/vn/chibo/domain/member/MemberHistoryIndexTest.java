package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.member.MemberTestData.NOW;
import static vn.chibo.domain.member.MemberTestData.recordedAt;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;

/**
 * The derivations a history indexes by fact type on first use (profiles, conditions, transfers,
 * disciplines) answer as the facts say, whatever the order the facts were recorded in, and stay the
 * same when asked again.
 */
class MemberHistoryIndexTest {
    private static final MemberId ID = MemberTestData.member(41);
    private static final LocalDate DECIDED = LocalDate.of(2010, 3, 1);

    private static MemberFact.ProfileRecorded profile(LocalDate effective, String name) {
        return new MemberFact.ProfileRecorded(
                ID, effective, MemberProfile.of(name, LocalDate.of(1980, 1, 1), Sex.FEMALE), recordedAt(NOW));
    }

    @Test
    void theLatestProfileIsTheOneOfTheLatestEffectiveDateEvenWhenRecordedFirst() {
        List<MemberFact> facts = new ArrayList<>();
        facts.add(profile(LocalDate.of(2020, 1, 1), "Lê Thị Hoa"));
        facts.addAll(MemberTestData.fullMemberFacts(ID, DECIDED));
        facts.add(profile(LocalDate.of(2015, 6, 1), "Lê Thị Hồng"));
        MemberHistory h = MemberHistory.of(ID, facts);

        assertThat(h.profile().orElseThrow().fullName()).isEqualTo("Lê Thị Hoa");
        assertThat(h.profile()).isEqualTo(h.profileOn(LocalDate.MAX));
        assertThat(h.profileOn(LocalDate.of(2016, 1, 1)).orElseThrow().fullName())
                .isEqualTo("Lê Thị Hồng");
        assertThat(h.profileOn(LocalDate.of(1990, 1, 1)).orElseThrow().fullName())
                .as("before any profile: the earliest one")
                .isEqualTo(MemberTestData.fullMemberFacts(ID, DECIDED).stream()
                        .filter(MemberFact.ProfileRecorded.class::isInstance)
                        .map(f -> ((MemberFact.ProfileRecorded) f).profile().fullName())
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void aHistoryWithoutProfilesConditionsOrTransfersAnswersEmpty() {
        MemberHistory h = MemberHistory.of(ID, List.of());

        assertThat(h.profile()).isEmpty();
        assertThat(h.conditions()).isEmpty();
        assertThat(h.conditionsOn(DECIDED)).isEmpty();
        assertThat(h.transfers()).isEmpty();
        assertThat(h.temporaryTransfersDuring(DateRange.of(DECIDED, DECIDED.plusYears(1))))
                .isEmpty();
        assertThat(h.disciplines()).isEmpty();
    }

    @Test
    void theIndexedDerivationsAreTheSameWhenAskedAgainAndAfterAnAppend() {
        List<MemberFact> facts = new ArrayList<>(MemberTestData.fullMemberFacts(ID, DECIDED));
        facts.add(MemberTestData.conditionFact(ID, ConditionKind.SICK_LEAVE, LocalDate.of(2020, 2, 1), null));
        MemberHistory h = MemberHistory.of(ID, facts);
        assertThat(h.conditions()).hasSize(1);
        assertThat(h.conditions()).isSameAs(h.conditions());
        assertThat(h.conditionsOn(LocalDate.of(2020, 3, 1))).containsExactly(ConditionKind.SICK_LEAVE);
        assertThat(h.conditionsOn(LocalDate.of(2020, 1, 31))).isEmpty();

        MemberHistory longer = h.append(
                List.of(MemberTestData.conditionFact(ID, ConditionKind.EXEMPTION, LocalDate.of(2021, 1, 1), null)));
        assertThat(longer.conditions()).hasSize(2);
        assertThat(h.conditions()).as("the first history keeps its own index").hasSize(1);
    }

    @Test
    void temporaryTransfersDuringARangeAreThoseWhoseDaysAwayShareADayWithIt() {
        List<MemberFact> facts = new ArrayList<>(MemberTestData.fullMemberFacts(ID, DECIDED));
        MemberFact.Transferred away = new MemberFact.Transferred(
                ID,
                LocalDate.of(2024, 3, 1),
                TransferKind.TEMPORARY,
                KHU_PHO_3,
                KHU_PHO_7,
                LocalDate.of(2024, 9, 1),
                LocalDate.of(2024, 2, 20),
                LocalDate.of(2024, 2, 20),
                false,
                recordedAt(NOW));
        facts.add(away);
        MemberHistory h = MemberHistory.of(ID, facts);

        assertThat(h.temporaryTransfersDuring(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))))
                .containsExactly(away);
        assertThat(h.temporaryTransfersDuring(DateRange.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 1, 1))))
                .as("the day it ends is home again")
                .isEmpty();
        assertThat(h.temporaryTransferOn(LocalDate.of(2024, 8, 31))).contains(away);
        assertThat(h.activityCellOn(LocalDate.of(2024, 8, 31))).contains(KHU_PHO_7);
        assertThat(h.homeCellOn(LocalDate.of(2024, 8, 31))).contains(KHU_PHO_3);
    }
}

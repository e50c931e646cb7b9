package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.organization.OrganizationTestData.NOW;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5_NAME;
import static vn.chibo.domain.organization.OrganizationTestData.founded;
import static vn.chibo.domain.organization.OrganizationTestData.histories;
import static vn.chibo.domain.organization.OrganizationTestData.recordedAt;
import static vn.chibo.domain.organization.OrganizationTestData.seatTaken;
import static vn.chibo.domain.organization.OrganizationTestData.treeOf;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.MemberTestData;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationDiscipline;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.Severity;

/**
 * Leadership collectives (rules.md §4.7, §4.11, §4.15; rules-2.md §C1): the đảng ủy of Phường 5,
 * whose secretary, deputy and one standing member form its standing committee and one more member
 * sits on the committee only.
 */
class CollectiveClassificationTest {
    private static final EvaluationRegime HD21 = EvaluationRegimes.qd132hd21();
    private static final EvaluationRegime QD124 = EvaluationRegimes.qd124hd25();
    private static final EvaluationRegime QD366 = EvaluationRegimes.qd366hd43();
    private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);
    private static final LocalDate ELECTED = LocalDate.of(2020, 8, 1);
    private static final MemberId SECRETARY = MemberTestData.member(501);
    private static final MemberId DEPUTY = MemberTestData.member(502);
    private static final MemberId STANDING = MemberTestData.member(503);
    private static final MemberId ORDINARY = MemberTestData.member(504);
    private static final MemberId OUTSIDER = MemberTestData.member(505);

    /** The ward with its committee and {@code cells} cells, the first {@code disciplined} of them disciplined on {@code on}. */
    private static OrganizationTree ward(int cells, int disciplined, LocalDate on, boolean wardDisciplined) {
        List<OrganizationFact> ward = new ArrayList<>();
        ward.add(founded(PHUONG_5, FOUNDED, OrganizationKind.GRASSROOTS_COMMITTEE, PHUONG_5_NAME, null, NOW));
        ward.add(seatTaken(PHUONG_5, ELECTED, CommitteeRole.SECRETARY, SECRETARY));
        ward.add(seatTaken(PHUONG_5, ELECTED, CommitteeRole.DEPUTY_SECRETARY, DEPUTY));
        ward.add(seatTaken(PHUONG_5, ELECTED, CommitteeRole.STANDING_MEMBER, STANDING));
        ward.add(seatTaken(PHUONG_5, ELECTED, CommitteeRole.MEMBER, ORDINARY));
        if (wardDisciplined) {
            ward.add(new OrganizationFact.DisciplineImposed(
                    PHUONG_5,
                    on,
                    OrganizationDiscipline.REPRIMAND,
                    "Thành ủy Đông Hà",
                    "vi phạm (giả định)",
                    recordedAt(NOW)));
        }
        var b = histories().put(PHUONG_5, ward);
        EvaluationTestData.cells(b, cells, disciplined, FOUNDED, on);
        return treeOf(b.build());
    }

    private static OrganizationTree ward() {
        return ward(4, 0, LocalDate.of(2021, 5, 1), false);
    }

    private static MemberHistory member(MemberId id, MemberFact... more) {
        List<MemberFact> facts = new ArrayList<>(MemberTestData.fullMemberFacts(id, LocalDate.of(2005, 3, 1)));
        facts.addAll(List.of(more));
        return MemberHistory.of(id, facts);
    }

    private static MemberFact.Disciplined disciplined(
            MemberId id, LocalDate on, MemberDiscipline form, boolean selfFixed) {
        return new MemberFact.Disciplined(
                id,
                on,
                form,
                "Ủy ban kiểm tra Thành ủy",
                "vi phạm (giả định)",
                selfFixed,
                MemberTestData.recordedAt(NOW));
    }

    private static List<MemberHistory> committee(MemberHistory... replaced) {
        List<MemberHistory> all = new ArrayList<>();
        for (MemberId id : List.of(SECRETARY, DEPUTY, STANDING, ORDINARY, OUTSIDER)) {
            all.add(List.of(replaced).stream()
                    .filter(h -> h.id().equals(id))
                    .findFirst()
                    .orElse(member(id)));
        }
        return all;
    }

    private static CollectiveRating rate(
            OrganizationTree tree,
            CollectiveKind kind,
            int year,
            EvaluationRegime regime,
            List<MemberHistory> members) {
        return CollectiveClassification.rate(
                tree, CollectiveReview.proposed(PHUONG_5, kind, Year.of(year), Grade.GOOD), members, regime);
    }

    @ParameterizedTest(name = "under HD 21 a committee member disciplined by {0} in the year leaves the committee {1}")
    @CsvSource({"REPRIMAND, GOOD", "WARNING, NOT_COMPLETED", "DISMISSAL, NOT_COMPLETED"})
    void underHd21AMemberDisciplinedAtWarningOrAboveMakesTheCommitteeNotCompletedAndAReprimandDoesNot(
            MemberDiscipline form, Grade expected) {
        List<MemberHistory> members =
                committee(member(ORDINARY, disciplined(ORDINARY, LocalDate.of(2021, 6, 1), form, false)));

        CollectiveRating r = rate(ward(), CollectiveKind.COMMITTEE, 2021, HD21, members);

        assertThat(r.grade()).isEqualTo(expected);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.COLLECTIVE_MEMBER_DISCIPLINE);
            assertThat(f.severity()).isEqualTo(expected == Grade.GOOD ? Severity.INFO : Severity.WARNING);
            assertThat(f.source()).isEqualTo(HD21.sourceOf(EvaluationRegime.COLLECTIVE_MEMBER_DISCIPLINE));
            assertThat(f.source().article()).isEqualTo("II.B.3");
        });
    }

    @Test
    void theCommitteesMembersAreItsSeatHoldersAndTheStandingCommitteeLeavesOutTheOrdinaryMember() {
        List<MemberHistory> members = committee(
                member(ORDINARY, disciplined(ORDINARY, LocalDate.of(2021, 6, 1), MemberDiscipline.WARNING, false)));

        CollectiveRating committee = rate(ward(), CollectiveKind.COMMITTEE, 2021, HD21, members);
        CollectiveRating standing = rate(ward(), CollectiveKind.STANDING_COMMITTEE, 2021, HD21, members);

        assertThat(committee.members()).containsExactly(SECRETARY, DEPUTY, STANDING, ORDINARY);
        assertThat(standing.members()).containsExactly(SECRETARY, DEPUTY, STANDING);
        assertThat(committee.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(standing.grade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void aWarningOfSomeoneWithoutASeatOrOfAnotherYearDoesNotTouchTheCommittee() {
        List<MemberHistory> members = committee(
                member(OUTSIDER, disciplined(OUTSIDER, LocalDate.of(2021, 6, 1), MemberDiscipline.WARNING, false)),
                member(SECRETARY, disciplined(SECRETARY, LocalDate.of(2020, 12, 31), MemberDiscipline.WARNING, false)));

        CollectiveRating r = rate(ward(), CollectiveKind.COMMITTEE, 2021, HD21, members);

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void underQd124TheCollectiveDisciplinedItselfIsNotCompleted() {
        CollectiveRating r = rate(
                ward(4, 0, LocalDate.of(2023, 5, 1), true),
                CollectiveKind.STANDING_COMMITTEE,
                2023,
                QD124,
                committee());

        assertThat(r.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(r.findings()).extracting(Finding::code).containsExactly(EvaluationRegime.ORGANIZATION_DISCIPLINE);
    }

    @Test
    void underQd124OneOfFiveUnitsDisciplinedIsTwentyPercentAndOnlyCapsTheCollectiveAtCompleted() {
        CollectiveRating r =
                rate(ward(5, 1, LocalDate.of(2023, 5, 1), false), CollectiveKind.COMMITTEE, 2023, QD124, committee());

        assertThat(r.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.COLLECTIVE_DISCIPLINE);
            assertThat(f.message(Locale.ENGLISH)).contains("1 subordinate units disciplined (Chi bộ Khu phố 10)");
            assertThat(f.source().document()).isEqualTo("QĐ 124-QĐ/TW");
        });
    }

    @Test
    void underQd124FiveOfTwentyFourUnitsDisciplinedIsTwentyPointEightPercentAndTheCollectiveIsNotCompleted() {
        CollectiveRating r =
                rate(ward(24, 5, LocalDate.of(2023, 5, 1), false), CollectiveKind.COMMITTEE, 2023, QD124, committee());

        assertThat(r.grade()).isEqualTo(Grade.NOT_COMPLETED);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(EvaluationRegime.ORGANIZATION_DISCIPLINE);
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("5/24 subordinate units disciplined, over 20%: KHTNV.");
        });
    }

    @Test
    void underQd124AMemberReprimandedCapsTheCollectiveAtCompletedUnlessTheMemberFoundAndFixedIt() {
        CollectiveRating capped = rate(
                ward(),
                CollectiveKind.COMMITTEE,
                2023,
                QD124,
                committee(member(
                        DEPUTY, disciplined(DEPUTY, LocalDate.of(2023, 3, 1), MemberDiscipline.REPRIMAND, false))));
        CollectiveRating kept = rate(
                ward(),
                CollectiveKind.COMMITTEE,
                2023,
                QD124,
                committee(member(
                        DEPUTY, disciplined(DEPUTY, LocalDate.of(2023, 3, 1), MemberDiscipline.REPRIMAND, true))));

        assertThat(capped.grade()).isEqualTo(Grade.COMPLETED);
        assertThat(kept.grade()).isEqualTo(Grade.GOOD);
        assertThat(kept.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void underQd366AMemberDisciplinedKeepsTheCollectiveFromExcellentOnly() {
        CollectiveRating r = CollectiveClassification.rate(
                ward(),
                CollectiveReview.proposed(PHUONG_5, CollectiveKind.COMMITTEE, Year.of(2025), Grade.EXCELLENT),
                committee(member(
                        STANDING, disciplined(STANDING, LocalDate.of(2025, 2, 1), MemberDiscipline.REPRIMAND, false))),
                QD366);

        assertThat(r.grade()).isEqualTo(Grade.GOOD);
        assertThat(r.findings()).extracting(Finding::code).containsExactly(EvaluationRegime.COLLECTIVE_DISCIPLINE);
    }

    @Test
    void anOrganisationWithoutAStandingCommitteeHasNoStandingCommitteeToRate() {
        OrganizationTree noSeats = treeOf(histories()
                .put(
                        PHUONG_5,
                        List.of(founded(
                                PHUONG_5, FOUNDED, OrganizationKind.GRASSROOTS_COMMITTEE, PHUONG_5_NAME, null, NOW)))
                .build());

        CollectiveRating r = rate(noSeats, CollectiveKind.STANDING_COMMITTEE, 2021, HD21, committee());

        assertThat(r.gradeIfRated()).isEmpty();
        assertThat(r.members()).isEmpty();
    }
}

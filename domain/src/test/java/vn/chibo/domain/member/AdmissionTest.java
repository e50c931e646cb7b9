package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.member.MemberTestData.CONSIDERED;
import static vn.chibo.domain.member.MemberTestData.SPONSOR_A;
import static vn.chibo.domain.member.MemberTestData.SPONSOR_B;
import static vn.chibo.domain.member.MemberTestData.admit;
import static vn.chibo.domain.member.MemberTestData.holdCeremony;
import static vn.chibo.domain.member.MemberTestData.member;
import static vn.chibo.domain.member.MemberTestData.sponsor;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;

/** Admission (kết nạp): each rule at its boundaries, across policy versions, and refusals that change nothing. */
class AdmissionTest {
    private static final MemberId CANDIDATE = member(1);
    private static final String QD294_AGE_SOURCE =
            "Điều lệ Đảng; QĐ 294-QĐ/TW (26/5/2025), Điều 1 khoản 2; item 1.1 [SOURCE_SEEN]";
    private static final String QD24_SPONSORS_SOURCE =
            "Điều lệ Đảng; QĐ 24-QĐ/TW (30/7/2021), Điều 4 khoản 2; item 3.1–3.2 [SOURCE_SEEN]";
    private static final String TWO_THIRDS_SOURCE = "Điều lệ Đảng, Điều 4 khoản 3; Điều 5 khoản 2 [SOURCE_SEEN]";

    private final MemberTestData.World world = MemberTestData.world();

    // ---------------------------------------------------------------- age

    @Test
    void aCandidateOf17Years11MonthsIsRefusedAndOneOf18Years0MonthsIsAdmitted() {
        LocalDate born = LocalDate.of(2008, 3, 31);

        InvalidInputException e = world.refused(admit(CANDIDATE)
                .born(born)
                .considered(LocalDate.of(2026, 3, 30))
                .build());
        MemberResult admitted = world.run(admit(CANDIDATE)
                .born(born)
                .considered(LocalDate.of(2026, 3, 31))
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "profile.birthDate",
                        "MEM-ADMISSION-AGE",
                        "17y11m",
                        "younger than 18 years (counted in months) when the cell considered — " + QD294_AGE_SOURCE));
        assertThat(e.getMessage())
                .startsWith("Admit rejected, 1 violation, nothing changed:")
                .contains("profile.birthDate [MEM-ADMISSION-AGE] = 17y11m")
                .doesNotContain("2008");
        assertThat(admitted.findings()).isEmpty();
        assertThat(world.history(CANDIDATE).statusOn(LocalDate.of(2026, 4, 14)))
                .contains(MembershipStatus.PROBATIONARY);
    }

    @Test
    void aCandidateOf60Years0MonthsIsAdmittedAndOneOf60Years1MonthIsRefused() {
        LocalDate considered = LocalDate.of(2026, 3, 31);

        InvalidInputException e = world.refused(admit(member(2))
                .born(LocalDate.of(1966, 2, 28))
                .considered(considered)
                .build());
        MemberResult admitted = world.run(admit(CANDIDATE)
                .born(LocalDate.of(1966, 3, 31))
                .considered(considered)
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "profile.birthDate",
                        "MEM-ADMISSION-AGE",
                        "60y1m",
                        "older than 60 years without a provincial-level decision — " + QD294_AGE_SOURCE));
        assertThat(admitted.findings()).isEmpty();
        assertThat(world.versions()).containsKey(CANDIDATE).doesNotContainKey(member(2));
    }

    @Test
    void aCandidateOf60Years1MonthIsAdmittedWithAProvincialDecisionAndAnInfoFinding() {
        MemberResult admitted = world.run(admit(CANDIDATE)
                .born(LocalDate.of(1966, 2, 28))
                .considered(LocalDate.of(2026, 3, 31))
                .over60Decision("QĐ 15-QĐ/TU của Ban Thường vụ Tỉnh ủy (giả định)")
                .build());

        assertThat(admitted.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MEM-ADMISSION-AGE");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message().en())
                    .isEqualTo("Admitted over 60 by decision: QĐ 15-QĐ/TU của Ban Thường vụ Tỉnh ủy (giả định)");
            assertThat(f.source().toString()).isEqualTo(QD294_AGE_SOURCE);
            assertThat(f.policy()).isEqualTo(PolicyRef.of(MembershipPolicies.qd294()));
        });
        assertThat(world.history(CANDIDATE).memberships()).hasSize(1);
    }

    // ---------------------------------------------------------------- sponsors

    @Test
    void aSponsorWhoHasKnownTheCandidate11MonthsIsRefusedAnd12MonthsIsAccepted() {
        InvalidInputException e = world.refused(admit(CANDIDATE)
                .sponsors(List.of(
                        sponsor(SPONSOR_A, SponsorRelation.WORK, LocalDate.of(2023, 4, 4)),
                        sponsor(SPONSOR_B, SponsorRelation.WORK, LocalDate.of(2022, 1, 1))))
                .build());
        world.run(admit(CANDIDATE)
                .sponsors(List.of(
                        sponsor(SPONSOR_A, SponsorRelation.WORK, LocalDate.of(2023, 3, 4)),
                        sponsor(SPONSOR_B, SponsorRelation.WORK, LocalDate.of(2022, 1, 1))))
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(
                        tuple(
                                "sponsors[0].since",
                                "MEM-ADMISSION-SPONSORS",
                                "11 months",
                                "a sponsor must have known the candidate for at least 12 months — "
                                        + QD24_SPONSORS_SOURCE),
                        tuple(
                                "sponsors",
                                "MEM-ADMISSION-SPONSORS",
                                "1 eligible",
                                "2 eligible sponsors are needed, at least one a full member (" + QD24_SPONSORS_SOURCE
                                        + ")"));
        assertThat(world.history(CANDIDATE)
                        .lastMembership()
                        .orElseThrow()
                        .admission()
                        .sponsors())
                .extracting(s -> ((Sponsor.ByMember) s).member())
                .containsExactly(SPONSOR_A, SPONSOR_B);
    }

    @Test
    void aReplacementSponsorIsExemptFromThe12Months() {
        world.run(admit(CANDIDATE)
                .sponsors(List.of(
                        new Sponsor.ByMember(SPONSOR_A, SponsorRelation.WORK, CONSIDERED.minusMonths(1), true),
                        sponsor(SPONSOR_B, SponsorRelation.WORK, LocalDate.of(2022, 1, 1))))
                .build());

        assertThat(world.history(CANDIDATE).memberships()).hasSize(1);
    }

    @Test
    void aProbationarySponsorIsRefused() {
        MemberId probationary = member(3);
        world.run(admit(probationary)
                .name("Phạm Thị Bình")
                .considered(LocalDate.of(2023, 8, 18))
                .ceremony(LocalDate.of(2023, 9, 1))
                .build());

        InvalidInputException e = world.refused(admit(CANDIDATE)
                .sponsors(List.of(
                        sponsor(SPONSOR_A, SponsorRelation.WORK, LocalDate.of(2022, 1, 1)),
                        sponsor(probationary, SponsorRelation.WORK, LocalDate.of(2022, 1, 1))))
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(
                        tuple(
                                "sponsors[1].member",
                                "MEM-ADMISSION-SPONSORS",
                                "Phạm Thị Bình (PROBATIONARY)",
                                "a sponsor must be a full member when the cell considers the candidate — "
                                        + QD24_SPONSORS_SOURCE),
                        tuple(
                                "sponsors",
                                "MEM-ADMISSION-SPONSORS",
                                "1 eligible",
                                "2 eligible sponsors are needed, at least one a full member (" + QD24_SPONSORS_SOURCE
                                        + ")"));
    }

    @Test
    void aResidenceSponsorIsRefusedUnderQd29On29July2021AndAcceptedUnderQd24On30July2021() {
        LocalDate lastDayOfQd29 = LocalDate.of(2021, 7, 29);
        LocalDate firstDayOfQd24 = LocalDate.of(2021, 7, 30);
        List<Sponsor> sponsors = List.of(
                sponsor(SPONSOR_A, SponsorRelation.RESIDENCE, LocalDate.of(2019, 1, 1)),
                sponsor(SPONSOR_B, SponsorRelation.WORK, LocalDate.of(2019, 1, 1)));
        String qd29Source = "Điều lệ Đảng; QĐ 29-QĐ/TW, Điều 4 khoản 2; item 3 [SOURCE_SEEN]";

        InvalidInputException e = world.refused(
                admit(CANDIDATE).considered(lastDayOfQd29).sponsors(sponsors).build());
        MemberResult admitted = world.run(
                admit(CANDIDATE).considered(firstDayOfQd24).sponsors(sponsors).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(
                        tuple(
                                "sponsors[0].relation",
                                "MEM-ADMISSION-SPONSORS",
                                "RESIDENCE",
                                "living in the same residential cell counts only from QĐ 24-QĐ/TW; applied"
                                        + " member.membership/QĐ29-2016 — " + qd29Source),
                        tuple(
                                "sponsors",
                                "MEM-ADMISSION-SPONSORS",
                                "1 eligible",
                                "2 eligible sponsors are needed, at least one a full member (" + qd29Source + ")"));
        assertThat(admitted.findings()).isEmpty();
        assertThat(world.history(CANDIDATE)
                        .lastMembership()
                        .orElseThrow()
                        .admission()
                        .considered())
                .isEqualTo(firstDayOfQd24);
    }

    @Test
    void aUnionBodyAndOneFullMemberMaySponsorTogether() {
        world.run(admit(CANDIDATE)
                .sponsors(List.of(
                        new Sponsor.ByUnion(Sponsor.UnionBody.YOUTH_UNION, "NQ 05/NQ-ĐTN"),
                        sponsor(SPONSOR_A, SponsorRelation.STUDY, LocalDate.of(2022, 1, 1))))
                .build());

        assertThat(world.history(CANDIDATE).memberships()).hasSize(1);
    }

    @Test
    void twoUnionBodiesMayNotSponsorWithoutAFullMember() {
        InvalidInputException e = world.refused(admit(CANDIDATE)
                .sponsors(List.of(
                        new Sponsor.ByUnion(Sponsor.UnionBody.YOUTH_UNION, "NQ 05/NQ-ĐTN"),
                        new Sponsor.ByUnion(Sponsor.UnionBody.TRADE_UNION, "NQ 07/NQ-CĐ")))
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(
                        tuple("sponsors[1]", "MEM-ADMISSION-SPONSORS", "ByUnion"),
                        tuple("sponsors", "MEM-ADMISSION-SPONSORS", "1 eligible"));
        assertThat(e.violations().get(0).message())
                .isEqualTo("only one union body may sponsor — " + QD24_SPONSORS_SOURCE);
    }

    @Test
    void aSponsorWhoIsNotAMemberAtAllIsRefused() {
        InvalidInputException e = world.refused(admit(CANDIDATE)
                .sponsors(List.of(
                        sponsor(SPONSOR_A, SponsorRelation.WORK, LocalDate.of(2022, 1, 1)),
                        sponsor(member(99), SponsorRelation.WORK, LocalDate.of(2022, 1, 1))))
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(
                        tuple("sponsors[1].member", "MEM-UNKNOWN", member(99).toString()),
                        tuple("sponsors", "MEM-ADMISSION-SPONSORS", "1 eligible"));
    }

    // ---------------------------------------------------------------- certificate and votes

    @Test
    void theCertificateIsValidUntilTheDayBeforeItsSixtiethMonth() {
        InvalidInputException e = world.refused(
                admit(member(2)).certificate(LocalDate.of(2019, 3, 4)).build());
        world.run(admit(CANDIDATE).certificate(LocalDate.of(2019, 3, 5)).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "certificateIssued",
                        "MEM-ADMISSION-CERTIFICATE",
                        "2019-03-04",
                        "the party-awareness course certificate is valid 60 months, until 2024-03-03 — HD"
                                + " 06-HD/TW (2025), item 5.4 [SOURCE_SEEN]"));
        assertThat(world.versions()).containsKey(CANDIDATE).doesNotContainKey(member(2));
    }

    @Test
    void aCertificateIssuedAfterTheConsiderationIsRefused() {
        InvalidInputException e = world.refused(
                admit(CANDIDATE).certificate(CONSIDERED.plusDays(1)).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("certificateIssued", "MEM-ADMISSION-CERTIFICATE", "2024-03-05"));
    }

    @Test
    void sixOfNineVotesAreTwoThirdsAndFiveOfNineAreNot() {
        InvalidInputException e = world.refused(admit(member(2)).votes(5, 9).build());
        world.run(admit(CANDIDATE).votes(6, 9).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "votesFor",
                        "MEM-TWO-THIRDS",
                        "5/9",
                        "at least two thirds of the full members must vote in favour (" + TWO_THIRDS_SOURCE + ")"));
        assertThat(world.versions()).containsKey(CANDIDATE).doesNotContainKey(member(2));
    }

    @Test
    void twoOfThreeVotesAreExactlyTwoThirdsAndAreEnough() {
        world.run(admit(CANDIDATE).votes(2, 3).build());

        assertThat(world.history(CANDIDATE).memberships()).hasSize(1);
    }

    @Test
    void moreVotesInFavourThanFullMembersAreRefused() {
        InvalidInputException e = world.refused(admit(CANDIDATE).votes(10, 9).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("votesFor", "MEM-TWO-THIRDS", "10/9"));
    }

    // ---------------------------------------------------------------- all at once, nothing stored

    @Test
    void everyViolationOfAnAdmissionIsReportedAtOnceAndNothingIsStored() {
        InvalidInputException e = world.refused(admit(CANDIDATE)
                .born(LocalDate.of(2008, 3, 31))
                .considered(LocalDate.of(2026, 3, 30))
                .sponsors(List.of(
                        sponsor(SPONSOR_A, SponsorRelation.WORK, LocalDate.of(2025, 4, 30)),
                        sponsor(SPONSOR_B, SponsorRelation.WORK, LocalDate.of(2020, 1, 1))))
                .certificate(LocalDate.of(2021, 3, 1))
                .votes(5, 9)
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(
                        tuple("profile.birthDate", "MEM-ADMISSION-AGE", "17y11m"),
                        tuple("sponsors[0].since", "MEM-ADMISSION-SPONSORS", "11 months"),
                        tuple("sponsors", "MEM-ADMISSION-SPONSORS", "1 eligible"),
                        tuple("certificateIssued", "MEM-ADMISSION-CERTIFICATE", "2021-03-01"),
                        tuple("votesFor", "MEM-TWO-THIRDS", "5/9"));
        assertThat(e.getMessage()).startsWith("Admit rejected, 5 violations, nothing changed:");
        assertThat(world.chibo.members().find(ADMIN, CANDIDATE)).isEmpty();
    }

    @Test
    void aSecondAdmissionOfTheSameIdentityIsRefusedAsADuplicate() {
        world.run(admit(CANDIDATE).build());

        InvalidInputException e = world.refused(
                admit(CANDIDATE).considered(LocalDate.of(2024, 6, 3)).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("member", "MEM-DUPLICATE", CANDIDATE.toString()));
    }

    @Test
    void aDecisionDatedBeforeTheCellConsideredIsRefusedAsInvalidInput() {
        InvalidInputException e = world.refused(admit(CANDIDATE)
                .considered(CONSIDERED)
                .decided(CONSIDERED.minusDays(1))
                .build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "decided", "MEM-DATE-ORDER", "2024-03-03", "the decision precedes the cell's consideration"));
    }

    @Test
    void aCeremonyBeforeTheDecisionIsRefused() {
        InvalidInputException e =
                world.refused(admit(CANDIDATE).ceremony(CONSIDERED.minusDays(1)).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("ceremony", "MEM-DATE-ORDER", "2024-03-03"));
    }

    @Test
    void aCandidateMayNotBeAdmittedToACellDissolvedBeforeTheConsideration() {
        InvalidInputException e =
                world.refused(admit(CANDIDATE).cell(MemberTestData.KHU_PHO_9).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "cell",
                        "MEM-CELL",
                        MemberTestData.KHU_PHO_9 + " on 2024-03-04",
                        "the cell does not exist (not yet founded, or dissolved) on 2024-03-04"));
    }

    @Test
    void aCandidateMayNotBeAdmittedToAnOrganisationThatIsNotACell() {
        InvalidInputException e = world.refused(admit(CANDIDATE).cell(PHUONG_5).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "cell",
                        "MEM-CELL",
                        "Đảng bộ Phường 5 (GRASSROOTS_COMMITTEE)",
                        "members belong to a cell, not to a grassroots party committee"));
    }

    // ---------------------------------------------------------------- ceremony deadline

    @Test
    void aCeremonyOnThe30thWorkingDayAfterTheDecisionAcrossTetIsOnTime() {
        LocalDate decision = LocalDate.of(2026, 2, 2);

        MemberResult result = world.run(admit(CANDIDATE)
                .considered(decision)
                .ceremony(LocalDate.of(2026, 3, 23))
                .build());

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aCeremonyOnThe31stWorkingDayAfterTheDecisionAcrossTetGivesAWarningAndIsStillRecorded() {
        LocalDate decision = LocalDate.of(2026, 2, 2);
        LocalDate late = LocalDate.of(2026, 3, 24);

        MemberResult result =
                world.run(admit(CANDIDATE).considered(decision).ceremony(late).build());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MEM-CEREMONY-DEADLINE");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message().en())
                    .isEqualTo("The admission ceremony on 2026-03-24 is later than 30 working days after 2026-02-02"
                            + " (last day 2026-03-23)");
            assertThat(f.source())
                    .isEqualTo(RuleSource.of(
                            "QĐ 294-QĐ/TW (26/5/2025)", "item 4.1", Confidence.SOURCE_SEEN, "30 working days"));
            assertThat(f.policy()).isEqualTo(PolicyRef.of(MembershipPolicies.qd294()));
        });
        assertThat(result.hasWarnings()).isTrue();
        assertThat(world.history(CANDIDATE).lastMembership().orElseThrow().ceremony())
                .isEqualTo(late);
    }

    @Test
    void aCeremonyRecordedAfterTheAdmissionIsJudgedAgainstTheSameDeadline() {
        MemberId late = member(2);
        for (MemberId id : List.of(CANDIDATE, late)) {
            world.run(
                    admit(id).considered(LocalDate.of(2026, 2, 2)).noCeremony().build());
        }

        MemberResult onTime = world.run(holdCeremony(CANDIDATE, LocalDate.of(2026, 3, 23)));
        MemberResult tooLate = world.run(holdCeremony(late, LocalDate.of(2026, 3, 24)));

        assertThat(onTime.findings()).isEmpty();
        assertThat(tooLate.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("MEM-CEREMONY-DEADLINE", Severity.WARNING));
        assertThat(world.history(late).statusOn(LocalDate.of(2026, 3, 23))).isEmpty();
        assertThat(world.history(late).statusOn(LocalDate.of(2026, 3, 24))).contains(MembershipStatus.PROBATIONARY);
    }

    @Test
    void aSecondCeremonyIsRefused() {
        world.run(admit(CANDIDATE).build());

        InvalidInputException e = world.refused(holdCeremony(CANDIDATE, LocalDate.of(2024, 3, 25)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("member", "MEM-CEREMONY"));
    }

    // ---------------------------------------------------------------- no policy

    @Test
    void anAdmissionBeforeQd29GivesANoPolicyFindingAndIsStillRecorded() {
        MemberResult result = world.run(admit(CANDIDATE)
                .born(LocalDate.of(1970, 1, 10))
                .considered(LocalDate.of(2016, 7, 24))
                .votes(0, 9)
                .build());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Finding.NO_POLICY);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.producedBy()).isEmpty();
            assertThat(f.message().en()).isEqualTo("No member.membership policy applies on 2016-07-24.");
        });
        assertThat(world.history(CANDIDATE)
                        .lastMembership()
                        .orElseThrow()
                        .admission()
                        .effective())
                .isEqualTo(LocalDate.of(2016, 7, 24));
    }

    @Test
    void anAdmissionOnTheFirstDayOfQd29IsJudged() {
        InvalidInputException e = world.refused(admit(CANDIDATE)
                .born(LocalDate.of(1970, 1, 10))
                .considered(LocalDate.of(2016, 7, 25))
                .votes(0, 9)
                .build());

        assertThat(e.violations()).extracting(Violation::rule).containsExactly("MEM-TWO-THIRDS");
    }
}

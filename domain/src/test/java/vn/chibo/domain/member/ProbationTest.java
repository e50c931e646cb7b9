package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.member.MemberTestData.admit;
import static vn.chibo.domain.member.MemberTestData.member;
import static vn.chibo.domain.member.MemberTestData.recognize;
import static vn.chibo.domain.member.MemberTestData.refuseRecognition;
import static vn.chibo.domain.organization.OrganizationTestData.ADMIN;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;

/** Probation (dự bị) and recognition (công nhận đảng viên chính thức). */
class ProbationTest {
    private static final MemberId MEMBER = member(1);
    private static final LocalDate CEREMONY_2021 = LocalDate.of(2021, 3, 15);
    private static final LocalDate END_2022 = LocalDate.of(2022, 3, 15);
    private static final String PROBATION_SOURCE = "Điều lệ Đảng, Điều 5 khoản 1 [SOURCE_SEEN]";

    private final MemberTestData.World world = MemberTestData.world();

    @Test
    void aMemberAdmittedAtACeremonyOn15March2021IsProbationaryUntil14March2022AndAwaitsRecognitionOn15March() {
        world.admitted(MEMBER, LocalDate.of(2021, 3, 8), CEREMONY_2021);

        MemberHistory h = world.history(MEMBER);

        assertThat(h.statusOn(LocalDate.of(2021, 3, 14))).isEmpty();
        assertThat(h.statusOn(CEREMONY_2021)).contains(MembershipStatus.PROBATIONARY);
        assertThat(h.statusOn(LocalDate.of(2022, 3, 14))).contains(MembershipStatus.PROBATIONARY);
        assertThat(h.statusOn(END_2022)).contains(MembershipStatus.AWAITING_RECOGNITION);
        assertThat(h.lastMembership().flatMap(Membership::probationEnd)).contains(END_2022);
    }

    @Test
    void aMemberRecognisedOnTheDayProbationEndsIsFullFrom15March2022() {
        world.admitted(MEMBER, LocalDate.of(2021, 3, 8), CEREMONY_2021);

        MemberResult result = world.run(recognize(MEMBER, END_2022));

        MemberHistory h = world.history(MEMBER);
        assertThat(result.findings()).isEmpty();
        assertThat(result.facts())
                .containsExactly(new MemberFact.Recognized(
                        MEMBER,
                        END_2022,
                        END_2022,
                        new Recorded(MemberTestData.NOW, ADMIN.id(), "nghị quyết công nhận đảng viên chính thức")));
        assertThat(h.statusOn(LocalDate.of(2022, 3, 14))).contains(MembershipStatus.PROBATIONARY);
        assertThat(h.statusOn(END_2022)).contains(MembershipStatus.FULL);
        assertThat(h.statusOn(LocalDate.of(2026, 1, 1))).contains(MembershipStatus.FULL);
    }

    @Test
    void aCeremonyOn29February2024MakesTheMemberFullFrom28February2025() {
        world.admitted(MEMBER, LocalDate.of(2024, 2, 26), LocalDate.of(2024, 2, 29));

        InvalidInputException early = world.refused(recognize(MEMBER, LocalDate.of(2025, 2, 27)));
        world.run(recognize(MEMBER, LocalDate.of(2025, 2, 28)));

        MemberHistory h = world.history(MEMBER);
        assertThat(early.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("decided", "MEM-PROBATION", "2025-02-27"));
        assertThat(h.statusOn(LocalDate.of(2025, 2, 27))).contains(MembershipStatus.PROBATIONARY);
        assertThat(h.statusOn(LocalDate.of(2025, 2, 28))).contains(MembershipStatus.FULL);
    }

    @Test
    void aRecognitionDecidedBeforeProbationEndsIsRefusedNamingTheRuleAndItsSource() {
        world.admitted(MEMBER, LocalDate.of(2021, 3, 8), CEREMONY_2021);

        InvalidInputException e = world.refused(recognize(MEMBER, LocalDate.of(2022, 3, 14)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "decided",
                        "MEM-PROBATION",
                        "2022-03-14",
                        "the 12-month probation has not ended; it ends after 2022-03-14 — " + PROBATION_SOURCE));
        assertThat(e.getMessage())
                .startsWith("Recognize rejected, 1 violation, nothing changed:")
                .contains("decided [MEM-PROBATION] = 2022-03-14");
    }

    @Test
    void aSecondRecognitionIsRefused() {
        world.admitted(MEMBER, LocalDate.of(2021, 3, 8), CEREMONY_2021);
        world.run(recognize(MEMBER, END_2022));

        InvalidInputException e = world.refused(recognize(MEMBER, LocalDate.of(2022, 4, 1)));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple(
                        "member",
                        "MEM-PROBATION",
                        MEMBER.toString(),
                        "already recognised as a full member — " + PROBATION_SOURCE));
    }

    @Test
    void aRecognitionWithoutTwoThirdsOfTheFullMembersIsRefused() {
        world.admitted(MEMBER, LocalDate.of(2021, 3, 8), CEREMONY_2021);

        InvalidInputException e = world.refused(new MemberCommand.Recognize(MEMBER, END_2022, 1, 3, "nghị quyết"));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("votesFor", "MEM-TWO-THIRDS", "1/3"));
    }

    @Test
    void aRecognitionOnThe30thWorkingDayAfterProbationIsOnTimeAndOnThe31stIsLate() {
        MemberId late = member(2);
        world.admitted(MEMBER, LocalDate.of(2021, 3, 8), CEREMONY_2021);
        world.admitted(late, LocalDate.of(2021, 3, 8), CEREMONY_2021);

        MemberResult onTime = world.run(recognize(MEMBER, LocalDate.of(2022, 4, 27)));
        MemberResult tooLate = world.run(recognize(late, LocalDate.of(2022, 4, 28)));

        assertThat(onTime.findings()).isEmpty();
        assertThat(tooLate.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MEM-RECOGNITION-DEADLINE");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message().en())
                    .isEqualTo("The recognition on 2022-04-28 is later than 30 working days after 2022-03-15"
                            + " (last day 2022-04-27)");
            assertThat(f.source())
                    .isEqualTo(RuleSource.of(
                            "QĐ 24-QĐ/TW (30/7/2021)", "item 4.2", Confidence.SOURCE_SEEN, "30 working days"));
            assertThat(f.policy()).isEqualTo(PolicyRef.of(MembershipPolicies.qd24()));
        });
        assertThat(world.history(late).statusOn(END_2022)).contains(MembershipStatus.FULL);
    }

    @Test
    void aRecognitionDecidedThreeMonthsLateIsFullFromTheEndOfProbationButWasNotKnownSoBefore() {
        Instant admittedAt = Instant.parse("2021-03-08T03:00:00Z");
        Instant recognisedAt = Instant.parse("2022-06-15T03:00:00Z");
        world.at(admittedAt).admitted(MEMBER, LocalDate.of(2021, 3, 8), CEREMONY_2021);

        MemberResult result = world.at(recognisedAt).run(recognize(MEMBER, LocalDate.of(2022, 6, 15)));

        MemberHistory now = world.history(MEMBER);
        MemberHistory before = now.knownAt(recognisedAt.minusSeconds(1));
        LocalDate june1 = LocalDate.of(2022, 6, 1);
        assertThat(result.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("MEM-RECOGNITION-DEADLINE", Severity.WARNING));
        assertThat(now.statusOn(END_2022)).contains(MembershipStatus.FULL);
        assertThat(now.statusOn(june1)).contains(MembershipStatus.FULL);
        assertThat(now.lastMembership().orElseThrow().recognitionDecided()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(before.statusOn(june1)).contains(MembershipStatus.AWAITING_RECOGNITION);
        assertThat(before.version()).isEqualTo(now.version() - 1);
        assertThat(now.knownAt(admittedAt.minusSeconds(1)).statusOn(june1)).isEmpty();
    }

    @Test
    void aRefusedRecognitionRemovesTheMemberFromTheDayOfTheDecision() {
        world.admitted(MEMBER, LocalDate.of(2021, 3, 8), CEREMONY_2021);

        world.run(refuseRecognition(MEMBER, LocalDate.of(2022, 3, 20)));

        MemberHistory h = world.history(MEMBER);
        assertThat(h.statusOn(LocalDate.of(2022, 3, 19))).contains(MembershipStatus.AWAITING_RECOGNITION);
        assertThat(h.statusOn(LocalDate.of(2022, 3, 20))).isEmpty();
        assertThat(h.statusOn(LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(h.lastMembership().orElseThrow().ended()).isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(h.facts().get(h.facts().size() - 1))
                .isInstanceOfSatisfying(
                        MemberFact.Removed.class,
                        r -> assertThat(r.ground()).isEqualTo(RemovalGround.RECOGNITION_REFUSED));
        assertThat(h.partyAgeStart()).isEmpty();
    }

    @Test
    void recognitionMayNotBeRefusedBeforeProbationEndsNorDecidedAfterARefusal() {
        world.admitted(MEMBER, LocalDate.of(2021, 3, 8), CEREMONY_2021);

        InvalidInputException early = world.refused(refuseRecognition(MEMBER, LocalDate.of(2022, 3, 14)));
        world.run(refuseRecognition(MEMBER, END_2022));
        InvalidInputException afterwards = world.refused(recognize(MEMBER, LocalDate.of(2022, 3, 16)));

        assertThat(early.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("decided", "MEM-PROBATION", "2022-03-14"));
        assertThat(afterwards.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("member", "MEM-NOT-MEMBER", MEMBER.toString()));
    }

    @Test
    void aProbationaryOrAwaitingMemberDoesNotVoteAndAFullMemberDoes() {
        assertThat(MembershipStatus.PROBATIONARY.votes()).isFalse();
        assertThat(MembershipStatus.AWAITING_RECOGNITION.votes()).isFalse();
        assertThat(MembershipStatus.FULL.votes()).isTrue();
    }

    @Test
    void anUnknownMemberCannotBeRecognised() {
        InvalidInputException e = world.refused(recognize(member(77), END_2022));

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("member", "MEM-UNKNOWN"));
        assertThat(world.chibo.members().find(ADMIN, member(77))).isEmpty();
    }

    @Test
    void aCandidateWhoseCeremonyIsNotYetHeldIsNotAMember() {
        world.run(
                admit(MEMBER).considered(LocalDate.of(2024, 3, 4)).noCeremony().build());

        MemberHistory h = world.history(MEMBER);

        assertThat(h.statusOn(LocalDate.of(2024, 3, 4))).isEmpty();
        assertThat(h.statusOn(LocalDate.of(2025, 3, 4))).isEmpty();
        assertThat(h.memberships())
                .singleElement()
                .satisfies(m -> assertThat(m.span()).isEmpty());
    }
}

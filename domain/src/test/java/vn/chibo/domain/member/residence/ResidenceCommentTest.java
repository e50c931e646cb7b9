package vn.chibo.domain.member.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.member.residence.ResidenceFixture.ADMIN;
import static vn.chibo.domain.member.residence.ResidenceFixture.WARD_5;
import static vn.chibo.domain.member.residence.ResidenceFixture.comment;
import static vn.chibo.domain.member.residence.ResidenceFixture.id;
import static vn.chibo.domain.member.residence.ResidenceFixture.pathsAndRules;
import static vn.chibo.domain.member.residence.ResidenceFixture.register;
import static vn.chibo.domain.member.residence.ResidenceFixture.subject;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_1;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.Severity;

/**
 * The yearly joint comment of 2023, whose deadline is 15/11/2023: An and Bình registered in
 * Phường 5 since 2022, Cường too but a student away (exempt), Dũng registered after the deadline,
 * Em in another ward.
 */
class ResidenceCommentTest {
    private static final LocalDate SINCE_2022 = LocalDate.of(2022, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2023, 11, 15);
    private static final Year Y2023 = Year.of(2023);

    private final ResidenceFixture fx = new ResidenceFixture();

    @BeforeEach
    void registerTheWard() {
        fx.chibo
                .residences()
                .executeAll(
                        ADMIN,
                        List.of(
                                register("An", KHU_PHO_3, SINCE_2022.minusDays(5), SINCE_2022),
                                register("Bình", KHU_PHO_7, SINCE_2022.minusDays(5), SINCE_2022),
                                register(
                                        "Cường",
                                        KHU_PHO_3,
                                        SINCE_2022.minusDays(5),
                                        SINCE_2022,
                                        ExemptionCategory.STUDENT_AWAY),
                                register("Dũng", KHU_PHO_3, DEADLINE.minusDays(5), DEADLINE.plusDays(1)),
                                register("Em", KHU_PHO_1, SINCE_2022.minusDays(5), SINCE_2022)));
    }

    private List<String> missingAsOf(LocalDate asOf) {
        return fx.chibo.residences().missingComments(WARD_5, PHUONG_5, Y2023, asOf).stream()
                .map(Finding::subject)
                .toList();
    }

    @Test
    void nothingIsMissingOnTheDeadlineItself() {
        assertThat(missingAsOf(DEADLINE)).isEmpty();
    }

    @Test
    void theDayAfterTheDeadlineEveryoneDueWithoutACommentIsFoundWithTheRuleSource() {
        List<Finding> missing = fx.chibo.residences().missingComments(WARD_5, PHUONG_5, Y2023, DEADLINE.plusDays(1));

        assertThat(missing).extracting(Finding::subject).containsExactly(subject("An"), subject("Bình"));
        Finding an = missing.get(0);
        assertThat(an.code()).isEqualTo(ResidencePolicy.JOINT_COMMENT);
        assertThat(an.severity()).isEqualTo(Severity.WARNING);
        assertThat(an.source().document()).isEqualTo("QĐ 213-QĐ/TW (02/01/2020)");
        assertThat(an.source().article()).isEqualTo("Điều 4");
        assertThat(an.source().confidence()).isEqualTo(Confidence.SOURCE_SEEN);
        assertThat(an.message().en())
                .isEqualTo("No joint comment of the residential cell committee and the Front work committee on 2023"
                        + " (deadline 2023-11-15, as of 2023-11-16)");
    }

    @Test
    void aCommentOnTimeIsPresentAndALateOneCountsFromItsReplyWithAFinding() {
        ResidenceResult onTime = fx.chibo
                .residences()
                .execute(WARD_5, comment("An", 2023, LocalDate.of(2023, 11, 10), CommentVerdict.FULFILS));
        ResidenceResult late = fx.chibo
                .residences()
                .execute(WARD_5, comment("Bình", 2023, LocalDate.of(2023, 11, 20), CommentVerdict.FULFILS));

        assertThat(onTime.findings()).isEmpty();
        assertThat(late.findings()).hasSize(1);
        assertThat(late.findings().get(0).code()).isEqualTo(ResidencePolicy.COMMENT_DEADLINE);
        assertThat(late.findings().get(0).source().confidence()).isEqualTo(Confidence.RECALLED);
        assertThat(late.findings().get(0).message().en())
                .isEqualTo("The comment on 2023 was given on 2023-11-20, after the deadline 2023-11-15");
        assertThat(missingAsOf(LocalDate.of(2023, 11, 19))).containsExactly(subject("Bình"));
        assertThat(missingAsOf(LocalDate.of(2023, 11, 20))).isEmpty();
    }

    @Test
    void theCommentKeepsTheCellTheFrontWorkCommitteeTheDatesAndTheChannel() {
        fx.chibo
                .residences()
                .execute(
                        WARD_5,
                        new ResidenceCommand.RecordComment(
                                id("An"),
                                Y2023,
                                " Ban công tác Mặt trận khu phố 3 ",
                                "Chấp hành tốt quy định nơi cư trú.",
                                CommentVerdict.FULFILS,
                                LocalDate.of(2023, 10, 2),
                                LocalDate.of(2023, 10, 20),
                                CommentChannel.NATIONAL_PUBLIC_SERVICE_PORTAL,
                                "cổng dịch vụ công"));

        ResidenceFact.CommentGiven c = fx.liaisons
                .find(ADMIN, id("An"))
                .orElseThrow()
                .commentFor(Y2023)
                .orElseThrow();
        assertThat(c.residentialCell()).isEqualTo(KHU_PHO_3);
        assertThat(c.frontWorkCommittee()).isEqualTo("Ban công tác Mặt trận khu phố 3");
        assertThat(c.requested()).isEqualTo(LocalDate.of(2023, 10, 2));
        assertThat(c.replied()).isEqualTo(LocalDate.of(2023, 10, 20));
        assertThat(c.channel()).isEqualTo(CommentChannel.NATIONAL_PUBLIC_SERVICE_PORTAL);
        assertThat(fx.liaisons.find(ADMIN, id("An")).orElseThrow().commentFor(Y2023, LocalDate.of(2023, 10, 19)))
                .isEmpty();
    }

    @Test
    void aNegativeCommentTellsTheWorkplaceNotToRateAboveCompleted() {
        ResidenceResult result = fx.chibo
                .residences()
                .execute(WARD_5, comment("An", 2023, LocalDate.of(2023, 11, 10), CommentVerdict.DOES_NOT_FULFIL));

        assertThat(result.findings()).extracting(Finding::code).containsExactly(ResidencePolicy.RATING_CAP);
        assertThat(result.findings().get(0).source().confidence()).isEqualTo(Confidence.OPEN_QUESTION);
        assertThat(result.findings().get(0).message().en())
                .isEqualTo("The residence says the member does not fulfil the residence duties in 2023: the workplace"
                        + " should not rate them good or above");
    }

    @Test
    void aCommentForAYearBeforeTheRegistrationIsRefused() {
        InvalidInputException e = fx.refused(() -> fx.chibo
                .residences()
                .execute(WARD_5, comment("An", 2021, LocalDate.of(2021, 11, 10), CommentVerdict.FULFILS)));

        assertThat(pathsAndRules(e)).containsExactly("year " + ResidencePlanner.COMMENT_YEAR);
        assertThat(e.violations().get(0).message())
                .isEqualTo("the year 2021 is before the registration at the residence (2022-03-01)");
    }

    @Test
    void aCommentForAYearAfterTheEndIsRefusedButTheLastYearRegisteredIsNot() {
        fx.chibo
                .residences()
                .execute(WARD_5, ResidenceFixture.end("An", LocalDate.of(2023, 1, 1), EndReason.MOVED_AWAY));

        InvalidInputException e = fx.refused(() -> fx.chibo
                .residences()
                .execute(WARD_5, comment("An", 2023, LocalDate.of(2023, 11, 10), CommentVerdict.FULFILS)));
        assertThat(pathsAndRules(e)).containsExactly("year " + ResidencePlanner.COMMENT_YEAR);
        assertThat(e.violations().get(0).message())
                .isEqualTo("the member was not registered on any day of 2023 (ended)");

        fx.chibo.residences().execute(WARD_5, comment("An", 2022, LocalDate.of(2023, 1, 10), CommentVerdict.FULFILS));
        assertThat(fx.liaisons.find(ADMIN, id("An")).orElseThrow().commentFor(Year.of(2022)))
                .isPresent();
    }

    @Test
    void twoCommentsForOneYearAreRefused() {
        fx.chibo.residences().execute(WARD_5, comment("An", 2023, LocalDate.of(2023, 11, 10), CommentVerdict.FULFILS));

        InvalidInputException e = fx.refused(() -> fx.chibo
                .residences()
                .execute(WARD_5, comment("An", 2023, LocalDate.of(2023, 11, 12), CommentVerdict.DOES_NOT_FULFIL)));

        assertThat(pathsAndRules(e)).containsExactly("year " + ResidencePlanner.COMMENT_TWICE);
        assertThat(e.violations().get(0).message()).isEqualTo("the comment on 2023 was already given on 2023-11-10");
    }

    @Test
    void theHistoryListsTheYearsWhoseCommentIsDueAndMissing() {
        fx.chibo.residences().execute(WARD_5, comment("An", 2022, LocalDate.of(2022, 11, 1), CommentVerdict.FULFILS));

        ResidenceLiaisonHistory an = fx.liaisons.find(ADMIN, id("An")).orElseThrow();
        ResidenceLiaisonHistory cuong = fx.liaisons.find(ADMIN, id("Cường")).orElseThrow();
        ResidenceLiaisonHistory dung = fx.liaisons.find(ADMIN, id("Dũng")).orElseThrow();
        MonthDay deadline = MonthDay.of(11, 15);

        assertThat(an.missingComments(Year.of(2024), deadline)).containsExactly(Year.of(2023), Year.of(2024));
        assertThat(cuong.missingComments(Year.of(2024), deadline)).isEmpty();
        assertThat(dung.commentDue(Y2023, deadline)).isFalse();
        assertThat(dung.missingComments(Year.of(2024), deadline)).containsExactly(Year.of(2024));
    }

    @Test
    void aYearBeforeQd213HasNoPolicyToJudgeMissingComments() {
        List<Finding> findings =
                fx.chibo.residences().missingComments(WARD_5, PHUONG_5, Year.of(2019), LocalDate.of(2020, 3, 1));

        assertThat(findings).extracting(Finding::code).containsExactly(Finding.NO_POLICY);
    }
}

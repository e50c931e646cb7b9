package vn.chibo.domain.member.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.member.residence.ResidenceFixture.ADMIN;
import static vn.chibo.domain.member.residence.ResidenceFixture.WARD_5;
import static vn.chibo.domain.member.residence.ResidenceFixture.id;
import static vn.chibo.domain.member.residence.ResidenceFixture.meeting;
import static vn.chibo.domain.member.residence.ResidenceFixture.pathsAndRules;
import static vn.chibo.domain.member.residence.ResidenceFixture.register;
import static vn.chibo.domain.member.residence.ResidenceFixture.subject;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_1;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;
import static vn.chibo.domain.organization.OrganizationTestData.PHUONG_5;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.rule.Confidence;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.Severity;

/**
 * The 6-monthly meetings of 2023 in Phường 5, held on 20/5 and 20/11: An came in May and was excused
 * in November, Bình came in May only, Cường is a student away (exempt), Dũng registered in August
 * and missed November without reason, Em lives in another ward.
 */
class ResidenceMeetingTest {
    private static final LocalDate SINCE_2022 = LocalDate.of(2022, 3, 1);
    private static final LocalDate MAY = LocalDate.of(2023, 5, 20);
    private static final LocalDate NOVEMBER = LocalDate.of(2023, 11, 20);
    private static final Year Y2023 = Year.of(2023);

    private final ResidenceFixture fx = new ResidenceFixture();

    @BeforeEach
    void registerAndMeet() {
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
                                register("Dũng", KHU_PHO_3, LocalDate.of(2023, 8, 1), LocalDate.of(2023, 8, 10)),
                                register("Em", KHU_PHO_1, SINCE_2022.minusDays(5), SINCE_2022),
                                meeting("An", MAY, MeetingPresence.PRESENT, null),
                                meeting("An", NOVEMBER, MeetingPresence.EXCUSED, "ốm nằm viện"),
                                meeting("Bình", MAY, MeetingPresence.PRESENT, null),
                                meeting("Dũng", NOVEMBER, MeetingPresence.ABSENT, null),
                                meeting("Em", MAY, MeetingPresence.PRESENT, null)));
    }

    @Test
    void theYearHasTwoPeriodsOfSixMonths() {
        AttendanceReport report = fx.chibo.residences().attendance(WARD_5, PHUONG_5, Y2023, LocalDate.of(2024, 1, 1));

        assertThat(report.periods())
                .containsExactly(
                        DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1)),
                        DateRange.of(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void eachServingMemberOfTheWardHasAStatusPerHalfYear() {
        AttendanceReport report = fx.chibo.residences().attendance(WARD_5, PHUONG_5, Y2023, LocalDate.of(2024, 1, 1));

        assertThat(report.rows())
                .extracting(AttendanceReport.Row::fullName, AttendanceReport.Row::statuses)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(
                                "An", List.of(AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED)),
                        org.assertj.core.api.Assertions.tuple(
                                "Bình", List.of(AttendanceStatus.PRESENT, AttendanceStatus.NO_RECORD)),
                        org.assertj.core.api.Assertions.tuple(
                                "Dũng", List.of(AttendanceStatus.NOT_EXPECTED, AttendanceStatus.ABSENT)));
        assertThat(report.count(0, AttendanceStatus.PRESENT)).isEqualTo(2);
        assertThat(report.count(1, AttendanceStatus.EXCUSED)).isEqualTo(1);
        assertThat(report.count(1, AttendanceStatus.ABSENT)).isEqualTo(1);
        assertThat(report.count(1, AttendanceStatus.NO_RECORD)).isEqualTo(1);
        assertThat(report.row(id("An")).orElseThrow().meetings())
                .extracting(ResidenceFact.MeetingRecorded::excuse)
                .containsExactly("", "ốm nằm viện");
    }

    @Test
    void aHalfYearOverWithNothingRecordedGivesAFindingWithTheRuleSource() {
        AttendanceReport report = fx.chibo.residences().attendance(WARD_5, PHUONG_5, Y2023, LocalDate.of(2024, 1, 1));

        assertThat(report.findings()).hasSize(1);
        Finding f = report.findings().get(0);
        assertThat(f.code()).isEqualTo(ResidencePolicy.MEETINGS);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject()).isEqualTo(subject("Bình"));
        assertThat(f.source().article()).isEqualTo("Điều 4");
        assertThat(f.source().confidence()).isEqualTo(Confidence.SOURCE_SEEN);
        assertThat(f.message().en())
                .isEqualTo("Nothing recorded of the periodic meeting with serving members from 2023-07-01 to"
                        + " 2023-12-31");
    }

    @Test
    void aHalfYearNotYetOverGivesNoFindingAndLaterAnswersAreNotYetKnown() {
        AttendanceReport lastDay =
                fx.chibo.residences().attendance(WARD_5, PHUONG_5, Y2023, LocalDate.of(2023, 12, 31));
        AttendanceReport september =
                fx.chibo.residences().attendance(WARD_5, PHUONG_5, Y2023, LocalDate.of(2023, 9, 1));

        assertThat(lastDay.findings()).isEmpty();
        assertThat(september.row(id("An")).orElseThrow().statuses())
                .containsExactly(AttendanceStatus.PRESENT, AttendanceStatus.NO_RECORD);
        assertThat(september.row(id("Dũng")).orElseThrow().statuses())
                .containsExactly(AttendanceStatus.NOT_EXPECTED, AttendanceStatus.NO_RECORD);
    }

    @Test
    void aMeetingBeforeTheRegistrationOrAfterTheEndIsRefused() {
        fx.chibo
                .residences()
                .execute(WARD_5, ResidenceFixture.end("An", LocalDate.of(2024, 1, 1), EndReason.LEFT_WORKPLACE));

        InvalidInputException before = fx.refused(() -> fx.chibo
                .residences()
                .execute(WARD_5, meeting("An", SINCE_2022.minusDays(1), MeetingPresence.PRESENT, null)));
        InvalidInputException after = fx.refused(() -> fx.chibo
                .residences()
                .execute(WARD_5, meeting("An", LocalDate.of(2024, 1, 1), MeetingPresence.PRESENT, null)));

        assertThat(pathsAndRules(before)).containsExactly("held " + ResidencePlanner.NOT_ACTIVE);
        assertThat(before.violations().get(0).message()).isEqualTo("not registered with a residence on 2022-02-28");
        assertThat(pathsAndRules(after)).containsExactly("held " + ResidencePlanner.NOT_ACTIVE);
        fx.chibo.residences().execute(WARD_5, meeting("An", LocalDate.of(2023, 12, 31), MeetingPresence.PRESENT, null));
    }

    @Test
    void anExcusedAbsenceNeedsItsReasonAndOneMeetingIsAnsweredOnce() {
        InvalidInputException noReason = fx.refused(
                () -> fx.chibo.residences().execute(WARD_5, meeting("Bình", NOVEMBER, MeetingPresence.EXCUSED, "  ")));
        InvalidInputException twice = fx.refused(
                () -> fx.chibo.residences().execute(WARD_5, meeting("Bình", MAY, MeetingPresence.ABSENT, null)));

        assertThat(pathsAndRules(noReason)).containsExactly("excuse " + ResidencePlanner.EXCUSE);
        assertThat(pathsAndRules(twice)).containsExactly("held " + ResidencePlanner.MEETING_TWICE);
    }

    @Test
    void theHistoryListsTheMeetingsOfAYear() {
        ResidenceLiaisonHistory an = fx.liaisons.find(ADMIN, id("An")).orElseThrow();

        assertThat(an.meetingsIn(Y2023))
                .extracting(ResidenceFact.MeetingRecorded::effective, ResidenceFact.MeetingRecorded::presence)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(MAY, MeetingPresence.PRESENT),
                        org.assertj.core.api.Assertions.tuple(NOVEMBER, MeetingPresence.EXCUSED));
        assertThat(an.meetingsIn(Year.of(2022))).isEmpty();
    }
}

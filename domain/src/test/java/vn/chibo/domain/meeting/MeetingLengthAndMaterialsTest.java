package vn.chibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.meeting.MeetingTestData.KHU_PHO_3;
import static vn.chibo.domain.meeting.MeetingTestData.codes;
import static vn.chibo.domain.meeting.MeetingTestData.pathsAndRules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;

/**
 * The length of a regular meeting (at least 90 minutes, 120 combined with a thematic one) and,
 * from HD 42-HD/BTCTW (28/10/2025), materials posted at least one day ahead (rules.md §3.2–3.3,
 * rules-2.md §G2).
 */
class MeetingLengthAndMaterialsTest {
    private static final LocalDate HD12_DAY = LocalDate.of(2024, 3, 25);
    private static final LocalDate HD42_DAY = LocalDate.of(2025, 12, 25);

    private final MeetingTestData data = new MeetingTestData();

    @BeforeEach
    void fiveMembers() {
        data.full(MeetingTestData.names("Đảng viên", 5));
    }

    @Test
    void aRegularMeetingOfEightyNineMinutesIsTooShort() {
        List<Finding> findings = data.record(data.meeting(HD12_DAY).minutes(89).build());

        assertThat(codes(findings)).containsExactly(MeetingPolicy.DURATION);
        assertThat(findings.get(0).message(Label.VIETNAMESE)).isEqualTo("Họp 89 phút, tối thiểu 90 phút.");
        assertThat(findings.get(0).message(Locale.ENGLISH))
                .isEqualTo("The meeting lasted 89 minutes; at least 90 are required.");
        assertThat(findings.get(0).source().article()).isEqualTo("II.3.3");
    }

    @Test
    void aRegularMeetingOfNinetyMinutesIsLongEnough() {
        assertThat(data.record(data.meeting(HD12_DAY).minutes(90).build())).isEmpty();
    }

    @Test
    void aCombinedMeetingOfOneHundredNineteenMinutesIsTooShort() {
        List<Finding> findings =
                data.record(data.meeting(HD12_DAY).alsoThematic().minutes(119).build());

        assertThat(codes(findings)).containsExactly(MeetingPolicy.DURATION);
        assertThat(findings.get(0).message(Locale.ENGLISH))
                .isEqualTo("The meeting lasted 119 minutes; at least 120 are required.");
    }

    @Test
    void aCombinedMeetingOfOneHundredTwentyMinutesIsLongEnough() {
        assertThat(data.record(
                        data.meeting(HD12_DAY).alsoThematic().minutes(120).build()))
                .isEmpty();
    }

    @Test
    void aCombinedMeetingOfNinetyMinutesIsTooShortThoughARegularOneWouldNotBe() {
        assertThat(codes(data.record(
                        data.meeting(HD12_DAY).alsoThematic().minutes(90).build())))
                .containsExactly(MeetingPolicy.DURATION);
    }

    @Test
    void underHd12MaterialsNeedNotBePostedAhead() {
        assertThat(data.record(data.meeting(HD12_DAY).materialsPublished(null).build()))
                .isEmpty();
        assertThat(data.record(data.meeting(HD12_DAY.plusDays(1))
                        .materialsPublished(HD12_DAY.plusDays(1))
                        .build()))
                .isEmpty();
    }

    @Test
    void underHd42MaterialsPostedOnTheDayOfTheMeetingAreAFinding() {
        List<Finding> findings =
                data.record(data.meeting(HD42_DAY).materialsPublished(HD42_DAY).build());

        assertThat(codes(findings)).containsExactly(MeetingPolicy.MATERIALS);
        Finding f = findings.get(0);
        assertThat(f.message(Label.VIETNAMESE)).isEqualTo("Tài liệu không đăng trước ít nhất 1 ngày (2025-12-25).");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("Materials not posted at least 1 day ahead (2025-12-25).");
        assertThat(f.source().document()).isEqualTo("HD 42-HD/BTCTW (28/10/2025)");
        assertThat(f.policy()).isEqualTo(PolicyRef.of(MeetingPolicies.hd42()));
    }

    @Test
    void underHd42MaterialsPostedTheDayBeforeAreInTime() {
        assertThat(data.record(data.meeting(HD42_DAY)
                        .materialsPublished(HD42_DAY.minusDays(1))
                        .build()))
                .isEmpty();
    }

    @Test
    void underHd42MaterialsNotRecordedAreAFinding() {
        List<Finding> findings =
                data.record(data.meeting(HD42_DAY).materialsPublished(null).build());

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.message(Locale.ENGLISH))
                        .isEqualTo("Materials not posted at least 1 day ahead (not recorded)."));
    }

    @Test
    void underHd42AThematicMeetingPostsItsMaterialsAheadToo() {
        assertThat(codes(data.record(data.meeting(KHU_PHO_3, MeetingKind.THEMATIC, HD42_DAY)
                        .materialsPublished(HD42_DAY)
                        .build())))
                .containsExactly(MeetingPolicy.MATERIALS);
    }

    @Test
    void materialsDatedAfterTheMeetingAreRefused() {
        Meeting m =
                data.meeting(HD42_DAY).materialsPublished(HD42_DAY.plusDays(1)).build();

        assertThat(pathsAndRules(data.refused(m.id(), () -> data.record(m))))
                .containsExactly("materialsPublished " + MeetingPlanner.FIELD);
    }
}

package vn.chibo.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Label;

class GradeTest {
    @Test
    void theFourGradesHaveTheirAbbreviationsBestFirst() {
        assertThat(Arrays.stream(Grade.values()).map(Grade::abbreviation))
                .containsExactly("HTXSNV", "HTTNV", "HTNV", "KHTNV");
    }

    @Test
    void eachGradeHasItsVietnameseAndEnglishLabel() {
        assertThat(Grade.EXCELLENT.label(Label.VIETNAMESE)).isEqualTo("hoàn thành xuất sắc nhiệm vụ");
        assertThat(Grade.GOOD.label(Label.VIETNAMESE)).isEqualTo("hoàn thành tốt nhiệm vụ");
        assertThat(Grade.COMPLETED.label(Label.VIETNAMESE)).isEqualTo("hoàn thành nhiệm vụ");
        assertThat(Grade.NOT_COMPLETED.label(Label.VIETNAMESE)).isEqualTo("không hoàn thành nhiệm vụ");
        assertThat(Grade.EXCELLENT.label(Locale.ENGLISH)).isEqualTo("completed tasks excellently");
        assertThat(Grade.GOOD.label(Locale.ENGLISH)).isEqualTo("completed tasks well");
        assertThat(Grade.COMPLETED.label(Locale.ENGLISH)).isEqualTo("completed tasks");
        assertThat(Grade.NOT_COMPLETED.label(Locale.ENGLISH)).isEqualTo("did not complete tasks");
    }

    @Test
    void atLeastComparesBestFirstAndIncludesTheGradeItself() {
        assertThat(Grade.EXCELLENT.atLeast(Grade.GOOD)).isTrue();
        assertThat(Grade.GOOD.atLeast(Grade.GOOD)).isTrue();
        assertThat(Grade.COMPLETED.atLeast(Grade.GOOD)).isFalse();
        assertThat(Grade.NOT_COMPLETED.atLeast(Grade.COMPLETED)).isFalse();
    }

    @Test
    void atMostGivesTheLowerOfTheTwo() {
        assertThat(Grade.EXCELLENT.atMost(Grade.COMPLETED)).isEqualTo(Grade.COMPLETED);
        assertThat(Grade.COMPLETED.atMost(Grade.GOOD)).isEqualTo(Grade.COMPLETED);
        assertThat(Grade.GOOD.atMost(Grade.GOOD)).isEqualTo(Grade.GOOD);
        assertThat(Grade.GOOD.atMost(Grade.NOT_COMPLETED)).isEqualTo(Grade.NOT_COMPLETED);
    }

    @Test
    void thePre2018OrganisationWordingMapsOntoTheFourGrades() {
        assertThat(Grade.fromLegacyWording("yếu kém")).contains(Grade.NOT_COMPLETED);
        assertThat(Grade.fromLegacyWording(" Yếu kém ")).contains(Grade.NOT_COMPLETED);
        assertThat(Grade.fromLegacyWording("trong sạch, vững mạnh")).contains(Grade.EXCELLENT);
        assertThat(Grade.fromLegacyWording("hoàn thành tốt nhiệm vụ")).contains(Grade.GOOD);
        assertThat(Grade.fromLegacyWording("hoàn thành nhiệm vụ")).contains(Grade.COMPLETED);
        assertThat(Grade.fromLegacyWording("HTNV")).contains(Grade.COMPLETED);
        assertThat(Grade.fromLegacyWording("khá")).isEmpty();
    }
}

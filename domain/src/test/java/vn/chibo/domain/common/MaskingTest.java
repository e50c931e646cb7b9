package vn.chibo.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MaskingTest {
    @Test
    void aMaskedValueShowsNothingOfItself() {
        assertThat(Masking.mask("045203001234")).isEqualTo("***");
        assertThat(Masking.mask(LocalDate.of(1990, 5, 17))).isEqualTo("***");
        assertThat(Masking.mask(null)).isEqualTo("null");
    }

    @Test
    void keepingTheLastCharactersShowsOnlyThose() {
        assertThat(Masking.maskKeepingLast("045203001234", 4)).isEqualTo("***1234");
        assertThat(Masking.maskKeepingLast("123456789", 4)).isEqualTo("***6789");
        assertThat(Masking.maskKeepingLast(null, 4)).isEqualTo("null");
    }

    @Test
    void aValueOfAtMostTwiceTheVisibleLengthIsMaskedFully() {
        assertThat(Masking.maskKeepingLast("12345678", 4)).isEqualTo("***");
        assertThat(Masking.maskKeepingLast("", 4)).isEqualTo("***");
    }
}

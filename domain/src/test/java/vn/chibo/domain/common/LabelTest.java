package vn.chibo.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelTest {
    private final Label cell = Label.of("Chi bộ", "party cell");

    @Test
    void vietnameseIsTheTextForVietnameseAndEveryLocaleThatIsNotEnglish() {
        assertThat(cell.in(Label.VIETNAMESE)).isEqualTo("Chi bộ");
        assertThat(cell.in(Locale.forLanguageTag("vi"))).isEqualTo("Chi bộ");
        assertThat(cell.in(Locale.FRENCH)).isEqualTo("Chi bộ");
        assertThat(cell.in(Locale.ROOT)).isEqualTo("Chi bộ");
        assertThat(cell).hasToString("Chi bộ");
    }

    @Test
    void englishIsTheTextForEveryEnglishLocale() {
        assertThat(cell.in(Locale.ENGLISH)).isEqualTo("party cell");
        assertThat(cell.in(Locale.US)).isEqualTo("party cell");
        assertThat(cell.in(Locale.forLanguageTag("en-GB"))).isEqualTo("party cell");
    }

    @Test
    void aLabelNeedsBothTexts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Label.of(" ", "party cell"));
        assertThatIllegalArgumentException().isThrownBy(() -> Label.of("Chi bộ", ""));
    }
}

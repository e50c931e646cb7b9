package vn.chibo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.port.BulkProgress.BulkPhase;

class ProgressBarTest {
    private final AtomicLong now = new AtomicLong();
    private final StringWriter text = new StringWriter();

    private ProgressBar bar(Locale locale, boolean interactive) {
        return new ProgressBar(new PrintWriter(text), locale, interactive, now::get);
    }

    @Test
    void showsTheShareTheRateAndTheTimeLeftFromHowFarTheSourceHasCome() {
        ProgressBar bar = bar(Label.VIETNAMESE, true);
        now.set(10_000_000_000L);
        bar.reached(BulkPhase.READING, 2_500, 9_000);
        bar.advance(25, 100);

        assertThat(bar.line(now.get()))
                .isEqualTo("Đọc [#######---------------------] 25 %  2.500 bản ghi  250/giây  còn 0:30");
    }

    @Test
    void speaksEnglishWithEnglishNumbers() {
        ProgressBar bar = bar(Locale.ENGLISH, true);
        now.set(2_000_000_000L);
        bar.reached(BulkPhase.READING, 12_000, 40_000);
        bar.advance(1, 2);

        assertThat(bar.line(now.get()))
                .isEqualTo("Reading [##############--------------] 50%  12,000 records  6,000/s  0:02 left");
    }

    @Test
    void withoutATerminalWritesTheFirstStateAndALineAtTheEndOfEachPhaseWithTheTotalTime() {
        ProgressBar bar = bar(Locale.ENGLISH, false);
        now.set(1_000_000_000L);
        bar.reached(BulkPhase.READING, 10, 10);
        now.set(65_000_000_000L);
        bar.reached(BulkPhase.CHECKING, 20, 20);
        bar.reached(BulkPhase.WRITING, 20, 20);
        bar.reached(BulkPhase.DONE, 20, 20);

        assertThat(text.toString().lines())
                .containsExactly(
                        "Reading  10 records  10/s",
                        "Reading  10 records  0/s",
                        "Checking  20 records",
                        "Writing  20 records",
                        "Done  20 records in 1:05");
    }
}

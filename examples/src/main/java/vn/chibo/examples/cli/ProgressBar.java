package vn.chibo.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.port.BulkProgress;

/**
 * A progress bar on the error stream for a long operation: the phase, a bar and the share done
 * when the total is known, how many records so far, the rate and the time left. Driven by a {@link
 * vn.chibo.domain.port.BulkLoader}'s {@link BulkProgress} calls, and by {@link #advance} when the caller knows how far
 * the source has come (a generator's grassroots organisations, a file's bytes).
 *
 * <p>On a terminal the bar is redrawn in place at most five times a second; elsewhere (a pipe, a
 * log, a test) a line is written when a phase ends, and at most every ten seconds in between. Not thread-safe: call it from the loading thread.
 *
 * @see vn.chibo.domain.port.BulkLoader
 */
public final class ProgressBar implements BulkProgress {
    private static final int WIDTH = 28;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final Locale locale;
    private final boolean interactive;
    private final LongSupplier nanoTime;
    private final long started;
    private BulkPhase phase = BulkPhase.READING;
    private long phaseStarted;
    private long records;
    private long done;
    private long total;
    private long lastDrawn = Long.MIN_VALUE;
    private boolean open;

    /**
     * A progress bar.
     *
     * @param err where to draw it
     * @param locale the language of its labels
     * @param interactive whether {@code err} is a terminal (redrawn in place) or not (lines)
     * @param nanoTime the clock rates and times are measured with
     */
    public ProgressBar(PrintWriter err, Locale locale, boolean interactive, LongSupplier nanoTime) {
        this.err = Objects.requireNonNull(err, "err");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.interactive = interactive;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.started = nanoTime.getAsLong();
        this.phaseStarted = started;
    }

    /** A progress bar on {@code err}, redrawn in place when the program runs on a terminal. */
    public static ProgressBar on(PrintWriter err, Locale locale) {
        return new ProgressBar(err, locale, System.console() != null, System::nanoTime);
    }

    /**
     * How far the source has come in the reading phase: {@code done} of {@code total} (0 when
     * unknown), in the source's own units; the bar, the share and the time left follow it.
     */
    public void advance(long done, long total) {
        this.done = done;
        this.total = total;
        draw(false);
    }

    @Override
    public void reached(BulkPhase reached, long records, long facts) {
        if (reached != phase) {
            draw(true);
            phase = reached;
            phaseStarted = nanoTime.getAsLong();
            done = 0;
            total = 0;
        }
        this.records = records;
        if (reached == BulkPhase.DONE) {
            draw(true);
            if (interactive && open) {
                err.println();
                open = false;
            }
            err.flush();
            return;
        }
        draw(false);
    }

    /** The time since the bar was made. */
    public Duration elapsed() {
        return Duration.ofNanos(nanoTime.getAsLong() - started);
    }

    private void draw(boolean force) {
        long now = nanoTime.getAsLong();
        long every = interactive ? REDRAW_NANOS : LINE_NANOS;
        if (!force && lastDrawn != Long.MIN_VALUE && now - lastDrawn < every) {
            return;
        }
        lastDrawn = now;
        String line = line(now);
        if (interactive) {
            err.print("\r" + line + "   ");
            open = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** The bar as text at {@code now}. */
    String line(long now) {
        StringBuilder sb = new StringBuilder(phaseLabel().in(locale));
        double seconds = Math.max(1e-9, (now - phaseStarted) / 1e9);
        if (total > 0) {
            double share = Math.min(1, (double) done / total);
            int filled = (int) Math.round(share * WIDTH);
            sb.append(" [")
                    .append("#".repeat(filled))
                    .append("-".repeat(WIDTH - filled))
                    .append("] ")
                    .append(Math.round(share * 100))
                    .append(Label.of(" %", "%").in(locale));
        }
        sb.append("  ")
                .append(Numbers.count(records, locale))
                .append(Label.of(" bản ghi", " records").in(locale));
        if ((phase == BulkPhase.READING || phase == BulkPhase.WRITING) && seconds >= 1) {
            sb.append("  ")
                    .append(Numbers.count(Math.round(records / seconds), locale))
                    .append(Label.of("/giây", "/s").in(locale));
        }
        if (total > 0 && done > 0 && done < total) {
            long left = Math.round(seconds * (total - done) / done);
            sb.append(Label.of("  còn " + clock(left), "  " + clock(left) + " left")
                    .in(locale));
        } else if (phase == BulkPhase.DONE) {
            sb.append(Label.of(" trong ", " in ").in(locale)).append(clock(Math.round((now - started) / 1e9)));
        }
        return sb.toString();
    }

    private Label phaseLabel() {
        return switch (phase) {
            case READING -> Label.of("Đọc", "Reading");
            case CHECKING -> Label.of("Kiểm tra", "Checking");
            case WRITING -> Label.of("Ghi", "Writing");
            case DONE -> Label.of("Xong", "Done");
        };
    }

    private static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}

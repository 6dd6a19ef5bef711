package io.newsradar.cli;

import io.newsradar.pipeline.ReindexProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;

/**
 * Rebuild progress on stderr with {@code me.tongfei:progressbar}: a bar redrawn in place on a terminal, else one
 * line every few seconds (logs, cron, tests). Counts WARC bytes read in a unit that suits the total ({@link #unitFor}:
 * a small archive is shown in KiB or bytes, not as {@code 0/0 MiB}); the extra message counts pages.
 */
final class ProgressLine implements ReindexProgress {
    private final String task;
    private final PrintWriter err;
    private ProgressBar bar;

    /** A unit of the byte counts: its label as shown after the numbers and its size in bytes. */
    record Unit(String label, long bytes) {}

    /**
     * @param totalBytes bytes to read in all
     * @return MiB from 10 MiB up, KiB from 10 KiB up, else bytes: the total then reads as at least 10 units
     */
    static Unit unitFor(long totalBytes) {
        if (totalBytes >= 10L << 20) return new Unit(" MiB", 1 << 20);
        if (totalBytes >= 10L << 10) return new Unit(" KiB", 1 << 10);
        return new Unit(" B", 1);
    }

    ProgressLine(String task, PrintWriter err) {
        this.task = task;
        this.err = err;
    }

    @Override
    public void start(long totalBytes) {
        boolean terminal = isTerminal();
        Unit unit = unitFor(totalBytes);
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, totalBytes))
                .setUnit(unit.label(), unit.bytes()).showSpeed();
        if (terminal) {
            b.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err));
        } else {
            b.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(3000)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        err.println(line.strip());
                        err.flush();
                    }, 100));
        }
        bar = b.build();
    }

    /** JDK 22+ returns a console also when redirected; then {@code Console.isTerminal()} (absent in 21) decides. */
    private static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only on a terminal
        }
    }

    @Override
    public void advanced(long bytesDone, long pages) {
        if (bar == null) return;
        bar.stepTo(bytesDone);
        bar.setExtraMessage(" " + pages + " pages");
    }

    @Override
    public void finish() {
        if (bar != null) bar.close();
        bar = null;
    }
}

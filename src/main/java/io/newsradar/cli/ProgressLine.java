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
 * line every few seconds (logs, cron, tests). Counts WARC megabytes read; the extra message counts pages.
 */
final class ProgressLine implements ReindexProgress {
    private final String task;
    private final PrintWriter err;
    private ProgressBar bar;

    ProgressLine(String task, PrintWriter err) {
        this.task = task;
        this.err = err;
    }

    @Override
    public void start(long totalBytes) {
        boolean terminal = isTerminal();
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, totalBytes))
                .setUnit(" MiB", 1 << 20).showSpeed();
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

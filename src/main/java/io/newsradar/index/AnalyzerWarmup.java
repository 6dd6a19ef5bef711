package io.newsradar.index;

import org.apache.lucene.analysis.TokenStream;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads what the {@link Analyzers} recipes need on first use (ICU normalisation data, Kuromoji's dictionary: a few
 * hundred milliseconds on a cold JVM) in a background daemon thread, so a short-lived process such as
 * {@code newsradar search} overlaps it with opening the index. This class does not touch {@link Analyzers} on the
 * calling thread. Optional: the recipes load lazily anyway.
 */
public final class AnalyzerWarmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private AnalyzerWarmup() {}

    /** Starts the warm-up once per JVM; later calls do nothing. */
    public static void start() {
        if (STARTED.getAndSet(true)) return;
        Thread t = new Thread(AnalyzerWarmup::warm, "newsradar-analyzer-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void warm() {
        for (Schema.Family f : Schema.Family.values()) {
            try (TokenStream ts = Analyzers.forFamily(f).tokenStream("warm", "ＡＩ規制のH800。Export controls")) {
                ts.reset();
                while (ts.incrementToken()) {
                    // consume the stream: dictionaries load on first use
                }
                ts.end();
            } catch (IOException | RuntimeException e) {
                return; // best effort: real analysis reports its own errors
            }
        }
    }
}

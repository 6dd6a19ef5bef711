package io.newsradar.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code extract-score} (python3) and reads its last line {@code F1 x precision y recall z pages n}. */
final class ExtractScore {
    private static final Pattern LAST = Pattern.compile("F1 ([0-9.]+) precision ([0-9.]+) recall ([0-9.]+)");

    private ExtractScore() { }

    /** @return {F1, precision, recall}; NaN when the scorer prints no result */
    static double[] score(Path scorer, Path truth, Path pred) throws IOException {
        Process p = new ProcessBuilder(List.of("python3", scorer.toString(), "--bootstrap", "0",
                truth.toString(), pred.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while scoring " + pred);
        }
        Matcher m = LAST.matcher(out);
        double[] r = {Double.NaN, Double.NaN, Double.NaN};
        while (m.find()) {
            r[0] = Double.parseDouble(m.group(1));
            r[1] = Double.parseDouble(m.group(2));
            r[2] = Double.parseDouble(m.group(3));
        }
        return r;
    }
}

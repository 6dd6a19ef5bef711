package io.newsradar.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code shared/tools/extract-score} (python3) and returns its overall F1. */
public final class ExtractScore {
    private static final Pattern LAST = Pattern.compile("F1 ([0-9.]+) precision ([0-9.]+) recall ([0-9.]+) pages (\\d+)");

    private ExtractScore() {
    }

    /** @return F1 of predictions against truth (both JSONL with id and body) */
    public static double f1(Path truth, Path predictions) throws IOException, InterruptedException {
        Path tool = SharedData.require("tools/extract-score");
        Process p = new ProcessBuilder(List.of("python3", tool.toString(), truth.toString(), predictions.toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("extract-score failed: " + out);
        Matcher m = null;
        for (String line : out.lines().toList()) {
            Matcher mm = LAST.matcher(line);
            if (mm.find()) m = mm;
        }
        if (m == null) throw new IOException("no F1 line in extract-score output: " + out);
        return Double.parseDouble(m.group(1));
    }

    /** Writes a one-line JSONL file {@code {"id":..,"body":..}}. */
    public static Path oneLine(Path file, String id, String body) throws IOException {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        Files.writeString(file, json.writeValueAsString(java.util.Map.of("id", id, "body", body)) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}

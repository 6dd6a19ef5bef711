package io.newsradar.extract;

import io.newsradar.config.ExtractSettings;
import io.newsradar.model.Article;
import io.newsradar.model.Page;
import org.jsoup.Jsoup;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the extractor on the shared gold sets: body F1 through {@code tools/extract-score} (python3, default
 * CJK-aware tokenizer, run as a subprocess), headline exact match (whitespace-normalised) and publication time
 * right to the minute (same instant), computed here; and speed in pages per second on the scrapinghub pages,
 * single-threaded and on two threads, next to a jsoup parse + {@code body().text()} baseline in the same run
 * (after two warm-up passes, best of three timed rounds of five passes each; on two threads each thread makes the five
 * passes, so the figure counts both threads' pages; best rounds so that load from other processes counts less).
 * Not on the extraction hot path; meant for a {@code bench extract} command and for tests.
 */
public final class ExtractionBench {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** Timed rounds per measurement; the best round is reported (the machine may be shared). */
    private static final int ROUNDS = 3;
    /** Passes over the pages per timed round (about a second of work each), so start-up and uneven pages even out. */
    private static final int PASSES = 5;
    private final ArticleExtractor extractor;

    /** @param settings extraction settings ({@link ExtractSettings#defaults()} for the defaults) */
    public ExtractionBench(ExtractSettings settings) {
        this.extractor = new ArticleExtractor(settings);
    }

    /**
     * @param shared the shared directory (holding {@code corpus/} and {@code tools/extract-score})
     * @param out    directory for the truth and prediction JSONL files (created)
     * @param speed  whether to run the speed measurement
     * @return per-set quality and, when asked, the speed
     * @throws IOException when the corpus cannot be read or the scorer cannot be run
     */
    public BenchReport run(Path shared, Path out, boolean speed) throws IOException {
        Files.createDirectories(out);
        List<BenchReport.SetResult> sets = new ArrayList<>();
        for (String name : GoldSets.NAMES) {
            List<GoldPage> pages = GoldSets.load(shared.resolve("corpus"), name);
            if (!pages.isEmpty()) sets.add(measure(name, pages, shared.resolve("tools/extract-score"), out));
        }
        BenchReport.Speed s = speed ? speed(GoldSets.load(shared.resolve("corpus"), "scrapinghub-aeb")) : null;
        return new BenchReport(sets, s);
    }

    /**
     * @param shared the shared directory
     * @param set    one of {@link GoldSets#NAMES}
     * @param out    directory for the JSONL files
     * @return the quality figures of that set
     */
    BenchReport.SetResult measureSet(Path shared, String set, Path out) throws IOException {
        Files.createDirectories(out);
        return measure(set, GoldSets.load(shared.resolve("corpus"), set), shared.resolve("tools/extract-score"), out);
    }

    /** @return the articles extracted from a set's pages, by page id (failed pages are left out) */
    Map<String, Article> extractAll(List<GoldPage> pages, List<String> failures) throws IOException {
        Map<String, Article> out = new LinkedHashMap<>();
        for (GoldPage p : pages) {
            try {
                out.put(p.id(), extractor.extract(new Page(p.url(), GoldSets.bytes(p), null, null)));
            } catch (ExtractionException | RuntimeException e) {
                failures.add(p.id() + ": " + e.getMessage());
            }
        }
        return out;
    }

    private BenchReport.SetResult measure(String name, List<GoldPage> pages, Path scorer, Path out) throws IOException {
        List<String> failures = new ArrayList<>();
        Map<String, Article> got = extractAll(pages, failures);
        int titles = 0, titleOk = 0, dates = 0, dateOk = 0;
        Path truth = out.resolve(name + "-truth.jsonl"), pred = out.resolve(name + "-pred.jsonl");
        try (BufferedWriter t = Files.newBufferedWriter(truth, StandardCharsets.UTF_8);
             BufferedWriter p = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
            for (GoldPage g : pages) {
                Article a = got.get(g.id());
                if (g.body() != null) {
                    t.write(JSON.writeValueAsString(Map.of("id", g.id(), "body", g.body())) + "\n");
                    p.write(JSON.writeValueAsString(Map.of("id", g.id(), "body", a == null ? "" : a.body())) + "\n");
                }
                if (g.title() != null) {
                    titles++;
                    if (a != null && sameTitle(a.title(), g.title())) titleOk++;
                }
                if (g.published() != null) {
                    dates++;
                    if (a != null && a.published() != null && a.published().toInstant().truncatedTo(ChronoUnit.MINUTES)
                            .equals(g.published().toInstant().truncatedTo(ChronoUnit.MINUTES))) dateOk++;
                }
            }
        }
        double[] f1 = ExtractScore.score(scorer, truth, pred);
        return new BenchReport.SetResult(name, pages.size(), failures, f1[0], f1[1], f1[2],
                titles, titles == 0 ? Double.NaN : (double) titleOk / titles,
                dates, dates == 0 ? Double.NaN : (double) dateOk / dates);
    }

    /** Exact match after whitespace normalisation (Unicode white space, so U+3000 counts). */
    static boolean sameTitle(String got, String want) {
        return got.replaceAll("(?U)\\s+", " ").strip().equals(want.replaceAll("(?U)\\s+", " ").strip());
    }

    private BenchReport.Speed speed(List<GoldPage> gold) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (GoldPage g : gold) pages.add(new Page(g.url(), GoldSets.bytes(g), null, Instant.now()));
        if (pages.isEmpty()) return null;
        for (int i = 0; i < 2; i++) {
            extractPass(pages, 0, 1);
            baselinePass(pages);
        }
        double single = 0, baseline = 0, two = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (int p = 0; p < PASSES; p++) extractPass(pages, 0, 1);
            single = Math.max(single, PASSES * pages.size() / ((System.nanoTime() - t0) / 1e9));
            t0 = System.nanoTime();
            for (int p = 0; p < PASSES; p++) baselinePass(pages);
            baseline = Math.max(baseline, PASSES * pages.size() / ((System.nanoTime() - t0) / 1e9));
            t0 = System.nanoTime();
            Thread other = Thread.ofPlatform().start(() -> {
                for (int p = 0; p < PASSES; p++) extractPass(pages, 0, 1);
            });
            for (int p = 0; p < PASSES; p++) extractPass(pages, 0, 1);
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            two = Math.max(two, 2.0 * PASSES * pages.size() / ((System.nanoTime() - t0) / 1e9));
        }
        return new BenchReport.Speed(pages.size(), single, two, baseline);
    }

    private void extractPass(List<Page> pages, int from, int step) {
        for (int i = from; i < pages.size(); i += step) {
            try {
                extractor.extract(pages.get(i));
            } catch (ExtractionException e) {
                // counted in the quality run; speed only needs the work done
            }
        }
    }

    private static void baselinePass(List<Page> pages) {
        long sink = 0;
        for (Page p : pages) {
            sink += Jsoup.parse(new String(p.content(), StandardCharsets.UTF_8), p.url()).body().text().length();
        }
        if (sink == 42) System.out.print("");
    }
}

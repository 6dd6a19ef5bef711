package io.newsradar.digest;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import io.newsradar.query.LuceneArticleSearcher;
import io.newsradar.themes.ThemeSet;
import io.newsradar.themes.ThemesFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Issue 6's digest benchmark: N new articles across T themes, indexed into a fresh on-disk index (not timed), then
 * a digest built from it (first-seen queries, story grouping, ranking with the theme placement read from each
 * article, leads, trends, characteristic terms) and rendered in every format (Markdown, HTML with PNG charts as {@code data:} URIs, the
 * e-mail HTML with its chart parts, JSON, Atom). Timed over several rounds after one warm-up; the median is
 * reported.
 *
 * <p>Articles: the texts given (e.g. a shared corpus), each once, then generated sentences; article {@code i} is tagged with
 * theme {@code i mod T}, whose query is a word put in its headline (a third of them), its lead (a third) or its
 * last paragraph (the rest), so placement varies; every fifth article of a theme is a syndicated copy of the one
 * before it (another outlet, a sentence added), so stories group. First-seen times are spread over the window
 * (one day, Asia/Tokyo); publication one hour before first seen.
 */
public final class DigestBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final DigestWindow WINDOW = new DigestWindow(Instant.parse("2025-02-01T15:00:00Z"), Instant.parse("2025-02-02T15:00:00Z"));

    private DigestBench() {
    }

    /**
     * Medians in milliseconds.
     *
     * @param articles  new articles in the window
     * @param themes    themes
     * @param stories   new stories over all themes (listed or not)
     * @param listed    stories listed
     * @param buildMs   building the digest from the index
     * @param formatMs  rendering each format, in {@link DigestFormat} order, then the e-mail HTML with its charts
     * @param totalMs   build plus all renderings
     * @param indexMs   writing the index (once, not part of the total)
     * @param buildCpuMs CPU time of the building thread (less sensitive to other load on the machine than the wall time)
     * @param totalCpuMs CPU time of build plus all renderings
     */
    public record Result(int articles, int themes, long stories, int listed, double buildMs, double[] formatMs, double totalMs,
                         double indexMs, double buildCpuMs, double totalCpuMs) {
    }

    /**
     * @param dataDir  an empty folder for the index
     * @param corpus   article texts to reuse (titles and bodies); empty for generated text
     * @param articles new articles, at least 1
     * @param themes   themes, 1..articles
     * @param perTheme stories listed per theme (1..1000)
     * @param rounds   timed rounds, at least 1
     * @throws IOException when the index cannot be written or read
     */
    public static Result run(Path dataDir, List<Article> corpus, int articles, int themes, int perTheme, int rounds) throws IOException {
        return run(dataDir, corpus, articles, themes, perTheme, rounds, false);
    }

    /**
     * As {@link #run(Path, List, int, int, int, int)}; with {@code reuse}, times the index an earlier run wrote in
     * {@code dataDir} (same {@code themes}) instead of writing one.
     */
    public static Result run(Path dataDir, List<Article> corpus, int articles, int themes, int perTheme, int rounds, boolean reuse)
            throws IOException {
        if (articles < 1 || themes < 1 || themes > articles || rounds < 1) throw new IllegalArgumentException("bad bench size");
        ThemeSet set = ThemesFile.parse(themesYaml(themes), "bench-themes.yaml");
        long t0 = System.nanoTime();
        if (!reuse) index(dataDir, corpus, articles, themes);
        double indexMs = reuse ? 0 : (System.nanoTime() - t0) / 1e6;
        double[] build = new double[rounds], total = new double[rounds], buildCpu = new double[rounds], totalCpu = new double[rounds];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[][] formats = new double[DigestFormat.values().length + 1][rounds];
        Digest d = null;
        try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(dataDir)) {
            DigestBuilder builder = new DigestBuilder(searcher, set.themes(), ZONE, set::definition);
            for (int r = -1; r < rounds; r++) { // round -1 warms up
                long s = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
                d = builder.build("bench", WINDOW, WINDOW.end(), perTheme);
                long built = System.nanoTime(), c1 = cpu.getCurrentThreadCpuTime();
                double[] f = renderAll(d);
                if (r < 0) continue;
                build[r] = (built - s) / 1e6;
                buildCpu[r] = (c1 - c0) / 1e6;
                totalCpu[r] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
                for (int k = 0; k < f.length; k++) formats[k][r] = f[k];
                total[r] = (System.nanoTime() - s) / 1e6;
            }
        }
        double[] formatMs = new double[formats.length];
        for (int k = 0; k < formats.length; k++) formatMs[k] = median(formats[k]);
        long stories = d.sections().stream().mapToLong(Digest.Section::storyCount).sum();
        return new Result((int) d.newTotal(), themes, stories, d.total(), median(build), formatMs, median(total), indexMs,
                median(buildCpu), median(totalCpu));
    }

    private static double[] renderAll(Digest d) {
        DigestFormat[] all = DigestFormat.values();
        double[] ms = new double[all.length + 1];
        for (int k = 0; k < all.length; k++) {
            long s = System.nanoTime();
            if (all[k].renderer().render(d).isEmpty()) throw new IllegalStateException("empty rendering");
            ms[k] = (System.nanoTime() - s) / 1e6;
        }
        long s = System.nanoTime();
        Renditions r = new Renditions(d, List.of(DigestFormat.MD));
        if (r.mailHtml().isEmpty() || r.charts().size() != d.sections().size()) throw new IllegalStateException("no e-mail charts");
        ms[all.length] = (System.nanoTime() - s) / 1e6;
        return ms;
    }

    private static String themesYaml(int themes) {
        StringBuilder b = new StringBuilder("themes:\n");
        for (int t = 0; t < themes; t++) {
            b.append("  - name: Bench theme ").append(t).append("\n    query: \"").append(word(t)).append("\"\n");
        }
        return b.toString();
    }

    /** @return the word of theme {@code t}: letters only, so every analyzer keeps it whole */
    static String word(int t) {
        StringBuilder b = new StringBuilder("benchtopic");
        for (char c : Integer.toString(t).toCharArray()) b.append((char) ('a' + (c - '0')));
        return b.toString();
    }

    private static void index(Path dataDir, List<Article> corpus, int articles, int themes) throws IOException {
        Random random = new Random(42);
        Duration step = Duration.between(WINDOW.start(), WINDOW.end()).dividedBy(articles + 1);
        try (LuceneArticleStore store = LuceneArticleStore.open(dataDir)) {
            String[][] previous = new String[themes][];
            for (int i = 0; i < articles; i++) {
                int theme = i % themes;
                boolean copy = (i / themes) % 5 == 4 && previous[theme] != null; // every fifth article of a theme
                String[] text = copy ? copy(previous[theme]) : text(corpus, i, random, theme);
                Instant seen = WINDOW.start().plus(step.multipliedBy(i + 1));
                String source = "outlet-" + (i % 37);
                Article a = new Article("b" + i, "https://" + source + ".example/news/" + i, null, text[0], text[1],
                        OffsetDateTime.ofInstant(seen.minus(Duration.ofHours(1)), ZoneOffset.UTC), "given", null, text[2],
                        source, source + ".example", null, false, true, null, null);
                store.upsert(a, List.of("Bench theme " + theme), seen);
                previous[theme] = text;
            }
            store.commit();
        }
    }

    private static String[] copy(String[] original) {
        return new String[]{original[0], original[1] + "\n\nThis article was distributed by a news agency.", original[2]};
    }

    /** @return title and body for article {@code i}, with the theme's word in headline, lead or last paragraph */
    private static String[] text(List<Article> corpus, int i, Random random, int theme) {
        String title, body, lang = "en";
        if (i >= corpus.size()) { // each corpus text once: a repeated text would be a near-duplicate story
            title = sentence(random, 8);
            StringBuilder b = new StringBuilder();
            for (int p = 0; p < 3; p++) {
                if (p > 0) b.append("\n\n");
                for (int s = 0; s < 3; s++) b.append(sentence(random, 12)).append(' ');
            }
            body = b.toString().strip();
        } else {
            Article a = corpus.get(i);
            title = a.title();
            body = a.body();
            lang = a.lang() == null || a.lang().isBlank() ? "en" : a.lang();
        }
        String w = word(theme);
        return switch (i % 3) {
            case 0 -> new String[]{title + " " + w, body, lang};
            case 1 -> new String[]{title, w + " " + body, lang};
            default -> new String[]{title, body + "\n\nSee also " + w + ".", lang};
        };
    }

    private static final String[] WORDS = ("government market export company report policy minister trade technology "
            + "investment security energy industry court election bank growth data network agency official price "
            + "supply chain factory research university budget tax health climate").split(" ");

    private static String sentence(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w + 1 < words ? " " : ".");
        }
        return b.toString();
    }

    private static double median(double[] values) {
        double[] v = Arrays.copyOf(values, values.length);
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** @return the result as one line per measurement */
    public static List<String> lines(Result r) {
        List<String> out = new ArrayList<>();
        out.add(String.format(java.util.Locale.ROOT, "digest bench: %d new articles (%d stories) across %d themes, %d stories listed; %s",
                r.articles(), r.stories(), r.themes(), r.listed(),
                r.indexMs() == 0 ? "index of an earlier run" : String.format(java.util.Locale.ROOT, "index written in %.0f ms (not timed below)", r.indexMs())));
        out.add(String.format(java.util.Locale.ROOT, "  build (first-seen, stories, placement, ranking, leads, trends, terms): %.0f ms (CPU %.0f ms)",
                r.buildMs(), r.buildCpuMs()));
        DigestFormat[] all = DigestFormat.values();
        for (int k = 0; k < all.length; k++) {
            out.add(String.format(java.util.Locale.ROOT, "  render %-4s %6.0f ms%s", all[k].extension(), r.formatMs()[k],
                    all[k] == DigestFormat.HTML ? " (PNG charts as data: URIs)" : ""));
        }
        out.add(String.format(java.util.Locale.ROOT, "  render e-mail HTML + %d PNG parts %6.0f ms", r.themes(), r.formatMs()[all.length]));
        out.add(String.format(java.util.Locale.ROOT, "  build + all formats: %.0f ms (CPU %.0f ms; issue 6 budget: 5000 ms)", r.totalMs(), r.totalCpuMs()));
        return out;
    }
}

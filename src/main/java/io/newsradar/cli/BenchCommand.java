package io.newsradar.cli;

import io.newsradar.config.Settings;
import io.newsradar.extract.ArticleExtractor;
import io.newsradar.extract.BenchReport;
import io.newsradar.extract.ExtractionException;
import io.newsradar.extract.ExtractionBench;
import io.newsradar.model.Article;
import io.newsradar.model.Page;
import io.newsradar.pipeline.IngestBench;
import io.newsradar.pipeline.JsonlArticles;
import io.newsradar.query.SearchBench;
import io.newsradar.themes.SyntheticThemes;
import io.newsradar.themes.TaggingThroughput;
import io.newsradar.themes.ThemeSet;
import io.newsradar.themes.ThemesBench;
import io.newsradar.themes.ThemesFile;
import io.newsradar.themes.ThemesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure accuracy and speed on the shared gold data (../shared by default).",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Themes.class, BenchCommand.Ingest.class, BenchCommand.Search.class,
                BenchCommand.DigestBench.class},
        footer = {"", "Examples:", "  newsradar bench extract --shared ../shared",
                "  newsradar bench themes --themes my-themes.yaml",
                "  newsradar bench ingest", "  newsradar bench search --articles 100000", "  newsradar bench digest"})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the shared gold data is. */
    static final class SharedOption {
        @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
                description = "The shared test data folder (corpus/, tools/). Default: ${DEFAULT-VALUE}.")
        Path shared;

        Path require(String relative) {
            Path p = shared.resolve(relative);
            if (!Files.exists(p)) throw new UserException("gold data not found: " + p + " (give --shared DIR)");
            return p;
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extraction quality per gold set (body F1 with tools/extract-score, title and date accuracy) "
                    + "and speed (pages/s on 1 and 2 threads, against a jsoup parse-only baseline in the same run).",
            footer = {"", "Example:", "  newsradar bench extract --shared ../shared --out /tmp/extract-bench"})
    static final class Extract implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Mixin
        SharedOption shared = new SharedOption();

        @Option(names = "--out", paramLabel = "DIR", description = "Folder for the predictions JSONL. Default: a temporary folder.")
        Path out;

        @Option(names = "--no-speed", description = "Skip the speed measurement.")
        boolean noSpeed;

        @Override
        public Integer call() throws Exception {
            Path root = shared.require("corpus");
            Path dir = out != null ? Files.createDirectories(out) : Files.createTempDirectory("newsradar-bench-");
            BenchReport report = new ExtractionBench(Settings.defaults().extract()).run(root.getParent(), dir, !noSpeed);
            common.out().print(report.format());
            common.out().printf("predictions in %s%n", dir);
            common.out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "themes", mixinStandardHelpOptions = true,
            description = "Theme tagging accuracy on corpus/themes-gold: per-theme P/R/F1, micro and macro averages, "
                    + "per language, distractor false-alarm rate.",
            footer = {"", "Example:", "  newsradar bench themes --shared ../shared"})
    static final class Themes implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Mixin
        SharedOption shared = new SharedOption();

        @Option(names = "--themes", paramLabel = "FILE", description = "Themes file to measure. Default: the bundled starter themes.")
        Path themesFile;

        @Option(names = "--from-jsonl", description = "Tag the title and body given in articles.jsonl instead of extracting "
                + "them from the HTML pages in html/ (the default, as a crawl would see them).")
        boolean fromJsonl;

        @Option(names = "--load", paramLabel = "N", description = "Also measure tagging speed with N themes generated from the themes' vocabulary (e.g. 10000).")
        Integer load;

        @Option(names = "--load-rounds", paramLabel = "N", defaultValue = "5", description = "Timed passes over the gold articles for --load, after one warm-up pass. Default: ${DEFAULT-VALUE}.")
        int loadRounds;

        @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Tagging threads for --load. Default: ${DEFAULT-VALUE}.")
        int threads;

        @Override
        public Integer call() throws Exception {
            Path gold = shared.require("corpus/themes-gold/articles.jsonl");
            ThemeSet set = themesFile != null ? ThemesFile.load(themesFile) : ThemesFile.loadDefault();
            List<ThemesBench.GoldArticle> articles = ThemesBench.read(gold);
            if (!fromJsonl) articles = fromHtml(articles, gold.resolveSibling("html"));
            ThemesReport report = ThemesBench.score(articles, set.matcher());
            common.out().printf("themes-gold: %d articles, text from %s%n", articles.size(),
                    fromJsonl ? "articles.jsonl" : "the HTML pages through the extractor");
            common.out().print(report.table());
            if (load != null) {
                if (load < 1) throw new UserException("--load must be at least 1, was " + load);
                if (loadRounds < 1) throw new UserException("--load-rounds must be at least 1, was " + loadRounds);
                ThemeSet big = SyntheticThemes.generate(set, load, 42L);
                TaggingThroughput t = TaggingThroughput.measure(big.matcher(),
                        articles.stream().map(ThemesBench.GoldArticle::article).toList(), loadRounds, threads);
                common.out().printf(Locale.ROOT,
                        "tagging with %d themes: %.0f articles/s on %d threads (%.2f CPU ms per article, %.1f tags per article)%n",
                        t.themes(), t.articlesPerSec(), t.threads(), t.cpuMsPerArticle(), t.tagsPerArticle());
            }
            common.out().flush();
            return ExitCodes.OK;
        }

        /** @return the gold articles with title and body as extracted from {@code html/<id>.html} */
        private static List<ThemesBench.GoldArticle> fromHtml(List<ThemesBench.GoldArticle> gold, Path htmlDir)
                throws IOException, ExtractionException {
            ArticleExtractor extractor = new ArticleExtractor(Settings.defaults().extract());
            List<ThemesBench.GoldArticle> out = new ArrayList<>();
            for (ThemesBench.GoldArticle g : gold) {
                Path page = htmlDir.resolve(g.article().id() + ".html");
                Article a = extractor.extract(new Page(page.toUri().toString(), Files.readAllBytes(page), null, null));
                out.add(new ThemesBench.GoldArticle(a.withId(g.article().id()), g.labels()));
            }
            return out;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest rate of the real ingest path (read, tag with the themes, index, commit) into a fresh "
                    + "temporary data directory. Default input: corpus/text/ja/livedoor-news.jsonl.",
            footer = {"", "Example:", "  newsradar bench ingest --shared ../shared"})
    static final class Ingest implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Mixin
        SharedOption shared = new SharedOption();

        @Parameters(arity = "0..*", paramLabel = "PATH", description = "Inputs (as for ingest).")
        List<Path> inputs = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            var in = inputs.isEmpty() ? List.of(shared.require("corpus/text/ja/livedoor-news.jsonl")) : inputs;
            Path dir = Files.createTempDirectory("newsradar-bench-ingest-");
            var r = IngestBench.run(in, dir);
            common.out().printf(Locale.ROOT, "ingest: %d articles in %.1f s = %.0f articles/s (tagged with %d themes, "
                    + "indexed, committed); %d failed; index in %s%n", r.articles(), r.seconds(), r.perSecond(), r.themes(),
                    r.failed(), dir);
            common.out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Search latency: index N articles (the text corpora repeated with new ids and dates spread over "
                    + "2024-2025, each with synthetic theme labels), then time queries with a theme filter, a date range "
                    + "and facets theme,source,lang,day. Prints ingest rate, p50 and p99 in milliseconds.",
            footer = {"", "Example:", "  newsradar bench search --articles 100000 --queries 500"})
    static final class Search implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Mixin
        SharedOption shared = new SharedOption();

        @Option(names = "--articles", paramLabel = "N", defaultValue = "30000", description = "Articles to index. Default: ${DEFAULT-VALUE}.")
        int articles;

        @Option(names = "--queries", paramLabel = "N", defaultValue = "300", description = "Timed queries. Default: ${DEFAULT-VALUE}.")
        int queries;

        @Option(names = "--index", paramLabel = "DIR", description = "Time queries on the index already in DIR instead of building one.")
        Path index;

        @Option(names = "--bulk", description = "Build the index straight through Lucene's IndexWriter with the store's "
                + "documents, each article its own story: skips the store's per-article near-duplicate and URL look-ups, "
                + "for large indexes. Query timing is the same.")
        boolean bulk;

        @Override
        public Integer call() throws Exception {
            if (index != null) {
                var l = SearchBench.latency(index, queries, 42L);
                common.out().printf(Locale.ROOT, "search on %d articles: open %.0f ms, %d queries, p50 %.1f ms, p99 %.1f ms%n",
                        l.articles(), l.openMs(), l.queries(), l.p50Ms(), l.p99Ms());
                common.out().flush();
                return ExitCodes.OK;
            }
            if (articles < 1) throw new UserException("--articles must be at least 1");
            List<Article> corpus = new ArrayList<>();
            for (String f : List.of("corpus/text/ja/livedoor-news.jsonl", "corpus/text/en/bbc-news.jsonl",
                    "corpus/text/en/reuters21578.jsonl")) {
                JsonlArticles.read(shared.require(f), corpus::add, x -> { });
            }
            Path dir = Files.createTempDirectory("newsradar-bench-search-");
            var r = SearchBench.run(dir, corpus, articles, 2, queries, 42L, bulk);
            common.out().printf(Locale.ROOT, "search bench: %d articles indexed at %.0f articles/s (index %.0f MB); "
                    + "searcher open %.0f ms; %d queries with theme filter + date range + facets: p50 %.1f ms, p99 %.1f ms; "
                    + "index in %s%n", r.articles(), r.ingestPerSec(), r.indexBytes() / 1e6, r.openMs(), r.queries(),
                    r.p50Ms(), r.p99Ms(), dir);
            common.out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "digest", mixinStandardHelpOptions = true,
            description = "Digest speed: index N new articles across T themes into a temporary folder (every fifth a "
                    + "syndicated copy), then time building the digest (stories, ranking, leads, trends, characteristic terms) and rendering "
                    + "every format (md, html with PNG charts, json, atom, and the e-mail HTML with its chart parts). "
                    + "Texts from the shared corpora (bbc-news, livedoor-news, reuters21578) when they are there, else generated.",
            footer = {"", "Example:", "  newsradar bench digest --articles 10000 --themes 50"})
    static final class DigestBench implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Mixin
        SharedOption shared = new SharedOption();

        @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "New articles. Default: ${DEFAULT-VALUE}.")
        int articles;

        @Option(names = "--themes", paramLabel = "N", defaultValue = "50", description = "Themes. Default: ${DEFAULT-VALUE}.")
        int themes;

        @Option(names = "--per-theme", paramLabel = "N", defaultValue = "200", description = "Stories listed per theme. Default: ${DEFAULT-VALUE}.")
        int perTheme;

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds (median shown). Default: ${DEFAULT-VALUE}.")
        int rounds;

        @Option(names = "--index", paramLabel = "DIR", description = "Time on the index an earlier run left in DIR (same --themes) instead of writing one.")
        Path index;

        @Override
        public Integer call() throws Exception {
            if (articles < 1 || themes < 1 || themes > articles) throw new UserException("need 1 <= --themes <= --articles");
            if (perTheme < 1 || perTheme > 1000) throw new UserException("--per-theme must be 1..1000");
            if (rounds < 1) throw new UserException("--rounds must be at least 1");
            if (index != null) {
                if (!Files.isDirectory(index)) throw new UserException("no bench index in " + index);
                var r = io.newsradar.digest.DigestBench.run(index, List.of(), articles, themes, perTheme, rounds, true);
                io.newsradar.digest.DigestBench.lines(r).forEach(common.out()::println);
                common.out().flush();
                return ExitCodes.OK;
            }
            List<Article> corpus = new ArrayList<>();
            for (String f : List.of("corpus/text/en/bbc-news.jsonl", "corpus/text/ja/livedoor-news.jsonl", "corpus/text/en/reuters21578.jsonl")) {
                Path p = shared.shared.resolve(f);
                if (Files.isRegularFile(p) && corpus.size() < articles) JsonlArticles.read(p, corpus::add, x -> { });
            }
            Path dir = Files.createTempDirectory("newsradar-bench-digest-");
            var r = io.newsradar.digest.DigestBench.run(dir, corpus, articles, themes, perTheme, rounds);
            common.out().printf("texts: %s%n", corpus.isEmpty() ? "generated"
                    : Math.min(articles, corpus.size()) + " from the shared corpora (bbc-news, livedoor-news, reuters21578)"
                    + (corpus.size() < articles ? ", the rest generated" : ""));
            io.newsradar.digest.DigestBench.lines(r).forEach(common.out()::println);
            common.out().printf("index in %s%n", dir);
            common.out().flush();
            return ExitCodes.OK;
        }
    }
}

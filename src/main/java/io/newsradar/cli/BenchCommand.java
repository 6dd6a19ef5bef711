package io.newsradar.cli;

import io.newsradar.config.Settings;
import io.newsradar.extract.BenchReport;
import io.newsradar.extract.ExtractionBench;
import io.newsradar.themes.SyntheticThemes;
import io.newsradar.themes.TaggingThroughput;
import io.newsradar.themes.ThemeSet;
import io.newsradar.themes.ThemesBench;
import io.newsradar.themes.ThemesFile;
import io.newsradar.themes.ThemesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure accuracy and speed on the shared gold data (../shared by default).",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Themes.class},
        footer = {"", "Examples:", "  newsradar bench extract --shared ../shared",
                "  newsradar bench themes --themes my-themes.yaml"})
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
        @picocli.CommandLine.Mixin
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
        @picocli.CommandLine.Mixin
        SharedOption shared = new SharedOption();

        @Option(names = "--themes", paramLabel = "FILE", description = "Themes file to measure. Default: the bundled starter themes.")
        Path themesFile;

        @Option(names = "--load", paramLabel = "N", description = "Also measure tagging speed with N themes generated from the themes' vocabulary (e.g. 10000).")
        Integer load;

        @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Tagging threads for --load. Default: ${DEFAULT-VALUE}.")
        int threads;

        @Override
        public Integer call() {
            Path gold = shared.require("corpus/themes-gold/articles.jsonl");
            ThemeSet set = themesFile != null ? ThemesFile.load(themesFile) : ThemesFile.loadDefault();
            ThemesReport report = ThemesBench.run(gold, set.matcher());
            common.out().print(report.table());
            if (load != null) {
                if (load < 1) throw new UserException("--load must be at least 1, was " + load);
                ThemeSet big = SyntheticThemes.generate(set, load, 42L);
                var articles = ThemesBench.read(gold).stream().map(ThemesBench.GoldArticle::article).toList();
                TaggingThroughput t = TaggingThroughput.measure(big.matcher(), articles, 5, threads);
                common.out().printf(java.util.Locale.ROOT,
                        "tagging with %d themes: %.0f articles/s on %d threads (%.2f CPU ms per article, %.1f tags per article)%n",
                        t.themes(), t.articlesPerSec(), t.threads(), t.cpuMsPerArticle(), t.tagsPerArticle());
            }
            common.out().flush();
            return ExitCodes.OK;
        }
    }
}

package io.newsradar.pipeline;

import io.newsradar.config.Settings;
import io.newsradar.extract.ArticleExtractor;
import io.newsradar.index.ArticleStore;
import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Theme;
import io.newsradar.query.ArticleSearcher;
import io.newsradar.query.LuceneArticleSearcher;
import io.newsradar.themes.ThemeMatcher;
import io.newsradar.themes.ThemeSet;
import io.newsradar.themes.ThemesFile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * One data directory and what is opened on it. Layout:
 * <pre>
 * DIR/config.yaml    optional overrides of newsradar-default.yaml
 * DIR/themes.yaml    optional themes file (else the bundled starter themes)
 * DIR/index/         the Lucene index
 * DIR/warc/          WARC files of every fetch (the source of truth for reindexing)
 * DIR/state/         digest state
 * DIR/crawl/         crawl state: seen URLs, pending URLs, validators, source polls
 * DIR/sources.yaml   optional sources file (feeds, sitemaps, seeds per source)
 * DIR/reindex/       a rebuild in progress ({@code newsradar reindex}); removed when done
 * DIR/watch.lock     held by the one {@code newsradar watch} of this directory (its PID inside)
 * </pre>
 * The store, searcher and matcher are opened lazily, once each; {@link #close()} commits nothing (callers
 * commit) and closes what was opened.
 */
public final class Workspace implements Closeable {
    private final Path dir;
    private final Settings settings;
    private final Clock clock;
    private ThemeSet themes;
    private ThemeMatcher matcher;
    private LuceneArticleStore store;
    private LuceneArticleSearcher searcher;
    private ArticleExtractor extractor;
    private final HintsByHost hints = new HintsByHost();

    private Workspace(Path dir, Settings settings, Clock clock) {
        this.dir = dir;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Opens (creating when needed) a data directory.
     *
     * @throws io.newsradar.config.ConfigException when {@code config.yaml} is invalid
     * @throws IOException                         when the folder cannot be created
     */
    public static Workspace open(Path dir, Clock clock) throws IOException {
        Files.createDirectories(dir);
        IndexSwap.recover(dir); // a reindex killed between its two renames
        return new Workspace(dir, Settings.load(dir.resolve("config.yaml")), clock);
    }

    public Path dir() {
        return dir;
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public Path stateDir() {
        return dir.resolve("state");
    }

    /** @return the themes file used: {@code DIR/themes.yaml} when present, else the bundled starter themes */
    public String themesSource() {
        Path f = dir.resolve("themes.yaml");
        return Files.isRegularFile(f) ? f.toString() : "bundled starter themes";
    }

    /** @throws io.newsradar.themes.ThemesException when the themes file is invalid (file, line, why) */
    public synchronized ThemeSet themeSet() throws IOException {
        if (themes == null) {
            Path f = dir.resolve("themes.yaml");
            themes = Files.isRegularFile(f) ? ThemesFile.load(f) : ThemesFile.loadDefault();
        }
        return themes;
    }

    public List<Theme> themes() throws IOException {
        return themeSet().themes();
    }

    /**
     * @return the theme names of the themes file (or of the starter themes), read without compiling the queries
     *         when the themes are not loaded yet; for checking a name typed on the command line
     * @throws io.newsradar.themes.ThemesException when the file is not a themes list (from the full load)
     */
    public synchronized List<String> themeNames() throws IOException {
        if (themes == null) {
            Path f = dir.resolve("themes.yaml");
            List<String> names = ThemesFile.names(Files.isRegularFile(f) ? f : null);
            if (names != null) return names;
        }
        return themeSet().themes().stream().map(Theme::name).toList();
    }

    public synchronized ThemeMatcher matcher() throws IOException {
        if (matcher == null) matcher = themeSet().matcher();
        return matcher;
    }

    public synchronized ArticleStore store() throws IOException {
        if (store == null) store = LuceneArticleStore.open(dir);
        return store;
    }

    /** @return a searcher over the last commit of the index (an empty index when none exists yet) */
    public synchronized ArticleSearcher searcher() throws IOException {
        if (searcher == null) searcher = LuceneArticleSearcher.open(dir);
        return searcher;
    }

    public synchronized ArticleExtractor extractor() {
        if (extractor == null) extractor = new ArticleExtractor(settings.extract());
        return extractor;
    }

    /** @return an ingestor writing to this workspace's store with its themes and the sources' extraction {@link #hints()} */
    public Ingestor ingestor() throws IOException {
        return new Ingestor(extractor(), matcher(), store(), clock, hints);
    }

    /**
     * @return the extraction hints of the configured sources that ingestors of this workspace (crawl, watch, reindex)
     *     apply; empty until {@link #useSources} is given the sources
     */
    public HintsByHost hints() {
        return hints;
    }

    /**
     * Gives the ingestors of this workspace the extraction hints and zones of the configured sources (by host); call
     * again when the sources file changed.
     */
    public void useSources(List<io.newsradar.sources.Source> sources) {
        hints.update(sources, settings.extract().zoneByLanguage());
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (searcher != null) searcher.close();
        } finally {
            if (store != null) store.close();
        }
    }
}

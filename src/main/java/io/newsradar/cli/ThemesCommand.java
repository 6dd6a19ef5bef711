package io.newsradar.cli;

import io.newsradar.index.ArticleStore;
import io.newsradar.model.Theme;
import io.newsradar.pipeline.Workspace;
import io.newsradar.query.SearchRequest;
import io.newsradar.query.SearchResult;
import io.newsradar.themes.ThemeExplainer;
import io.newsradar.themes.ThemeMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

@Command(name = "themes", mixinStandardHelpOptions = true,
        description = "List the themes (from DATA/themes.yaml, else the bundled starter themes) with article counts.",
        subcommands = {ThemesCommand.Apply.class, ThemesCommand.Explain.class},
        footer = {"", "Examples:", "  newsradar themes", "  newsradar themes --json",
                "  newsradar themes apply      # re-tag everything after editing themes.yaml",
                "  newsradar themes explain https://news.example.jp/article/1 DeepSeek"})
final class ThemesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = common.workspace()) {
            PrintWriter out = common.out();
            if (!common.json) out.printf("Themes from %s:%n", ws.themesSource());
            for (Theme t : ws.themes()) {
                SearchResult r = ws.searcher().search(new SearchRequest("", List.of(t.name()), null, null, null, null,
                        SearchRequest.Sort.DATE, 1, List.of()));
                if (common.json) {
                    var n = JsonLines.object();
                    n.put("theme", t.name());
                    n.put("version", t.version());
                    n.put("articles", r.total());
                    n.put("description", t.description());
                    JsonLines.print(out, n);
                } else {
                    out.printf("%6d  %s  (definition %s)%n", r.total(), t.name(), t.version());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Re-tag every stored article with the current themes file (after editing it). "
                    + "An invalid themes file changes nothing and exits 2.",
            footer = {"", "Example:", "  newsradar --data ~/radar themes apply"})
    static final class Apply implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() throws Exception {
            try (var lock = DataLocks.take(common.dataDir(), "themes apply"); Workspace ws = common.workspace()) {
                ThemeMatcher matcher = ws.matcher();
                ArticleStore store = ws.store();
                AtomicLong seen = new AtomicLong();
                AtomicLong tagged = new AtomicLong();
                try {
                    store.forEach(stored -> {
                        seen.incrementAndGet();
                        List<String> themes = matcher.match(stored.article());
                        if (!themes.isEmpty()) tagged.incrementAndGet();
                        if (!themes.equals(stored.themes())) {
                            try {
                                store.setThemes(stored.article().id(), themes);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                store.commit();
                if (common.json) {
                    var n = JsonLines.object();
                    n.put("articles", seen.get());
                    n.put("tagged", tagged.get());
                    JsonLines.print(common.out(), n);
                } else {
                    common.out().printf("themes apply: %d articles re-tagged, %d carry at least one theme%n", seen.get(), tagged.get());
                    common.out().flush();
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Why a stored article is or is not tagged with a theme: whether the query matches, which "
                    + "prominence rule holds, and where the theme is mentioned (offsets into title and body).",
            footer = {"", "Example:", "  newsradar themes explain https://news.example.jp/article/1 DeepSeek"})
    static final class Explain implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "ARTICLE", description = "Article id or canonical URL.")
        String article;

        @picocli.CommandLine.Parameters(index = "1", paramLabel = "THEME", description = "Theme name (case-insensitive).")
        String theme;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = common.workspace()) {
                String name = ThemeNames.check(ws, theme);
                var stored = ws.searcher().article(article)
                        .orElseThrow(() -> new UserException("no stored article with id or URL '" + article + "'"));
                var definition = ws.themeSet().definition(name).orElseThrow();
                ThemeExplainer.Explanation e = ThemeExplainer.explain(definition, stored.article());
                PrintWriter out = common.out();
                if (common.json) {
                    var n = JsonLines.object();
                    n.put("theme", e.theme());
                    n.put("version", e.version());
                    n.put("verdict", e.verdict());
                    n.put("reason", e.reason());
                    var arr = n.putArray("mentions");
                    e.mentions().forEach(m -> arr.addObject().put("part", m.part()).put("start", m.start())
                            .put("end", m.end()).put("text", m.text()));
                    JsonLines.print(out, n);
                    return ExitCodes.OK;
                }
                out.printf("%s (definition %s): %s%n  %s%n", e.theme(), e.version(), e.verdict(), e.reason());
                for (ThemeExplainer.Mention m : e.mentions()) {
                    out.printf("  %-5s %5d-%-5d %s%n", m.part(), m.start(), m.end(), m.text());
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }
}

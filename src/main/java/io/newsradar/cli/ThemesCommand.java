package io.newsradar.cli;

import io.newsradar.index.ArticleStore;
import io.newsradar.model.Theme;
import io.newsradar.pipeline.Workspace;
import io.newsradar.query.SearchRequest;
import io.newsradar.query.SearchResult;
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
        subcommands = ThemesCommand.Apply.class,
        footer = {"", "Examples:", "  newsradar themes", "  newsradar themes --json",
                "  newsradar themes apply      # re-tag every stored article after editing themes.yaml"})
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
                    out.printf("%6d  %s  (v%s)%n", r.total(), t.name(), t.version());
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
            try (Workspace ws = common.workspace()) {
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
}

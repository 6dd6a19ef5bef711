package io.newsradar.cli;

import io.newsradar.model.Hit;
import io.newsradar.pipeline.Workspace;
import io.newsradar.query.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Articles most like a stored one (its most characteristic title and body terms, in the "
                + "fields of its language), the article itself excluded.",
        footer = {"", "Examples:", "  newsradar similar https://example.com/news/1",
                "  newsradar similar 3f9a0c2e --limit 5 --json"})
final class SimilarCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "Id or canonical URL of an indexed article.")
    String article;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (1-10000). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 10_000) throw new UserException("--limit must be 1..10000, was " + limit);
        try (Workspace ws = common.workspace()) {
            String key = article.strip();
            if (ws.searcher().article(key).isEmpty()) throw new UserException("no indexed article with id or URL '" + key + "'");
            SearchResult r = ws.searcher().similar(key, limit);
            PrintWriter out = common.out();
            if (common.json) {
                for (Hit h : r.hits()) JsonLines.print(out, JsonLines.hit(h));
                var total = JsonLines.object();
                total.put("total", r.total());
                total.put("took_ms", r.tookMs());
                JsonLines.print(out, total);
                return ExitCodes.OK;
            }
            int rank = 0;
            for (Hit h : r.hits()) {
                String when = h.published() == null ? "date unknown" : WHEN.format(h.published());
                out.printf(Locale.ROOT, "%2d. %s%n    %s · %s · %s · score %.2f%n    %s%n", ++rank,
                        h.title().isBlank() ? "(no title)" : h.title(), h.source(), when, h.lang(), h.score(), h.url());
            }
            out.printf("%d similar article%s (%d ms)%n", r.total(), r.total() == 1 ? "" : "s", r.tookMs());
            out.flush();
            return ExitCodes.OK;
        }
    }
}

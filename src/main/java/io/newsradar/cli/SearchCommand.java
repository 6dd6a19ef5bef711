package io.newsradar.cli;

import io.newsradar.model.Hit;
import io.newsradar.pipeline.Workspace;
import io.newsradar.query.SearchRequest;
import io.newsradar.query.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index. Words are ANDed; \"quoted phrases\", OR, NOT, parentheses, wildcards "
                + "(export*), NEAR/n, PRE/n and fields (title:, source:, lang:, theme:) work as in theme queries.",
        footer = {"", "Examples:", "  newsradar search 輸出規制",
                "  newsradar search --theme DeepSeek --since 7d --sort date",
                "  newsradar search '\"export controls\" AND (Nvidia OR エヌビディア)' \\",
                "      --lang en --limit 5 --json"})
final class SearchCommand implements Callable<Integer> {
    /** Terminal columns of a facet value in the text output; a longer value is cut (counts stay aligned). */
    static final int FACET_LABEL_COLUMNS = 40;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words (joined with spaces).")
    List<String> words = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "THEME", description = "Only articles tagged with this theme (repeatable).")
    List<String> themes = new ArrayList<>();

    @Option(names = "--since", paramLabel = "WHEN", description = "Published at or after: 7d, 24h, 2025-01-31 or an ISO date-time.")
    String since;

    @Option(names = "--until", paramLabel = "WHEN", description = "Published before (same forms as --since).")
    String until;

    @Option(names = "--lang", paramLabel = "LANG", description = "Only this language: ja, en, zh.")
    String lang;

    @Option(names = "--source", paramLabel = "NAME", description = "Only this source (outlet name, exact).")
    String source;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance or date (newest first). Default: ${DEFAULT-VALUE}.")
    SearchRequest.Sort sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (1-10000). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--facets", paramLabel = "DIMS", split = ",",
            description = "Count matches by dimension: theme, source, site, lang, day, story.")
    List<String> facets = new ArrayList<>();

    @Option(names = "--collapse", description = "Show one hit per story (near-duplicates and syndicated copies), "
            + "with the number of the others: (+2 similar).")
    boolean collapse;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone for date-only --since/--until values. Default: ${DEFAULT-VALUE}.")
    ZoneId zone;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = common.workspace()) {
            // Open the index first: that starts loading the analyzers' dictionaries in the background, which the
            // themes file then needs too (one load for both, overlapping the index open).
            var searcher = ws.searcher();
            List<String> themeNames = new ArrayList<>();
            for (String t : themes) themeNames.add(ThemeNames.check(ws, t));
            Instant from = since == null ? null : TimeArgs.parse("--since", since, common.clock, zone);
            Instant to = until == null ? null : TimeArgs.parse("--until", until, common.clock, zone);
            SearchRequest req = new SearchRequest(String.join(" ", words), themeNames, from, to, lang, source, sort,
                    limit, facets, collapse);
            SearchResult result = searcher.search(req);
            if (common.json) printJson(result);
            else printText(result);
            return ExitCodes.OK;
        }
    }

    private void printJson(SearchResult r) {
        PrintWriter out = common.out();
        for (Hit h : r.hits()) JsonLines.print(out, JsonLines.hit(h));
        var total = JsonLines.object();
        total.put("total", r.total());
        total.put("took_ms", r.tookMs());
        if (r.stories() >= 0) total.put("stories", r.stories());
        var facets = total.putObject("facets");
        r.facets().forEach((dim, counts) -> {
            var o = facets.putObject(dim);
            counts.forEach(c -> o.put(c.value(), c.count()));
        });
        JsonLines.print(out, total);
    }

    private void printText(SearchResult r) {
        PrintWriter out = common.out();
        boolean tty = System.console() != null;
        int rank = 0;
        for (Hit h : r.hits()) {
            rank++;
            String when = h.published() == null ? "date unknown" : WHEN.format(h.published());
            String similar = h.similarCount() > 0 ? "  (+" + h.similarCount() + " similar)" : "";
            out.printf("%2d. %s%s%n    %s · %s · %s%n    %s%n", rank, h.title().isBlank() ? "(no title)" : h.title(),
                    similar, h.source(), when, h.lang(), h.url());
            String snippet = tty ? h.snippet().render("\u001b[1m", "\u001b[0m") : h.snippet().render("[", "]");
            if (!snippet.isBlank()) out.printf("    %s%n", snippet);
            if (!h.themes().isEmpty()) out.printf("    themes: %s%n", String.join(", ", h.themes()));
        }
        String stories = r.stories() < 0 ? "" : " in " + r.stories() + " stor" + (r.stories() == 1 ? "y" : "ies");
        out.printf("%d matching article%s%s (%d ms)%n", r.total(), r.total() == 1 ? "" : "s", stories, r.tookMs());
        r.facets().forEach((dim, counts) -> {
            out.printf("%s:%n", dim);
            counts.forEach(c -> out.printf("  %s %6d%n", Columns.fit(c.value(), FACET_LABEL_COLUMNS), c.count()));
        });
        out.flush();
    }
}

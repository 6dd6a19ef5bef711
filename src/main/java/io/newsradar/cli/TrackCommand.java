package io.newsradar.cli;

import io.newsradar.pipeline.Workspace;
import io.newsradar.query.ArticleSearcher;
import io.newsradar.query.ArticleSearcher.TimelineBucket;
import io.newsradar.query.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "track", mixinStandardHelpOptions = true,
        description = "Count a theme's articles over time, by publication date.",
        footer = {"", "Examples:", "  newsradar track DeepSeek --by week",
                "  newsradar track 'Semiconductor export controls' --by month --since 2024-01-01 --json"})
final class TrackCommand implements Callable<Integer> {
    private static final String BARS = "▁▂▃▄▅▆▇█";

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "THEME", description = "Theme name (case-insensitive).")
    String theme;

    @Option(names = "--by", paramLabel = "BUCKET", defaultValue = "day", description = "day, week or month. Default: ${DEFAULT-VALUE}.")
    ArticleSearcher.Bucket by;

    @Option(names = "--since", paramLabel = "WHEN", description = "From (7d, 2025-01-01, ISO date-time).")
    String since;

    @Option(names = "--until", paramLabel = "WHEN", description = "Until, exclusive (same forms).")
    String until;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Zone the calendar buckets are cut in. Default: the digest time zone of the config.")
    ZoneId zone;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = common.workspace()) {
            ZoneId z = zone != null ? zone : ws.settings().digest().zone();
            String name = ThemeNames.check(ws, theme);
            Instant from = since == null ? null : TimeArgs.parse("--since", since, common.clock, z);
            Instant to = until == null ? null : TimeArgs.parse("--until", until, common.clock, z);
            SearchRequest req = new SearchRequest("", List.of(name), from, to, null, null, SearchRequest.Sort.DATE, 1, List.of());
            List<TimelineBucket> buckets = ws.searcher().timeline(req, by, z);
            PrintWriter out = common.out();
            if (common.json) {
                for (TimelineBucket b : buckets) {
                    var n = JsonLines.object();
                    n.put("theme", name);
                    n.put("bucket", b.label());
                    n.put("start", b.start().toString());
                    n.put("count", b.count());
                    JsonLines.print(out, n);
                }
                return ExitCodes.OK;
            }
            out.printf("%s by %s (%s)%n", name, by.name().toLowerCase(java.util.Locale.ROOT), z);
            if (buckets.isEmpty()) out.println("no dated articles");
            else out.println(sparkline(buckets));
            for (TimelineBucket b : buckets) out.printf("%-10s %6d%n", b.label(), b.count());
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** @return one block character per bucket, scaled to the largest count */
    static String sparkline(List<TimelineBucket> buckets) {
        long max = buckets.stream().mapToLong(TimelineBucket::count).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (TimelineBucket b : buckets) {
            if (b.count() == 0 || max == 0) sb.append(' ');
            else sb.append(BARS.charAt((int) Math.min(BARS.length() - 1, (b.count() * BARS.length() - 1) / max)));
        }
        return sb.toString();
    }
}

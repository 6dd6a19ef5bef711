package io.newsradar.cli;

import io.newsradar.pipeline.Workspace;
import io.newsradar.query.ArticleSearcher;
import io.newsradar.query.ArticleSearcher.TimelineBucket;
import io.newsradar.query.SearchRequest;
import io.newsradar.query.SpikeTimeline;
import io.newsradar.query.Spikes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "track", mixinStandardHelpOptions = true,
        description = {"Count a theme's articles over time, by publication date, flagging spikes: a count of at "
                + "least 3 whose Poisson upper tail against the mean of the previous --baseline buckets is below 0.01.",
                "With --terms: the terms most characteristic of the theme's articles in the window against the "
                        + "whole index (log-likelihood G² on document frequencies)."},
        footer = {"", "Examples:", "  newsradar track DeepSeek --by week",
                "  newsradar track 'Semiconductor export controls' --by month \\",
                "      --since 2024-01-01 --csv",
                "  newsradar track DeepSeek --terms --since 30d --limit 20"})
final class TrackCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "THEME", description = "Theme name (case-insensitive).")
    String theme;

    @Mixin
    CalendarOptions calendar;

    @Option(names = "--csv", description = "Print CSV (RFC 4180, header row) instead of text.")
    boolean csv;

    @Option(names = "--baseline", paramLabel = "K", defaultValue = "7",
            description = "Buckets averaged into the spike baseline. Default: ${DEFAULT-VALUE}.")
    int baseline;

    @Option(names = "--terms", description = "List the theme's significant terms in the window instead of counts.")
    boolean terms;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Terms to list with --terms (1-1000). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (csv && common.json) throw new UserException("--csv and --json cannot be combined");
        try (Workspace ws = common.workspace()) {
            ZoneId z = calendar.zone(ws);
            String name = ThemeNames.check(ws, theme);
            Instant from = calendar.from(common.clock, z);
            Instant to = calendar.to(common.clock, z);
            SearchRequest req = new SearchRequest("", List.of(name), from, to, null, null, SearchRequest.Sort.DATE, 1, List.of());
            if (terms) {
                if (limit < 1 || limit > 1000) throw new UserException("--limit must be 1..1000, was " + limit);
                new TermsView(common.out(), name, csv, common.json).print(ws.searcher().significantTerms(req, limit));
                return ExitCodes.OK;
            }
            Spikes.Rule rule = new Spikes.Rule(baseline, Spikes.Rule.DEFAULT.alpha(), Spikes.Rule.DEFAULT.minCount());
            List<Spikes.Flagged> flagged = SpikeTimeline.of(ws.searcher(), req, calendar.by, z, rule);
            PrintWriter out = common.out();
            if (common.json) printJson(out, name, flagged, rule);
            else if (csv) printCsv(out, name, flagged);
            else printText(out, name, z, flagged, rule);
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void printJson(PrintWriter out, String name, List<Spikes.Flagged> flagged, Spikes.Rule rule) {
        for (Spikes.Flagged f : flagged) {
            var n = JsonLines.object();
            n.put("theme", name);
            n.put("bucket", f.bucket().label());
            n.put("start", f.bucket().start().toString());
            n.put("count", f.bucket().count());
            n.put("baseline", Double.isNaN(f.baseline()) ? null : (Double) f.baseline());
            n.put("p_value", Double.isNaN(f.pValue()) ? null : (Double) f.pValue());
            n.put("spike", f.spike());
            JsonLines.print(out, n);
        }
        var rules = JsonLines.object();
        rules.put("theme", name);
        rules.put("spike_rule", rule.describe());
        JsonLines.print(out, rules);
    }

    private static void printCsv(PrintWriter out, String name, List<Spikes.Flagged> flagged) {
        Csv.row(out, "theme", "bucket", "start", "count", "baseline", "p_value", "spike");
        for (Spikes.Flagged f : flagged) {
            Csv.row(out, name, f.bucket().label(), f.bucket().start(), f.bucket().count(), f.baseline(), f.pValue(), f.spike());
        }
    }

    private void printText(PrintWriter out, String name, ZoneId z, List<Spikes.Flagged> flagged, Spikes.Rule rule) {
        out.printf("%s by %s (%s)%n", name, calendar.by.name().toLowerCase(Locale.ROOT), z);
        if (flagged.isEmpty()) {
            out.println("no dated articles");
            return;
        }
        out.println(sparkline(flagged.stream().map(Spikes.Flagged::bucket).toList()));
        out.printf("%-10s %6s %9s %9s%n", "bucket", "count", "baseline", "p");
        for (Spikes.Flagged f : flagged) {
            String base = Double.isNaN(f.baseline()) ? "-" : String.format(Locale.ROOT, "%.2f", f.baseline());
            String p = Double.isNaN(f.pValue()) ? "-" : String.format(Locale.ROOT, "%.2g", f.pValue());
            out.printf("%-10s %6d %9s %9s%s%n", f.bucket().label(), f.bucket().count(), base, p, f.spike() ? "  SPIKE" : "");
        }
        out.println(rule.describe());
    }

    /** @return one block character per bucket, scaled to the largest count */
    static String sparkline(List<TimelineBucket> buckets) {
        return Sparkline.of(buckets.stream().mapToLong(TimelineBucket::count).toArray());
    }
}

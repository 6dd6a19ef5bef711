package io.newsradar.cli;

import io.newsradar.pipeline.Workspace;
import io.newsradar.query.Comparison;
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

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Two themes' article counts over time, side by side on one calendar, by publication date.",
        footer = {"", "Examples:", "  newsradar compare DeepSeek 'Semiconductor export controls' --by week",
                "  newsradar compare DeepSeek 'US-China AI competition' --by month \\",
                "      --since 2025-01-01 --csv"})
final class CompareCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "THEME1", description = "First theme (case-insensitive).")
    String first;

    @Parameters(index = "1", paramLabel = "THEME2", description = "Second theme (case-insensitive).")
    String second;

    @Mixin
    CalendarOptions calendar;

    @Option(names = "--csv", description = "Print CSV (RFC 4180, header row: bucket, start, then one column per theme).")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        if (csv && common.json) throw new UserException("--csv and --json cannot be combined");
        try (Workspace ws = common.workspace()) {
            ZoneId z = calendar.zone(ws);
            String a = ThemeNames.check(ws, first);
            String b = ThemeNames.check(ws, second);
            Instant from = calendar.from(common.clock, z);
            Instant to = calendar.to(common.clock, z);
            if (from != null && to != null && !from.isBefore(to)) throw new UserException("--since must be before --until");
            List<Comparison.Row> rows = Comparison.of(ws.searcher(), a, b, from, to, calendar.by, z);
            PrintWriter out = common.out();
            if (common.json) printJson(out, a, b, rows);
            else if (csv) printCsv(out, a, b, rows);
            else printText(out, a, b, z, rows);
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void printJson(PrintWriter out, String a, String b, List<Comparison.Row> rows) {
        for (Comparison.Row r : rows) {
            var n = JsonLines.object();
            n.put("bucket", r.label());
            n.put("start", r.start().toString());
            var counts = n.putObject("counts");
            counts.put(a, r.first());
            counts.put(b, r.second());
            JsonLines.print(out, n);
        }
    }

    private static void printCsv(PrintWriter out, String a, String b, List<Comparison.Row> rows) {
        Csv.row(out, "bucket", "start", a, b);
        for (Comparison.Row r : rows) Csv.row(out, r.label(), r.start(), r.first(), r.second());
    }

    private void printText(PrintWriter out, String a, String b, ZoneId z, List<Comparison.Row> rows) {
        out.printf("%s vs %s by %s (%s)%n", a, b, calendar.by.name().toLowerCase(Locale.ROOT), z);
        if (rows.isEmpty()) {
            out.println("no dated articles");
            return;
        }
        long[] ca = rows.stream().mapToLong(Comparison.Row::first).toArray();
        long[] cb = rows.stream().mapToLong(Comparison.Row::second).toArray();
        out.printf("1 %s  %s%n2 %s  %s%n", Sparkline.of(ca), a, Sparkline.of(cb), b);
        out.printf("%-10s %8s %8s%n", "bucket", "1", "2");
        for (Comparison.Row r : rows) out.printf("%-10s %8d %8d%n", r.label(), r.first(), r.second());
        out.printf("%-10s %8d %8d%n", "total", java.util.Arrays.stream(ca).sum(), java.util.Arrays.stream(cb).sum());
    }
}

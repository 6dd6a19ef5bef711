package io.newsradar.cli;

import io.newsradar.digest.DigestFormat;
import io.newsradar.digest.DigestJob;
import io.newsradar.digest.DigestOutput;
import io.newsradar.digest.DigestRunResult;
import io.newsradar.digest.DigestRunner;
import io.newsradar.digest.FileOutput;
import io.newsradar.digest.StreamOutput;
import io.newsradar.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Per theme, the articles first seen (indexed) in the window, as Markdown, HTML, JSON or Atom. The "
                + "window end is recorded per digest name once the digest was delivered, so --since last never repeats "
                + "or skips an article. --run-due runs the digests defined in the config that are due now, once each.",
        footer = {"", "Examples:", "  newsradar digest             # since the last 'daily' digest (24h at first)",
                "  newsradar digest --since 7d --format json",
                "  newsradar digest --since previous_calendar_day --zone Asia/Tokyo \\",
                "      --format html --out digest.html",
                "  newsradar digest --run-due   # from cron or a systemd timer, e.g. every 15 min"})
final class DigestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--since", paramLabel = "WINDOW", defaultValue = "last",
            description = "last, previous_calendar_day, or a duration (24h, 7d). Default: ${DEFAULT-VALUE}.")
    String since;

    @Option(names = "--format", paramLabel = "FMT", split = ",", defaultValue = "md",
            description = "md, html, json or atom; several separated by commas. Default: ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "daily", description = "Digest name (state is kept per name). Default: ${DEFAULT-VALUE}.")
    String name;

    @Option(names = "--theme", paramLabel = "THEME", description = "Only these themes (repeatable). Default: all.")
    List<String> themes = new ArrayList<>();

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the window and times. Default: digest.timezone of the config.")
    ZoneId zone;

    @Option(names = "--per-theme", paramLabel = "N", description = "Articles listed per theme at most. Default: digest.per_theme of the config (20).")
    Integer perTheme;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output ({name} {date} {time} {ext} expand; an Atom file keeps earlier entries).")
    Path out;

    @Option(names = "--dry-run", description = "Do not record this window as delivered.")
    boolean dryRun;

    @Option(names = "--run-due", description = "Run every digest of digest.definitions that is due now (missed runs caught up once), then exit.")
    boolean runDue;

    @Override
    public Integer call() throws Exception {
        if (runDue) DataLocks.refuseWhileWatching(common.dataDir());
        try (Workspace ws = common.workspace()) {
            if (runDue && ws.settings().digest().definitions().isEmpty()) {
                common.spec.commandLine().getErr().println("digest: no digests defined (digest.definitions in " + ws.dir().resolve("config.yaml") + ")");
                return ExitCodes.OK;
            }
            DigestRunner runner = new DigestRunner(ws, System::getenv);
            Instant now = common.clock.instant();
            List<DigestRunResult> results;
            try {
                results = runDue ? runner.runDue(now) : List.of(runner.run(job(ws), now, outputs(), !dryRun));
            } catch (IllegalStateException busy) { // another run holds the state lock
                common.spec.commandLine().getErr().println("digest: " + busy.getMessage());
                return ExitCodes.BUSY;
            }
            if (runDue || out != null) results.forEach(this::report);
            else results.stream().filter(r -> !r.ok()).forEach(this::report);
            return results.stream().allMatch(DigestRunResult::ok) ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }

    private DigestJob job(Workspace ws) throws java.io.IOException {
        List<String> names = new ArrayList<>();
        for (String t : themes) names.add(ThemeNames.check(ws, t));
        List<DigestFormat> fmts = common.json ? List.of(DigestFormat.JSON) : formats.stream().map(DigestFormat::parse).distinct().toList();
        var s = ws.settings().digest();
        return new DigestJob(name, names, since, zone != null ? zone : s.zone(), fmts, perTheme != null ? perTheme : s.perTheme());
    }

    private List<DigestOutput> outputs() {
        return List.of(out != null ? new FileOutput(Path.of("").toAbsolutePath(), out.toString()) : new StreamOutput(common.out()));
    }

    /** One line per run on stderr (text) or, with --run-due --json, one JSON object per line on stdout. */
    private void report(DigestRunResult r) {
        if (common.json && runDue) {
            var n = JsonLines.object();
            n.put("digest", r.name());
            n.put("run_at", r.runAt().toString());
            n.put("window_start", r.window() == null ? null : r.window().start().toString());
            n.put("window_end", r.window() == null ? null : r.window().end().toString());
            n.put("articles", r.articles());
            n.put("missed_runs", r.missedRuns());
            var delivered = n.putArray("delivered");
            r.delivered().forEach(delivered::add);
            n.put("failure", r.failure());
            n.put("recorded", r.recorded());
            JsonLines.print(common.out(), n);
            return;
        }
        var err = common.spec.commandLine().getErr();
        String window = r.window() == null ? "" : " window " + r.window().start() + " to " + r.window().end() + ",";
        String caught = r.missedRuns() > 1 ? " (" + r.missedRuns() + " scheduled runs caught up in one)" : "";
        err.println("digest " + r.name() + ":" + window + " " + r.articles() + " articles, "
                + (r.ok() ? "delivered to " + String.join("; ", r.delivered()) : "NOT delivered: " + r.failure()) + caught);
        err.flush();
    }
}

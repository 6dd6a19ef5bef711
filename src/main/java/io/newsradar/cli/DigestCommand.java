package io.newsradar.cli;

import io.newsradar.digest.Digest;
import io.newsradar.digest.DigestBuilder;
import io.newsradar.digest.DigestFormat;
import io.newsradar.digest.DigestState;
import io.newsradar.digest.DigestWindow;
import io.newsradar.model.Theme;
import io.newsradar.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Per theme, the articles first seen (indexed) in the window, as Markdown, HTML, JSON or Atom. The window "
                + "end is recorded per digest name once the digest was written, so --since last never repeats "
                + "or skips an article.",
        footer = {"", "Examples:", "  newsradar digest                       # since the last 'daily' digest (24h the first time)",
                "  newsradar digest --since 7d --format json",
                "  newsradar digest --since previous_calendar_day --zone Asia/Tokyo --out digest.md"})
final class DigestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--since", paramLabel = "WINDOW", defaultValue = "last",
            description = "last, previous_calendar_day, or a duration (24h, 7d). Default: ${DEFAULT-VALUE}.")
    String since;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "md", description = "md, html, json or atom. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "daily", description = "Digest name (state is kept per name). Default: ${DEFAULT-VALUE}.")
    String name;

    @Option(names = "--theme", paramLabel = "THEME", description = "Only these themes (repeatable). Default: all.")
    List<String> themes = new ArrayList<>();

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the window and times. Default: digest.timezone of the config.")
    ZoneId zone;

    @Option(names = "--per-theme", paramLabel = "N", defaultValue = "20", description = "Articles listed per theme at most. Default: ${DEFAULT-VALUE}.")
    int perTheme;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--dry-run", description = "Do not record this window as delivered.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        DigestFormat fmt = DigestFormat.parse(common.json ? "json" : format);
        DigestState.checkName(name);
        if (perTheme < 1 || perTheme > 1000) throw new UserException("--per-theme must be 1..1000, was " + perTheme);
        try (Workspace ws = common.workspace()) {
            ZoneId z = zone != null ? zone : ws.settings().digest().zone();
            DigestState state = new DigestState(ws.stateDir());
            Instant now = common.clock.instant();
            DigestWindow window = DigestWindow.parse(since, now, z, state.lastDelivered(name));
            Digest digest = new DigestBuilder(ws.searcher(), ws.store(), selected(ws), z).build(name, window, now, perTheme);
            String text = fmt.renderer().render(digest);
            if (out != null) {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } else {
                common.out().print(text);
                common.out().flush();
            }
            if (!dryRun) state.delivered(name, window.end(), digest.total());
            return ExitCodes.OK;
        }
    }

    private List<Theme> selected(Workspace ws) throws java.io.IOException {
        if (themes.isEmpty()) return ws.themes();
        List<Theme> picked = new ArrayList<>();
        for (String t : themes) {
            String canonical = ThemeNames.check(ws, t);
            ws.themes().stream().filter(th -> th.name().equals(canonical)).forEach(picked::add);
        }
        return picked;
    }
}

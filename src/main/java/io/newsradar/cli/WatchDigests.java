package io.newsradar.cli;

import io.newsradar.config.ConfigException;
import io.newsradar.config.DigestDefinition;
import io.newsradar.config.Settings;
import io.newsradar.digest.DigestRunResult;
import io.newsradar.digest.DigestRunner;
import io.newsradar.digest.DigestSchedule;
import io.newsradar.pipeline.Watcher;
import io.newsradar.pipeline.Workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduled digests of {@code watch} ({@code digest.definitions} of the config), run between crawl rounds through
 * {@link DigestRunner#runDue}: each due digest once, however many fire times were missed (a sleep, a restart). Each run
 * opens the data directory afresh, so it reads the last commit of the index and the current {@code config.yaml} and
 * themes file. A failed delivery stays due ({@link DigestRunner}); it is retried after 1, 2, 4... minutes (at most an
 * hour) rather than every round, and at once when another fire time passes.
 */
final class WatchDigests implements Watcher.BetweenRounds {
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LAST_RETRY = Duration.ofHours(1);
    private final Path dataDir;
    private final Clock clock;
    private final UnaryOperator<String> env;
    private final Logger log;
    private List<DigestSchedule> schedules;
    private Instant lastCall;
    private Instant retryAt = Instant.MIN;
    private int failedRuns;

    /**
     * @param dataDir the data directory (its config, index, themes and digest state)
     * @param clock   the clock of the workspaces opened (UTC)
     * @param env     environment lookup for secrets ({@code System::getenv})
     * @param log     where each run is reported (one line per digest)
     */
    WatchDigests(Path dataDir, Clock clock, UnaryOperator<String> env, Logger log) throws IOException {
        this.dataDir = dataDir;
        this.clock = clock;
        this.env = env;
        this.log = log;
        try (Workspace ws = Workspace.open(dataDir, clock)) {
            this.schedules = schedules(ws.settings());
        }
    }

    /** @return how many digests the config defines (as last read) */
    int defined() {
        return schedules.size();
    }

    @Override
    public void runDue(Instant now) {
        boolean fired = lastCall == null || schedules.stream().anyMatch(s -> s.nextAfter(lastCall).map(t -> !t.toInstant().isAfter(now)).orElse(false));
        lastCall = now;
        if (now.isBefore(retryAt) && !fired) return;
        try (Workspace ws = Workspace.open(dataDir, clock)) {
            schedules = schedules(ws.settings());
            if (schedules.isEmpty()) return;
            List<DigestRunResult> results = new DigestRunner(ws, env).runDue(now);
            results.forEach(this::report);
            afterRun(now, results.stream().allMatch(DigestRunResult::ok));
        } catch (ConfigException e) {
            log.warning("config.yaml: " + e.getMessage() + " (digests wait until it is fixed)");
        } catch (IllegalStateException busy) { // a digest --run-due of another process holds the state lock
            log.warning(busy.getMessage());
        } catch (IOException | RuntimeException e) { // index or state unreadable, bad themes file: retried later
            log.warning("digests not run: " + e.getMessage());
            afterRun(now, false);
        }
    }

    private void afterRun(Instant now, boolean allOk) {
        if (allOk) {
            failedRuns = 0;
            retryAt = Instant.MIN;
            return;
        }
        long factor = 1L << Math.min(failedRuns++, 10);
        Duration wait = FIRST_RETRY.multipliedBy(factor);
        retryAt = now.plus(wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait);
        log.info("failed deliveries are retried at " + retryAt);
    }

    @Override
    public Optional<Instant> nextDue(Instant now) {
        Optional<Instant> next = schedules.stream().map(s -> s.nextAfter(now)).flatMap(Optional::stream)
                .map(t -> t.toInstant()).min(Instant::compareTo);
        if (retryAt.isAfter(now) && (next.isEmpty() || retryAt.isBefore(next.get()))) return Optional.of(retryAt);
        return next;
    }

    private static List<DigestSchedule> schedules(Settings s) {
        List<DigestSchedule> out = new ArrayList<>();
        for (DigestDefinition d : s.digest().definitions()) out.add(new DigestSchedule(d.schedule(), s.digest().zoneOf(d)));
        return List.copyOf(out);
    }

    /** One line per digest run: window, articles, where it went or why not, catch-up. */
    private void report(DigestRunResult r) {
        String window = r.window() == null ? "" : " window " + r.window().start() + " to " + r.window().end() + ",";
        String caught = r.missedRuns() > 1 ? " (" + r.missedRuns() + " scheduled runs caught up in one)" : "";
        String line = r.name() + ": scheduled " + r.runAt() + "," + window + " " + r.articles() + " articles, "
                + (r.ok() ? "delivered to " + String.join("; ", r.delivered()) : "NOT delivered: " + r.failure()) + caught;
        log.log(r.ok() ? Level.INFO : Level.WARNING, line);
    }
}

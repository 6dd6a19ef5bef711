package io.newsradar.digest;

import io.newsradar.config.DigestDefinition;
import io.newsradar.config.Settings;
import io.newsradar.model.Theme;
import io.newsradar.pipeline.AdaptivePoll;
import io.newsradar.pipeline.Workspace;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Runs digests on a data directory: build, render, deliver to every output, and only when every output accepted
 * the digest record its window in {@link DigestState}. A failed or killed delivery records no window (only, for a
 * digest never delivered before, where its first window starts), so the next run covers the same articles again
 * (plus what is new) and nothing is skipped; the run stays due, so the next {@code --run-due} retries it.
 *
 * <p>Per output: with several outputs, the digest and the outputs that accepted it are kept while it is being
 * delivered ({@link PendingDelivery}). When some accepted it and the run then failed or was killed, the next run of
 * that name first sends that same digest to the outputs that did not accept it (only when they are all among
 * its outputs; otherwise the partial delivery is left and superseded by the next delivered window), records its
 * window, and then goes on with the window after it: no output receives an article twice, none misses one.
 * Outputs are tried in the order given, stopping at the first failure; {@link #outputs} orders configured ones
 * webhook, e-mail, then file.
 */
public final class DigestRunner {
    private final Workspace ws;
    private final UnaryOperator<String> env;

    /**
     * @param ws  the data directory (index, themes, settings, state)
     * @param env environment lookup for secrets ({@code System::getenv})
     */
    public DigestRunner(Workspace ws, UnaryOperator<String> env) {
        this.ws = ws;
        this.env = env;
    }

    /**
     * Runs one digest now, unscheduled (the {@code newsradar digest} command): the window is
     * {@link DigestWindow#parse} of {@code job.window()} at {@code now}.
     *
     * @param record false for a dry run (state untouched)
     * @throws IOException              when the index or state cannot be read or the state written
     * @throws IllegalArgumentException for an unknown theme or window form (message says which)
     */
    public DigestRunResult run(DigestJob job, Instant now, List<DigestOutput> outputs, boolean record) throws IOException {
        DigestState state = new DigestState(ws.stateDir());
        try (var lock = record ? state.lock() : null) {
            List<String> retried = new ArrayList<>();
            if (record) {
                DigestRunResult finished = finishPending(job, outputs, state);
                if (finished != null && !finished.ok()) return finished;
                if (finished != null) finished.delivered().forEach(o -> retried.add(o + " (retried window " + finished.window().start()
                        + " to " + finished.window().end() + ")"));
            }
            DigestWindow w = DigestWindow.parse(job.window(), now, job.zone(), state.lastDelivered(job.name()));
            DigestRunResult r = deliver(job, w, now, now, 1, outputs, record, state);
            if (retried.isEmpty()) return r;
            retried.addAll(r.delivered());
            return new DigestRunResult(r.name(), r.runAt(), r.window(), r.articles(), retried, r.failure(), r.missedRuns(), r.recorded());
        }
    }

    /**
     * Runs every configured digest that is due at {@code now} ({@link DigestSchedule#due}), each once, however many
     * fire times were missed; digests not due are left out of the result.
     *
     * @throws IOException           when the index or the state cannot be read
     * @throws IllegalStateException when another run holds the state lock ({@link DigestState#lock()})
     */
    public List<DigestRunResult> runDue(Instant now) throws IOException {
        DigestState state = new DigestState(ws.stateDir());
        try (var lock = state.lock()) {
            return runDue(now, state);
        }
    }

    private List<DigestRunResult> runDue(Instant now, DigestState state) throws IOException {
        Settings.DigestSettings s = ws.settings().digest();
        List<DigestRunResult> results = new ArrayList<>();
        for (DigestDefinition d : s.definitions()) {
            try {
                DigestRunResult finished = finishPending(DigestJob.of(d, s), outputs(d), state);
                if (finished != null) results.add(finished);
                if (finished != null && !finished.ok()) continue;
            } catch (IllegalArgumentException e) {
                continue; // reported below by the run itself
            }
            DigestSchedule schedule = new DigestSchedule(d.schedule(), s.zoneOf(d));
            Optional<Instant> lastRun = state.lastRun(d.name());
            Optional<Instant> due = schedule.due(lastRun, now).map(t -> t.toInstant());
            if (due.isEmpty()) continue;
            int missed = lastRun.map(l -> schedule.missed(l, now, 10_000)).orElse(1);
            try {
                DigestJob job = DigestJob.of(d, s);
                DigestWindow w = DigestWindow.scheduled(job.window(), due.get(), job.zone(), state.lastDelivered(d.name()));
                results.add(deliver(job, w, due.get(), now, missed, outputs(d), true, state));
            } catch (IllegalArgumentException e) { // unknown theme, no SMTP host, window already covered: this digest only
                results.add(new DigestRunResult(d.name(), due.get(), null, 0, List.of(), e.getMessage(), missed, false));
            }
        }
        return results;
    }

    /** @return the outputs of a configured digest: webhook, e-mail, then file */
    public List<DigestOutput> outputs(DigestDefinition d) {
        Settings.DigestSettings s = ws.settings().digest();
        List<DigestOutput> out = new ArrayList<>();
        DigestDefinition.Outputs o = d.outputs();
        if (o.webhook() != null) out.add(new WebhookOutput(URI.create(o.webhook()), Duration.ofMillis(s.webhookTimeoutMs())));
        if (!o.email().isEmpty()) out.add(new SmtpOutput(s.smtp(), o.email(), env));
        if (o.file() != null) out.add(new FileOutput(ws.dir(), o.file()));
        return out;
    }

    private DigestRunResult deliver(DigestJob job, DigestWindow w, Instant runAt, Instant now, int missed,
                                    List<DigestOutput> outputs, boolean record, DigestState state) throws IOException {
        var themeSet = ws.themeSet();
        DigestBuilder builder = new DigestBuilder(ws.searcher(), themes(job), job.zone(), themeSet::definition);
        Duration grace = Duration.ofMinutes(ws.settings().digest().lateCommitGraceMinutes());
        Digest built = builder.build(job.name(), w, now, job.perTheme(), lateCommits(job, w, grace, state),
                state.deliveredEnd(job.name()).orElse(null));
        Digest digest = new Digest(built.name(), built.windowStart(), built.windowEnd(), built.timezone(), built.generatedAt(),
                built.sections(), CrawlStatus.of(ws.dir(), w, AdaptivePoll.of(ws.settings().poll())));
        Set<String> seenBeforeEnd = builder.visibleIds(w.end().minus(grace), w.end());
        Renditions r = new Renditions(digest, job.formats());
        PendingDelivery pending = null;
        if (record) {
            state.delivering(job.name(), w.start()); // survives a kill mid-delivery
            state.clearPending(job.name()); // superseded: this window starts where the last recorded one ended
            if (outputs.size() > 1) {
                pending = new PendingDelivery(digest, runAt, outputs.stream().map(DigestOutput::describe).toList(), Set.of(), seenBeforeEnd);
                state.pending(job.name(), pending);
            }
        }
        List<String> delivered = new ArrayList<>();
        for (DigestOutput o : outputs) {
            try {
                o.deliver(r);
                delivered.add(o.describe(r));
                if (pending != null) state.pending(job.name(), pending = pending.accept(o.describe()));
            } catch (DeliveryException e) {
                if (pending != null && pending.accepted().isEmpty()) state.clearPending(job.name()); // a plain retry is enough
                return new DigestRunResult(job.name(), runAt, w, digest.total(), delivered, e.getMessage(), missed, false);
            }
        }
        if (record) state.delivered(job.name(), w.end(), runAt, digest.total(), seenBeforeEnd);
        return new DigestRunResult(job.name(), runAt, w, digest.total(), delivered, null, missed, record);
    }

    /**
     * Sends a partly delivered digest of {@code job} to the outputs that have not accepted it and records its window
     * when they all have.
     *
     * @return the result of that delivery; null when there is nothing to finish (no pending digest, none accepted
     *     it, or an output it awaits is not among {@code outputs})
     */
    private DigestRunResult finishPending(DigestJob job, List<DigestOutput> outputs, DigestState state) throws IOException {
        Optional<PendingDelivery> found = state.pending(job.name());
        if (found.isEmpty() || found.get().accepted().isEmpty()) return null;
        PendingDelivery p = found.get();
        List<DigestOutput> todo = new ArrayList<>();
        for (String key : p.remaining()) {
            Optional<DigestOutput> o = outputs.stream().filter(x -> x.describe().equals(key)).findFirst();
            if (o.isEmpty()) return null;
            todo.add(o.get());
        }
        Renditions r = new Renditions(p.digest(), job.formats());
        List<String> delivered = new ArrayList<>();
        for (DigestOutput o : todo) {
            try {
                o.deliver(r);
                delivered.add(o.describe(r));
                state.pending(job.name(), p = p.accept(o.describe()));
            } catch (DeliveryException e) {
                return new DigestRunResult(job.name(), p.runAt(), p.window(), p.digest().total(), delivered, e.getMessage(), 1, false);
            }
        }
        state.delivered(job.name(), p.window().end(), p.runAt(), p.digest().total(), p.seenBeforeEnd());
        return new DigestRunResult(job.name(), p.runAt(), p.window(), p.digest().total(), delivered, null, 1, true);
    }

    /** @return the look-back when {@code w} continues the last delivered window, else null */
    private static LateCommits lateCommits(DigestJob job, DigestWindow w, Duration grace, DigestState state) throws IOException {
        Optional<Instant> last = state.deliveredEnd(job.name());
        if (grace.isZero() || last.isEmpty() || !last.get().equals(w.start())) return null;
        return new LateCommits(w.start().minus(grace), state.seenBeforeEnd(job.name()));
    }

    private List<Theme> themes(DigestJob job) throws IOException {
        List<Theme> all = ws.themes();
        if (job.themes().isEmpty()) return all;
        List<Theme> picked = new ArrayList<>();
        for (String name : job.themes()) {
            Theme t = all.stream().filter(th -> th.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("digest " + job.name() + ": unknown theme '" + name + "' (see newsradar themes)"));
            picked.add(t);
        }
        return picked;
    }
}

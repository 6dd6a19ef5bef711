package io.newsradar.cli;

import io.newsradar.pipeline.Ingestor;
import io.newsradar.pipeline.SourcePass;

import java.util.List;

/** Prints what polling sources did: failures on stderr, one line per source, the summary; returns the exit status. */
final class SourcePassReport {
    private SourcePassReport() {
    }

    static int print(CommonOptions common, List<SourcePass> passes, Ingestor ingestor) {
        long fetched = passes.stream().mapToLong(p -> p.summary().fetched()).sum();
        long failed = passes.stream().mapToLong(p -> p.summary().failed()).sum();
        lines(common, passes);
        common.summary("crawl", fetched, ingestor.added(), ingestor.updated(), ingestor.skipped(), failed);
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /**
     * @return one line of text: what polling one source did; the feeds/sitemaps count is what was polled, those that
     *         answered 304 included and named ({@code 1 feeds/sitemaps (1 not modified)})
     */
    static String line(SourcePass p) {
        int notModified = p.summary().listingsNotModified();
        return String.format("source %s: %d feeds/sitemaps%s, %d pages fetched, %d stored, %d skipped, %d failed%s",
                p.source(), p.summary().listingsPolled(), notModified == 0 ? "" : " (" + notModified + " not modified)",
                p.summary().fetched(), p.summary().stored(), p.summary().skipped(), p.summary().failed(),
                p.stopped() ? " (stopped)" : "");
    }

    /** Failures on stderr, then one line (or JSON object) per source. */
    static void lines(CommonOptions common, List<SourcePass> passes) {
        for (SourcePass p : passes) {
            p.summary().failures().forEach(f -> Output.failure(common.spec, f));
            if (common.json) {
                var n = JsonLines.object();
                n.put("source", p.source());
                n.put("feeds", p.summary().listingsPolled());
                n.put("not_modified", p.summary().listingsNotModified());
                n.put("items", p.summary().items());
                n.put("fetched", p.summary().fetched());
                n.put("stored", p.summary().stored());
                n.put("skipped", p.summary().skipped());
                n.put("failed", p.summary().failed());
                n.put("stopped", p.stopped());
                JsonLines.print(common.out(), n);
            } else {
                common.out().println(line(p));
                common.out().flush();
            }
        }
    }
}

package io.newsradar.extract;

import java.util.List;
import java.util.Locale;

/**
 * What {@link ExtractionBench} measured.
 *
 * @param sets  per gold set: quality figures
 * @param speed pages per second, or null when not measured
 */
public record BenchReport(List<SetResult> sets, Speed speed) {
    public BenchReport {
        sets = List.copyOf(sets);
    }

    /**
     * @param name          gold-set name
     * @param pages         pages in the set
     * @param failures      pages that raised an error ({@code id: message})
     * @param f1            body F1 from extract-score (pages with a truth body); NaN when none
     * @param precision     body precision
     * @param recall        body recall
     * @param titlePages    pages whose truth gives a usable title
     * @param titleAccuracy share of them with the exact title (whitespace-normalised); NaN when none
     * @param datePages     pages whose truth gives a publication time
     * @param dateAccuracy  share of them right to the minute; NaN when none
     */
    public record SetResult(String name, int pages, List<String> failures, double f1, double precision, double recall,
                            int titlePages, double titleAccuracy, int datePages, double dateAccuracy) {
        public SetResult {
            failures = List.copyOf(failures);
        }
    }

    /**
     * @param pages              pages per pass (scrapinghub set)
     * @param singleThread       pages/s of the extractor on one thread
     * @param twoThreads         pages/s of the extractor on two threads
     * @param jsoupBaseline      pages/s of jsoup parse + {@code body().text()} alone, one thread
     */
    public record Speed(int pages, double singleThread, double twoThreads, double jsoupBaseline) {
        /** @return extractor speed as a share of the parse-only baseline */
        public double ratio() {
            return singleThread / jsoupBaseline;
        }
    }

    /** @return a plain-text table, one line per set, then the speed line */
    public String format() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s %5s %6s %6s %6s %11s %11s %5s%n",
                "set", "pages", "F1", "P", "R", "title", "published", "fail"));
        for (SetResult s : sets) {
            sb.append(String.format(Locale.ROOT, "%-16s %5d %6.3f %6.3f %6.3f %5.3f/%-5d %5.3f/%-5d %4d%n", s.name(),
                    s.pages(), s.f1(), s.precision(), s.recall(), s.titleAccuracy(), s.titlePages(), s.dateAccuracy(),
                    s.datePages(), s.failures().size()));
        }
        if (speed != null) {
            sb.append(String.format(Locale.ROOT,
                    "speed (%d scrapinghub pages): %.1f pages/s single-threaded, %.1f pages/s on 2 threads; "
                            + "jsoup parse+text baseline %.1f pages/s; ratio %.2f%n",
                    speed.pages(), speed.singleThread(), speed.twoThreads(), speed.jsoupBaseline(), speed.ratio()));
        }
        return sb.toString();
    }
}

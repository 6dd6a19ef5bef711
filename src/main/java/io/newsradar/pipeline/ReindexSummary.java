package io.newsradar.pipeline;

/**
 * What one {@link Reindex} did.
 *
 * @param files    WARC files replayed
 * @param records  WARC records read
 * @param pages    2xx HTML responses replayed (a URL fetched twice counts twice)
 * @param articles articles stored from the archive (distinct canonical URLs)
 * @param skipped  pages that were no article (noindex, no text)
 * @param carried  articles of the old index the archive does not hold, carried over
 * @param total    articles in the new index
 * @param failed   records or articles that failed, each reported as it happened
 */
public record ReindexSummary(int files, int records, int pages, long articles, long skipped, long carried, long total,
                             long failed) {
    public ReindexSummary {
        if (files < 0 || records < 0 || pages < 0 || articles < 0 || skipped < 0 || carried < 0 || total < 0
                || failed < 0) {
            throw new IllegalArgumentException("negative reindex count");
        }
    }
}

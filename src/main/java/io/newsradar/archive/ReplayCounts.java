package io.newsradar.archive;

/**
 * What one replay did.
 *
 * @param records records read
 * @param pages   HTML pages handed on
 * @param skipped records that are not 2xx HTML responses (requests, metadata, revisits, images, ...)
 * @param failed  corrupt records reported as failures
 */
public record ReplayCounts(int records, int pages, int skipped, int failed) {
    public ReplayCounts {
        if (records < 0 || pages < 0 || skipped < 0 || failed < 0) throw new IllegalArgumentException("negative count");
    }
}

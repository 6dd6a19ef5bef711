package io.newsradar.pipeline;

/** Told how far a {@link Reindex} is; called from the thread that reads the WARC files. */
public interface ReindexProgress {
    /** @param totalBytes size of all WARC files to read, bytes */
    void start(long totalBytes);

    /**
     * @param bytesDone WARC bytes read so far (compressed size for {@code .warc.gz})
     * @param pages     pages extracted and stored (or skipped) so far
     */
    void advanced(long bytesDone, long pages);

    /** The rebuild is written; the swap follows. */
    void finish();

    /** Shows nothing. */
    ReindexProgress NONE = new ReindexProgress() {
        @Override
        public void start(long totalBytes) {
        }

        @Override
        public void advanced(long bytesDone, long pages) {
        }

        @Override
        public void finish() {
        }
    };
}

package io.newsradar.pipeline;

/**
 * One crawl pass over one configured source.
 *
 * @param source  the source's name
 * @param summary what the pass did
 * @param stopped true when the pass was ended early by a stop (the source stays due)
 */
public record SourcePass(String source, CrawlSummary summary, boolean stopped) {
    public SourcePass {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source name is blank");
        if (summary == null) throw new IllegalArgumentException("summary is null");
    }
}

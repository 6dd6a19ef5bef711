package io.newsradar.sources;

/**
 * A feed or sitemap that cannot be used. The message is one line naming the reason
 * (e.g. {@code "not a feed: root element <html>"}); the caller adds the URL.
 */
public class SourceException extends Exception {
    public SourceException(String reason) {
        super(reason);
    }

    public SourceException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

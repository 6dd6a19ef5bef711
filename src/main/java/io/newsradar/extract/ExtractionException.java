package io.newsradar.extract;

/**
 * A page that cannot be turned into an article: not HTML, empty, or undecodable. The message is one line
 * naming the URL and the reason, fit to show to a user as is.
 */
public class ExtractionException extends Exception {
    private final String url;

    /**
     * @param url    the page URL
     * @param reason why extraction failed, one short clause (e.g. {@code "not HTML (application/pdf)"})
     */
    public ExtractionException(String url, String reason) {
        super(url + ": " + reason);
        this.url = url;
    }

    /** @return the URL of the page that failed */
    public String url() {
        return url;
    }
}

package io.newsradar.fetch;

import java.util.Locale;

/** Why a fetch failed; {@link #outcome()} is the stable lower-case name reports use. */
public enum FetchError {
    /** not an absolute http(s) URL */
    BAD_URL,
    /** a scheme other than http and https */
    SCHEME_REFUSED,
    /** resolves to a loopback, private, link-local or otherwise non-public address */
    PRIVATE_ADDRESS,
    UNKNOWN_HOST,
    CONNECT_ERROR,
    TIMEOUT,
    /** the body exceeded {@code max_body_bytes}, while reading or after decoding */
    TOO_LARGE,
    /** the connection closed before the body announced by Content-Length was complete */
    TRUNCATED,
    /** a 4xx or 5xx status */
    HTTP_ERROR,
    REDIRECT_LOOP,
    TOO_MANY_REDIRECTS,
    /** a redirect without a usable Location */
    BAD_REDIRECT,
    /** gzip/deflate body that is corrupt or truncated, or an unsupported Content-Encoding */
    BAD_ENCODING,
    /** robots.txt disallows the URL for our agent (RFC 9309) */
    ROBOTS_DENIED,
    /** the host asked us (Retry-After) to stay away longer than {@code max_retry_after_ms} */
    HOST_PAUSED,
    /** the request was interrupted */
    INTERRUPTED;

    /** @return e.g. {@code too_large}, {@code http_error} */
    public String outcome() {
        return name().toLowerCase(Locale.ROOT);
    }
}

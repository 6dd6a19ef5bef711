package io.newsradar.fetch;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A response received, after redirects were followed: a 2xx, or 304 Not Modified for a conditional GET.
 *
 * @param url         the URL asked for
 * @param finalUrl    the URL of the response, after redirects (equals {@code url} when none)
 * @param status      HTTP status (200..299 or 304)
 * @param headers     response headers, names lower case, values in order received
 * @param body        the body after Content-Encoding (gzip, deflate) was removed; empty for 304
 * @param contentType the Content-Type header as sent, or null
 * @param fetchedAt   when the response was received (UTC)
 * @param redirects   the URLs that redirected, in order, excluding {@code finalUrl}
 */
public record FetchResult(String url, String finalUrl, int status, Map<String, List<String>> headers, byte[] body,
                          String contentType, Instant fetchedAt, List<String> redirects) implements FetchOutcome {
    public FetchResult {
        if (url == null || finalUrl == null) throw new IllegalArgumentException("fetch result without url");
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
        redirects = List.copyOf(redirects);
        if (fetchedAt == null) fetchedAt = Instant.now();
    }

    /** @return the first value of a header, by case-insensitive name */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return true for 304 Not Modified (a conditional GET whose resource did not change) */
    public boolean notModified() {
        return status == 304;
    }
}

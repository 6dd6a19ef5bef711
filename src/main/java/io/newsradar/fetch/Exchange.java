package io.newsradar.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request and its response as they crossed the wire, for the archive (ISO 28500 request and response
 * records). Redirect hops and robots.txt fetches are exchanges too.
 *
 * @param target          the logical URL requested (the {@code WARC-Target-URI})
 * @param requestHeaders  headers sent, in order (including {@code Host})
 * @param status          HTTP status received
 * @param reasonPhrase    reason phrase for the status line (HttpClient does not expose the sent one)
 * @param responseHeaders headers received, names lower case, minus {@code transfer-encoding} (the body is
 *                        stored de-chunked)
 * @param rawBody         the body as received, still content-encoded (gzip stays gzip); at most the body cap
 * @param truncated       true when the body was cut at the cap ({@code WARC-Truncated: length})
 * @param date            when the response began (UTC)
 * @param ip              the address connected to, or null
 */
public record Exchange(URI target, List<Map.Entry<String, String>> requestHeaders, int status, String reasonPhrase,
                       Map<String, List<String>> responseHeaders, byte[] rawBody, boolean truncated, Instant date,
                       InetAddress ip) {
    public Exchange {
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = Map.copyOf(responseHeaders);
        rawBody = rawBody == null ? new byte[0] : rawBody;
    }
}

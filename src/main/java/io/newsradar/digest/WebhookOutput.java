package io.newsradar.digest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POSTs the JSON digest ({@link JsonDigestRenderer}) to a URL with {@code Content-Type: application/json}. Any
 * 2xx status is delivery; redirects are not followed (a POST is not replayed elsewhere); anything else, a
 * timeout or a connection failure is a {@link DeliveryException} with the status or reason. Each request carries
 * {@code Idempotency-Key} (the Atom entry id of this digest: same name and window, same key), so a receiver can
 * drop a repeat.
 */
public final class WebhookOutput implements DigestOutput {
    private final URI url;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param url     http or https URL
     * @param timeout connect and whole-request timeout
     * @throws IllegalArgumentException when the URL is not http(s)
     */
    public WebhookOutput(URI url, Duration timeout) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw new IllegalArgumentException("webhook must be http(s): " + url);
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void deliver(Renditions r) throws DeliveryException {
        HttpRequest req = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", Digest.generator().replace(' ', '/').replaceAll("[()]", ""))
                .header("Idempotency-Key", AtomDigestRenderer.entryId(r.digest()))
                .POST(HttpRequest.BodyPublishers.ofString(r.text(DigestFormat.JSON), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> resp = client.send(req, HttpResponse.BodyHandlers.discarding());
            if (resp.statusCode() / 100 != 2) throw new DeliveryException(describe(), "HTTP " + resp.statusCode());
        } catch (IOException e) {
            throw new DeliveryException(describe(), e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(describe(), "interrupted", e);
        }
    }

    @Override
    public String describe() {
        return "webhook " + url.getScheme() + "://" + url.getAuthority() + url.getPath(); // no query: it may hold a token
    }
}

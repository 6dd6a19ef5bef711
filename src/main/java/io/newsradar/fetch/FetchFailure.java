package io.newsradar.fetch;

import io.newsradar.model.Failure;

import java.time.Duration;

/**
 * A fetch that produced no usable response.
 *
 * @param url        the URL asked for; never blank
 * @param error      the kind of failure
 * @param status     the HTTP status when one was received (for {@link FetchError#HTTP_ERROR}), else 0
 * @param reason     one line, e.g. {@code "HTTP 500"}, {@code "timeout after 30000 ms"},
 *                   {@code "body over 10485760 bytes"}; never blank
 * @param retryAfter the server's {@code Retry-After} (RFC 9110 §10.2.3) for 429/503, else null
 */
public record FetchFailure(String url, FetchError error, int status, String reason, Duration retryAfter)
        implements FetchOutcome {
    public FetchFailure {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("fetch failure url is blank");
        if (error == null) throw new IllegalArgumentException("fetch failure kind is null");
        if (reason == null || reason.isBlank()) reason = error.outcome();
    }

    public FetchFailure(String url, FetchError error, String reason) {
        this(url, error, 0, reason, null);
    }

    /** @return the failure as the data that crosses stage boundaries (stage FETCH, or ROBOTS when denied) */
    public Failure toFailure() {
        Failure.Stage stage = error == FetchError.ROBOTS_DENIED ? Failure.Stage.ROBOTS : Failure.Stage.FETCH;
        return new Failure(url, stage, reason);
    }
}

package io.newsradar.fetch;

/** The result of one {@link HttpFetcher#fetch}: a response or a failure, never an exception. */
public sealed interface FetchOutcome permits FetchResult, FetchFailure {
    /** @return the URL that was asked for */
    String url();
}

package io.newsradar.fetch;

/** Internal: a failed hop, turned into a {@link FetchFailure} by {@link HttpFetcher}. */
final class FetchProblem extends Exception {
    final FetchError error;

    FetchProblem(FetchError error, String reason) {
        super(reason, null, false, false);
        this.error = error;
    }

    FetchFailure toFailure(String url) {
        return new FetchFailure(url, error, getMessage());
    }
}

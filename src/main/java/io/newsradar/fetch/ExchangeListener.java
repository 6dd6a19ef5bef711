package io.newsradar.fetch;

/** Receives every HTTP exchange a fetcher completes (the WARC archive). Must be thread-safe. */
@FunctionalInterface
public interface ExchangeListener {
    ExchangeListener NONE = e -> { };

    /** Called once per exchange, in the fetching thread, before {@link HttpFetcher#fetch} returns. */
    void onExchange(Exchange exchange);
}

package io.newsradar.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Politeness per host: requests to one host start at least {@code delay} apart, and not before a pause a host
 * asked for ({@code Retry-After}) is over. Each caller reserves the next free slot and sleeps until it, so
 * concurrent callers for one host are spread out too. Thread-safe; sleeping suits virtual threads.
 */
public final class HostThrottle {
    private static final class Slot {
        long delayMs;
        long nextStartMs;
        long pausedUntilMs;
    }

    private final long defaultDelayMs;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** @param defaultDelayMs minimum milliseconds between two request starts to one host */
    public HostThrottle(long defaultDelayMs) {
        this.defaultDelayMs = defaultDelayMs;
    }

    /** Sets the delay of one host (e.g. robots.txt Crawl-delay), milliseconds; never below the default. */
    public void setDelay(String host, long delayMs) {
        Slot s = slot(host);
        synchronized (s) {
            s.delayMs = Math.max(defaultDelayMs, delayMs);
        }
    }

    /** Keeps requests to {@code host} from starting before {@code until}. */
    public void pauseUntil(String host, Instant until) {
        Slot s = slot(host);
        synchronized (s) {
            s.pausedUntilMs = Math.max(s.pausedUntilMs, until.toEpochMilli());
        }
    }

    /** @return how long {@code host} is still paused (zero when not) */
    public Duration pausedFor(String host) {
        Slot s = slot(host);
        synchronized (s) {
            return Duration.ofMillis(Math.max(0, s.pausedUntilMs - System.currentTimeMillis()));
        }
    }

    /**
     * Waits until a request to {@code host} may start and reserves that start.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void await(String host) throws InterruptedException {
        Slot s = slot(host);
        long start;
        synchronized (s) {
            long now = System.currentTimeMillis();
            start = Math.max(now, Math.max(s.nextStartMs, s.pausedUntilMs));
            s.nextStartMs = start + s.delayMs;
        }
        long wait = start - System.currentTimeMillis();
        if (wait > 0) Thread.sleep(wait);
    }

    private Slot slot(String host) {
        return slots.computeIfAbsent(host, h -> {
            Slot s = new Slot();
            s.delayMs = defaultDelayMs;
            return s;
        });
    }
}

package io.newsradar.pipeline;

import io.newsradar.config.PollSettings;
import io.newsradar.sources.Source;

import java.time.Duration;

/**
 * The adaptive poll interval of a source. It starts at the source's {@code poll}; after each complete poll it is
 * <ul>
 *   <li>halved when the poll stored new or changed articles (the outlet is publishing: come back sooner),</li>
 *   <li>multiplied by 1.5 when it stored none (nothing new: back off),</li>
 * </ul>
 * then clamped to the source's bounds: {@code min_poll} (else {@code poll.min} of the config) and {@code max_poll}
 * (else {@code poll.max}), each widened to include the source's own {@code poll}, so an explicit interval is never
 * out of bounds. Intervals are whole seconds. Disabled ({@code poll.adaptive: false}) every source keeps its {@code poll}.
 *
 * @param enabled    adapt intervals (false: fixed {@code poll})
 * @param defaultMin lower bound of sources that give no {@code min_poll}
 * @param defaultMax upper bound of sources that give no {@code max_poll}
 */
public record AdaptivePoll(boolean enabled, Duration defaultMin, Duration defaultMax) {
    /** Fixed intervals: every source at its {@code poll}. */
    public static final AdaptivePoll OFF = new AdaptivePoll(false, Duration.ofMinutes(1), Duration.ofMinutes(1));

    public AdaptivePoll {
        if (defaultMin == null || defaultMax == null || defaultMax.compareTo(defaultMin) < 0) {
            throw new IllegalArgumentException("need defaultMin <= defaultMax, was " + defaultMin + ", " + defaultMax);
        }
    }

    /** @return the rule of the config's {@code poll:} section */
    public static AdaptivePoll of(PollSettings s) {
        return new AdaptivePoll(s.adaptive(), s.minInterval(), s.maxInterval());
    }

    /** @return the shortest interval of {@code s}: its min_poll or the default, at most its poll */
    public Duration min(Source s) {
        Duration m = s.minPoll() != null ? s.minPoll() : defaultMin;
        return m.compareTo(s.poll()) > 0 ? s.poll() : m;
    }

    /** @return the longest interval of {@code s}: its max_poll or the default, at least its poll */
    public Duration max(Source s) {
        Duration m = s.maxPoll() != null ? s.maxPoll() : defaultMax;
        return m.compareTo(s.poll()) < 0 ? s.poll() : m;
    }

    /**
     * @param current the interval in force (a persisted one, or {@code s.poll()} when none)
     * @param changed whether the poll just finished stored new or changed articles
     * @return the interval until the next poll
     */
    public Duration next(Source s, Duration current, boolean changed) {
        if (!enabled) return s.poll();
        long secs = current.toSeconds();
        long next = changed ? secs / 2 : secs + secs / 2;
        return clamp(s, Duration.ofSeconds(next));
    }

    /** @return {@code d} within the bounds of {@code s}; {@code s.poll()} when disabled */
    public Duration clamp(Source s, Duration d) {
        if (!enabled) return s.poll();
        if (d.compareTo(min(s)) < 0) return min(s);
        return d.compareTo(max(s)) > 0 ? max(s) : d;
    }
}

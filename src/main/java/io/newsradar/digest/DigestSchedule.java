package io.newsradar.digest;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a scheduled digest is due: a Unix cron expression (5 fields, cron-utils) read in a time zone, so
 * {@code 0 7 * * *} in Asia/Tokyo fires at 07:00 JST (22:00 UTC the day before) whatever the machine's zone.
 *
 * <p>Catch-up: after a sleep, a restart or a failed run, every fire time missed since the last run is
 * folded into ONE due run, at the latest missed fire time; the window of that run (see
 * {@link DigestWindow#scheduled}) starts where the last delivered window ended, so the gap is covered once,
 * not N times.
 */
public final class DigestSchedule {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime times;

    /**
     * @param expression Unix cron, 5 fields (minute hour day-of-month month day-of-week)
     * @param zone       the zone the expression is read in
     * @throws IllegalArgumentException when the expression does not parse (message names it)
     */
    public DigestSchedule(String expression, ZoneId zone) {
        Cron cron;
        try {
            cron = PARSER.parse(expression).validate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a 5-field cron expression: '" + expression + "' (" + e.getMessage() + ")", e);
        }
        this.expression = expression;
        this.zone = zone;
        this.times = ExecutionTime.forCron(cron);
    }

    /** @return the latest fire time at or before {@code now}, in the schedule's zone */
    public Optional<ZonedDateTime> latestAtOrBefore(Instant now) {
        ZonedDateTime t = now.atZone(zone);
        if (times.isMatch(t.withNano(0)) && t.getSecond() == 0 && t.getNano() == 0) return Optional.of(t);
        return times.lastExecution(t);
    }

    /** @return the first fire time strictly after {@code after} */
    public Optional<ZonedDateTime> nextAfter(Instant after) {
        return times.nextExecution(after.atZone(zone));
    }

    /**
     * @param lastRun the fire time of the last run that delivered (empty when this digest never ran)
     * @param now     the current time
     * @return the one run that is due: the latest fire time in {@code (lastRun, now]} (however many were
     *     missed), or, when it never ran, the latest fire time at or before {@code now}; empty when none is due
     */
    public Optional<ZonedDateTime> due(Optional<Instant> lastRun, Instant now) {
        Optional<ZonedDateTime> latest = latestAtOrBefore(now);
        if (latest.isEmpty() || lastRun.isEmpty()) return latest;
        return latest.filter(t -> t.toInstant().isAfter(lastRun.get()));
    }

    /** @return how many fire times fall in {@code (lastRun, now]} (for the log line of a catch-up), at most {@code cap} */
    public int missed(Instant lastRun, Instant now, int cap) {
        int n = 0;
        Optional<ZonedDateTime> t = nextAfter(lastRun);
        while (t.isPresent() && !t.get().toInstant().isAfter(now) && n < cap) {
            n++;
            t = nextAfter(t.get().toInstant());
        }
        return n;
    }

    public ZoneId zone() {
        return zone;
    }

    @Override
    public String toString() {
        return expression + " (" + zone.getId() + ")";
    }
}

package io.newsradar.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class EventLogTest {
    private static String format(Level level, String logger, String message, Instant at) {
        LogRecord r = new LogRecord(level, message);
        r.setLoggerName(logger);
        r.setInstant(at);
        return new EventLog.LineFormat().format(r);
    }

    @Test
    void oneLinePerEventWithRfc3339UtcTimeLevelComponentAndMessage() {
        String nl = System.lineSeparator();
        assertThat(format(Level.INFO, "newsradar.digest", "morning: delivered", Instant.parse("2026-11-30T07:00:03Z")))
                .isEqualTo("2026-11-30T07:00:03.000Z INFO  digest morning: delivered" + nl);
        assertThat(format(Level.WARNING, "newsradar.crawl", "a\nb\r\nc", Instant.parse("2026-11-30T07:00:03.4567Z")))
                .isEqualTo("2026-11-30T07:00:03.456Z WARN  crawl a\\nb\\nc" + nl);
        assertThat(format(Level.SEVERE, "newsradar.watch", "x", Instant.EPOCH)).startsWith("1970-01-01T00:00:00.000Z ERROR watch x");
        assertThat(format(Level.FINE, "org.example", "x", Instant.EPOCH)).startsWith("1970-01-01T00:00:00.000Z DEBUG org.example x");
    }

    @Test
    void installedItRoutesNewsradarLoggersToTheWriterUntilClosed() {
        StringWriter out = new StringWriter();
        try (EventLog ignored = EventLog.install(new PrintWriter(out))) {
            EventLog.logger("watch").info("watching 2 sources");
            EventLog.logger("crawl").fine("not shown below INFO");
        }
        EventLog.logger("watch").info("after close: not routed here");
        assertThat(out.toString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  watch watching 2 sources\\R");
    }
}
